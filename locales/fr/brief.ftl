# Note d’impact d’une évaluation : titres, en-têtes de colonnes et phrases qu’elle écrit.

## Headings and labels

brief-title = Policy Impact Brief
# The language the title above is written in (a code: en, fr, es, pt): the English name is kept.
brief-title-lang = en
brief-subtitle = Note d’impact sur l’Internet
brief-jurisdiction = Territoire
brief-reference = Référence
brief-kind = Nature
brief-stage = Étape
brief-introduced = Déposé le
brief-link-text = Texte
brief-assessors = Évaluateurs
brief-stakeholder-group = Groupe de parties prenantes
brief-date = Date
brief-status = Statut
brief-rubrics = Grilles
brief-summary = Synthèse
brief-overall-rating = Appréciation d’ensemble
brief-effect-score = score de l’effet, sur 100
brief-provisional = Provisoire.
brief-main-concerns = Principales préoccupations
brief-points-to-watch = Points à surveiller
brief-strengths = Points forts
brief-not-affected = Examinés, sans effet constaté
brief-screened-out = Écartés au tri préalable
brief-next-steps = Prochaines étapes
brief-no-finding = aucun constat consigné
brief-red-flag = signal d’alerte
brief-no-score = pas de score
brief-own-advice = recommandation des évaluateurs
brief-scorecard = Tableau des résultats
brief-chart-title = Scores sur 100 par grille
brief-rubric = Grille
brief-effect = Effet
brief-process = Processus
brief-score = Score
brief-points = Points
brief-rating = Appréciation
brief-coverage = Couverture
brief-red-flags = Signaux d’alerte
brief-overall = Ensemble
brief-the-proposal = La proposition
brief-context = Contexte
brief-findings = Constats
brief-finding = Constat :
brief-provisions = Dispositions :
brief-position = Position sur l’échelle :
brief-mechanisms-found = Mécanismes relevés :
brief-evidence = Éléments de preuve :
brief-consultation = Prise en compte des avis
brief-consultation-intro = Comment les avis exprimés lors de la consultation ont été pris en compte dans son résultat, d’après le registre des contributions. La méthodologie définit chaque indicateur.
brief-indicators = Indicateurs
brief-indicator = Indicateur
brief-value = Valeur
brief-what-it-counts = Ce qu’il mesure
brief-uptake-by-group = Prise en compte par groupe de parties prenantes
brief-uptake-chart-title = Prise en compte par groupe de parties prenantes : contributions acceptées plus la moitié de celles acceptées en partie, en pourcentage des contributions du groupe
brief-group = Groupe
brief-submissions = Contributions
brief-accepted = Acceptées
brief-partially-accepted = Acceptées en partie
brief-uptake = Prise en compte
brief-participation-by-group = Participation par groupe
brief-share = Part
brief-unreasoned = Écartées sans motif légitime
brief-ledger-and-questions = Le registre et les questions de processus
brief-recommendations = Recommandations
brief-open-questions = Questions en suspens
brief-methodology = Méthodologie
brief-version = Version
brief-weight = Poids
brief-questions = Questions
brief-scoring = Notation
brief-consultation-indicators = Indicateurs de la consultation
brief-coverage-map = Ce que couvrent les questions d’effet
brief-property-or-enabler = Propriété essentielle ou facilitateur
brief-none = aucune
brief-rating-bands = Seuils des appréciations
brief-sources = Sources des grilles
brief-opened = Date d’ouverture
brief-closed = Date de clôture
brief-channels = Canaux
brief-published-response = Réponse publiée
brief-response-coverage = Taux de réponse
brief-reasoned-rejections = Rejets motivés
brief-uptake-gap = Écart de prise en compte
brief-consultation-length = Durée de la consultation
brief-response-time = Délai de la réponse publiée

## Sentences

