# What is wrong with an assessment or rubric file as TOML, before its answers can be read: the
# file itself (its size, its encoding), a text, list or table left open, a key written twice, a
# value that is not what its key takes. Keys and values in backticks stay as the file writes them.

## The file itself, before it is read as TOML. $size and $limit are in megabytes, except in
## syntax-too-many-items, where $limit counts keys, values and tables; $error is the system's own
## message.
syntax-directory = ceci est un dossier, pas un fichier TOML
syntax-directory-help = indiquez un fichier `.toml`, ou utilisez `impact-brief batch DIR` pour un dossier
syntax-not-regular = ceci n’est pas un fichier ordinaire (c’est un tube, un socket ou un périphérique)
syntax-not-regular-help = indiquez un fichier `.toml` enregistré sur le disque
syntax-too-big = le fichier fait { $size } Mo, au-delà de la limite de { $limit } Mo
syntax-larger-than-limit = le fichier dépasse la limite de { $limit } Mo
syntax-too-big-help = répartissez les textes longs dans des documents liés et citez-les comme éléments de preuve
syntax-utf16 = le fichier est enregistré en texte UTF-16, et non en UTF-8
syntax-utf16-help = enregistrez-le avec l’encodage UTF-8 (le Bloc-notes appelle l’UTF-16 « Unicode » ; choisissez UTF-8 dans « Enregistrer sous »)
syntax-binary = ceci est un fichier binaire, pas un fichier texte TOML
syntax-binary-help = vérifiez le nom du fichier ; les fichiers d’évaluation et de grille sont du texte brut
syntax-nul-byte = cette ligne contient un caractère NUL (U+0000), qu’un fichier texte ne contient pas
syntax-not-utf8 = le fichier n’est pas du texte UTF-8 valide
syntax-not-utf8-help = enregistrez le fichier avec l’encodage UTF-8 (la plupart des éditeurs le proposent dans « Enregistrer sous »)
syntax-empty = le fichier est vide
syntax-empty-help = `impact-brief init FICHIER` écrit une évaluation à remplir, où chaque clé est expliquée
syntax-too-many-items = le fichier compte plus de { $limit } clés, valeurs et tables
syntax-too-many-items-help = placez un long registre de la consultation dans un fichier CSV désigné par `submissions_file` ; une évaluation n’en compte elle-même que quelques centaines
syntax-unreadable = impossible de lire le fichier : { $error }
syntax-unreadable-help = vérifiez le chemin
syntax-broken-link = c’est un lien vers { $target }, qui n’existe pas
syntax-broken-link-help = faites pointer le lien vers le fichier d’évaluation (déplacé ou renommé ?), ou supprimez le lien

## The file's schema_version. $kind is `assessment` or `rubric`; $found is the value as the file
## writes it; $readable is a version or syntax-schema-versions.
syntax-no-schema-version = { $kind ->
        [rubric] ce fichier de grille
       *[other] ce fichier d’évaluation
    } n’a pas de schema_version
syntax-no-schema-version-help = ajoutez `schema_version = { $version }` en première ligne
syntax-schema-version-text = schema_version est un nombre, et non le texte { $found }
syntax-schema-version-text-help = écrivez-le sans guillemets : schema_version = { $version }
syntax-schema-version-unsupported = schema_version { $found } n’est pas pris en charge
syntax-schema-version-unsupported-help = cette version d’impact-brief lit schema_version { $readable } ; mettez à jour impact-brief ou convertissez le fichier
syntax-schema-versions = de { $first } à { $last }

## When a file has more problems than are shown.
syntax-more-problems = d’autres problèmes de ces types peuvent suivre, non affichés
syntax-more-problems-help = corrigez les problèmes ci-dessus et vérifiez de nouveau le fichier
syntax-more-syntax-errors = { $count ->
        [one] { $count } autre erreur de syntaxe n’est pas affichée
       *[other] { $count } autres erreurs de syntaxe ne sont pas affichées
    }
