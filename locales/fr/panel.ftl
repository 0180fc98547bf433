# La note du panel : plusieurs évaluations d’une même proposition.

## Titres, intitulés de colonnes et libellés courts (sans variables) : les `labels` de la vue.
panel-title = Note du panel
panel-jurisdiction = Territoire
panel-reference = Référence
panel-stage = Étape
panel-panel = Panel
panel-rubrics = Grilles
panel-who-assessed = Qui a évalué
panel-stakeholder-group = Groupe de parties prenantes
panel-assessments = Évaluations
panel-assessors = Évaluateurs
panel-consolidated-verdict = Verdict consolidé
panel-rubric = Grille
panel-effect = Effet
panel-process = Processus
panel-rating = Appréciation
panel-score = Score
panel-red-flags-by-group = Signaux d’alerte, par groupe qui les a levés
panel-by-rubric = Appréciations par grille
panel-agreement = Accord
panel-alpha = Alpha
panel-questions = Questions
panel-disagree = Là où les groupes divergent
panel-group = Groupe
panel-answer = Réponse
panel-level-means = Ce que signifie le niveau
panel-red-flag = signal d’alerte
panel-agree = Là où ils s’accordent
panel-own-verdict = Le verdict propre à chaque groupe
panel-overall = Ensemble
panel-still-open = Questions encore ouvertes, par groupe
panel-consolidated-answers = Réponses consolidées
panel-question = Question
panel-recommendations = Recommandations
panel-methodology = Méthodologie
panel-how-made = Comment la réponse du panel est établie
panel-scoring = Notation
panel-sources = Sources des grilles
panel-not-affected = Non concerné
panel-not-answered = Sans réponse
panel-not-applicable = Sans objet
panel-unknown = Inconnu
panel-screened-out = Écarté au tri préalable
panel-no-group = Aucun groupe indiqué
panel-no-variation = aucune variation
panel-not-enough-data = données insuffisantes
panel-proposal-and-panel = La proposition et le panel
panel-caption-who = Les groupes de parties prenantes du panel, le nombre d’évaluations de chacun et leurs évaluateurs
panel-caption-rubrics = Les appréciations du panel par grille : effet, processus, appréciation et score
panel-caption-agreement = L’accord par grille : l’alpha de Krippendorff, les évaluateurs et les questions sur lesquels il repose
panel-caption-answers = La réponse de chaque groupe à la question et ce que signifie ce niveau
panel-caption-own-verdict = Le verdict propre à chaque groupe : ses appréciations d’ensemble, d’effet, de processus et par grille, tirées des réponses médianes de ses membres
panel-caption-consolidated = Chaque question : la réponse de chaque groupe et celle du panel
panel-chart-caption = Le score d’ensemble propre à chaque groupe, sur 100, puis celui du panel. La couleur d’une barre est celle de sa tranche d’appréciation ; les repères sur la piste marquent les limites des tranches.

## États vides.
panel-all-groups-present = Tous les groupes de parties prenantes sont représentés.
panel-no-red-flags = Aucun groupe n’a levé de signal d’alerte.
panel-no-disagreements = Les groupes ont donné la même réponse à chaque question.
panel-no-agreements = Aucune question n’a reçu la même réponse de tous les groupes.
panel-all-answered = Chaque groupe a répondu à toutes les questions applicables.
panel-no-recommendations = Aucune réponse consolidée n’appelle de modification.

## Phrases avec des nombres et des noms.
panel-level-of = { $level } sur { $max }
panel-line = { $assessments ->
    [one] { $assessments } évaluation
   *[other] { $assessments } évaluations
  } de { $groups ->
    [one] { $groups } groupe de parties prenantes
   *[other] { $groups } groupes de parties prenantes
  }
panel-missing-groups = Groupes non représentés au sein du panel : { $groups }.
panel-agreement-high = Les évaluateurs s’accordent largement : un alpha de { $high } ou plus est ce que Krippendorff tient pour un accord sur lequel on peut s’appuyer.
panel-agreement-middle = Les évaluateurs s’accordent en partie : selon la règle de Krippendorff, un alpha compris entre { $middle } et { $high } ne permet que des conclusions provisoires.
panel-agreement-low = Les évaluateurs divergent nettement : selon la règle de Krippendorff, un alpha inférieur à { $middle } est trop faible pour que la réponse du panel vaille pour chacun d’eux.
panel-drafter-mark = , auteur du texte
panel-agreement-without-drafters = Sans l’évaluation { $count ->
    [one] de l’auteur
   *[other] des auteurs
} du texte ({ $files }), l’alpha vaut { $alpha } : { $reading ->
    [high] les autres évaluateurs s’accordent largement.
    [middle] les autres évaluateurs s’accordent en partie.
   *[low] les autres évaluateurs divergent encore fortement.
}
panel-alpha-line = Alpha de Krippendorff (ordinal) sur l’ensemble des questions : { $alpha } ({ $coders ->
    [one] { $coders } évaluateur
   *[other] { $coders } évaluateurs
  }, { $units ->
    [one] { $units } question ayant reçu au moins deux réponses
   *[other] { $units } questions ayant reçu au moins deux réponses
  }).
panel-spread-line = Écart de { $spread } (de { $lowest } à { $highest }) ; réponse du panel : { $answer }.
panel-spread-line-not-affected = Écart de { $spread } (de { $lowest } à { $highest }, où « non concerné », la réponse de { $groups }, compte comme le niveau acceptable { $acceptable }) ; réponse du panel : { $answer }.
panel-flag-finding = { $group } constate : « { $finding } »
panel-flag-not-raised = Non signalé par { $groups }.
panel-quote-answered = { $assessor }, qui a répondu { $answer }
panel-quote-others = { $count ->
    [one] les propos de { $count } autre membre figurent dans la note du panel au format JSON
   *[other] les propos de { $count } autres membres figurent dans la note du panel au format JSON
  }
