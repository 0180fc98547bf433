# What is wrong with an assessment or rubric file as TOML, before its answers can be read: the
# file itself (its size, its encoding), a text, list or table left open, a key written twice, a
# value that is not what its key takes. Keys and values in backticks stay as the file writes them.

## The file itself, before it is read as TOML. $size and $limit are in megabytes, except in
## syntax-too-many-items, where $limit counts keys, values and tables; $error is the system's own
## message.
syntax-directory = esto es una carpeta, no un archivo TOML
syntax-directory-help = indique un archivo `.toml`, o use `impact-brief batch DIR` para una carpeta
syntax-not-regular = esto no es un archivo normal (es una tubería, un socket o un dispositivo)
syntax-not-regular-help = indique un archivo `.toml` guardado en el disco
syntax-too-big = el archivo ocupa { $size } MB, más que el límite de { $limit } MB
syntax-larger-than-limit = el archivo supera el límite de { $limit } MB
syntax-too-big-help = reparta los textos largos en documentos enlazados y cítelos como evidencia
syntax-utf16 = el archivo está guardado como texto UTF-16, no UTF-8
syntax-utf16-help = guárdelo con codificación UTF-8 (el Bloc de notas llama «Unicode» a UTF-16; elija UTF-8 en «Guardar como»)
syntax-binary = esto es un archivo binario, no un archivo de texto TOML
syntax-binary-help = compruebe el nombre del archivo; los archivos de evaluación y de rúbrica son texto sin formato
syntax-nul-byte = esta línea contiene un carácter NUL (U+0000), que un archivo de texto no contiene
syntax-not-utf8 = el archivo no es texto UTF-8 válido
syntax-not-utf8-help = guarde el archivo con codificación UTF-8 (la mayoría de los editores lo ofrecen en «Guardar como»)
syntax-empty = el archivo está vacío
syntax-empty-help = `impact-brief init ARCHIVO` escribe una evaluación para completar, con cada clave explicada
syntax-too-many-items = el archivo tiene más de { $limit } claves, valores y tablas
syntax-too-many-items-help = guarde un registro de la consulta extenso en un archivo CSV indicado en `submissions_file`; una evaluación en sí tiene unos pocos cientos
syntax-unreadable = no se puede leer el archivo: { $error }
syntax-unreadable-help = compruebe la ruta
syntax-broken-link = es un enlace a { $target }, que no existe
syntax-broken-link-help = apunte el enlace al archivo de evaluación (¿se movió o cambió de nombre?), o elimine el enlace

## The file's schema_version. $kind is `assessment` or `rubric`; $found is the value as the file
## writes it; $readable is a version or syntax-schema-versions.
syntax-no-schema-version = este archivo de { $kind ->
        [rubric] rúbrica
       *[other] evaluación
    } no tiene schema_version
syntax-no-schema-version-help = añada `schema_version = { $version }` como primera línea
syntax-schema-version-text = schema_version es un número, no el texto { $found }
syntax-schema-version-text-help = escríbalo sin comillas: schema_version = { $version }
syntax-schema-version-unsupported = schema_version { $found } no es compatible
syntax-schema-version-unsupported-help = esta versión de impact-brief lee schema_version { $readable }; actualice impact-brief o convierta el archivo
syntax-schema-versions = de { $first } a { $last }

## When a file has more problems than are shown.
syntax-more-problems = pueden seguir más problemas de estos tipos, que no se muestran
syntax-more-problems-help = corrija los problemas anteriores y vuelva a comprobar el archivo
syntax-more-syntax-errors = { $count ->
        [one] no se muestra { $count } error de sintaxis más
       *[other] no se muestran { $count } errores de sintaxis más
    }
syntax-more-syntax-errors-help = un archivo tan dañado quizá no sea una evaluación (por ejemplo, un informe escrito por `render`): indique el archivo .toml de la evaluación; si no, corrija los primeros errores y vuelva a comprobarlo

