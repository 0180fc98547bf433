# What is wrong with a rubric file (`rubric check`, `--rubrics DIR`) or a rubric's translation:
# its ids, levels, weights, sources, mechanisms and conditions. Keys, ids and values in backticks
# stay as the file writes them.

## A level in a level_map. $level is a number as the file writes it; $text the file's text.
rubric-level-expected = un número de nivel o "not-affected"
rubric-level-negative = { $level } no es un nivel; use 0 o más, o "not-affected"
rubric-level-too-large = el nivel { $level } es demasiado grande
rubric-level-not-a-level = `{ $text }` no es un nivel; use un número de nivel o "not-affected"

## The rubric's own keys. $weight is the number as the file writes it; $max the largest weight.
rubric-id-invalid = el identificador de rúbrica `{ $id }` no es válido
rubric-id-invalid-help = use letras minúsculas, cifras y guiones, por ejemplo `openness`
rubric-weight-range = el peso de la rúbrica, { $weight }, está fuera de rango
rubric-weight-help = use un número positivo de hasta { $max }; los pesos son relativos, lo habitual es 1.0
rubric-no-questions = la rúbrica no tiene preguntas
rubric-no-questions-help = añada al menos una tabla [[questions]]
rubric-source-twice = el identificador de fuente `{ $source }` aparece dos veces
rubric-source-twice-help = dé a cada fuente su propio identificador

## A question's own keys. $id is the question's id; $count, $min, $max, $levels, $top and $red
## are numbers.
rubric-question-id-invalid = el identificador de pregunta `{ $id }` no es válido
rubric-id-chars-help = use letras minúsculas, cifras y guiones
rubric-question-twice = el identificador de pregunta `{ $id }` aparece dos veces en la rúbrica `{ $rubric }`
rubric-question-twice-help = cada pregunta necesita su propio identificador
rubric-question-weight-range = la pregunta `{ $id }` tiene un peso de { $weight }, fuera de rango
rubric-question-level-count = la pregunta `{ $id }` tiene { $count ->
        [one] { $count } nivel
       *[other] { $count } niveles
    }; una pregunta necesita de { $min } a { $max }
rubric-question-level-count-help = enumere los textos de los niveles del peor al mejor
rubric-question-red-flag = la pregunta `{ $id }` tiene red_flag_at = { $red }, lo que no deja ningún nivel sin señal de alerta
rubric-question-red-flag-help = red_flag_at debe ser inferior al nivel más alto
rubric-question-no-recommendation = la pregunta `{ $id }` no tiene recomendación
rubric-question-no-recommendation-help = diga qué deben hacer los redactores cuando obtiene menos que el nivel más alto
rubric-question-acceptable = la pregunta `{ $id }` tiene un acceptable_at por encima de su nivel más alto
rubric-question-acceptable-help = use un nivel de 0 a { $top }
rubric-question-level-recommendations = la pregunta `{ $id }` tiene { $count } recomendaciones por nivel para { $levels } niveles
rubric-question-level-recommendations-help = dé como máximo una recomendación por nivel, del peor al mejor
rubric-question-no-dimension = la pregunta `{ $id }` no tiene dimensión
rubric-question-no-dimension-help = añada `dimension = "effect"` (lo que la propuesta hace a Internet) o `dimension = "process"` (cómo se elaboró)

## What a question covers. $tag is the unknown item; $known a list of ids.
rubric-covers-unknown = la pregunta `{ $id }` abarca un elemento desconocido, `{ $tag }`
rubric-covers-unknown-help = elementos conocidos, del más cercano al más lejano: { $known }; `impact-brief rubric show openness` los usa todos
rubric-effect-covers-nothing = la pregunta de efecto `{ $id }` no abarca ninguna propiedad esencial ni ningún facilitador
rubric-effect-covers-nothing-help = añada por ejemplo `covers = ["data-confidentiality"]`; `impact-brief rubric show openness` los enumera
rubric-effect-no-area = la pregunta de efecto `{ $id }` no tiene ámbito
rubric-effect-no-area-help = añada un `area` breve y en lenguaje llano, por ejemplo `area = "Cifrado y mensajes privados"`; el paso de selección del asistente lo ofrece

## What a question refers to. $cited is the source id the file cites; $known a list of ids.
rubric-unknown-source = la pregunta `{ $id }` cita una fuente desconocida, `{ $cited }`
rubric-unknown-source-add-help = añádala a [[sources]]
rubric-known-sources-help = fuentes conocidas: { $known }
rubric-depends-on-itself = la pregunta `{ $id }` depende de sí misma
rubric-depends-on-itself-help = nombre otra pregunta en applies_if