panel-recommendation-line = niveau du panel { $level }, { $dimension }
panel-generated = Établie par { $generator } à partir des { $assessments } évaluations du panel.
panel-chart-alt = Diagramme en barres du score d’ensemble propre à chaque groupe de parties prenantes, sur 100.

## Comment la réponse du panel est établie, une phrase chacune.
panel-rule-groups = Chaque groupe de parties prenantes est d’abord ramené à sa propre réponse par question : la médiane des niveaux de ses membres, la plus basse des deux valeurs centrales lorsqu’ils sont en nombre pair, de sorte qu’un groupe ayant envoyé cinq personnes ne l’emporte pas sur un groupe qui n’en a envoyé qu’une.
panel-rule-panel = La réponse du panel est la médiane des réponses des groupes, là encore la valeur centrale la plus basse pour un nombre pair, de sorte que le panel n’est jamais plus indulgent que la moitié de ses groupes ; elle est ensuite notée selon la règle habituelle.
panel-rule-mechanisms = Ce que fait la proposition, les atteintes et les garanties cochées par les évaluateurs, est rassemblé de la même manière, jamais plus indulgent que la moitié : une atteinte est retenue lorsqu’au moins la moitié des membres d’un groupe ayant répondu l’ont cochée (qui a jugé le domaine sans effet n’y a rien trouvé), et pour le panel lorsqu’au moins la moitié des groupes l’ont fait ; une garantie qui circonscrit une atteinte retenue, lorsque plus de la moitié de ceux qui ont trouvé l’atteinte l’ont cochée aussi ; toute autre garantie, lorsque plus de la moitié l’ont fait. Une atteinte retenue déclenche son signal d’alerte et apporte sa recommandation, comme dans une note individuelle ; les recommandations rédigées par un évaluateur restent dans sa propre note.
panel-rule-not-affected = « Non concerné » compte au niveau acceptable de la question dans le calcul des médianes ; le panel ne répond « non concerné » que lorsque la médiane tombe à ce niveau et qu’aucun groupe n’y a donné de niveau.
panel-rule-red-flags = Un signal d’alerte levé par un groupe, quel qu’il soit, est signalé avec les groupes qui l’ont levé, même lorsque la réponse du panel n’en lève aucun ; ceux que le plus de groupes ont levés viennent en premier, chacun avec ce qu’a constaté l’un de ces groupes (celui dont la réponse est celle du panel, sinon la plus basse) et les réponses des groupes qui ne l’ont pas levé.
panel-rule-alpha = L’accord est mesuré par l’alpha de Krippendorff pour données ordinales, sur les niveaux des évaluateurs pris individuellement (1 indique un accord parfait, 0 ce que donnerait le hasard) ; en deçà de deux évaluateurs, ou si aucune question n’a reçu deux réponses, les données sont insuffisantes. Krippendorff tient un alpha de 0,800 ou plus pour un accord sur lequel on peut s’appuyer, et 0,667 pour le minimum permettant des conclusions provisoires (Content Analysis, 2004) ; la note lit l’alpha tel qu’il est affiché, à deux décimales.
panel-rule-spread = L’écart d’une question est la distance entre la réponse de groupe la plus basse et la plus haute ; les questions sur lesquelles les groupes divergent sont présentées par écart décroissant, les propos de chaque groupe étant cités une fois, textuellement : ceux d’un membre dont la réponse est celle du groupe, ou la plus proche. Les propos de tous les membres figurent dans la note du panel au format JSON.
panel-dimension-effect = effet
panel-dimension-process = processus
panel-level = Niveau
panel-no-score = pas de score
panel-chart-title = Le score d’ensemble propre à chaque groupe, sur 100, puis celui du panel
panel-verdict-line = Appréciation d’ensemble : { $rating } — score de { $score } sur 100, couverture { $coverage }.
panel-raised-by = levé par
panel-effect-score = score de l’effet, sur 100
panel-coverage = Couverture
panel-overall-rating = Appréciation d’ensemble
panel-score-word = score
panel-agreement-short = accord (α)
panel-disagree-intro = Les questions sur lesquelles les réponses des groupes diffèrent, par écart décroissant. Les propos de chaque groupe sont cités une fois, tels qu’écrits : ceux d’un membre dont la réponse est celle du groupe, ou la plus proche.
panel-red-note = Une réponse en rouge constitue un signal d’alerte.
panel-recommendations-intro = Là où la réponse du panel se situe sous le niveau que sa question juge acceptable. Dans l’ordre : les signaux d’alerte d’abord, l’effet avant le processus, puis par priorité.
panel-flags-raised = { $count ->
    [one] { $count } signal d’alerte levé par au moins un groupe
   *[other] { $count } signaux d’alerte levés par au moins un groupe
  }
panel-flags-beyond-consolidated = Les groupes ont levé { $count ->
    [one] { $count } signal d’alerte à eux tous, énuméré
   *[other] { $count } signaux d’alerte à eux tous, énumérés
  } ci-dessous ; { $consolidated ->
    [0] les réponses consolidées n’en retiennent aucun
    [one] les réponses consolidées en retiennent un
   *[other] les réponses consolidées en retiennent { $consolidated }
  }.
