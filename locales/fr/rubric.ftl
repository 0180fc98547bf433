# What is wrong with a rubric file (`rubric check`, `--rubrics DIR`) or a rubric's translation:
# its ids, levels, weights, sources, mechanisms and conditions. Keys, ids and values in backticks
# stay as the file writes them.

## A level in a level_map. $level is a number as the file writes it; $text the file's text.
rubric-level-expected = un numéro de niveau ou "not-affected"
rubric-level-negative = { $level } n’est pas un niveau ; indiquez 0 ou plus, ou "not-affected"
rubric-level-too-large = le niveau { $level } est trop grand
rubric-level-not-a-level = `{ $text }` n’est pas un niveau ; indiquez un numéro de niveau ou "not-affected"

## The rubric's own keys. $weight is the number as the file writes it; $max the largest weight.
rubric-id-invalid = l’identifiant de grille `{ $id }` n’est pas valide
rubric-id-invalid-help = utilisez des lettres minuscules, des chiffres et des traits d’union, par exemple `openness`
rubric-weight-range = le poids de la grille, { $weight }, est hors limites
rubric-weight-help = indiquez un nombre positif jusqu’à { $max } ; les poids sont relatifs, 1.0 est l’usage
rubric-no-questions = la grille n’a aucune question
rubric-no-questions-help = ajoutez au moins une table [[questions]]
rubric-source-twice = l’identifiant de source `{ $source }` apparaît deux fois
rubric-source-twice-help = donnez à chaque source son propre identifiant

## A question's own keys. $id is the question's id; $count, $min, $max, $levels, $top and $red
## are numbers.
rubric-question-id-invalid = l’identifiant de question `{ $id }` n’est pas valide
rubric-id-chars-help = utilisez des lettres minuscules, des chiffres et des traits d’union
rubric-question-twice = l’identifiant de question `{ $id }` apparaît deux fois dans la grille `{ $rubric }`
rubric-question-twice-help = chaque question a besoin de son propre identifiant
rubric-question-weight-range = la question `{ $id }` a un poids de { $weight }, hors limites
rubric-question-level-count = la question `{ $id }` a { $count ->
        [one] { $count } niveau
       *[other] { $count } niveaux
    } ; une question en demande de { $min } à { $max }
rubric-question-level-count-help = énumérez les textes des niveaux du pire au meilleur
rubric-question-red-flag = la question `{ $id }` a red_flag_at = { $red }, ce qui ne laisse aucun niveau sans signal d’alerte
rubric-question-red-flag-help = red_flag_at doit être inférieur au niveau le plus haut
rubric-question-no-recommendation = la question `{ $id }` n’a pas de recommandation
rubric-question-no-recommendation-help = dites ce que les rédacteurs doivent faire quand elle obtient moins que le niveau le plus haut
rubric-question-acceptable = la question `{ $id }` a un acceptable_at au-delà de son niveau le plus haut
rubric-question-acceptable-help = indiquez un niveau de 0 à { $top }
rubric-question-level-recommendations = la question `{ $id }` a { $count } recommandations par niveau pour { $levels } niveaux
rubric-question-level-recommendations-help = donnez au plus une recommandation par niveau, du pire au meilleur
rubric-question-no-dimension = la question `{ $id }` n’a pas de dimension
rubric-question-no-dimension-help = ajoutez `dimension = "effect"` (ce que la proposition fait à l’Internet) ou `dimension = "process"` (la façon dont elle a été élaborée)

## What a question covers. $tag is the unknown item; $known a list of ids.
rubric-covers-unknown = la question `{ $id }` couvre un élément inconnu, `{ $tag }`
rubric-covers-unknown-help = éléments connus, du plus proche au plus lointain : { $known } ; `impact-brief rubric show openness` les utilise tous
rubric-effect-covers-nothing = la question d’effet `{ $id }` ne couvre aucune propriété essentielle ni aucun facilitateur
rubric-effect-covers-nothing-help = ajoutez par exemple `covers = ["data-confidentiality"]` ; `impact-brief rubric show openness` les énumère
rubric-effect-no-area = la question d’effet `{ $id }` n’a pas de domaine
rubric-effect-no-area-help = ajoutez un `area` court et en langage courant, par exemple `area = "Chiffrement et messages privés"` ; l’étape de tri de l’assistant le propose

## What a question refers to. $cited is the source id the file cites; $known a list of ids.
rubric-unknown-source = la question `{ $id }` cite une source inconnue, `{ $cited }`
rubric-unknown-source-add-help = ajoutez-la à [[sources]]
rubric-known-sources-help = sources connues : { $known }
rubric-depends-on-itself = la question `{ $id }` dépend d’elle-même
rubric-depends-on-itself-help = nommez une autre question dans applies_if