brief-text-generated-by = Produit par { $generator }.
brief-text-no-proposal-text = Aucun résumé ni contexte n’a été fourni.
brief-text-no-recommendation = Aucune réponse n’appelle de modification : chaque réponse atteint ou dépasse le niveau que sa question juge acceptable.
brief-text-no-open-question = Toutes les questions applicables ont reçu une réponse.
brief-text-score-of-100 = (score de { $score } sur 100)
brief-text-coverage = couverture { $coverage }
brief-text-count-of = { $count } sur { $total }
brief-text-level = niveau { $level }
brief-text-points = { $points } points
brief-text-flag = { $severe ->
    [yes] Signal d’alerte (grave)
   *[no] Signal d’alerte
}
brief-text-question-flag = { $severe ->
    [yes] signal d’alerte (grave)
   *[no] signal d’alerte
}
brief-text-mechanism-harm = { $flag ->
    [flag] atteinte, signal d’alerte
    [severe] atteinte, signal d’alerte grave
   *[none] atteinte
}
brief-text-mechanism-safeguard = garantie
brief-text-safeguards = Garanties : { $safeguards }.
brief-text-dimension-effect = effet
brief-text-dimension-process = processus
brief-text-recommendation-meta = niveau { $level }, { $dimension }, priorité { $priority }
brief-text-rubric-line = Score { $score } ({ $points } points), couverture { $coverage }.
brief-text-dimension-line = { $dimension } : { $verdict } ({ $score }).
brief-text-more-concerns = { $count ->
    [one] Et une autre préoccupation : voir les constats.
   *[other] Et { $count } autres préoccupations : voir les constats.
}
brief-text-not-asked = Question non posée : elle ne s’applique que lorsque la réponse sur « { $topic } » atteint le niveau { $level } ou plus.
brief-text-capped = appréciation plafonnée à « { $ceiling } » par { $count ->
    [one] un signal d’alerte
   *[other] { $count } signaux d’alerte
} (le score seul donnerait « { $band } »)
brief-text-scorecard-note = { $whose }, { $dimension } : { $note }.
brief-text-scorecard-held = { $rubric } : appréciation « { $rating } », fixée par son { $dimension } (« { $verdict } »), la moins bonne de ses deux dimensions ; son score seul donnerait « { $band } ».
brief-text-robust-unjudged = Robustesse : non évaluée, l’effet n’ayant pas encore d’appréciation.
brief-text-robust = Appréciation robuste : aucune réponse déplacée d’un seul niveau ne changerait l’appréciation de l’effet.
brief-text-borderline = Limite : si la réponse sur « { $topic } » était au niveau { $to_level } au lieu de { $level }, l’effet serait apprécié « { $rating } ».
brief-text-borderline-more = { $count ->
    [one] Une autre modification isolée changerait aussi cette appréciation : { $changes }.
   *[other] { $count } autres modifications isolées changeraient aussi cette appréciation : { $changes }.
}
brief-text-borderline-other = « { $topic } » ({ $level } → { $to_level })
brief-text-screening = { $examined ->
    [0] Aucun des { $areas } domaines d’effet examiné en détail
    [one] { $examined } domaine d’effet sur { $areas } examiné en détail
   *[other] { $examined } domaines d’effet sur { $areas } examinés en détail
}
brief-text-screening-not-affected = (dont { $count } sans effet constaté)
brief-text-screening-screened-out = { $count ->
    [one] { $count } écarté au tri préalable
   *[other] { $count } écartés au tri préalable
}
brief-text-screening-open = { $count ->
    [one] { $count } encore en suspens
   *[other] { $count } encore en suspens
}
brief-text-provisional = { $count ->
    [one] Mise à niveau depuis les grilles { $edition }.x : { $count } question reste sans réponse, l’appréciation de l’effet est donc provisoire.
   *[other] Mise à niveau depuis les grilles { $edition }.x : { $count } questions restent sans réponse, l’appréciation de l’effet est donc provisoire.
}

## The summary paragraph