syntax-more-syntax-errors-help = un fichier aussi abîmé n’est peut-être pas une évaluation (une note écrite par `render`, par exemple) : indiquez le fichier .toml de l’évaluation ; sinon, corrigez les premières erreurs et vérifiez de nouveau

## A text, list or inline table left open. $quotes is """ or ''', $quote is " or ', $line a line
## number; $code is a character's code in hexadecimal and $name one of the names below it.
syntax-text-open-closed-later = le texte que { $quotes } ouvre ici n’est pas fermé : les { $quotes } censés ouvrir le texte suivant, ligne { $line }, le ferment à la place
syntax-text-open = le texte que { $quotes } ouvre ici n’est pas fermé
syntax-text-open-help = terminez-le par { $quotes } sur une ligne à part, après sa dernière ligne
syntax-text-below-help = si son texte est sur les lignes suivantes, ouvrez-le par """ juste après le `=` et terminez-le par """ après sa dernière ligne
syntax-list-open-here = la liste que `[` ouvre ici n’est pas fermée
syntax-inline-table-open-here = la table en ligne que `{"{"}` ouvre ici n’est pas fermée
syntax-list-open = la liste que `[` ouvre n’est pas fermée
syntax-inline-table-open = la table en ligne que `{"{"}` ouvre n’est pas fermée
syntax-list-open-help = fermez-la par `]` après sa dernière valeur
syntax-inline-table-open-help = fermez-la par `{"}"}` après sa dernière valeur
syntax-text-open-on-line = le texte que { $quote } ouvre sur cette ligne n’est pas fermé avant la fin de la ligne
syntax-text-open-on-line-help = fermez-le par { $quote } sur la même ligne ; un texte sur plusieurs lignes s’ouvre et se ferme par """
syntax-quote-in-text-help = un " à l’intérieur d’un texte le termine : écrivez \" pour chacun, ou mettez le texte entre 'apostrophes'
syntax-quotes-unpaired = les guillemets de cette ligne ne vont pas par paires : il manque à un texte son guillemet ouvrant ou fermant
syntax-quotes-unpaired-help = chaque texte s’ouvre et se ferme par un guillemet sur la même ligne, comme dans ["premier", "second"] ; un " à l’intérieur d’un texte s’écrit \"
syntax-quotes-unpaired-apostrophe-help = un texte qui contient une apostrophe (') s’écrit entre "guillemets doubles", comme dans ["l'État"]
syntax-control-character = un texte contient un caractère de contrôle (U+{ $code }) qui ne peut pas y être écrit tel quel
syntax-control-character-named = un texte contient un caractère de contrôle (U+{ $code }, { $name }) qui ne peut pas y être écrit tel quel
syntax-invisible-character = cette ligne contient un caractère invisible, U+{ $code } ({ $name }), là où seule une espace ordinaire, ou rien, a sa place
syntax-invisible-character-help = supprimez-le, et tapez une espace ordinaire s’il en faut une ; les traitements de texte et certaines dispositions de clavier l’insèrent
syntax-char-no-break-space = une espace insécable
syntax-char-byte-order-mark = une marque d’ordre des octets
syntax-char-soft-hyphen = un trait d’union conditionnel
syntax-char-wide-space = une espace idéographique
syntax-char-zero-width = un caractère sans chasse
syntax-carriage-return = un retour chariot
syntax-escape = un caractère d’échappement
syntax-nul = un caractère NUL
syntax-control-character-help = supprimez-le ; entre "guillemets doubles", il peut s’écrire sous forme d’échappement (\r, \u001B)
syntax-too-deep = les listes, tables ou clés à points sont imbriquées trop profondément pour être lues
syntax-too-deep-help = une évaluation n’a que quelques niveaux d’imbrication : cherchez une longue suite de `[`, de `{"{"}` ou de points

## A table or a key written twice. $header is a table header as written (`[proposal]`), $table a
## table's name without brackets, except in syntax-key-twice-in, where it is its header; $line is
## the line of the first.
syntax-table-and-value = { $header } fait de `{ $key }` une table, mais c’est une valeur à la ligne { $line }
syntax-table-and-value-help = une clé contient une valeur ou une table, pas les deux : gardez l’une ou l’autre
syntax-table-twice = la table { $header } est écrite deux fois
syntax-table-twice-first = la table { $header } est écrite deux fois ; la première est à la ligne { $line }
syntax-table-twice-help = écrivez { $header } une seule fois, avec toutes ses clés en dessous
syntax-dotted-key-adds = `{ $key }` complète [{ $table }], qui est une table à part entière à la ligne { $line }
syntax-dotted-key-adds-help = écrivez plutôt `{ $key }` sous [{ $table }]
syntax-key-twice = la clé `{ $key }` est écrite deux fois
syntax-key-twice-first = la clé `{ $key }` est écrite deux fois ; la première est à la ligne { $line }
syntax-key-twice-in = la clé `{ $key }` est écrite deux fois dans { $table }
syntax-key-twice-in-first = la clé `{ $key }` est écrite deux fois dans { $table } ; la première est à la ligne { $line }
syntax-key-twice-help = une clé ne peut figurer qu’une fois dans une table ; supprimez l’une des deux
syntax-list-of-tables = [[{ $name }]] crée une liste de tables, mais le fichier n’a qu’une table [{ $name }]
syntax-list-of-tables-help = écrivez [{ $name }], avec des crochets simples

## A value that is not what its key takes. $value is the value as written, in backticks; $expected
## is one of the syntax-expected- messages (or the parser's own words), $found one of the
## syntax-found- messages, syntax-found-date, true or false.
syntax-not-a-date = `{ $key }` n’est pas écrit sous forme de date : { $value }
syntax-no-date = `{ $key }` n’a pas de date : rien ne suit le `=`
syntax-date-help = écrivez les dates sous la forme 2026-12-05, sans guillemets
syntax-no-such-day = ce jour n’existe pas dans le calendrier : { $date } (ce mois a des jours de 01 à { $last })
syntax-no-such-month = ce mois n’existe pas dans le calendrier : { $date } (les mois vont de 01 à 12)
syntax-value-help = vérifiez les guillemets : un texte s’écrit entre "guillemets", les nombres et les dates sans
syntax-list-help = écrivez une liste entre crochets, par exemple { $key } = ["premier", "second"]
syntax-table-key-help = ici, la clé désigne une table à part entière, pas une valeur : vérifiez l’en-tête [table] au-dessus (une réponse se place sous [answers.GRILLE.QUESTION])
syntax-level-not-number = `level` doit être un nombre entier, et non { $value }
syntax-level-help = un niveau est un nombre entier, de 0 au niveau le plus élevé de la question, sans guillemets ni mots : level = 3
syntax-not-boolean = `{ $key }` doit valoir true ou false, et non { $value }
syntax-boolean-help = écrivez true ou false, sans guillemets : { $key } = true
syntax-typographic-quotes = le texte de `{ $key }` s’ouvre ou se ferme par un guillemet typographique, que TOML ne lit pas comme tel
syntax-typographic-quotes-help = écrivez le texte entre guillemets droits ", non entre guillemets typographiques « » ou “ ” : { $key } = "…"
syntax-list-value-unquoted = chaque valeur de `{ $key }` doit être entre "guillemets" : { $value }
syntax-not-a-list = `{ $key }` doit être une liste entre crochets, et non { $value }
syntax-quoted-list-help = écrivez une liste entre crochets, chaque valeur entre guillemets : { $key } = ["premier", "second"]
syntax-number-too-large = le nombre { $number } est trop grand
syntax-number-too-large-for = le nombre { $number } est trop grand pour `{ $key }`
syntax-expected-not = il faut { $expected }, et non { $found }
syntax-must-be = `{ $key }` doit être { $expected }, et non { $found }
syntax-no-value = `{ $key }` n’a pas de valeur : rien ne suit le `=`
syntax-not-in-quotes = la valeur de `{ $key }` n’est pas entre guillemets : { $value }
syntax-text-or-list = `{ $key }` doit être un texte entre "guillemets", ou une liste de textes entre crochets
syntax-one-of-its-values = `{ $key }` doit prendre l’une de ses valeurs, entre "guillemets"
syntax-cannot-read-value = impossible de lire la valeur de `{ $key }` : { $value }
syntax-expected-whole-number = un nombre entier
syntax-expected-number = un nombre
syntax-expected-text = du texte entre "guillemets"
syntax-expected-boolean = true ou false
syntax-expected-list = une liste entre crochets
syntax-expected-table = une table
syntax-expected-date = une date
syntax-found-text = le texte { $text }
syntax-found-number = le nombre { $number }
syntax-found-list = une liste
syntax-found-table = une table
syntax-found-date = la date { $value }

## A key or a value the format does not have. $key and $value are in backticks; $expected is
## syntax-expected-one-of, syntax-expected-either or a single name in backticks; $names, $first
## and $second are names in backticks.
syntax-unknown-key = clé inconnue { $key } ; clés possibles ici : { $expected }
syntax-unknown-value = valeur inconnue { $value } ; valeurs possibles : { $expected }
syntax-unknown-value-for = valeur inconnue { $value } pour `{ $key }` ; valeurs possibles : { $expected }
syntax-expected-one-of = { $names }
syntax-expected-either = { $first } ou { $second }

## How to mend the commonest mistakes.
syntax-unknown-key-help = supprimez ou renommez cette clé ; les clés admises ici sont indiquées ci-dessus
syntax-unknown-key-nearest-help = vouliez-vous dire `{ $nearest }` ? Renommez la clé ainsi
syntax-unknown-value-help = utilisez l’une des valeurs indiquées ci-dessus, écrite exactement ainsi
syntax-missing-proposal-help = ajoutez une table [proposal] avec le titre de la proposition : [proposal] puis title = "Nom du projet de loi"
syntax-missing-key-help = ajoutez la clé manquante à cette table
syntax-whole-level-help = les niveaux sont des nombres entiers, de 0 au niveau le plus élevé de la question
syntax-single-value-help = cette clé ne prend qu’une valeur ; vérifiez qu’il n’y a pas de [[doubles crochets]] ni de table là où une valeur est attendue
syntax-missing-comma-help = séparez les valeurs d’une liste par des virgules : il manque une virgule à la valeur qui précède celle-ci
syntax-one-a-line-help = écrivez un seul `clé = valeur` par ligne ; un texte qui contient une apostrophe (') se met entre "guillemets doubles"
syntax-key-value-help = écrivez `clé = valeur`, avec `=` ; les clés sont celles du format, en anglais et en minuscules
syntax-key-accent-help = les clés sont celles du format, des mots anglais en minuscules quelle que soit la langue de la note (`jurisdiction`, `summary`) : un fichier créé par `impact-brief init` les contient toutes
syntax-backslash-help = entre "guillemets doubles", une barre oblique inverse commence un échappement : écrivez \\ pour en obtenir une, ou utilisez des 'apostrophes' (pour un chemin Windows)
syntax-unreadable-value-help = un texte s’écrit entre "guillemets" ; les nombres s’écrivent 2 ou 2.5, les dates 2026-12-05, et oui ou non s’écrivent true ou false
syntax-unquoted-help = une valeur manque ou n’est pas entre guillemets après `=` : un texte s’écrit entre "guillemets", une date sous la forme 2026-12-05
syntax-close-string-help = fermez le texte avec le même guillemet que celui qui l’a ouvert ; utilisez """ pour un texte sur plusieurs lignes
syntax-invalid-toml = TOML non valide

