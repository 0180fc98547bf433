# La note d’évolution : ce qui a changé entre deux évaluations.

## Titres, intitulés de colonnes et libellés courts (sans variables) : les `labels` de la vue.
change-title = Note d’évolution
change-then = Avant
change-table-caption = Les deux évaluations côte à côte : l’ancienne (avant) et la nouvelle (maintenant)
change-ratings-caption = Les appréciations globale, d’effet, de processus et par grille, avant et maintenant, leur évolution et celle du score
change-now = Maintenant
change-stage = Étape
change-kind = Nature de la mesure
change-introduced = Déposé le
change-reference = Référence
change-assessment-date = Date de l’évaluation
change-assessed = Évaluée le
change-assessors = Évaluateurs
change-stakeholder-group = Groupe de parties prenantes
change-rubrics = Grilles
change-verdict = Verdict
change-summary = Synthèse
change-overall = Ensemble
change-rating = Appréciation
change-change = Évolution
change-score-change = Évolution du score
change-by-dimension = Par dimension
change-by-rubric = Par grille
change-key = ↑ meilleure · ↓ moins bonne · ↔ modifiée sans direction · = inchangée
change-scores-note = Les scores sont sur 100 ; la colonne Évolution compare les tranches d’appréciation, la dernière colonne les scores. La manière dont les évolutions sont jugées est exposée à la fin.
change-red-flags = Signaux d’alerte
change-resolved = Résolus
change-introduced-flags = Nouveaux
change-still-open = Toujours en suspens
change-now-prefix = désormais
change-red-flag = signal d’alerte
change-severe-red-flag = signal d’alerte grave
change-what-changed = Ce qui a changé
change-unchanged-heading = Inchangé
change-rewritten-heading = Même réponse, nouveau constat
change-key-findings = Ce que constatent désormais les évaluateurs
change-then-found = Constat d’avant
change-now-found = Constat actuel
change-recommendations = Recommandations
change-taken-up = Suivies ou devenues sans objet
change-new = Nouvelles
change-answered-in-one = Réponses données dans une seule évaluation
change-notes = Remarques
change-how-judged = Comment les évolutions sont jugées
change-none = Néant.

## Le sens d’une évolution.
change-worse = moins bonne
change-changed = modifiée
change-better = meilleure
change-unchanged = inchangée

## États vides.
change-no-answer-changed = Aucune réponse n’a changé.
change-every-answer-changed = Toutes les réponses ont changé.
change-none-taken-up = Aucune des recommandations de l’ancienne évaluation n’a été suivie ni n’est devenue sans objet.

## Phrases avec des nombres et des noms.
change-overall-line = Ensemble : { $old } { $arrow } { $new } ({ $change }, score { $old_score } → { $new_score }).
change-answer-line = { $change } ({ $dimension }) : { $old } → { $new }
change-only-in-old = uniquement dans l’ancienne évaluation ({ $answer })
change-only-in-new = uniquement dans la nouvelle évaluation ({ $answer })
change-rewritten-note = { $count ->
    [one] Une autre réponse garde son niveau avec un nouveau constat (voir « Même réponse, nouveau constat »).
   *[other] { $count } autres réponses gardent leur niveau avec un nouveau constat (voir « Même réponse, nouveau constat »).
}
change-generated = Établie par { $generator } à partir de { $old } et de { $new }.
change-upgraded-old = L’ancienne évaluation ({ $file }) a été rédigée pour les grilles { $edition }.x ; elle a été mise à niveau en mémoire vers les questions actuelles avant la comparaison, de sorte que les deux sont comparées sur les questions qu’elles ont en commun.
change-upgraded-new = La nouvelle évaluation ({ $file }) a été rédigée pour les grilles { $edition }.x ; elle a été mise à niveau en mémoire vers les questions actuelles avant la comparaison, de sorte que les deux sont comparées sur les questions qu’elles ont en commun.
change-summary-none = Aucune évolution : chaque réponse, et donc chaque appréciation, est identique dans les deux évaluations.
change-summary-unchanged = Dans l’ensemble, l’appréciation reste inchangée : { $rating }.
change-summary-moved = Dans l’ensemble, l’appréciation est passée de { $old } à { $new }.
change-summary-better = Dans l’ensemble, la proposition s’est améliorée : { $old } avant, { $new } désormais.
change-summary-worse = Dans l’ensemble, la proposition s’est dégradée : { $old } avant, { $new } désormais.
change-summary-dimension = { $dimension } : { $old } avant, { $new } désormais
change-summary-flags = { $resolved ->
    [0] Aucun signal d’alerte résolu
    [one] { $resolved } signal d’alerte résolu
   *[other] { $resolved } signaux d’alerte résolus
  }, { $introduced ->
    [0] aucun nouveau
    [one] { $introduced } nouveau
   *[other] { $introduced } nouveaux
  }, { $open ->
    [0] aucun toujours ouvert
    [one] { $open } toujours ouvert
   *[other] { $open } toujours ouverts
  }.