brief-text-unjudged = Aucune question n’a encore reçu de réponse : la proposition n’a donc pas de score.
brief-text-overall-held = Dans l’ensemble, la proposition reçoit l’appréciation « { $rating } », car son effet sur l’Internet reçoit l’appréciation « { $effect } » ; son processus, « { $process } », ne peut pas la relever.
brief-text-overall-held-by-process = Dans l’ensemble, la proposition reçoit l’appréciation « { $rating } », car le processus qui l’a produite reçoit l’appréciation « { $process } », bien que son effet sur l’Internet reçoive l’appréciation « { $effect } » : la moins bonne des deux appréciations fixe l’appréciation d’ensemble.
brief-text-overall-effect-alone = Dans l’ensemble, la proposition reçoit l’appréciation « { $rating } » sur son seul effet sur l’Internet, qui reçoit l’appréciation « { $effect } » : trop peu de questions sur la manière dont elle a été préparée ont reçu une réponse pour apprécier le processus.
brief-text-overall-process-in-part = Dans l’ensemble, la proposition reçoit l’appréciation « { $rating } », car le processus qui l’a produite reçoit l’appréciation « { $process } » là où il a pu être apprécié ({ $rubrics }), bien que son effet sur l’Internet reçoive l’appréciation « { $effect } » : trop peu de questions sur la manière dont elle a été préparée ont reçu une réponse pour apprécier le processus dans son ensemble.
brief-text-assessors-lead = Les évaluateurs ont choisi de placer « { $topic } » ({ $rubric }) en premier, avant l’ordre que donnerait la méthode.
brief-text-next-steps-withdrawn = La mesure a été retirée : ces étapes visent à empêcher son retour, ou celui d’une mesure semblable.
brief-text-next-steps-practice-ended = La pratique a pris fin : ces étapes visent à empêcher son retour, ou celui d’une pratique semblable.
brief-text-next-steps-withdrawn-protective = La mesure a été retirée, bien que cette note la juge protectrice ({ $areas }) : plaider pour son retour, ou celui d’une mesure semblable.
brief-text-next-steps-rejected = La mesure a été rejetée : ces étapes valent pour toute mesure semblable qui serait de nouveau proposée.
brief-text-next-steps-rejected-protective = La mesure a été rejetée, bien que cette note la juge protectrice ({ $areas }) : plaider pour qu’elle, ou une mesure semblable, soit de nouveau proposée.
brief-text-next-steps-keep = Conserver ce que cette note juge protecteur ({ $areas }), et le défendre lors de { $later }.
brief-text-next-steps-for-operator = S’agissant d’une pratique propre à un réseau, chaque étape revient à l’opérateur, qui peut l’adopter comme sa propre règle, et aux régulateurs, qui peuvent l’imposer à défaut.
brief-text-next-steps-for-request = S’agissant d’une demande, chaque étape revient à ses auteurs, qui peuvent la reprendre, et aux membres de l’organe appelé à se prononcer, qui peuvent l’exiger et rejeter la demande à défaut.
brief-text-next-steps-for-endorsers = S’agissant d’un texte non contraignant, chaque étape revient à ceux qui y souscrivent, qui peuvent la mettre en œuvre dans leurs lois et leurs pratiques.
brief-text-overall-score = Sur l’ensemble des questions, la proposition obtient un score de { $score } sur 100, sur la base de { $coverage } des questions applicables (pondérées).
brief-text-strength-lead = L’appréciation « { $rating } » de l’effet repose avant tout sur ce constat ({ $area }) : « { $finding } ».
brief-text-strength-lead-among = L’appréciation « { $rating } » de l’effet repose sur { $count } constats de même force, dont celui-ci ({ $area }) : « { $finding } ».
brief-text-overall-no-score = Aucune question n’a reçu de réponse par un niveau, sur la base de { $coverage } des questions applicables (pondérées).
brief-text-flags-cap = { $count ->
    [one] Un signal d’alerte sur { $area } empêche de l’apprécier mieux que « { $ceiling } » (le score seul donnerait « { $band } »).
   *[other] { $count } signaux d’alerte sur { $area } empêchent de l’apprécier mieux que « { $ceiling } » (le score seul donnerait « { $band } »).
}
brief-text-flags-held = { $count ->
    [one] Un signal d’alerte sur { $area } plafonne son appréciation à « { $ceiling } », là où le score seul la place aussi.
   *[other] { $count } signaux d’alerte sur { $area } plafonnent son appréciation à « { $ceiling } », là où le score seul la place aussi.
}
brief-text-flags-below = { $count ->
    [one] Un signal d’alerte sur { $area } plafonnerait son appréciation à « { $ceiling } » ; le score seul la place plus bas, à « { $band } ».
   *[other] { $count } signaux d’alerte sur { $area } plafonneraient son appréciation à « { $ceiling } » ; le score seul la place plus bas, à « { $band } ».
}
brief-text-flags-decide = { $count ->
    [one] Un signal d’alerte sur { $area } suffit à l’apprécier « { $ceiling } », bien que trop peu de questions aient reçu une réponse pour que son score compte : aucune réponse encore en suspens ne pourrait changer cette appréciation.
   *[other] { $count } signaux d’alerte sur { $area } suffisent à l’apprécier « { $ceiling } », bien que trop peu de questions aient reçu une réponse pour que son score compte : aucune réponse encore en suspens ne pourrait changer cette appréciation.
}
brief-text-flags = { $count ->
    [one] Un signal d’alerte sur { $area }.
   *[other] { $count } signaux d’alerte sur { $area }.
}
brief-text-area-effect = l’effet
brief-text-area-process = le processus
brief-text-too-few = Trop peu de questions ont reçu une réponse pour une appréciation ferme.
brief-text-still-open = { $count ->
    [one] Une question reste en suspens.
   *[other] { $count } questions restent en suspens.
}

