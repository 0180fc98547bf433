# Mots et formats communs à tous les documents et à l’interface.

## Dates : « 1er mai 2021 », « 12 mai 2021 ».
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Les deux-points entre une étiquette et ce qui la suit (« Appréciation d’ensemble : Faible ») :
## le français met une espace insécable avant.
colon = { " :" }

## Le point-virgule entre les membres d’une phrase, avec l’espace insécable qui le précède.
semicolon = { " ; " }

## L’espace insécable entre les groupes de trois chiffres d’un grand nombre (« 5 000 000 »), et le
## nombre de chiffres à partir duquel on les groupe.
thousands-separator = { "\u00A0" }
thousands-from = 4

## Un pourcentage : « 94 % », avec une espace insécable avant le signe.
percent = { $number }{"\u00A0"}%

## Les mots communs à tous les documents. Les identifiants sont les clés anglaises du format de
## fichier et du JSON ; seuls les mots changent avec la langue.

## Seuils d’appréciation du processus, d’une grille et de l’ensemble de la proposition.
rating-no-effect-found = Aucun effet constaté
rating-strong = Solide
rating-adequate = Satisfaisant
rating-weak = Faible
rating-serious-concerns = Préoccupations graves
rating-insufficient-evidence = Éléments insuffisants

## Les mêmes seuils, tels que l’effet sur l’Internet les nomme.
verdict-no-effect-found = Aucun effet constaté
verdict-protective = Protecteur
verdict-low-risk = Risque faible
verdict-harmful = Préjudiciable
verdict-serious-harm = Préjudice grave
verdict-insufficient-evidence = Éléments insuffisants

## Les deux dimensions d’une grille.
dimension-effect = Effet sur l’Internet
dimension-process = Processus
## Les mêmes, dans une phrase (« Ensemble, effet sur l’Internet : appréciation plafonnée à … »).
dimension-effect-in-sentence = effet sur l’Internet
dimension-process-in-sentence = processus

## Ce qu’il est advenu d’une question.
status-answered = Réponse donnée
status-unknown = Indéterminé
status-unanswered = Sans réponse
status-not-applicable = Sans objet
status-not-affected = Non concerné
status-screened-out = Écarté au tri préalable

## Où en est l’évaluation.
review-draft = Version provisoire
review-final = Version définitive

## Où en est la proposition.
stage-request = Demande
stage-idea = Idée
stage-draft = Projet de texte
stage-consultation = En consultation
stage-in-legislature = Devant le Parlement
stage-adopted = Adoptée
stage-in-force = En vigueur
stage-withdrawn = Retirée
stage-rejected = Rejetée

## La nature de la mesure.
kind-law = Loi
kind-regulation = Règlement
kind-decree = Décret
kind-treaty = Traité
kind-court-order = Décision de justice
kind-request = Demande à un organisme mondial
kind-private-network = Action d’un réseau privé
kind-non-binding = Déclaration ou texte non contraignant

## Comment les recommandations nomment la mesure, dans une phrase.
measure-law = la loi
measure-regulation = le règlement
measure-decree = le décret
measure-treaty = le traité
measure-court-order = la décision
measure-request = la demande
measure-private-network = la politique du réseau
measure-non-binding = la déclaration
# The step that ends the measure, for a rubric's `{withdraw}`: by its kind and how far it has come.
withdraw = retirer { $measure }
withdraw-repeal = abroger { $measure }
withdraw-denounce = dénoncer { $measure }
withdraw-do-not-adopt = ne pas adopter { $measure }
withdraw-do-not-bring-back = ne pas remettre { $measure } à l’ordre du jour
# When a check the advice asks for is to be made ({timing}): before a measure applies, or
# now and at each review once it is adopted or in force.
timing-before = avant l’entrée en application de la mesure
timing-now = dès maintenant et à chaque réexamen
timing-now-practice = dès maintenant et à chaque modification de la politique du réseau
# The stages still to come of the measure, for a rubric's `{later}`: by its kind.
later-binding = la mise en œuvre, le réexamen et toute modification ultérieure de la mesure
later-request = la suite des travaux de l’organe appelé à se prononcer sur la demande
later-non-binding = l’élaboration de tout texte de suivi et tout bilan des engagements de la déclaration
later-private-network = toute modification ultérieure de la politique du réseau