## A text, list or inline table left open. $quotes is """ or ''', $quote is " or ', $line a line
## number; $code is a character's code in hexadecimal and $name one of the names below it.
syntax-text-open-closed-later = el texto que { $quotes } abre aquí no está cerrado: las { $quotes } que debían abrir el texto siguiente, en la línea { $line }, lo cierran en su lugar
syntax-text-open = el texto que { $quotes } abre aquí no está cerrado
syntax-text-open-help = termínelo con { $quotes } en una línea aparte, después de su última línea
syntax-text-below-help = si su texto está en las líneas de abajo, ábralo con """ justo después del `=` y termínelo con """ después de su última línea
syntax-list-open-here = la lista que `[` abre aquí no está cerrada
syntax-inline-table-open-here = la tabla en línea que `{"{"}` abre aquí no está cerrada
syntax-list-open = la lista que `[` abre no está cerrada
syntax-inline-table-open = la tabla en línea que `{"{"}` abre no está cerrada
syntax-list-open-help = ciérrela con `]` después de su último valor
syntax-inline-table-open-help = ciérrela con `{"}"}` después de su último valor
syntax-text-open-on-line = el texto que { $quote } abre en esta línea no está cerrado antes de que la línea termine
syntax-text-open-on-line-help = ciérrelo con { $quote } en la misma línea; un texto de varias líneas se abre y se cierra con """
syntax-quote-in-text-help = una " dentro de un texto lo termina: escriba \" para cada una, o ponga el texto entre 'comillas simples'
syntax-quotes-unpaired = las comillas de esta línea no forman pares: a un texto le falta su comilla de apertura o de cierre
syntax-quotes-unpaired-help = cada texto se abre y se cierra con comillas en la misma línea, como en ["primero", "segundo"]; una " dentro de un texto se escribe \"
syntax-quotes-unpaired-apostrophe-help = un texto que contiene un apóstrofo (') va entre "comillas dobles", como en ["O'Brien"]
syntax-control-character = un texto contiene un carácter de control (U+{ $code }) que no puede escribirse en él tal cual
syntax-control-character-named = un texto contiene un carácter de control (U+{ $code }, { $name }) que no puede escribirse en él tal cual
syntax-invisible-character = esta línea contiene un carácter invisible, U+{ $code } ({ $name }), donde solo cabe un espacio normal o nada
syntax-invisible-character-help = bórrelo, y escriba un espacio normal si hace falta uno; los procesadores de texto y algunas distribuciones de teclado lo insertan
syntax-char-no-break-space = un espacio de no separación
syntax-char-byte-order-mark = una marca de orden de bytes
syntax-char-soft-hyphen = un guion discrecional
syntax-char-wide-space = un espacio ideográfico
syntax-char-zero-width = un carácter de ancho cero
syntax-carriage-return = un retorno de carro
syntax-escape = un carácter de escape
syntax-nul = un carácter NUL
syntax-control-character-help = elimínelo; entre "comillas dobles" puede escribirse como secuencia de escape (\r, \u001B)
syntax-too-deep = las listas, tablas o claves con puntos están anidadas a demasiada profundidad para leerlas
syntax-too-deep-help = una evaluación anida unos pocos niveles como mucho: busque una larga serie de `[`, `{"{"}` o puntos

## A table or a key written twice. $header is a table header as written (`[proposal]`), $table a
## table's name without brackets, except in syntax-key-twice-in, where it is its header; $line is
## the line of the first.
syntax-table-and-value = { $header } convierte `{ $key }` en una tabla, pero es un valor en la línea { $line }
syntax-table-and-value-help = una clave contiene un valor o una tabla, no ambos: conserve uno
syntax-table-twice = la tabla { $header } está escrita dos veces
syntax-table-twice-first = la tabla { $header } está escrita dos veces; la primera está en la línea { $line }
syntax-table-twice-help = escriba { $header } una sola vez, con todas sus claves debajo
syntax-dotted-key-adds = `{ $key }` añade una clave a [{ $table }], que ya es una tabla propia en la línea { $line }
syntax-dotted-key-adds-help = escriba `{ $key }` bajo [{ $table }] en su lugar
syntax-key-twice = la clave `{ $key }` está escrita dos veces
syntax-key-twice-first = la clave `{ $key }` está escrita dos veces; la primera está en la línea { $line }
syntax-key-twice-in = la clave `{ $key }` está escrita dos veces en { $table }
syntax-key-twice-in-first = la clave `{ $key }` está escrita dos veces en { $table }; la primera está en la línea { $line }
syntax-key-twice-help = cada clave puede aparecer solo una vez en una tabla; elimine una de ellas
syntax-list-of-tables = [[{ $name }]] crea una lista de tablas, pero el archivo tiene una sola [{ $name }]
syntax-list-of-tables-help = escriba [{ $name }], con corchetes simples

## A value that is not what its key takes. $value is the value as written, in backticks; $expected
## is one of the syntax-expected- messages (or the parser's own words), $found one of the
## syntax-found- messages, syntax-found-date, true or false.
syntax-not-a-date = `{ $key }` no está escrito como fecha: { $value }
syntax-no-date = `{ $key }` no tiene fecha: nada sigue al `=`
syntax-date-help = escriba las fechas como 2026-12-05, sin comillas
syntax-no-such-day = el calendario no tiene ese día: { $date } (ese mes tiene días del 01 al { $last })
syntax-no-such-month = el calendario no tiene ese mes: { $date } (los meses van del 01 al 12)
syntax-value-help = revise las comillas: el texto va entre "comillas", los números y las fechas no
syntax-list-help = escriba una lista entre corchetes, por ejemplo { $key } = ["primero", "segundo"]
syntax-table-key-help = aquí la clave nombra una tabla propia, no un valor: revise el encabezado [tabla] que tiene encima (una respuesta va bajo [answers.RÚBRICA.PREGUNTA])
syntax-level-not-number = `level` debe ser un número entero, no { $value }
syntax-level-help = un nivel es un número entero de 0 al nivel más alto de la pregunta, sin comillas ni palabras: level = 3
syntax-not-boolean = `{ $key }` debe ser true o false, no { $value }
syntax-boolean-help = escriba true o false, sin comillas: { $key } = true
syntax-typographic-quotes = el texto de `{ $key }` se abre o se cierra con una comilla tipográfica, que TOML no lee como tal
syntax-typographic-quotes-help = escriba el texto entre comillas rectas ", no entre comillas tipográficas « » o “ ”: { $key } = "…"
syntax-list-value-unquoted = cada valor de `{ $key }` necesita "comillas": { $value }
syntax-not-a-list = `{ $key }` debe ser una lista entre corchetes, no { $value }
syntax-quoted-list-help = escriba una lista entre corchetes, cada valor entre comillas: { $key } = ["primero", "segundo"]
syntax-number-too-large = el número { $number } es demasiado grande
syntax-number-too-large-for = el número { $number } es demasiado grande para `{ $key }`
syntax-expected-not = se esperaba { $expected }, no { $found }
syntax-must-be = `{ $key }` debe ser { $expected }, no { $found }
syntax-no-value = `{ $key }` no tiene valor: nada sigue al `=`
syntax-not-in-quotes = el valor de `{ $key }` no está entre comillas: { $value }
syntax-text-or-list = `{ $key }` debe ser un texto entre "comillas", o una lista de textos entre corchetes
syntax-one-of-its-values = `{ $key }` debe tomar uno de sus valores, entre "comillas"
syntax-cannot-read-value = no se puede leer el valor de `{ $key }`: { $value }
syntax-expected-whole-number = un número entero
syntax-expected-number = un número
syntax-expected-text = texto entre "comillas"
syntax-expected-boolean = true o false
syntax-expected-list = una lista entre corchetes
syntax-expected-table = una tabla
syntax-expected-date = una fecha
syntax-found-text = el texto { $text }
syntax-found-number = el número { $number }
syntax-found-list = una lista
syntax-found-table = una tabla
syntax-found-date = la fecha { $value }

## A key or a value the format does not have. $key and $value are in backticks; $expected is
## syntax-expected-one-of, syntax-expected-either or a single name in backticks; $names, $first
## and $second are names in backticks.
syntax-unknown-key = clave desconocida { $key }; claves posibles aquí: { $expected }
syntax-unknown-value = valor desconocido { $value }; valores posibles: { $expected }
syntax-unknown-value-for = valor desconocido { $value } para `{ $key }`; valores posibles: { $expected }
syntax-expected-one-of = { $names }
syntax-expected-either = { $first } o { $second }

## How to mend the commonest mistakes.
syntax-unknown-key-help = elimine o cambie el nombre de esta clave; las claves admitidas aquí se indican arriba
syntax-unknown-key-nearest-help = ¿quería decir `{ $nearest }`? Cambie el nombre de la clave por ese
syntax-unknown-value-help = use uno de los valores indicados arriba, escrito exactamente igual
syntax-missing-proposal-help = añada una tabla [proposal] con el título de la propuesta: [proposal] y luego title = "Nombre del proyecto de ley"
syntax-missing-key-help = añada la clave que falta a esta tabla
syntax-whole-level-help = los niveles son números enteros, de 0 al nivel más alto de la pregunta
syntax-single-value-help = esta clave admite un solo valor; compruebe que no haya [[corchetes dobles]] ni una tabla donde va un valor
syntax-missing-comma-help = separe los valores de una lista con comas: al valor anterior a este le falta su coma
syntax-one-a-line-help = escriba un `clave = valor` por línea; un texto que contiene un apóstrofo (') va entre "comillas dobles"
syntax-key-value-help = escriba `clave = valor`, con `=`; las claves son las del formato, en inglés y en minúsculas
syntax-key-accent-help = las claves son las del formato, palabras inglesas en minúsculas sea cual sea el idioma del informe (`jurisdiction`, `summary`): un archivo creado con `impact-brief init` las contiene todas
syntax-backslash-help = entre "comillas dobles" una barra invertida inicia una secuencia de escape: escriba \\ para una, o use 'comillas simples' (para una ruta de Windows)
syntax-unreadable-value-help = el texto va entre "comillas"; los números se escriben 2 o 2.5, las fechas 2026-12-05, y sí o no como true o false
syntax-unquoted-help = falta un valor o no está entre comillas después de `=`: el texto va entre "comillas", las fechas se escriben 2026-12-05
syntax-close-string-help = cierre el texto con la misma comilla que lo abrió; use """ para un texto de varias líneas
syntax-invalid-toml = TOML no válido