## A question's level_map. $bad and $top are numbers.
rubric-level-map-several = la question `{ $id }` a un level_map mais remplace plusieurs questions
rubric-level-map-several-help = une correspondance de niveaux suppose une seule question antérieure ; supprimez-la, et les réponses aux questions remplacées demanderont une nouvelle réponse
rubric-level-map-missing-level = le level_map de `{ $id }` renvoie au niveau { $bad }, que la question n’a pas
rubric-level-map-missing-level-help = faites correspondre chaque niveau antérieur à un niveau de 0 à { $top }, ou à "not-affected"
rubric-level-map-not-affected = le level_map de `{ $id }` renvoie à "not-affected", que seules les questions d’effet connaissent
rubric-level-map-not-affected-help = faites correspondre chaque niveau antérieur à un niveau de cette question

## A question's mechanisms. $name is the mechanism's id; $safeguard the id contained_by names;
## $known a list of ids.
rubric-process-mechanisms = la question de processus `{ $id }` a des mécanismes
rubric-process-mechanisms-help = seules les questions d’effet énumèrent des mécanismes ; le conseil d’une question de processus découle de son niveau
rubric-effect-no-mechanisms = la question d’effet `{ $id }` n’énumère aucun mécanisme
rubric-effect-no-mechanisms-help = ajoutez des tables [[questions.mechanisms]] : les atteintes qu’une mesure peut causer ici, avec leurs conseils, et les garanties qui les contiennent
rubric-mechanism-id-invalid = l’identifiant de mécanisme `{ $name }` de `{ $id }` n’est pas valide
rubric-mechanism-twice = l’identifiant de mécanisme `{ $name }` apparaît deux fois dans `{ $id }`
rubric-mechanism-twice-help = chaque mécanisme d’une question a besoin de son propre identifiant
rubric-mechanism-no-label = le mécanisme `{ $name }` de `{ $id }` n’a pas de libellé
rubric-mechanism-no-label-help = dites en mots simples ce que fait la mesure
rubric-harm-no-recommendation = l’atteinte `{ $name }` de `{ $id }` n’a pas de recommandation
rubric-harm-no-recommendation-help = dites ce qu’il faut changer pour que l’atteinte disparaisse ou soit contenue
rubric-harm-not-safeguard = l’atteinte `{ $name }` de `{ $id }` est contenue par `{ $safeguard }`, qui n’est pas une garantie de la question
rubric-harm-not-safeguard-help = garanties de `{ $id }`, de la plus proche à la plus lointaine : { $known }
rubric-safeguard-advice = la garantie `{ $name }` de `{ $id }` a un signal d’alerte, une recommandation ou un contained_by
rubric-safeguard-advice-help = seules les atteintes lèvent des signaux d’alerte et portent des conseils ; une garantie se désigne par son libellé
rubric-mechanism-unknown-source = le mécanisme `{ $name }` de `{ $id }` cite une source inconnue, `{ $cited }`

## A rubrics folder and the dependencies between rubrics. $path is a file's path; $question a
## full question id (rubric.question); $level, $top are numbers; $error is the system's message.
rubric-location = grille `{ $id }`
rubric-defined-twice = l’identifiant de grille `{ $id }` est aussi défini dans { $path }
rubric-defined-twice-help = donnez à chaque fichier de grille son propre identifiant, ou retirez l’un des deux fichiers
rubric-applies-if-unknown-rubric = le applies_if de `{ $id }` nomme `{ $question }`, dont la grille est inconnue
rubric-known-rubrics-help = grilles connues : { $known }
rubric-applies-if-unknown-question = le applies_if de `{ $id }` nomme une question inconnue, `{ $question }`
rubric-questions-of-help = questions de `{ $rubric }` : { $known }
rubric-applies-if-level = le applies_if de `{ $id }` demande le niveau { $level } de `{ $question }`, qui a des niveaux de 0 à { $top }
rubric-applies-if-level-help = abaissez min_level
rubric-cycle = la question `{ $id }` dépend d’elle-même par applies_if
rubric-cycle-help = rompez le cycle : une question ne peut pas, par l’intermédiaire d’autres, dépendre de sa propre réponse
rubric-folder-unreadable = impossible de lire le dossier des grilles : { $error }
rubric-folder-unreadable-help = --rubrics attend un dossier de fichiers de grille .toml

## A rubric's translation overlay. $id is a question id; $name a mechanism id; $count and
## $english are numbers; $problem is one of the messages below.
rubric-overlay-unknown-question = `{ $id }` n’est pas une question de la grille anglaise
rubric-overlay-question-problem = `{ $id }` : { $problem }
rubric-overlay-levels = { $count } niveaux, l’anglais en a { $english }
rubric-overlay-level-recommendations = { $count } recommandations par niveau, l’anglais en a { $english }
rubric-overlay-area = `area` est donné là où l’anglais n’en a pas, ou manque là où il en a un
rubric-overlay-recommendation = `recommendation` ne correspond pas à l’anglais (l’un l’a, l’autre non)
rubric-overlay-mechanism-missing = le mécanisme `{ $name }` n’est pas traduit
rubric-overlay-mechanism-recommendation = mécanisme `{ $name }` : `recommendation` ne correspond pas à l’anglais
rubric-overlay-mechanism-unknown = le mécanisme `{ $name }` ne figure pas dans la question anglaise