change-summary-answers = { $count ->
    [one] { $count } réponse a changé
   *[other] { $count } réponses ont changé
  } : { $better } en mieux, { $worse } en moins bien.
change-summary-one-side = { $count ->
    [one] Une question n’a de réponse que dans l’une des deux évaluations.
   *[other] { $count } questions n’ont de réponse que dans l’une des deux évaluations.
  }
change-summary-recommendations = Sur { $asked ->
    [one] la { $asked } recommandation formulée
   *[other] les { $asked } recommandations formulées
  } par l’ancienne évaluation, { $taken ->
    [0] aucune n’a été suivie ni n’est devenue sans objet.
    [one] { $taken } a été suivie ou est devenue sans objet.
   *[other] { $taken } ont été suivies ou sont devenues sans objet.
  }

## Comment les évolutions sont jugées, une phrase chacune.
change-rule-same = Les deux évaluations sont notées selon la même règle et les mêmes grilles ; cette note compare leurs résultats question par question.
change-rule-answer = Une réponse est meilleure lorsque son niveau a augmenté et moins bonne lorsqu’il a baissé. « Non concerné » vaut une réponse au niveau acceptable de la question ; les autres changements de statut (inconnu, sans objet) sont des évolutions sans direction.
change-rule-rating = Une appréciation est meilleure lorsqu’elle est passée à une tranche plus favorable ; un passage vers ou depuis « Éléments insuffisants » n’a pas de direction.
change-rule-flag = Un signal d’alerte est résolu lorsque la nouvelle réponse ne le déclenche plus, nouveau lorsque seule la nouvelle le déclenche, et toujours ouvert lorsque les deux le déclenchent.
change-rule-rewritten = Une réponse dont le niveau est resté le même mais dont les évaluateurs ont réécrit le constat compte comme inchangée dans les scores, et figure sous « Même réponse, nouveau constat » avec les deux constats, car ce que fait le texte a pu changer.
change-rule-recommendation = Une recommandation est suivie lorsque l’ancienne évaluation la formulait et que la nouvelle, répondant à la même question, n’en a plus besoin. Un conseil contre des atteintes relevées dans le texte est suivi dès que la nouvelle réponse n’en relève plus aucune, et ce qu’elle demande à la place figure parmi les nouvelles recommandations.
change-dimension-effect = effet
change-dimension-process = processus
change-no-rationale = Aucune justification fournie.
change-rubric = Grille
change-question = Question
change-answer = Réponse
change-what-changed-intro = Chaque réponse qui diffère entre les deux évaluations, celles qui se sont dégradées en premier.
change-rewritten-intro = Réponses dont le niveau n’a pas bougé mais dont les évaluateurs ont réécrit le constat : ce que fait le texte a pu changer, même si le score reste le même.
