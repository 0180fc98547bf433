# What is wrong with an assessment or rubric file as TOML, before its answers can be read: the
# file itself (its size, its encoding), a text, list or table left open, a key written twice, a
# value that is not what its key takes. Keys and values in backticks stay as the file writes them.

## The file itself, before it is read as TOML. $size and $limit are in megabytes, except in
## syntax-too-many-items, where $limit counts keys, values and tables; $error is the system's own
## message.
syntax-directory = this is a directory, not a TOML file
syntax-directory-help = name a `.toml` file, or use `impact-brief batch DIR` for a folder
syntax-not-regular = this is not a regular file (a pipe, a socket or a device)
syntax-not-regular-help = name a `.toml` file saved on disk
syntax-too-big = the file is { $size } MB, more than the { $limit } MB limit
syntax-larger-than-limit = the file is larger than the { $limit } MB limit
syntax-too-big-help = split long texts into linked documents and cite them as evidence
syntax-utf16 = the file is saved as UTF-16 text, not UTF-8
syntax-utf16-help = save it with UTF-8 encoding (Notepad calls UTF-16 "Unicode"; choose UTF-8 under "Save as")
syntax-binary = this is a binary file, not a TOML text file
syntax-binary-help = check the file name; assessment and rubric files are plain text
syntax-nul-byte = this line holds a NUL character (U+0000), which a text file does not
syntax-not-utf8 = the file is not valid UTF-8 text
syntax-not-utf8-help = save the file with UTF-8 encoding (most editors offer it under "Save as")
syntax-empty = the file is empty
syntax-empty-help = `impact-brief init FILE` writes an assessment to fill in, with every key explained
syntax-too-many-items = the file has more than { $limit } keys, values and tables
syntax-too-many-items-help = keep a large consultation ledger in a CSV file named by `submissions_file`; an assessment itself has a few hundred
syntax-unreadable = cannot read the file: { $error }
syntax-unreadable-help = check the path
syntax-broken-link = this is a link to { $target }, which does not exist
syntax-broken-link-help = point the link at the assessment file (moved or renamed?), or delete the link

## The file's schema_version. $kind is `assessment` or `rubric`; $found is the value as the file
## writes it; $readable is a version or syntax-schema-versions.
syntax-no-schema-version = this { $kind } file has no schema_version
syntax-no-schema-version-help = add `schema_version = { $version }` as the first line
syntax-schema-version-text = schema_version is a number, not the text { $found }
syntax-schema-version-text-help = write it without quotes: schema_version = { $version }
syntax-schema-version-unsupported = unsupported schema_version { $found }
syntax-schema-version-unsupported-help = this version of impact-brief reads schema_version { $readable }; upgrade impact-brief or convert the file
syntax-schema-versions = { $first } to { $last }

## When a file has more problems than are shown.
syntax-more-problems = more problems of these kinds may follow, not shown
syntax-more-problems-help = fix the problems above and check the file again
syntax-more-syntax-errors = { $count ->
    [one] { $count } more syntax error is not shown
   *[other] { $count } more syntax errors are not shown
}
syntax-more-syntax-errors-help = a file this broken may not be an assessment (a brief that `render` wrote, say): give the assessment's .toml file; otherwise mend the first errors and check again