## Methodology

brief-text-intro = Cette note suit la Boîte à outils pour l’évaluation de l’impact sur Internet (Internet Impact Assessment Toolkit) de l’Internet Society et les principes multipartites de la gouvernance de l’Internet. Elle juge la proposition selon les grilles suivantes : { $rubrics }, tant pour le processus qui l’a produite que pour son effet sur l’Internet, et rend une appréciation sur chacun. Chaque grille pose un ensemble fixe de questions ; pour chacune, les évaluateurs ont choisi le niveau qui décrit le mieux la proposition et ont exposé leurs motifs et leurs éléments de preuve.
brief-text-and = { $first } et { $last }
brief-text-band-at-least = score ≥ { $lowest }
brief-text-band-below = score inférieur à 40
brief-text-band-no-effect = l’effet seulement, lorsque toutes les questions d’effet applicables ont été jugées sans effet ou écartées au tri préalable, et qu’aucune n’est en suspens
brief-text-band-insufficient = couverture inférieure à { $coverage }
brief-text-rule-dimensions = Chaque question juge l’une des deux dimensions : l’effet de la proposition sur l’Internet (les propriétés essentielles et les facilitateurs du Mode de fonctionnement du réseau Internet de l’Internet Society) ou le processus qui l’a produite (selon NETmundial, les lignes directrices multipartites de São Paulo et les indicateurs de l’OCDE sur la participation des parties prenantes).
brief-text-rule-levels = Pour chaque question, les évaluateurs ont choisi le niveau qui décrit le mieux la proposition, consigné leurs constats dans leurs propres mots, cité les dispositions sur lesquelles ils reposent et, pour les questions d’effet, coché les mécanismes employés par la proposition dans la liste d’atteintes et de garanties de la grille. Les textes des niveaux sont des positions sur une échelle, non des constats.
brief-text-rule-points = Chaque question ayant reçu une réponse rapporte poids × niveau points sur poids × niveau maximal.
brief-text-rule-score = Un score vaut 100 × points ÷ points possibles sur les questions ayant reçu un niveau ; sans aucune, il n’y a pas de score. Il est calculé pour chaque grille, pour chaque dimension de chaque grille et pour chaque dimension sur l’ensemble des grilles, où chaque question compte avec son poids multiplié par celui de sa grille.
brief-text-rule-not-affected = Une question d’effet jugée sans effet, ou écartée au tri préalable, compte pour la couverture mais non pour le score, de sorte qu’une mesure est jugée sur les atteintes qu’elle cause ; elle n’est jamais un point fort et ne reçoit aucune recommandation. Lorsque toutes les questions d’effet applicables sont sans effet ou écartées, et qu’aucune n’est en suspens, l’effet est apprécié « Aucun effet constaté ».
brief-text-rule-unknown = Les questions marquées inconnues ou laissées sans réponse comptent comme applicables mais sans réponse ; les questions marquées non applicables, ou dont la condition n’est pas remplie, sont exclues.
brief-text-rule-coverage = La couverture est le poids des questions ayant reçu une réponse, jugées sans effet ou écartées au tri préalable ÷ le poids des questions applicables ; en dessous de { $coverage }, l’appréciation est « Éléments insuffisants », sauf si des signaux d’alerte la plafonnent à la tranche la plus basse (un signal grave, ou deux sur l’effet), ce qu’aucune réponse encore en suspens ne pourrait changer.
brief-text-rule-ratings = Les appréciations de l’effet sont nommées d’après ce qu’elles signifient pour l’Internet : Protecteur (score ≥ 80), Risque faible (≥ 60), Préjudiciable (≥ 40) et Préjudice grave (moins de 40). Le processus conserve Solide, Satisfaisant, Faible et Préoccupations graves pour les mêmes seuils.
brief-text-rule-flags = Les signaux d’alerte découlent des constats : une réponse égale ou inférieure au niveau d’alerte d’une question, ou une atteinte cochée qui déclenche son propre signal. Une garantie cochée qui circonscrit une atteinte abaisse son signal d’un degré. Un signal grave, ou deux questions d’effet signalées, plafonne l’effet à Préjudice grave ; un signal le plafonne à Préjudiciable. Pour le processus, un signal d’alerte plafonne à Faible.
brief-text-rule-robustness = Comme un niveau seul ne déclenche au plus qu’un signal ordinaire, déplacer une réponse d’un niveau ne peut jamais faire passer un effet Protecteur ou à Risque faible à Préjudice grave. Chaque note indique en page 1 si une seule réponse déplacée d’un niveau changerait l’appréciation de l’effet, et laquelle.
brief-text-rule-overall = L’appréciation d’ensemble est la moins bonne des appréciations de l’effet et du processus : un bon processus ne peut compenser un effet préjudiciable. Un processus sans éléments suffisants dans son ensemble compte là où il en a assez : l’appréciation est alors la moins bonne de celle de l’effet et de la plus mauvaise appréciation du processus d’une grille ; là où le processus d’aucune grille n’en a assez, l’appréciation est laissée à l’effet. Un effet sans éléments suffisants ne permet aucune appréciation. L’appréciation d’une grille suit la même règle sur ses propres questions.
brief-text-rule-overall-score = Le score d’ensemble est la moyenne des scores des grilles pondérée par leur poids, sur les grilles qui ont un score ; la couverture d’ensemble fait la moyenne pondérée des couvertures des grilles. Le score est donné à titre indicatif : l’appréciation suit la règle ci-dessus.
brief-text-rule-advice = Les recommandations sur l’effet proviennent uniquement des atteintes cochées par les évaluateurs (la recommandation propre à l’atteinte, sauf si une garantie cochée la circonscrit) ou de leurs propres mots ; une réponse en dessous de son niveau acceptable sans rien de coché n’en reçoit aucune. Les recommandations sur le processus suivent le niveau. Une recommandation est donnée lorsqu’une réponse est en dessous du niveau que sa question juge acceptable, ou déclenche un signal d’alerte ; la recommandation des évaluateurs remplace celle de la grille. Les signaux d’alerte graves viennent en premier, puis les autres signaux, puis le reste ; dans chaque groupe, l’effet avant le processus ; parmi les signaux d’alerte, ce que la mesure fait au réseau avant la seule redevabilité de ses pouvoirs (qui décide, si les injonctions sont visibles, la clarté du texte) ; puis les réponses les plus éloignées de leur niveau maximal (à même distance, le réseau d’abord), puis par priorité = poids × (niveau maximal − niveau) ÷ niveau maximal. Les évaluateurs peuvent choisir un constat à placer en premier ; la page 1 le dit alors.
brief-text-rule-rounding = Les scores sont arrondis à l’entier, les points bruts étant indiqués à côté, sauf lorsque l’arrondi ferait passer un score dans la tranche suivante : 59,7 est indiqué tel quel, car 60 se lirait comme la tranche supérieure. Ils jugent une proposition au regard des grilles ; ils ne constituent pas un classement entre pays.

