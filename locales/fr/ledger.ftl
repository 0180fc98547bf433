# What is wrong with a consultation ledger: its dates, its submissions (in the assessment file or
# in the CSV file it names) and their ids, dispositions and reasons. Column names, keys and values
# in backticks stay as the file writes them.

## The consultation's own dates.
ledger-not-a-date = `{ $key }` doit être une date, et non { $date }
ledger-date-help = écrivez une date sans guillemets, par exemple 2026-03-02
ledger-closed-before-opened = la consultation a été close ({ $closed }) avant d’avoir été ouverte ({ $opened })
ledger-closed-before-opened-help = vérifiez les deux dates ; `closed` est le dernier jour de réception des contributions
ledger-responded-before-closed = la réponse ({ $responded }) est antérieure à la clôture de la consultation ({ $closed })
ledger-responded-before-opened = la réponse ({ $responded }) est antérieure à l’ouverture de la consultation ({ $opened })
ledger-responded-help = `responded` est la date de publication de la réponse à l’ensemble de la consultation

## Where the submissions are written: tables in the assessment file, or the CSV file named by
## `submissions_file` ($path: the file's path as the system writes it; $reason: why it cannot be read).
ledger-tables-and-file = la consultation comporte à la fois des tables `submissions` et un `submissions_file`
ledger-tables-and-file-help = gardez les contributions en un seul endroit : les tables [[consultation.submissions]] ou le fichier CSV
ledger-too-many-tables = le fichier comporte plus de { $limit } tables [[consultation.submissions]]
ledger-too-many-tables-help = placez un registre de cette taille dans un fichier CSV désigné par `submissions_file` (jusqu’à { $rows } lignes), ou regroupez les copies d’une campagne de masse en une seule contribution
ledger-file-unnamed = `submissions_file` ne désigne aucun fichier
ledger-file-unnamed-help = indiquez le fichier CSV, par exemple submissions_file = "submissions.csv", ou supprimez la ligne pour ne tenir aucun fichier de registre
ledger-file-outside = `submissions_file` doit désigner un fichier du dossier du fichier d’évaluation, et non `{ $name }`
ledger-file-outside-help = écrivez un chemin relatif au fichier d’évaluation, sans `..`, par exemple submissions_file = "submissions.csv"
ledger-file-unreadable = impossible de lire le fichier des contributions { $path } : { $reason }
ledger-no-such-file = ce fichier n’existe pas
ledger-permission-denied = autorisation refusée
ledger-file-unreadable-help = le chemin se lit à partir du dossier où se trouve le fichier d’évaluation
ledger-file-leads-outside = le fichier des contributions { $path } mène hors du dossier du fichier d’évaluation
ledger-file-leads-outside-help = copiez le fichier CSV à côté du fichier d’évaluation plutôt que d’y faire un lien
ledger-file-is-folder = { $path } est un dossier, et non un fichier CSV
ledger-file-is-folder-help = indiquez le fichier CSV, par exemple submissions_file = "submissions.csv"
ledger-file-not-regular = { $path } n’est pas un fichier ordinaire (c’est un tube, un socket ou un périphérique)
ledger-file-not-regular-help = indiquez un fichier CSV enregistré sur le disque, par exemple submissions_file = "submissions.csv"

## The submissions CSV file as a file: its kind, size and encoding ($error: the system's or the
## CSV reader's own words).
ledger-csv-not-regular = ce n’est pas un fichier ordinaire (c’est un tube, un socket, un périphérique ou un dossier)
ledger-csv-not-regular-help = indiquez un fichier CSV enregistré sur le disque
ledger-csv-too-large = le fichier des contributions dépasse la limite de { $limit } Mo
ledger-csv-too-large-help = regroupez les copies d’une campagne de masse en une seule ligne, ou répartissez le registre par thème
ledger-csv-read-error = impossible de lire le fichier : { $error }
ledger-csv-utf16 = le fichier est enregistré en texte UTF-16, et non en UTF-8
ledger-csv-save-as-utf8-help = enregistrez-le au format « CSV UTF-8 » (la plupart des tableurs le proposent dans « Enregistrer sous »)
ledger-csv-binary = c’est un fichier binaire, et non un fichier texte CSV
ledger-csv-binary-help = exportez la feuille de calcul au format CSV (valeurs séparées par des virgules, UTF-8)
ledger-csv-not-utf8 = le fichier n’est pas un texte UTF-8 valide
ledger-csv-parse-error = impossible de lire le fichier CSV : { $error }
ledger-csv-parse-error-help = enregistrez le fichier au format CSV (valeurs séparées par des virgules, UTF-8)
ledger-csv-too-many-rows = le fichier comporte plus de { $limit } contributions
ledger-csv-empty = le fichier des contributions n’a ni ligne d’en-tête ni contribution
ledger-csv-empty-help = la première ligne nomme les colonnes, par exemple { $columns }

## The CSV file's header row.
ledger-header-not-comma-separated = la ligne d’en-tête n’a qu’une colonne : le fichier n’utilise pas la virgule comme séparateur
ledger-header-not-comma-separated-help = enregistrez-le au format CSV avec des virgules entre les cellules (dans un tableur : « CSV UTF-8 (délimité par des virgules) »)
ledger-unknown-column = colonne inconnue `{ $name }`
ledger-unknown-column-help = colonnes valides, de la plus proche à la plus éloignée : { $valid }
ledger-column-twice = la colonne `{ $name }` figure deux fois
ledger-column-twice-help = ne gardez qu’une colonne de chaque nom
ledger-missing-column = la ligne d’en-tête n’a pas de colonne `{ $name }`
ledger-missing-column-help = la première ligne nomme les colonnes ; { $required } sont obligatoires