## A text, list or inline table left open. $quotes is """ or ''', $quote is " or ', $line a line
## number; $code is a character's code in hexadecimal and $name one of the names below it.
syntax-text-open-closed-later = the text that { $quotes } opens here is not closed: the { $quotes } meant to open the next text, on line { $line }, closes it instead
syntax-text-open = the text that { $quotes } opens here is not closed
syntax-text-open-help = end it with { $quotes } on a line of its own, after its last line
syntax-text-below-help = if its text is on the lines below, open it with """ right after the `=` and end it with """ after its last line
syntax-list-open-here = the list that `[` opens here is not closed
syntax-inline-table-open-here = the inline table that `{"{"}` opens here is not closed
syntax-list-open = the list that `[` opens is not closed
syntax-inline-table-open = the inline table that `{"{"}` opens is not closed
syntax-list-open-help = close it with `]` after its last value
syntax-inline-table-open-help = close it with `{"}"}` after its last value
syntax-text-open-on-line = the text that { $quote } opens on this line is not closed before the line ends
syntax-text-open-on-line-help = close it with { $quote } on the same line; a text over several lines opens and closes with """
syntax-quote-in-text-help = a " inside a text ends it: write \" for each one, or put the text in 'single quotes'
syntax-quotes-unpaired = the quotes on this line do not pair up: a text on it lacks its opening or closing quote
syntax-quotes-unpaired-help = each text opens and closes with a quote on the same line, as in ["first", "second"]; a " inside a text is written \"
syntax-quotes-unpaired-apostrophe-help = a text that holds an apostrophe (') goes in "double quotes", as in ["O'Brien"]
syntax-control-character = a text holds a control character (U+{ $code }) that cannot be written in it as it is
syntax-control-character-named = a text holds a control character (U+{ $code }, { $name }) that cannot be written in it as it is
syntax-invisible-character = this line holds an invisible character, U+{ $code } ({ $name }), where only an ordinary space or nothing belongs
syntax-invisible-character-help = delete it, and type an ordinary space if one belongs there; word processors and some keyboard layouts put it in
syntax-char-no-break-space = a no-break space
syntax-char-byte-order-mark = a byte order mark
syntax-char-soft-hyphen = a soft hyphen
syntax-char-wide-space = a wide space
syntax-char-zero-width = a zero-width character
syntax-carriage-return = a carriage return
syntax-escape = an escape
syntax-nul = a NUL
syntax-control-character-help = remove it; in "double quotes" it can be written as an escape (\r, \u001B)
syntax-too-deep = lists, tables or dotted keys are nested too deeply to read
syntax-too-deep-help = an assessment nests a few levels at most: check for a long run of `[`, `{"{"}` or dots

## A table or a key written twice. $header is a table header as written (`[proposal]`), $table a
## table's name without brackets, except in syntax-key-twice-in, where it is its header; $line is
## the line of the first.
syntax-table-and-value = { $header } makes `{ $key }` a table, but it is a value on line { $line }
syntax-table-and-value-help = a key holds a value or a table, not both: keep one
syntax-table-twice = the table { $header } is written twice
syntax-table-twice-first = the table { $header } is written twice; the first is on line { $line }
syntax-table-twice-help = write { $header } once, with all its keys under it
syntax-dotted-key-adds = `{ $key }` adds to [{ $table }], which is a table of its own on line { $line }
syntax-dotted-key-adds-help = write `{ $key }` under [{ $table }] instead
syntax-key-twice = `{ $key }` is written twice
syntax-key-twice-first = `{ $key }` is written twice; the first is on line { $line }
syntax-key-twice-in = `{ $key }` is written twice in { $table }
syntax-key-twice-in-first = `{ $key }` is written twice in { $table }; the first is on line { $line }
syntax-key-twice-help = each key may appear only once in a table; remove one of them
syntax-list-of-tables = [[{ $name }]] makes a list of tables, but the file has one [{ $name }]
syntax-list-of-tables-help = write [{ $name }], with single brackets

## A value that is not what its key takes. $value is the value as written, in backticks; $expected
## is one of the syntax-expected- messages (or the parser's own words), $found one of the
## syntax-found- messages, syntax-found-date, true or false.
syntax-not-a-date = `{ $key }` is not written as a date: { $value }
syntax-no-date = `{ $key }` has no date: nothing follows the `=`
syntax-date-help = write dates as 2026-12-05, without quotes
syntax-no-such-day = the calendar has no such day: { $date } (that month has days 01 to { $last })
syntax-no-such-month = the calendar has no such month: { $date } (months run from 01 to 12)
syntax-value-help = check the quotes: text needs "quotes", numbers and dates do not
syntax-list-help = write a list in square brackets, e.g. { $key } = ["first", "second"]
syntax-table-key-help = here the key names a table of its own, not a value: check the [table] header above it (an answer goes under [answers.RUBRIC.QUESTION])
syntax-level-not-number = `level` must be a whole number, not { $value }
syntax-level-help = a level is a whole number from 0 to the question's top level, without quotes or words: level = 3
syntax-not-boolean = `{ $key }` must be true or false, not { $value }
syntax-boolean-help = write true or false, without quotes: { $key } = true
syntax-typographic-quotes = the text of `{ $key }` opens or closes with a typographic quote, which TOML does not read as one
syntax-typographic-quotes-help = write text between straight double quotes ", not typographic ones: { $key } = "…"
syntax-list-value-unquoted = each value of `{ $key }` needs "quotes": { $value }
syntax-not-a-list = `{ $key }` must be a list in square brackets, not { $value }
syntax-quoted-list-help = write a list in square brackets, each value in quotes: { $key } = ["first", "second"]
syntax-number-too-large = the number { $number } is too large
syntax-number-too-large-for = the number { $number } is too large for `{ $key }`
syntax-expected-not = expected { $expected }, not { $found }
syntax-must-be = `{ $key }` must be { $expected }, not { $found }
syntax-no-value = `{ $key }` has no value: nothing follows the `=`
syntax-not-in-quotes = the value of `{ $key }` is not in quotes: { $value }
syntax-text-or-list = `{ $key }` must be text in "quotes", or a list of texts in square brackets
syntax-one-of-its-values = `{ $key }` must be one of its values, in "quotes"
syntax-cannot-read-value = cannot read the value of `{ $key }`: { $value }
syntax-expected-whole-number = a whole number
syntax-expected-number = a number
syntax-expected-text = text in "quotes"
syntax-expected-boolean = true or false
syntax-expected-list = a list in square brackets
syntax-expected-table = a table
syntax-expected-date = a date
syntax-found-text = the text { $text }
syntax-found-number = the number { $number }
syntax-found-list = a list
syntax-found-table = a table
syntax-found-date = the date { $value }

## A key or a value the format does not have. $key and $value are in backticks; $expected is
## syntax-expected-one-of, syntax-expected-either or a single name in backticks; $names, $first
## and $second are names in backticks.
syntax-unknown-key = unknown key { $key }, expected { $expected }
syntax-unknown-value = unknown value { $value }, expected { $expected }
syntax-unknown-value-for = unknown value { $value } for `{ $key }`, expected { $expected }
syntax-expected-one-of = one of { $names }
syntax-expected-either = { $first } or { $second }

## How to mend the commonest mistakes.
syntax-unknown-key-help = remove or rename this key; the keys allowed here are listed above
syntax-unknown-key-nearest-help = did you mean `{ $nearest }`? Rename the key to it
syntax-unknown-value-help = use one of the values listed above, spelled exactly
syntax-missing-proposal-help = add a [proposal] table with the proposal's title: [proposal] then title = "Name of the bill"
syntax-missing-key-help = add the missing key to this table
syntax-whole-level-help = levels are whole numbers, from 0 to the question's top level
syntax-single-value-help = this key takes a single value; check for [[double brackets]] or a table where a value belongs
syntax-missing-comma-help = separate the values of a list with commas: the value before this one lacks its comma
syntax-one-a-line-help = write one `key = value` a line; text that holds an apostrophe (') goes in "double quotes"
syntax-key-value-help = write `key = value`, with `=`; the keys are the format's own, in English, lowercase
syntax-key-accent-help = the keys are the format's own, English words in lowercase whatever the language of the brief (`jurisdiction`, `summary`): a file from `impact-brief init` has them all
syntax-backslash-help = in "double quotes" a backslash starts an escape: write \\ for one, or use 'single quotes' (for a Windows path)
syntax-unreadable-value-help = text needs "quotes"; numbers are written 2 or 2.5, dates 2026-12-05, and yes or no as true or false
syntax-unquoted-help = a value is missing or unquoted after `=`: text needs "quotes", dates are written 2026-12-05
syntax-close-string-help = close the string with the same quote that opened it; use """ for text over several lines
syntax-invalid-toml = invalid TOML

