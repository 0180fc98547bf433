# What is wrong with a consultation ledger: its dates, its submissions (in the assessment file or
# in the CSV file it names) and their ids, dispositions and reasons. Column names, keys and values
# in backticks stay as the file writes them.

## The consultation's own dates.
ledger-not-a-date = `{ $key }` must be a date, not { $date }
ledger-date-help = write a date without quotes, like 2026-03-02
ledger-closed-before-opened = the consultation closed ({ $closed }) before it opened ({ $opened })
ledger-closed-before-opened-help = check both dates; `closed` is the last day input was taken
ledger-responded-before-closed = the response ({ $responded }) is dated before the consultation closed ({ $closed })
ledger-responded-before-opened = the response ({ $responded }) is dated before the consultation opened ({ $opened })
ledger-responded-help = `responded` is the date the response to the consultation as a whole was published

## Where the submissions are written: tables in the assessment file, or the CSV file named by
## `submissions_file` ($path: the file's path as the system writes it; $reason: why it cannot be read).
ledger-tables-and-file = the consultation has both `submissions` tables and a `submissions_file`
ledger-tables-and-file-help = keep the submissions in one place: the [[consultation.submissions]] tables or the CSV file
ledger-too-many-tables = the file has more than { $limit } [[consultation.submissions]] tables
ledger-too-many-tables-help = keep a ledger this large in a CSV file named by `submissions_file` (up to { $rows } rows), or fold copies of a mass campaign into one submission
ledger-file-unnamed = `submissions_file` names no file
ledger-file-unnamed-help = name the CSV file, e.g. submissions_file = "submissions.csv", or remove the line to keep no ledger file
ledger-file-outside = `submissions_file` must name a file in the assessment file's folder, not `{ $name }`
ledger-file-outside-help = write a path relative to the assessment file, without `..`, e.g. submissions_file = "submissions.csv"
ledger-file-unreadable = cannot read the submissions file { $path }: { $reason }
ledger-no-such-file = there is no such file
ledger-permission-denied = permission denied
ledger-file-unreadable-help = the path is read relative to the folder the assessment file is in
ledger-file-leads-outside = the submissions file { $path } leads outside the assessment file's folder
ledger-file-leads-outside-help = copy the CSV file next to the assessment file instead of linking to it
ledger-file-is-folder = { $path } is a folder, not a CSV file
ledger-file-is-folder-help = name the CSV file, e.g. submissions_file = "submissions.csv"
ledger-file-not-regular = { $path } is not a regular file (a pipe, a socket or a device)
ledger-file-not-regular-help = name a CSV file saved on disk, e.g. submissions_file = "submissions.csv"

## The submissions CSV file as a file: its kind, size and encoding ($error: the system's or the
## CSV reader's own words).
ledger-csv-not-regular = this is not a regular file (a pipe, a socket, a device or a folder)
ledger-csv-not-regular-help = name a CSV file saved on disk
ledger-csv-too-large = the submissions file is larger than the { $limit } MB limit
ledger-csv-too-large-help = fold copies of a mass campaign into one row, or split the ledger by theme
ledger-csv-read-error = cannot read the file: { $error }
ledger-csv-utf16 = the file is saved as UTF-16 text, not UTF-8
ledger-csv-save-as-utf8-help = save it as "CSV UTF-8" (most spreadsheets offer it under "Save as")
ledger-csv-binary = this is a binary file, not a CSV text file
ledger-csv-binary-help = export the spreadsheet as CSV (comma-separated values, UTF-8)
ledger-csv-not-utf8 = the file is not valid UTF-8 text
ledger-csv-parse-error = cannot read the CSV file: { $error }
ledger-csv-parse-error-help = save the file as CSV (comma-separated values, UTF-8)
ledger-csv-too-many-rows = the file has more than { $limit } submissions
ledger-csv-empty = the submissions file has no header row and no submissions
ledger-csv-empty-help = the first row names the columns, e.g. { $columns }

## The CSV file's header row.
ledger-header-not-comma-separated = the header row has one column: the file is not comma-separated
ledger-header-not-comma-separated-help = save it as CSV with commas between cells (in a spreadsheet: "CSV UTF-8 (comma delimited)")
ledger-unknown-column = unknown column `{ $name }`
ledger-unknown-column-help = valid columns, nearest first: { $valid }
ledger-column-twice = column `{ $name }` appears twice
ledger-column-twice-help = keep one column of each name
ledger-missing-column = the header row has no `{ $name }` column
ledger-missing-column-help = the first row names the columns; { $required } are required