## A key the file must have and lacks; $key is the key in backticks.
syntax-missing-key = clé manquante { $key }
syntax-answer-without-question = la table [answers.{ $rubric }] contient une réponse, mais son en-tête ne dit pas à quelle question elle répond
syntax-answer-without-question-help = ajoutez l’identifiant de la question à l’en-tête : [answers.{ $rubric }.QUESTION] (`impact-brief rubric show { $rubric }` les liste)

## Les mots du lecteur TOML pour une erreur de syntaxe, dits simplement.
syntax-parser-missing-comma = il manque une virgule entre deux valeurs de la liste
syntax-parser-missing-comma-pairs = il manque une virgule entre deux clés de la table en ligne
syntax-parser-more-on-line = la ligne continue après sa valeur
syntax-parser-invalid-key = cette clé contient un caractère qu’une clé ne peut contenir sans guillemets (lettres, chiffres, - et _ seulement)
syntax-parser-key-accent = cette clé contient une lettre qu’une clé ne peut pas contenir ({ $letter }) : les clés s’écrivent en lettres sans accent (a–z), chiffres, - et _
syntax-parser-key-without-value = cette clé n’a ni `=` ni valeur
syntax-parser-missing-value = la valeur après `=` manque
syntax-parser-bad-escape = une barre oblique inverse commence un échappement que TOML ne connaît pas
syntax-parser-equals-in-list = un `=` figure dans une liste, où ne vont que des valeurs
syntax-parser-extra-comma = une virgule de trop
syntax-parser-extra-equals = un `=` de trop
syntax-parser-missing-equals = il manque un `=` entre une clé et sa valeur
syntax-parser-unclosed-header = l’en-tête de la table n’est pas fermé par `]`
syntax-parser-missing-table-open = un `]` ferme ici l’en-tête d’une table, mais aucun `[` ne l’ouvre
syntax-parser-missing-opening-quote = un guillemet ferme un texte qu’aucun guillemet n’a ouvert
syntax-parser-unexpected-content = quelque chose sur cette ligne n’est pas du TOML
syntax-parser-bad-number = ce nombre n’est pas écrit comme TOML écrit les nombres
syntax-parser-empty-key = il manque une clé avant `=`
syntax-parser-comment-control = ce commentaire contient un caractère de contrôle, un caractère invisible que TOML n’admet pas dans un commentaire
syntax-parser-lone-carriage-return = un retour chariot (U+000D) se trouve ici sans saut de ligne après lui, ce que TOML n’admet pas hors d’un texte
syntax-lone-carriage-return-help = enregistrez le fichier avec des fins de ligne Unix (LF) ou Windows (CR LF) : le réglage « fins de ligne » d’un éditeur le fait
syntax-comment-control-help = supprimez-le (un éditeur qui affiche les caractères invisibles le montre)
syntax-header-help = l’en-tête d’une table occupe une ligne à lui seul, entre `[` et `]` : [proposal], [answers.openness.encryption]
syntax-missing-comma-pairs-help = séparez les clés d’une table en ligne par des virgules : { "{" } title = "…", url = "…" { "}" }
syntax-extra-comma-help = une virgule sépare deux valeurs, comme dans ["premier", "second"] : supprimez celle de trop, ou écrivez la valeur qui manque avant elle
syntax-extra-equals-help = une ligne contient un seul `=`, entre la clé et sa valeur ; un texte qui contient un `=` se met entre "guillemets"
syntax-equals-in-list-help = une liste ne contient que des valeurs, comme dans ["premier", "second"] ; un texte qui contient un `=` se met entre "guillemets"
syntax-missing-opening-quote-help = ouvrez le texte avec le même guillemet que celui qui le ferme : "comme ceci"
syntax-unexpected-content-help = chaque ligne du fichier est un en-tête de [table], un `clé = valeur` ou un # commentaire ; `impact-brief init FICHIER` écrit un fichier auquel comparer