## A CSV row whose cells do not line up with the header's columns ($line, $last: the lines the row
## starts and ends on; $quote: the line of the misplaced quote).
ledger-quote-help = fermez une cellule entre guillemets par un guillemet double juste avant la virgule qui la suit, et doublez tout guillemet double écrit à l’intérieur d’une cellule ("")
ledger-row-runs-on-note = la ligne { $line } se poursuit jusqu’à la ligne { $last }, car une cellule entre guillemets contient un saut de ligne ; si aucun n’est voulu, un guillemet double n’y est pas fermé
ledger-row-text-after-quote = la ligne { $line } se poursuit jusqu’à la ligne { $last } : à la ligne { $quote }, du texte suit un guillemet double qui devrait fermer une cellule
ledger-text-after-quote = du texte suit le guillemet double qui ferme une cellule
ledger-row-runs-to-the-end = la ligne { $line } se poursuit jusqu’à la fin du fichier : un guillemet double qu’elle contient n’est jamais fermé
ledger-row-runs-on = la ligne { $line } se poursuit jusqu’à la ligne { $last } : un guillemet double qu’elle contient n’est pas fermé là où il devrait l’être
ledger-row-too-many-cells = la ligne compte { $cells } cellules, mais la ligne d’en-tête nomme { $columns } colonnes
ledger-row-too-many-cells-help = mettez entre guillemets doubles une cellule qui contient une virgule ("un, deux") ; nommez une colonne de plus dans la ligne d’en-tête ; supprimez une virgule qui ne fait que terminer la ligne
ledger-unnamed-cell = une valeur figure dans une colonne sans nom connu
ledger-unnamed-cell-help = nommez la colonne dans la ligne d’en-tête, ou laissez ses cellules vides

## One submission: its id, its values ($valid: the valid ones, nearest first where the message says
## so) and its dates.
ledger-no-id = la contribution n’a pas d’identifiant
ledger-no-id-help = donnez à chaque contribution un identifiant unique, par exemple S-001
ledger-empty-id = l’identifiant de la contribution est vide
ledger-empty-id-help = donnez à chaque contribution un identifiant unique, par exemple "S-001"
ledger-duplicate-id = l’identifiant de contribution `{ $id }` figure en double
ledger-duplicate-id-help = les identifiants doivent être uniques ; le premier `{ $id }` se trouve à la ligne { $line }
ledger-unique-ids-help = les identifiants doivent être uniques
ledger-no-group = la contribution n’indique pas de groupe ; valeurs valides : { $valid }
ledger-no-disposition = la contribution n’indique pas de suite donnée ; valeurs valides : { $valid }
ledger-unknown-group = groupe inconnu `{ $value }` ; valeurs valides, de la plus proche à la plus éloignée : { $valid }
ledger-unknown-disposition = suite donnée inconnue `{ $value }` ; valeurs valides, de la plus proche à la plus éloignée : { $valid }
ledger-unknown-reason = motif inconnu `{ $value }` ; valeurs valides, de la plus proche à la plus éloignée : { $valid }
ledger-value-help = utilisez l’une des valeurs indiquées, en respectant exactement son orthographe
ledger-no-such-day = `{ $key }` n’est pas un jour du calendrier : `{ $text }`
ledger-no-such-day-help = vérifiez le jour et le mois
ledger-date-shape = `{ $key }` doit être une date comme 2026-03-02, et non `{ $text }`
ledger-date-shape-help = écrivez la date sous la forme année-mois-jour, par exemple 2026-03-02
ledger-answered-before-submitted = la contribution `{ $id }` a reçu une réponse ({ $responded }) avant d’avoir été envoyée ({ $submitted })
ledger-answered-before-submitted-help = vérifiez les deux dates ; `responded` est la date de publication de la réponse qui lui a été faite
ledger-not-answered-responded = la contribution `{ $id }` est marquée not-answered, mais porte une date de réponse
ledger-not-answered-responded-help = supprimez `responded`, ou indiquez la suite que la réponse lui a donnée

## Merged submissions ($ids: the nearest ids in the ledger; $chain: the ids a loop goes through).
ledger-merged-nowhere = la contribution `{ $id }` est fusionnée, mais n’indique pas avec laquelle
ledger-merged-nowhere-help = ajoutez `merged_into`, suivi de l’identifiant de la contribution avec laquelle elle a été fusionnée
ledger-merged-into-itself = la contribution `{ $id }` est fusionnée avec elle-même
ledger-merged-into-itself-help = indiquez la contribution avec laquelle elle a reçu une réponse commune
ledger-merged-into-unknown = la contribution `{ $id }` est fusionnée avec `{ $target }`, qui ne figure pas dans le registre
ledger-merged-into-unknown-help = indiquez l’identifiant d’une contribution du registre
ledger-merged-into-unknown-nearest-help = indiquez l’identifiant d’une contribution du registre ; les plus proches : { $ids }
ledger-not-merged = la contribution `{ $id }` indique `merged_into`, mais n’est pas fusionnée
ledger-not-merged-help = écrivez disposition = "merged", ou supprimez `merged_into`
ledger-merge-loop = les fusions { $chain } reviennent sur elles-mêmes
ledger-merge-loop-help = l’une des contributions de la chaîne doit porter la suite que la réponse lui a donnée

## After the first problems of a ledger.
ledger-more-problems = { $count ->
    [one] { $count } autre problème du registre de la consultation n’est pas affiché
   *[other] { $count } autres problèmes du registre de la consultation ne sont pas affichés
}
ledger-more-problems-help = corrigez les problèmes ci-dessus, puis vérifiez de nouveau le fichier