## How views were reflected

brief-text-submissions = { $submissions } dans le registre, { $considered } prises en compte dans les parts (contributions retirées exclues)
brief-text-response-coverage = { $count ->
    [one] { $count } contribution sur { $total } a reçu une réponse publiée
   *[other] { $count } contributions sur { $total } ont reçu une réponse publiée
}
brief-text-received = la consultation a reçu { $received } réponses en tout, si bien que les parts ci-dessous décrivent ces { $considered }, non la consultation entière
brief-text-response-coverage-by-theme = { $count ->
    [one] { $count } contribution sur { $total } a reçu une réponse par thème ; aucune n’a reçu de réponse propre
   *[other] { $count } contributions sur { $total } ont reçu une réponse par thème ; aucune n’a reçu de réponse propre
}
brief-text-reasoned-rejections = { $count ->
    [one] sur { $total } contributions rejetées, jugées hors champ ou retenues en partie seulement, { $count } a reçu un motif légitime
   *[other] sur { $total } contributions rejetées, jugées hors champ ou retenues en partie seulement, { $count } ont reçu un motif légitime
}
brief-text-gap-between = entre { $best } (le mieux pris en compte) et { $worst } (le moins bien pris en compte)
brief-text-gap-none = moins de deux groupes à comparer
brief-text-length = du { $opened } au { $closed } ; les lignes directrices « Mieux légiférer » de l’UE demandent au moins { $weeks } semaines : { $met ->
    [yes] exigence respectée
   *[no] exigence non respectée
}
brief-text-length-unknown = date d’ouverture ou de clôture non indiquée
brief-text-response-time = { $from ->
    [consultation] de la clôture au { $date } (la réponse publiée) ; les principes de consultation du Royaume-Uni demandent au plus { $weeks } semaines ({ $days } jours) : { $met ->
        [yes] exigence respectée
       *[no] exigence non respectée
    }
   *[submissions] de la clôture au { $date } (la dernière réponse à une contribution) ; les principes de consultation du Royaume-Uni demandent au plus { $weeks } semaines ({ $days } jours) : { $met ->
        [yes] exigence respectée
       *[no] exigence non respectée
    }
}
brief-text-response-time-unknown = date de clôture ou de réponse non indiquée
brief-text-weeks = { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
}
brief-text-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
brief-text-percentage-points = { $points ->
    [one] { $points } point de pourcentage
   *[other] { $points } points de pourcentage
}
brief-text-uptake-gap = L’écart entre le groupe le mieux pris en compte ({ $best }) et le moins bien pris en compte ({ $worst }) est de { $gap }.
brief-text-uptake-small-groups = { $count ->
    [one] Le chiffre de { $groups } repose
   *[other] Les chiffres de { $groups } reposent
} sur moins de { $few } contributions, trop peu pour une comparaison sûre ; parmi les groupes qui en comptent au moins { $few }, l’écart est de { $gap }, entre { $best } ({ $best_uptake }) et { $worst } ({ $worst_uptake }).
brief-text-uptake-small-groups-only = { $count ->
    [one] Le chiffre de { $groups } repose
   *[other] Les chiffres de { $groups } reposent
} sur moins de { $few } contributions, trop peu pour une comparaison sûre.
brief-text-uptake-no-gap = Aucun écart ne peut être mesuré : moins de deux groupes (hors groupe inconnu) ont des contributions prises en compte.
brief-text-uptake-none = Aucune contribution n’est prise en compte ; aucun groupe n’a donc de taux de prise en compte.
brief-text-absent-groups = Groupes n’ayant envoyé aucune contribution : { $groups }.
brief-text-no-absent-group = Chaque groupe de parties prenantes, ainsi que des particuliers, a envoyé des contributions.
brief-text-rejection-who = { $submitter } ({ $group })
brief-text-rejection-provision = , sur { $provision }
brief-text-rejection-merged = { $outcome } avec { $merged_into }, à laquelle elle a été jointe
brief-text-rejection-reason = { $recorded ->
    [yes] sans motif donné
    [elsewhere] question dite traitée ailleurs, sans préciser où
   *[no] sans motif consigné
}
brief-text-anonymous = anonyme
brief-text-rejections-more = Et { $count } de plus ; la note au format JSON (-f json) les énumère toutes.
brief-text-rejections-all-reasoned = Chaque contribution rejetée, jugée hors champ ou retenue en partie seulement a reçu un motif légitime.
brief-text-rejections-none = Aucune contribution n’a été rejetée, jugée hors champ ou retenue en partie seulement.
brief-text-suggestion = le registre indique le niveau { $level } ({ $because }). { $chosen ->
    [none] Aucun niveau n’a été choisi.
    [same] Les évaluateurs ont choisi le niveau { $level }, comme le suggère le registre.
   *[other] Les évaluateurs ont choisi le niveau { $chosen_level }, en s’écartant du registre ; leur constat sur cette question en donne les raisons.
}
brief-text-because-feedback = { $count ->
        [one] { $count } contribution sur { $total } a reçu
       *[other] { $count } contributions sur { $total } ont reçu
    } une réponse et { $reasoned ->
        [one] { $reasoned } rejet sur { $rejections } a reçu
       *[other] { $reasoned } rejets sur { $rejections } ont reçu
    } un motif légitime