## A key the file must have and lacks; $key is the key in backticks.
syntax-missing-key = falta la clave { $key }
syntax-answer-without-question = la tabla [answers.{ $rubric }] contiene una respuesta, pero su encabezado no dice a qué pregunta responde
syntax-answer-without-question-help = añada el identificador de la pregunta al encabezado: [answers.{ $rubric }.PREGUNTA] (`impact-brief rubric show { $rubric }` los enumera)

## Las palabras del lector TOML para un error de sintaxis, dichas con sencillez.
syntax-parser-missing-comma = falta una coma entre dos valores de la lista
syntax-parser-missing-comma-pairs = falta una coma entre dos claves de la tabla en línea
syntax-parser-more-on-line = la línea sigue después de su valor
syntax-parser-invalid-key = esta clave contiene un carácter que una clave no puede contener sin comillas (solo letras, cifras, - y _)
syntax-parser-key-accent = esta clave contiene una letra que una clave no puede contener ({ $letter }): las claves se escriben con letras sin tilde (a–z), cifras, - y _
syntax-parser-key-without-value = esta clave no tiene `=` ni valor
syntax-parser-missing-value = falta el valor después de `=`
syntax-parser-bad-escape = una barra invertida inicia un escape que TOML no conoce
syntax-parser-equals-in-list = hay un `=` dentro de una lista, donde solo van valores
syntax-parser-extra-comma = una coma de más
syntax-parser-extra-equals = un `=` de más
syntax-parser-missing-equals = falta un `=` entre una clave y su valor
syntax-parser-unclosed-header = el encabezado de la tabla no se cierra con `]`
syntax-parser-missing-table-open = aquí un `]` cierra el encabezado de una tabla, pero ningún `[` lo abre
syntax-parser-missing-opening-quote = unas comillas cierran un texto que ningunas comillas abrieron
syntax-parser-unexpected-content = algo en esta línea no es TOML
syntax-parser-bad-number = este número no está escrito como TOML escribe los números
syntax-parser-empty-key = falta una clave antes de `=`
syntax-parser-comment-control = este comentario contiene un carácter de control, un carácter invisible que TOML no admite en un comentario
syntax-parser-lone-carriage-return = aquí hay un retorno de carro (U+000D) sin salto de línea después, algo que TOML no admite fuera de un texto
syntax-lone-carriage-return-help = guarde el archivo con finales de línea Unix (LF) o Windows (CR LF): lo hace el ajuste «finales de línea» de un editor
syntax-comment-control-help = elimínelo (un editor que muestre los caracteres invisibles lo encuentra)
syntax-header-help = el encabezado de una tabla ocupa una línea propia, entre `[` y `]`: [proposal], [answers.openness.encryption]
syntax-missing-comma-pairs-help = separe las claves de una tabla en línea con comas: { "{" } title = "…", url = "…" { "}" }
syntax-extra-comma-help = una coma va entre dos valores, como en ["primero", "segundo"]: borre la que sobra, o escriba el valor que falta antes de ella
syntax-extra-equals-help = una línea lleva un solo `=`, entre la clave y su valor; un texto que contiene un `=` va entre "comillas"
syntax-equals-in-list-help = una lista solo contiene valores, como en ["primero", "segundo"]; un texto que contiene un `=` va entre "comillas"
syntax-missing-opening-quote-help = abra el texto con la misma comilla que lo cierra: "así"
syntax-unexpected-content-help = cada línea del archivo es un encabezado de [tabla], un `clave = valor` o un # comentario; `impact-brief init ARCHIVO` escribe un archivo con el que comparar