## A key the file must have and lacks; $key is the key in backticks.
syntax-missing-key = missing key { $key }
syntax-answer-without-question = the table [answers.{ $rubric }] holds an answer, but its header does not say which question it answers
syntax-answer-without-question-help = add the question's id to the header: [answers.{ $rubric }.QUESTION] (`impact-brief rubric show { $rubric }` lists them)

## The TOML reader's own words for a mistake of syntax, said plainly.
syntax-parser-missing-comma = a comma is missing between two values of the list
syntax-parser-missing-comma-pairs = a comma is missing between two keys of the inline table
syntax-parser-more-on-line = the line goes on after its value
syntax-parser-invalid-key = this key holds a character that a key cannot hold without quotes (letters, digits, - and _ only)
syntax-parser-key-accent = this key has a letter a key cannot hold ({ $letter }): keys are written in unaccented letters (a–z), digits, - and _
syntax-parser-key-without-value = this key has no `=` and no value
syntax-parser-missing-value = the value after `=` is missing
syntax-parser-bad-escape = a backslash starts an escape that TOML does not know
syntax-parser-equals-in-list = an `=` stands inside a list, where only values go
syntax-parser-extra-comma = a comma too many
syntax-parser-extra-equals = an `=` too many
syntax-parser-missing-equals = an `=` is missing between a key and its value
syntax-parser-unclosed-header = the table's header is not closed with `]`
syntax-parser-missing-table-open = a `]` closes a table's header here, but no `[` opens it
syntax-parser-missing-opening-quote = a quote closes a text that no quote opened
syntax-parser-unexpected-content = something on this line is not TOML
syntax-parser-bad-number = this number is not written as TOML writes one
syntax-parser-empty-key = a key is missing before `=`
syntax-parser-comment-control = this comment holds a control character, an invisible character that TOML does not allow in a comment
syntax-parser-lone-carriage-return = a carriage return (U+000D) stands here with no line break after it, which TOML does not allow outside a text
syntax-lone-carriage-return-help = save the file with Unix (LF) or Windows (CR LF) line ends: an editor’s “line endings” setting does it
syntax-comment-control-help = remove it (an editor that shows invisible characters finds it)
syntax-header-help = a table's header stands on a line of its own, between `[` and `]`: [proposal], [answers.openness.encryption]
syntax-missing-comma-pairs-help = separate the keys of an inline table with commas: { "{" } title = "…", url = "…" { "}" }
syntax-extra-comma-help = a comma goes between two values, as in ["first", "second"]: delete the one too many, or write the value that is missing before it
syntax-extra-equals-help = a line holds one `=`, between the key and its value; a text that holds an `=` goes in "quotes"
syntax-equals-in-list-help = a list holds values only, as in ["first", "second"]; a text that holds an `=` goes in "quotes"
syntax-missing-opening-quote-help = open the text with the same quote that closes it: "like this"
syntax-unexpected-content-help = each line of the file is a [table] header, a `key = value` or a # comment; `impact-brief init FILE` writes a file to compare with
