# What is wrong with a consultation ledger: its dates, its submissions (in the assessment file or
# in the CSV file it names) and their ids, dispositions and reasons. Column names, keys and values
# in backticks stay as the file writes them.

## The consultation's own dates.
ledger-not-a-date = `{ $key }` debe ser una fecha, no { $date }
ledger-date-help = escriba una fecha sin comillas, como 2026-03-02
ledger-closed-before-opened = la consulta se cerró ({ $closed }) antes de abrirse ({ $opened })
ledger-closed-before-opened-help = compruebe ambas fechas; `closed` es el último día en que se recibieron contribuciones
ledger-responded-before-closed = la respuesta ({ $responded }) tiene una fecha anterior al cierre de la consulta ({ $closed })
ledger-responded-before-opened = la respuesta ({ $responded }) tiene una fecha anterior a la apertura de la consulta ({ $opened })
ledger-responded-help = `responded` es la fecha en que se publicó la respuesta a la consulta en su conjunto

## Where the submissions are written: tables in the assessment file, or the CSV file named by
## `submissions_file` ($path: the file's path as the system writes it; $reason: why it cannot be read).
ledger-tables-and-file = la consulta tiene a la vez tablas `submissions` y un `submissions_file`
ledger-tables-and-file-help = conserve las contribuciones en un solo lugar: las tablas [[consultation.submissions]] o el archivo CSV
ledger-too-many-tables = el archivo tiene más de { $limit } tablas [[consultation.submissions]]
ledger-too-many-tables-help = guarde un registro tan grande en un archivo CSV indicado en `submissions_file` (hasta { $rows } filas), o agrupe las copias de una campaña masiva en una sola contribución
ledger-file-unnamed = `submissions_file` no indica ningún archivo
ledger-file-unnamed-help = indique el archivo CSV, por ejemplo submissions_file = "submissions.csv", o quite la línea para no llevar ningún archivo de registro
ledger-file-outside = `submissions_file` debe indicar un archivo de la carpeta del archivo de evaluación, no `{ $name }`
ledger-file-outside-help = escriba una ruta relativa al archivo de evaluación, sin `..`, por ejemplo submissions_file = "submissions.csv"
ledger-file-unreadable = no se puede leer el archivo de contribuciones { $path }: { $reason }
ledger-no-such-file = ese archivo no existe
ledger-permission-denied = permiso denegado
ledger-file-unreadable-help = la ruta se lee a partir de la carpeta en la que está el archivo de evaluación
ledger-file-leads-outside = el archivo de contribuciones { $path } lleva fuera de la carpeta del archivo de evaluación
ledger-file-leads-outside-help = copie el archivo CSV junto al archivo de evaluación en lugar de enlazarlo
ledger-file-is-folder = { $path } es una carpeta, no un archivo CSV
ledger-file-is-folder-help = indique el archivo CSV, por ejemplo submissions_file = "submissions.csv"
ledger-file-not-regular = { $path } no es un archivo normal (es una tubería, un socket o un dispositivo)
ledger-file-not-regular-help = indique un archivo CSV guardado en el disco, por ejemplo submissions_file = "submissions.csv"

## The submissions CSV file as a file: its kind, size and encoding ($error: the system's or the
## CSV reader's own words).
ledger-csv-not-regular = no es un archivo normal (es una tubería, un socket, un dispositivo o una carpeta)
ledger-csv-not-regular-help = indique un archivo CSV guardado en el disco
ledger-csv-too-large = el archivo de contribuciones supera el límite de { $limit } MB
ledger-csv-too-large-help = agrupe las copias de una campaña masiva en una sola fila, o divida el registro por temas
ledger-csv-read-error = no se puede leer el archivo: { $error }
ledger-csv-utf16 = el archivo está guardado como texto UTF-16, no UTF-8
ledger-csv-save-as-utf8-help = guárdelo como «CSV UTF-8» (la mayoría de las hojas de cálculo lo ofrecen en «Guardar como»)
ledger-csv-binary = es un archivo binario, no un archivo de texto CSV
ledger-csv-binary-help = exporte la hoja de cálculo como CSV (valores separados por comas, UTF-8)
ledger-csv-not-utf8 = el archivo no es texto UTF-8 válido
ledger-csv-parse-error = no se puede leer el archivo CSV: { $error }
ledger-csv-parse-error-help = guarde el archivo como CSV (valores separados por comas, UTF-8)
ledger-csv-too-many-rows = el archivo tiene más de { $limit } contribuciones
ledger-csv-empty = el archivo de contribuciones no tiene fila de encabezado ni contribuciones
ledger-csv-empty-help = la primera fila nombra las columnas, por ejemplo { $columns }

## The CSV file's header row.
ledger-header-not-comma-separated = la fila de encabezado tiene una sola columna: el archivo no está separado por comas
ledger-header-not-comma-separated-help = guárdelo como CSV con comas entre las celdas (en una hoja de cálculo: «CSV UTF-8 (delimitado por comas)»)
ledger-unknown-column = columna desconocida `{ $name }`
ledger-unknown-column-help = columnas válidas, de la más cercana a la más lejana: { $valid }
ledger-column-twice = la columna `{ $name }` aparece dos veces
ledger-column-twice-help = conserve una sola columna de cada nombre
ledger-missing-column = la fila de encabezado no tiene la columna `{ $name }`
ledger-missing-column-help = la primera fila nombra las columnas; { $required } son obligatorias