## A question's level_map. $bad and $top are numbers.
rubric-level-map-several = la pregunta `{ $id }` tiene un level_map pero sustituye a varias preguntas
rubric-level-map-several-help = una correspondencia de niveles necesita una sola pregunta anterior; elimínela, y las respuestas de las preguntas sustituidas pedirán una nueva respuesta
rubric-level-map-missing-level = el level_map de `{ $id }` remite al nivel { $bad }, que la pregunta no tiene
rubric-level-map-missing-level-help = haga corresponder cada nivel anterior con un nivel de 0 a { $top }, o con "not-affected"
rubric-level-map-not-affected = el level_map de `{ $id }` remite a "not-affected", que solo tienen las preguntas de efecto
rubric-level-map-not-affected-help = haga corresponder cada nivel anterior con un nivel de esta pregunta

## A question's mechanisms. $name is the mechanism's id; $safeguard the id contained_by names;
## $known a list of ids.
rubric-process-mechanisms = la pregunta de proceso `{ $id }` tiene mecanismos
rubric-process-mechanisms-help = solo las preguntas de efecto enumeran mecanismos; el consejo de una pregunta de proceso depende de su nivel
rubric-effect-no-mechanisms = la pregunta de efecto `{ $id }` no enumera ningún mecanismo
rubric-effect-no-mechanisms-help = añada tablas [[questions.mechanisms]]: los daños que una medida puede causar aquí, con sus consejos, y las salvaguardas que los contienen
rubric-mechanism-id-invalid = el identificador de mecanismo `{ $name }` de `{ $id }` no es válido
rubric-mechanism-twice = el identificador de mecanismo `{ $name }` aparece dos veces en `{ $id }`
rubric-mechanism-twice-help = cada mecanismo de una pregunta necesita su propio identificador
rubric-mechanism-no-label = el mecanismo `{ $name }` de `{ $id }` no tiene etiqueta
rubric-mechanism-no-label-help = diga con palabras sencillas qué hace la medida
rubric-harm-no-recommendation = el daño `{ $name }` de `{ $id }` no tiene recomendación
rubric-harm-no-recommendation-help = diga qué cambiar para que el daño desaparezca o quede contenido
rubric-harm-not-safeguard = el daño `{ $name }` de `{ $id }` está contenido por `{ $safeguard }`, que no es una salvaguarda de la pregunta
rubric-harm-not-safeguard-help = salvaguardas de `{ $id }`, de la más cercana a la más lejana: { $known }
rubric-safeguard-advice = la salvaguarda `{ $name }` de `{ $id }` tiene una señal de alerta, una recomendación o un contained_by
rubric-safeguard-advice-help = solo los daños levantan señales de alerta y llevan consejos; una salvaguarda se nombra por su etiqueta
rubric-mechanism-unknown-source = el mecanismo `{ $name }` de `{ $id }` cita una fuente desconocida, `{ $cited }`

## A rubrics folder and the dependencies between rubrics. $path is a file's path; $question a
## full question id (rubric.question); $level, $top are numbers; $error is the system's message.
rubric-location = rúbrica `{ $id }`
rubric-defined-twice = el identificador de rúbrica `{ $id }` también está definido en { $path }
rubric-defined-twice-help = dé a cada archivo de rúbrica su propio identificador, o quite uno de los dos archivos
rubric-applies-if-unknown-rubric = el applies_if de `{ $id }` nombra `{ $question }`, cuya rúbrica es desconocida
rubric-known-rubrics-help = rúbricas conocidas: { $known }
rubric-applies-if-unknown-question = el applies_if de `{ $id }` nombra una pregunta desconocida, `{ $question }`
rubric-questions-of-help = preguntas de `{ $rubric }`: { $known }
rubric-applies-if-level = el applies_if de `{ $id }` pide el nivel { $level } de `{ $question }`, que tiene niveles de 0 a { $top }
rubric-applies-if-level-help = baje min_level
rubric-cycle = la pregunta `{ $id }` depende de sí misma a través de applies_if
rubric-cycle-help = rompa el ciclo: una pregunta no puede, a través de otras, depender de su propia respuesta
rubric-folder-unreadable = no se puede leer la carpeta de rúbricas: { $error }
rubric-folder-unreadable-help = --rubrics espera una carpeta de archivos de rúbrica .toml

## A rubric's translation overlay. $id is a question id; $name a mechanism id; $count and
## $english are numbers; $problem is one of the messages below.
rubric-overlay-unknown-question = `{ $id }` no es una pregunta de la rúbrica en inglés
rubric-overlay-question-problem = `{ $id }`: { $problem }
rubric-overlay-levels = { $count } niveles, el inglés tiene { $english }
rubric-overlay-level-recommendations = { $count } recomendaciones por nivel, el inglés tiene { $english }
rubric-overlay-area = `area` figura donde el inglés no lo tiene, o falta donde lo tiene
rubric-overlay-recommendation = `recommendation` no coincide con el inglés (uno la tiene y el otro no)
rubric-overlay-mechanism-missing = el mecanismo `{ $name }` no está traducido
rubric-overlay-mechanism-recommendation = mecanismo `{ $name }`: `recommendation` no coincide con el inglés
rubric-overlay-mechanism-unknown = el mecanismo `{ $name }` no está en la pregunta en inglés