## A CSV row whose cells do not line up with the header's columns ($line, $last: the lines the row
## starts and ends on; $quote: the line of the misplaced quote).
ledger-quote-help = close a quoted cell with a double quote before the comma after it, and write a double quote inside a cell twice ("")
ledger-row-runs-on-note = the row on line { $line } runs on to line { $last }, as a quoted cell holds a line break; if none is meant, a double quote in it is not closed
ledger-row-text-after-quote = the row on line { $line } runs on to line { $last }: on line { $quote }, text follows a double quote that should close a cell
ledger-text-after-quote = text follows a double quote that closes a cell
ledger-row-runs-to-the-end = the row on line { $line } runs to the end of the file: a double quote in it is never closed
ledger-row-runs-on = the row on line { $line } runs on to line { $last }: a double quote in it is not closed where it should be
ledger-row-too-many-cells = the row has { $cells } cells, but the header row names { $columns } columns
ledger-row-too-many-cells-help = put a cell that holds a comma in double quotes ("one, two"); name an extra column in the header row; remove a comma that only ends the row
ledger-unnamed-cell = a value in a column without a known name
ledger-unnamed-cell-help = name the column in the header row, or leave its cells empty

## One submission: its id, its values ($valid: the valid ones, nearest first where the message says
## so) and its dates.
ledger-no-id = the submission has no id
ledger-no-id-help = give every submission a unique id, e.g. S-001
ledger-empty-id = the submission has an empty id
ledger-empty-id-help = give every submission a unique id, e.g. "S-001"
ledger-duplicate-id = duplicate submission id `{ $id }`
ledger-duplicate-id-help = ids must be unique; the first `{ $id }` is on line { $line }
ledger-unique-ids-help = ids must be unique
ledger-no-group = the submission has no group; valid values: { $valid }
ledger-no-disposition = the submission has no disposition; valid values: { $valid }
ledger-unknown-group = unknown group `{ $value }`; valid values, nearest first: { $valid }
ledger-unknown-disposition = unknown disposition `{ $value }`; valid values, nearest first: { $valid }
ledger-unknown-reason = unknown reason `{ $value }`; valid values, nearest first: { $valid }
ledger-value-help = use one of the values listed, spelled exactly
ledger-no-such-day = `{ $key }` is not a day the calendar has: `{ $text }`
ledger-no-such-day-help = check the day and the month
ledger-date-shape = `{ $key }` must be a date like 2026-03-02, not `{ $text }`
ledger-date-shape-help = write the date as year-month-day, e.g. 2026-03-02
ledger-answered-before-submitted = submission `{ $id }` was answered ({ $responded }) before it was submitted ({ $submitted })
ledger-answered-before-submitted-help = check both dates; `responded` is when the response to it was published
ledger-not-answered-responded = submission `{ $id }` is not-answered but has a response date
ledger-not-answered-responded-help = remove `responded`, or give the disposition the response gave it

## Merged submissions ($ids: the nearest ids in the ledger; $chain: the ids a loop goes through).
ledger-merged-nowhere = submission `{ $id }` is merged but does not say into which
ledger-merged-nowhere-help = add `merged_into` with the id of the submission it was merged into
ledger-merged-into-itself = submission `{ $id }` is merged into itself
ledger-merged-into-itself-help = name the submission it was answered together with
ledger-merged-into-unknown = submission `{ $id }` is merged into `{ $target }`, which is not in the ledger
ledger-merged-into-unknown-help = name the id of a submission in the ledger
ledger-merged-into-unknown-nearest-help = name the id of a submission in the ledger; the nearest: { $ids }
ledger-not-merged = submission `{ $id }` names `merged_into` but is not merged
ledger-not-merged-help = set disposition = "merged", or remove `merged_into`
ledger-merge-loop = the merges { $chain } come back on themselves
ledger-merge-loop-help = one of the submissions in the chain must have the disposition the response gave

## After the first problems of a ledger.
ledger-more-problems = { $count ->
    [one] { $count } more problem in the consultation ledger not shown
   *[other] { $count } more problems in the consultation ledger not shown
}
ledger-more-problems-help = fix the problems above and check the file again