## Channels of a consultation, where the ledger names one by its id.
channel-portal = plateforme en ligne
channel-written = contributions écrites
channel-meeting = réunions
channel-hearing = auditions
channel-survey = questionnaire

## Les groupes de parties prenantes de la gouvernance de l’Internet, et les autres contributeurs.
group-government = Gouvernements
group-private-sector = Secteur privé
group-civil-society = Société civile
group-technical-community = Communauté technique
group-academia = Milieu universitaire
group-intergovernmental = Organisations intergouvernementales
group-individual = Particuliers
group-unknown = Inconnu

## Ce qu’il est advenu d’une contribution à une consultation.
disposition-accepted = Acceptée
disposition-partially-accepted = Partiellement acceptée
disposition-rejected = Rejetée
disposition-out-of-scope = Hors champ
disposition-deferred = Reportée
disposition-not-answered = Sans réponse
disposition-withdrawn = Retirée
disposition-merged = Fusionnée avec une autre

## Pourquoi une contribution n’a pas été retenue (ou pas entièrement).
reason-legally-precluded = Juridiquement impossible
reason-outside-mandate = Hors mandat
reason-technically-infeasible = Techniquement irréalisable
reason-disproportionate-cost = Coût disproportionné
reason-insufficient-evidence = Éléments insuffisants
reason-addressed-elsewhere = Traité ailleurs
reason-conflicts-with-objective = Contraire à l’objectif déclaré
reason-outweighed-by-other-input = Supplanté par d’autres contributions
reason-none-given = Aucun motif donné

## La nature d’un mécanisme, dans une phrase.
mechanism-harm = atteinte
mechanism-safeguard = garantie

## Signaux d’alerte.
flag-red-flag = Signal d’alerte
flag-severe = grave
flag-severe-red-flag = Signal d’alerte grave

## La carte de l’Internet Society : les propriétés essentielles du Mode de fonctionnement du
## réseau Internet et les facilitateurs d’un Internet ouvert, mondialement connecté, sûr et
## digne de confiance.
iiat-kind-critical-property = Propriété essentielle
iiat-kind-enabler = Facilitateur
iiat-accessible-infrastructure = Une infrastructure accessible dotée d’un protocole commun
iiat-open-architecture = Une architecture ouverte de blocs de construction interopérables et réutilisables
iiat-decentralised-management = Une gestion décentralisée et un système de routage unique et distribué
iiat-common-identifiers = Des identifiants mondiaux communs
iiat-technology-neutral = Un réseau neutre sur le plan technologique et polyvalent
iiat-easy-access = Un accès facile et sans restriction
iiat-unrestricted-use = L’utilisation et le déploiement sans restriction des technologies de l’Internet
iiat-collaborative-governance = Le développement, la gestion et la gouvernance collaboratifs
iiat-unrestricted-reachability = Une joignabilité sans restriction
iiat-available-capacity = Une capacité disponible
iiat-data-confidentiality = La confidentialité des données, des appareils et des applications
iiat-integrity = L’intégrité des informations, des applications et des services
iiat-reliability-resilience = La fiabilité, la résilience et la disponibilité
iiat-accountability = La responsabilité
iiat-privacy = Le respect de la vie privée

## Éléments de page : en-tête et pied de page courants, description du graphique.
page-overall = Ensemble
# The Word documents' keywords property: the method the brief follows.
keywords-method = évaluation de l’impact sur Internet
page-number = Page { $page } sur { $total }

## Guidance that points to another question names it as the reader knows it: its area (or, for a
## process question, its prompt) as $name, quoted, then where it is. $rubric is the rubric's title,
## $number the question's place in it, $id its full id in backticks (as a fill-in file heads it).
question-reference = « { $name } » ({ $rubric }, question { $number })
question-reference-by-id = « { $name } » ({ $id })

## Why a new submission cannot take the id typed for it, after "Cannot use that id:" in the
## wizard and the browser.
submission-id-empty = il est vide
submission-id-taken = une autre contribution le porte déjà