## A CSV row whose cells do not line up with the header's columns ($line, $last: the lines the row
## starts and ends on; $quote: the line of the misplaced quote).
ledger-quote-help = cierre una celda entre comillas con una comilla doble justo antes de la coma que la sigue, y escriba dos veces cada comilla doble que vaya dentro de una celda ("")
ledger-row-runs-on-note = la fila de la línea { $line } continúa hasta la línea { $last }, porque una celda entre comillas contiene un salto de línea; si no se quería ninguno, una comilla doble de la fila no está cerrada
ledger-row-text-after-quote = la fila de la línea { $line } continúa hasta la línea { $last }: en la línea { $quote }, hay texto después de una comilla doble que debería cerrar una celda
ledger-text-after-quote = hay texto después de la comilla doble que cierra una celda
ledger-row-runs-to-the-end = la fila de la línea { $line } continúa hasta el final del archivo: una comilla doble de la fila nunca se cierra
ledger-row-runs-on = la fila de la línea { $line } continúa hasta la línea { $last }: una comilla doble de la fila no se cierra donde debería
ledger-row-too-many-cells = la fila tiene { $cells } celdas, pero la fila de encabezado nombra { $columns } columnas
ledger-row-too-many-cells-help = ponga entre comillas dobles una celda que contenga una coma ("uno, dos"); nombre una columna más en la fila de encabezado; quite una coma que solo cierra la fila
ledger-unnamed-cell = hay un valor en una columna sin un nombre conocido
ledger-unnamed-cell-help = nombre la columna en la fila de encabezado, o deje vacías sus celdas

## One submission: its id, its values ($valid: the valid ones, nearest first where the message says
## so) and its dates.
ledger-no-id = la contribución no tiene identificador
ledger-no-id-help = dé a cada contribución un identificador único, por ejemplo S-001
ledger-empty-id = la contribución tiene un identificador vacío
ledger-empty-id-help = dé a cada contribución un identificador único, por ejemplo "S-001"
ledger-duplicate-id = identificador de contribución duplicado `{ $id }`
ledger-duplicate-id-help = los identificadores deben ser únicos; el primer `{ $id }` está en la línea { $line }
ledger-unique-ids-help = los identificadores deben ser únicos
ledger-no-group = la contribución no tiene grupo; valores válidos: { $valid }
ledger-no-disposition = la contribución no tiene tratamiento; valores válidos: { $valid }
ledger-unknown-group = grupo desconocido `{ $value }`; valores válidos, del más cercano al más lejano: { $valid }
ledger-unknown-disposition = tratamiento desconocido `{ $value }`; valores válidos, del más cercano al más lejano: { $valid }
ledger-unknown-reason = motivo desconocido `{ $value }`; valores válidos, del más cercano al más lejano: { $valid }
ledger-value-help = use uno de los valores indicados, escrito exactamente igual
ledger-no-such-day = `{ $key }` no es un día que exista en el calendario: `{ $text }`
ledger-no-such-day-help = compruebe el día y el mes
ledger-date-shape = `{ $key }` debe ser una fecha como 2026-03-02, no `{ $text }`
ledger-date-shape-help = escriba la fecha como año-mes-día, por ejemplo 2026-03-02
ledger-answered-before-submitted = la contribución `{ $id }` recibió respuesta ({ $responded }) antes de ser enviada ({ $submitted })
ledger-answered-before-submitted-help = compruebe ambas fechas; `responded` es la fecha en que se publicó la respuesta a ella
ledger-not-answered-responded = la contribución `{ $id }` está marcada como not-answered, pero tiene fecha de respuesta
ledger-not-answered-responded-help = quite `responded`, o indique el tratamiento que le dio la respuesta

## Merged submissions ($ids: the nearest ids in the ledger; $chain: the ids a loop goes through).
ledger-merged-nowhere = la contribución `{ $id }` está fusionada, pero no dice con cuál
ledger-merged-nowhere-help = añada `merged_into` con el identificador de la contribución con la que se fusionó
ledger-merged-into-itself = la contribución `{ $id }` está fusionada consigo misma
ledger-merged-into-itself-help = indique la contribución con la que se respondió conjuntamente
ledger-merged-into-unknown = la contribución `{ $id }` está fusionada con `{ $target }`, que no está en el registro
ledger-merged-into-unknown-help = indique el identificador de una contribución del registro
ledger-merged-into-unknown-nearest-help = indique el identificador de una contribución del registro; los más cercanos: { $ids }
ledger-not-merged = la contribución `{ $id }` indica `merged_into`, pero no está fusionada
ledger-not-merged-help = escriba disposition = "merged", o quite `merged_into`
ledger-merge-loop = las fusiones { $chain } vuelven sobre sí mismas
ledger-merge-loop-help = una de las contribuciones de la cadena debe tener el tratamiento que le dio la respuesta

## After the first problems of a ledger.
ledger-more-problems = { $count ->
    [one] { $count } problema más del registro de la consulta no se muestra
   *[other] { $count } problemas más del registro de la consulta no se muestran
}
ledger-more-problems-help = corrija los problemas anteriores y vuelva a comprobar el archivo