brief-text-because-feedback-days = { $count ->
        [one] { $count } contribution sur { $total } a reçu
       *[other] { $count } contributions sur { $total } ont reçu
    } une réponse et { $reasoned ->
        [one] { $reasoned } rejet sur { $rejections } a reçu
       *[other] { $reasoned } rejets sur { $rejections } ont reçu
    } un motif légitime ; la réponse est intervenue { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après la clôture
brief-text-because-balance = la prise en compte diffère de { $gap } entre le groupe le mieux pris en compte, { $best }, et le moins bien pris en compte, { $worst }
brief-text-consultation-rule-outcome = L’issue d’une contribution est sa suite, ou, pour une contribution jointe à une autre, l’issue de celle-ci ; les contributions retirées sont exclues de toutes les parts.
brief-text-consultation-rule-coverage = Le taux de réponse est la part des contributions dont l’issue est une réponse publiée : toute suite autre que l’absence de réponse (un report ou une décision d’irrecevabilité est une réponse).
brief-text-consultation-rule-reasoned = Les rejets motivés sont la part des contributions rejetées, jugées hors champ ou retenues en partie seulement (ce qui n’a pas été retenu appelle aussi un motif) qui ont reçu un motif légitime : impossibilité juridique, hors mandat, infaisabilité technique, coût disproportionné, éléments insuffisants, question traitée ailleurs (comptée seulement si le registre nomme la disposition qui la traite), contradiction avec l’objectif déclaré, ou autres contributions jugées plus déterminantes.
brief-text-consultation-rule-uptake = La prise en compte d’un groupe est le nombre de ses contributions acceptées plus la moitié de celles acceptées en partie, rapporté à l’ensemble de ses contributions ; l’écart de prise en compte est la prise en compte du groupe le mieux servi moins celle du groupe le moins bien servi, hors contributeurs de groupe inconnu.
brief-text-consultation-rule-participation = La participation compte chaque contribution selon le groupe de son auteur, contributions retirées et jointes comprises, et nomme les groupes de parties prenantes (et les particuliers) qui n’en ont envoyé aucune.
brief-text-consultation-rule-timeliness = La célérité compare la durée de la consultation, de l’ouverture à la clôture, aux { $weeks } semaines au moins que demandent les lignes directrices « Mieux légiférer » de l’UE, et compte les jours entre la clôture et la réponse publiée (la date de réponse de la consultation, ou à défaut la dernière réponse à une contribution), que les principes de consultation du Royaume-Uni (2018) demandent de limiter à { $days } ({ $weeks } semaines).

## After a recommendation, the concerns of other questions whose answers name it for their advice
## (`advice_under`): each is $question, "Inclusiveness: Staying connected to the global Internet",
## with its $level, "level 1 of 4"; $questions joins them with the language's semicolon.
brief-text-also-answers-one = { $question } ({ $level })
brief-text-also-answers = { $count ->
    [one] Elle répond aussi à la préoccupation relevée sous { $questions }.
   *[other] Elle répond aussi aux préoccupations relevées sous { $questions }.
}

