# The command line and the wizard.

## Choosing the language and starting.
ui-locale-unmatched = No hay traducción para la configuración regional { $locale }: los mensajes están en inglés. LANGUAGE fija su idioma (uno de { $languages }); --lang lo fija también para los informes.
ui-no-terminal = error: el asistente necesita un terminal interactivo, y la entrada estándar no lo es
    {"  "}help: para un uso con scripts, cree un archivo para completar con `impact-brief init ARCHIVO`, edítelo y luego ejecute `impact-brief render ARCHIVO`
ui-needs-terminal = se necesita un terminal interactivo

## Key hints, yes and no, and long texts typed on one line.
ui-keys-select = ↑↓ para desplazarse, Enter para elegir, escriba para filtrar
ui-keys-multi-select = ↑↓ para desplazarse, Espacio para marcar, → para marcar todo, ← para desmarcar todo, escriba para filtrar
ui-yes = sí
ui-no = no
ui-invalid-yes-no = Responda sí o no.
ui-summary-none = (ninguno)
ui-summary-paragraphs = { $first }… ({ $count ->
        [one] { $count } párrafo
       *[other] { $count } párrafos
    })
ui-long-text-keeps = Enter conserva: { $summary }
ui-long-text-inline-help = Enter conserva el texto actual; escriba un párrafo para reemplazarlo, o - para borrarlo

## Answers refused.
ui-invalid-empty = este campo no puede quedar vacío
ui-invalid-date = escriba la fecha con el formato AAAA-MM-DD, por ejemplo 2026-03-01
ui-invalid-day = ese día no existe en el calendario: revise el día y el mes
ui-invalid-too-long-title = un título de 500 caracteres como máximo: basta con el título oficial
ui-invalid-too-long-finding = 5000 caracteres como máximo: dígalo en una o dos frases y dé el detalle en «¿Por qué?»
ui-invalid-too-long-text = 20 000 caracteres como máximo (unas 3000 palabras): ponga el texto completo en un documento citado como fuente
ui-invalid-too-long-line = 500 caracteres como máximo: es una línea de la primera tabla del informe
ui-invalid-too-long-evidence = 2000 caracteres como máximo: una referencia o una dirección web (una dirección más larga no se puede enlazar)

## The file.
ui-welcome = Evaluemos una propuesta legislativa. Pulse Esc en cualquier momento para detenerse.
ui-title = ¿Cómo se titula la propuesta?
ui-title-help = Su título oficial o habitual, por ejemplo «Proyecto de ley de seguridad en línea»
ui-save-as = Guardar la evaluación como
ui-save-as-help = Pulse Enter para usar el nombre que se muestra, o escriba otro. Podrá retomar el archivo con `impact-brief wizard` seguido de su nombre.
ui-file-exists-resume = { $file } ya existe. ¿Desea retomarlo en su lugar?
ui-file-exists-resume-help = No: elegir otro nombre (un archivo existente nunca se sobrescribe)
ui-cannot-create = No se puede crear { $file }: { $error }. Elija otro nombre.
ui-read-only = { $file } es de solo lectura, así que no se podría guardar ninguna respuesta en él. Hágalo modificable (en su gestor de archivos, o con chmod u+w) y vuelva a empezar.
ui-not-a-folder = { $file } es un archivo, no una carpeta, así que no se puede guardar nada dentro. Elija otro nombre.
ui-cannot-save-in = Las respuestas no se pueden guardar en { $folder } ({ $error }). Elija un archivo en una carpeta en la que pueda escribir, como su carpeta personal.
ui-saving-as-toml = Se guarda como { $file }: los archivos de evaluación terminan en .toml, que es lo que buscan `impact-brief batch` y los editores.
ui-saving-as-portable = Se guarda como { $file }: un nombre de letras sin tildes, cifras, - y _ se abre en todas partes, también en `impact-brief serve`.
ui-cannot-resume = No se puede retomar { $file }: presenta problemas (enumerados a continuación). Corríjalos y vuelva a ejecutar `{ $command }`; el asistente nunca sobrescribe un archivo que no puede leer.
ui-progress = { $answered } de { $total } preguntas aplicables respondidas{ $unsure ->
        [0] {""}
        [one] , y { $unsure } marcada como «todavía no lo sé»
       *[other] , y { $unsure } marcadas como «todavía no lo sé»
    }.
ui-plan = ¿Qué desea hacer?
ui-plan-continue = Continuar con las preguntas sin responder (quedan { $count })
ui-plan-continue-all-answered = Continuar (todas las preguntas tienen respuesta)
ui-plan-review = Revisar todas las respuestas
ui-plan-render = Generar el informe ahora
ui-intro-saving = Sus respuestas se guardan en { $file } después de cada una.
    Si se detiene, continúe con: { $command }
ui-stopped-saved = Detenido. Sus respuestas están guardadas en { $file }, salvo un texto que estuviera escribiendo al detenerse.
    Para continuar, ejecute: { $command }
ui-stopped-nothing-saved = Detenido. No se ha guardado nada.
ui-prompt-stopped = <detenido>

## The proposal.
ui-section-proposal = La propuesta
ui-resume-proposal-again = Los datos de la propuesta ya están en el archivo. ¿Quiere repasarlos de nuevo?
ui-resume-proposal-again-help = No los mantiene tal como están; «Revisar una respuesta», al terminar las preguntas, también permite cambiarlos
ui-jurisdiction = Jurisdicción
ui-jurisdiction-help = El país o la región cuya ley sería; separe varios con «;» (opcional)
ui-reference = Referencia oficial
ui-reference-help = Un número de proyecto de ley o una referencia de documento, por ejemplo «HL Bill 87» (opcional)
ui-kind = ¿Qué tipo de medida es?
ui-kind-help = El informe la nombra así en todo el texto («la ley», «el reglamento», «la solicitud»)
ui-stage = ¿En qué fase se encuentra?
ui-stage-help = Su fase en el procedimiento legislativo
ui-stage-request = Solicitud
ui-stage-idea = Idea
ui-stage-draft = Borrador
ui-stage-consultation = En consulta
ui-stage-in-legislature = En el órgano legislativo
ui-stage-adopted = Aprobada
ui-stage-in-force = En vigor
ui-stage-withdrawn = Retirada
ui-stage-rejected = Rechazada
ui-stage-not-sure = No lo sé
ui-introduced = Fecha de presentación o de publicación
ui-introduced-help = Opcional; pulse Enter para omitirla
ui-date-placeholder = AAAA-MM-DD
ui-url = ¿Dónde puede leerse el texto?
ui-url-help = Una dirección web (opcional)
ui-url-not-web = Una dirección web empieza por https:// o http:// y nombra un sitio, como https://www.parlamento.example/proyecto-12; déjela vacía si no la hay.
ui-url-has-space = Una dirección web no contiene espacios: bórrelos o escríbalos como %20.
ui-url-kept-as-text = La dirección guardada, «{ $url }», no es una dirección web: el informe la imprime como texto, no como enlace. Enter la conserva; indique una que empiece por https:// para que sea un enlace.
ui-summary = Resumen: ¿qué hace la propuesta?
ui-summary-help = Unas frases con sus propias palabras (opcional; se admite Markdown)
ui-context = Contexto: ¿por qué ahora, y qué más deben saber los lectores?
ui-context-help = Antecedentes, leyes relacionadas, quién la impulsa (opcional; se admite Markdown)

## The assessors.
ui-section-assessors = Quién evalúa
ui-assessors = Su nombre y su organización
ui-assessors-placeholder = Maria Okafor, Capítulo de ISOC en Veridia
ui-assessors-help = Separe a varias personas con punto y coma (;): una coma forma parte del nombre
ui-stakeholder = ¿En nombre de qué grupo de partes interesadas se expresa?
ui-stakeholder-help = Las evaluaciones de distintos grupos pueden reunirse con `impact-brief panel`
ui-stakeholder-government = Gobierno
ui-stakeholder-private-sector = Sector privado
ui-stakeholder-civil-society = Sociedad civil
ui-stakeholder-technical-community = Comunidad técnica
ui-stakeholder-academia = Comunidad académica
ui-stakeholder-intergovernmental = Organización intergubernamental
ui-stakeholder-not-said = Prefiero no decirlo
ui-drafter = ¿Su organización redactó o propuso este texto?
ui-drafter-help = Un informe del panel lo indica y muestra cuánto coinciden los demás sin su evaluación
ui-date = Fecha de la evaluación

## Screening and the questions.
ui-screening = ¿Cuáles de estos ámbitos toca la propuesta? Marque todos los que podría afectar.
ui-screening-help = Espacio marca, Enter confirma. Los ámbitos marcados reciben su pregunta completa; los demás se registran como «descartados en el cribado» (podrá revisarlos más adelante).
ui-screening-none = No ha marcado ningún ámbito. ¿Registrar los { $count } como descartados en el cribado, sin examinar?
ui-screening-none-help = Espacio marca un ámbito de la lista. Responda no para volver a ella; sí solo si la propuesta claramente no toca ninguno.
ui-screening-result = { $count ->
        [one] { $count } ámbito por evaluar
       *[other] { $count } ámbitos por evaluar
    } en detalle; { $screened_out ->
        [one] { $screened_out } descartado en el cribado
       *[other] { $screened_out } descartados en el cribado
    } (sin examinar: revíselos si eso cambia).
ui-rubric-heading = { $rubric } (rúbrica { $number } de { $total })
ui-skipped = Se omite { $question }: { $reason }.
ui-condition = solo se aplica cuando { $question } está en el nivel { $level }{ $level_text } o superior
ui-condition-open = { $condition }, y { $question } sigue abierta (sin respuesta, o «{ $not_sure }»): se formulará cuando se conozca { $question }
ui-condition-level-text = {" "}(«{ $text }»)
ui-unsure-left = { $count ->
        [one] { $count } pregunta está marcada
       *[other] { $count } preguntas están marcadas
    } como «{ $not_sure }»; elija «{ $revise }» cuando sepa más.
ui-without-advice-left = { $count ->
        [one] Una respuesta está
       *[other] { $count } respuestas están
    } por debajo del nivel aceptable sin ningún daño marcado ni recomendación de ninguna parte: el informe { $count ->
        [one] la incluye
       *[other] las incluye
    } entre las preocupaciones sin recomendar nada ({ $questions }). Para indicar de dónde viene la recomendación, elija «{ $revise }» en el menú final.
ui-running-score = { $rubric }: { $score } ({ $rating }), cobertura { $coverage }
ui-no-score-yet = todavía sin puntuación
ui-rating-no-effect-found = Ningún efecto constatado
ui-rating-strong = Sólido
ui-rating-adequate = Adecuado
ui-rating-weak = Débil
ui-rating-serious-concerns = Preocupaciones graves
ui-rating-insufficient-evidence = Evidencia insuficiente
ui-option-not-affected = No afectado – lo he comprobado y la propuesta no lo toca
ui-option-screened-out = Descartado en el cribado – no examinado (mantener)
ui-option-not-sure = Todavía no lo sé
ui-option-not-applicable = No aplicable
ui-ledger-points-to = Registro de la consulta: { $because }. Apunta al nivel { $level } para esta pregunta; la elección del nivel le corresponde a usted.
ui-why = ¿Por qué?
ui-why-help-level = ¿Qué elementos del texto o del proceso respaldan este nivel? (recomendado: un informe sin motivos no puede verificarse, y `check` lo señala; se admite Markdown)
ui-why-help-not-sure = ¿Qué falta para juzgarlo, y dónde podría encontrarse? (opcional)
ui-why-help-not-applicable = ¿Por qué no se aplica a la propuesta? (opcional)
ui-why-help-not-affected = ¿Qué ha comprobado, y por qué no muestra ningún efecto? (opcional)
ui-why-help-red-flag = Esta respuesta genera una señal de alerta: explique por qué, con las disposiciones y las fuentes en que se basa (obligatorio; se admite Markdown)
ui-red-flag-needs-reason = Una señal de alerta necesita un motivo antes de guardarse: ¿qué elemento del texto la justifica?
ui-red-flag-not-saved = La señal de alerta sobre { $question } no se guardó: necesita un motivo. La respuesta quedó como estaba.
ui-red-flag-kept-unsure = La señal de alerta sobre { $question } no se guardó: necesita un motivo. Lo que escribió se conserva, con la respuesta «Todavía no lo sé»: elija de nuevo el nivel y dé el motivo para terminarla.
ui-answer-kept = Detenido antes del motivo: la respuesta sobre { $question } quedó como estaba.
ui-typed-not-saved = Lo que escribió no se guardó; aquí está, para copiarlo si lo necesita:
ui-finding = ¿Qué hace la propuesta en este punto?
ui-finding-process = ¿Qué hicieron sus redactores en este punto?
ui-finding-help = Una frase con sus propias palabras, sobre esta propuesta: la página 1 del informe cita este hallazgo (opcional)
ui-provisions = ¿Qué disposiciones?
ui-provisions-help = Los artículos en que se basa, separados por punto y coma, por ejemplo art. 5.2; art. 12 (opcional)
ui-mechanism-harm = Daño: { $label }
ui-mechanism-safeguard = Salvaguarda: { $label }
ui-mechanisms = ¿Cuáles de estos mecanismos contiene la propuesta? Marque cada uno de los que tenga, daños y salvaguardas.
ui-mechanisms-help = Espacio marca, Enter confirma. Las recomendaciones del informe proceden solo de los daños que marque, y los puntos fuertes de las salvaguardas.
ui-advice-none = Esta respuesta está por debajo de su nivel aceptable, pero no marca ningún daño. Las recomendaciones del informe sobre un efecto proceden de los daños marcados: tal como está, el informe no da ninguna recomendación para esta respuesta.
ui-advice = ¿De dónde debe proceder la recomendación para esta respuesta?
ui-advice-help = Lo más habitual es que la propuesta contenga uno de los daños de la lista: márquelo. Su propia recomendación sustituye a la de la rúbrica para esta pregunta; la de otra pregunta se imprime una vez, bajo esa pregunta, y nombra también a esta.
ui-advice-tick = Marcar lo que hace la propuesta (volver a la lista)
ui-advice-own = Redactar nuestra propia recomendación
ui-advice-other = La recomendación de otra pregunta también responde a esta
ui-advice-leave = Dejarla sin recomendación por ahora
ui-advice-own-prompt = Su recomendación a los redactores del texto
ui-advice-own-help = ¿Qué deben cambiar los redactores? Sustituye en el informe la recomendación de la rúbrica para esta pregunta (se admite Markdown).
ui-advice-own-edit-help = Su propia recomendación para esta pregunta, que sustituye a la de la rúbrica en el informe: consérvela, modifíquela o vacíela para volver a la de la rúbrica (se admite Markdown).
ui-advice-other-prompt = ¿La recomendación de qué pregunta responde también a esta?
ui-advice-other-help = La recomendación de esa pregunta, impresa bajo ella, nombrará también esta pregunta. Escriba para filtrar la lista.
ui-advice-other-none-yet = «{ $question }» aún no da ninguna recomendación: no está por debajo de su nivel aceptable, o no marca ningún daño y no tiene recomendación propia. Respóndala de modo que la dé; `impact-brief check` lo indica mientras no sea así.
ui-evidence = Evidencia { $number }
ui-evidence-help = Un artículo, documento o enlace por línea; pulse Enter en una línea vacía para terminar
ui-evidence-edit-help = Edite el elemento { $number } de { $total }, o bórrelo para eliminarlo

## The end: the menu, rendering and revising.
ui-menu = ¿Y ahora?
ui-menu-render = Generar el informe
ui-menu-revise = Revisar una respuesta
ui-menu-lead = Elegir el hallazgo que la página 1 pone en primer lugar
ui-menu-mark-final = Marcar el informe como versión definitiva
ui-menu-mark-draft = Volver a marcar el informe como versión provisional
ui-menu-record = Registrar las contribuciones a la consulta
ui-menu-quit = Guardar y salir
# Choosing the finding page 1 puts first (`lead` in the file).
ui-lead = ¿Qué hallazgo debe poner la página 1 en primer lugar?
ui-lead-help = La página 1 ordena los hallazgos según la gravedad que les da la metodología. El que elija encabeza su lista, su recomendación encabeza los próximos pasos, y la página 1 indica que es su elección.
ui-lead-none = Ninguno: mantener el orden de la metodología
ui-lead-now-first = En primer lugar ahora
ui-lead-set = La página 1 pone ahora «{ $topic }» en primer lugar.
ui-lead-cleared = La página 1 mantiene el orden de la metodología.
ui-lead-too-few = La página 1 aún no tiene dos hallazgos que ordenar: no hay nada que elegir.
ui-marked = La primera página del informe indica ahora: { $status }.
# The other assessment files in the panel command the wizard suggests when it quits.
ui-saved-other-file = OTRA.toml
ui-saved = { $file } guardado.
    Para generar el informe más tarde: { $render }
    Para cambiar las respuestas: { $resume }
    Con las evaluaciones de otras personas sobre la misma propuesta, genere un informe de panel:
      { $panel }
ui-formats = ¿Qué formatos?
ui-formats-help = Espacio marca un formato, Enter confirma
ui-format-markdown = Markdown (.md): para revisión y control de cambios
ui-format-pdf = PDF (.pdf): para publicación
ui-format-docx = Word (.docx): para comentarios y control de cambios
ui-format-html = HTML (.html): una página web
ui-format-json = JSON (.json): para scripts
ui-formats-none = No se ha elegido ningún formato; no se ha escrito nada.
ui-folder = ¿En qué carpeta se escriben los archivos?
ui-cannot-render = No se puede generar el informe: { $error }
ui-wrote = Se ha escrito { $file }
ui-could-not-write = No se ha podido escribir { $file }: { $error }
ui-back = Volver
ui-revise = ¿Qué respuesta desea cambiar?
ui-revise-help = Escriba para filtrar, por ejemplo «apertura»
ui-revise-does-not-apply = { $answer } (no se aplica ahora)
ui-revise-does-not-count = Nota: esta respuesta no cuenta por el momento: { $reason }.
ui-revise-counts-while-open = Nota: { $reason }; mientras { $question } siga abierta, una respuesta dada aquí cuenta, salvo que { $question } reciba después una respuesta inferior a ese nivel.
ui-applies-now = { $question } se aplica ahora:
ui-answer-not-sure = todavía no lo sé
ui-answer-not-applicable = no aplicable
ui-answer-not-affected = no afectado
ui-answer-screened-out = descartado en el cribado
ui-answer-none = sin responder

## The consultation ledger.
ui-ledger = ¿Cómo desea registrar las contribuciones?
ui-ledger-add = Añadir las contribuciones una por una
ui-ledger-import = Importar un archivo CSV
ui-consultation-opened = ¿Cuándo se abrió la consulta?
ui-consultation-closed = ¿Cuándo se cerró (último día en que se recibieron contribuciones)?
ui-consultation-responded = ¿Cuándo se publicó la respuesta a la consulta?
ui-consultation-date-help = AAAA-MM-DD; déjelo vacío si no lo sabe, o si todavía no ha ocurrido
ui-ledger-in-csv = Las contribuciones se conservan en el archivo CSV { $file }, junto al archivo de evaluación. Edítelas allí, o vuelva a importar el archivo editado.
ui-submission-saved = Contribución { $id } guardada.
ui-submission-another = ¿Añadir otra?
ui-submission-id = Identificador de la contribución
ui-submission-id-help = Único dentro del registro, por ejemplo S-01
ui-submission-id-refused = No se puede usar ese identificador: { $problem }. Elija otro.
ui-submitter = ¿Quién la envió?
ui-submitter-help = Una persona o una organización; déjelo vacío para una contribución anónima
ui-submitter-group = ¿A qué grupo pertenece el remitente?
ui-submitter-government = Gobierno
ui-submitter-private-sector = Sector privado
ui-submitter-civil-society = Sociedad civil
ui-submitter-technical-community = Comunidad técnica
ui-submitter-academia = Comunidad académica
ui-submitter-intergovernmental = Organización intergubernamental
ui-submitter-individual = Particulares
ui-submitter-unknown = Desconocido
ui-submission-provision = ¿A qué disposición del proyecto se refiere?
ui-submission-provision-help = Por ejemplo «art. 12.3»; déjelo vacío si se refiere a la propuesta en su conjunto
ui-submission-asked = ¿Qué pedía?
ui-submission-asked-help = En una frase; déjelo vacío para omitirlo
ui-disposition = ¿Qué se hizo con ella?
ui-disposition-help = Según la respuesta publicada
ui-disposition-accepted = Aceptada
ui-disposition-partially-accepted = Aceptada parcialmente
ui-disposition-rejected = Rechazada
ui-disposition-out-of-scope = Fuera de alcance
ui-disposition-deferred = Aplazada
ui-disposition-not-answered = Sin respuesta
ui-disposition-withdrawn = Retirada
ui-disposition-merged = Fusionada con otra
ui-merged-into = ¿Junto con qué contribución se respondió?
ui-merged-into-help = Escriba para filtrar por identificador
ui-reason = ¿Qué motivo dio la respuesta?
ui-reason-help = «No se dio ningún motivo» cuando la respuesta no dio motivo
ui-reason-legally-precluded = Jurídicamente imposible
ui-reason-outside-mandate = Fuera del mandato
ui-reason-technically-infeasible = Técnicamente inviable
ui-reason-disproportionate-cost = Costo desproporcionado
ui-reason-insufficient-evidence = Evidencia insuficiente
ui-reason-addressed-elsewhere = Tratada en otro lugar
ui-reason-conflicts-with-objective = Contraria al objetivo declarado
ui-reason-outweighed-by-other-input = Prevalecieron otras contribuciones
ui-reason-none-given = No se dio ningún motivo
ui-reason-text = El motivo en palabras de los redactores
ui-reason-text-help = Citado o resumido; déjelo vacío para omitirlo
ui-reflected-in = Dónde la recoge o la trata el texto (la disposición)
ui-reflected-in-help = p. ej. art. 12; «tratada en otro lugar» solo cuenta como motivo legítimo si aquí se nombra la disposición; déjelo vacío para omitirlo
ui-csv-file = ¿Qué archivo CSV?
ui-csv-file-help = Una fila de encabezado con los nombres de las columnas (id, group y disposition obligatorias), una contribución por fila
ui-import-problems = No se ha importado nada: { $file } presenta problemas.
ui-import-replace = El archivo de evaluación contiene { $count } contribuciones propias. ¿Reemplazarlas por las del archivo CSV?
ui-import-replace-help = No: conservarlas y no importar nada (un registro está en el archivo o en un archivo CSV, no en ambos)
ui-import-kept = No se ha importado nada; se conservan las contribuciones del archivo de evaluación.
ui-import-cannot-copy = No se ha importado nada: no se puede copiar { $file }: { $error }
ui-imported = { $count ->
        [one] { $count } contribución importada
       *[other] { $count } contribuciones importadas
    } desde { $file }; el archivo de evaluación lo indica ahora en submissions_file.
ui-ledger-no-suggestion = El registro todavía no apunta a ningún nivel para ninguna pregunta.

## `score`: the scorecard in the terminal (with the brief's labels and the ui-rating-* words).
ui-score-title = { $heading }: { $title }
ui-score-coverage = cobertura { $coverage }
ui-score-points = ({ $points } puntos)
ui-score-red-flags = { $count ->
        [one] { $count } señal de alerta
       *[other] { $count } señales de alerta
    }
ui-score-verdict = { $dimension }: { $verdict }.
ui-score-dimension-effect = Efecto en Internet
ui-score-dimension-process = Proceso
ui-score-effect-no-effect-found = Ningún efecto constatado
ui-score-effect-protective = Protector
ui-score-effect-low-risk = Riesgo bajo
ui-score-effect-harmful = Perjudicial
ui-score-effect-serious-harm = Daño grave
ui-score-effect-insufficient-evidence = Evidencia insuficiente
# An open question's status in a list, for `score` and `check`.
ui-score-status-unknown = desconocido
ui-score-status-unanswered = sin respuesta

## `check`: the summary of each file and the warnings about answers (errors in a file's TOML
## itself are reported in English).
ui-check-problems = { $file }: { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
ui-check-ok = { $file }: correcto — respondidas: { $answered }, no afectadas: { $not_affected }, descartadas en el cribado: { $screened_out }, desconocidas: { $unknown }, sin respuesta: { $unanswered }, no aplicables: { $not_applicable }, { $not_asked ->
        [0] no planteadas: 0
       *[other] no planteadas (cada una depende de otra respuesta): { $not_asked }
    }
ui-check-upgraded = redactado para las rúbricas { $from }.x; leído en memoria como { $to }.x ({ $moved ->
        [one] { $moved } respuesta trasladada
       *[other] { $moved } respuestas trasladadas
    }, { $needs_answer ->
        [one] { $needs_answer } necesita una nueva respuesta
       *[other] { $needs_answer } necesitan una nueva respuesta
    }, { $new ->
        [one] { $new } pregunta nueva
       *[other] { $new } preguntas nuevas
    })
ui-check-upgraded-help = ejecute `impact-brief migrate { $file }` para reescribirlo (se conserva una copia de seguridad)
ui-check-asks-more = `{ $question }` ahora pregunta más que antes, por lo que esta respuesta debe rehacerse
ui-check-replaced = `{ $old }` se sustituye por `{ $new }`, que pregunta algo distinto
ui-check-answer-anew-help = responda de nuevo a `{ $question }`; la justificación anterior se conserva en ella, marcada como desconocida
ui-check-merged = `{ $old }` se sustituye por `{ $new }`, que el archivo también responde
ui-check-merged-help = cuenta la respuesta a `{ $question }`; la justificación y las fuentes de la respuesta anterior se le añaden con una nota
ui-check-url-not-web = `url` no es una dirección web: { $url }
ui-check-url-not-web-help = escriba la dirección donde se puede leer el texto, empezando por https://; el informe imprime cualquier otra cosa como texto, sin enlace
ui-check-not-asked = `{ $question }` no se aplica, por lo que esta respuesta no se cuenta: solo se aplica cuando `{ $condition }` está en el nivel { $level } o superior
ui-check-not-asked-help = eleve `{ $condition }` si eso es lo que constató, o elimine esta respuesta
ui-check-lead-no-level = `{ $question }` lleva `lead` pero no tiene nivel: no puede ir primero y queda en su lugar habitual
ui-check-lead-no-level-help = dele un nivel, o quite `lead = true`
ui-check-lead-twice = `{ $question }` lleva `lead`, pero también `{ $first }`, que aparece antes en el archivo y va primero
ui-check-lead-twice-help = deje `lead = true` solo en el hallazgo que debe ir primero
ui-check-no-rationale = `{ $question }` tiene un nivel pero no una justificación
ui-check-no-rationale-help = añada `rationale = "..."`: por qué este nivel, con las disposiciones y las fuentes en que se basa; un informe sin motivos no puede verificarse
ui-check-no-finding = `{ $question }` no tiene hallazgo
ui-check-no-finding-help = añada `finding = "..."`: una frase con sus propias palabras sobre lo que hace la propuesta en este punto; la página 1 la cita (mientras tanto, cita la primera frase de la justificación)
ui-check-no-harm = `{ $question }` está por debajo de su nivel aceptable pero no marca ningún daño, por lo que el informe no formula ninguna recomendación al respecto
ui-check-no-harm-help = marque lo que hace la propuesta en `mechanisms = [...]` ({ $harms }), redacte su propia `recommendation` o indique en `advice_under` la pregunta cuya recomendación también responde a esta
ui-check-severe-acceptable = `{ $question }` marca el daño grave `{ $harm }` pero está en el nivel { $level }, que indica que el daño está contenido
ui-check-severe-acceptable-help = baje el nivel, o marque la salvaguarda que lo contiene
ui-check-ledger-departs = `{ $question }` está en el nivel { $level }, pero el registro de la consulta apunta al nivel { $suggested }
ui-check-ledger-open = `{ $question }` está pendiente; el registro de la consulta apunta al nivel { $suggested }
ui-check-ledger-help = { $because }; mantenga su nivel si sabe más de lo que muestra el registro

## `batch`: el índice de una ejecución (index.md), en el idioma que pide `--lang`.
ui-index-title = Índice del lote
ui-index-summary = { $inputs ->
    [one] { $inputs } archivo
   *[other] { $inputs } archivos
  }: { $rendered ->
    [one] { $rendered } generado
   *[other] { $rendered } generados
  }, { $failed } con error, { $skipped ->
    [one] { $skipped } omitido
   *[other] { $skipped } omitidos
  }.
ui-index-input = Archivo
ui-index-proposal = Título
ui-index-outputs = Archivos generados
ui-index-error = Error

## `init`: los comentarios del archivo para rellenar, en el idioma del archivo (`init --lang`).
ui-init-title = Evaluación de impacto de una propuesta legislativa.
ui-init-step-describe = Describa la propuesta en [proposal] y a usted mismo en [assessment].
ui-init-step-answer = Responda a cada pregunta de abajo: dé a `level` uno de los números indicados encima de ella (0 es el peor) y explique por qué en `rationale`. En los textos largos se admite Markdown. Si todavía no puede juzgar una pregunta, escriba status = "unknown" en lugar de un nivel; si no se aplica a esta propuesta, escriba status = "not-applicable". Una pregunta de efecto (lo que la propuesta hace a Internet) admite también status = "not-affected": la examinó y la propuesta no toca ese ámbito. Empiece por la lista de cribado de abajo: nombra todos los ámbitos de efecto en un solo lugar.
ui-init-step-check = Compruebe el archivo con `impact-brief check ARCHIVO` y genere el informe con `impact-brief render ARCHIVO -f pdf`. Los editores que usan Taplo (como Even Better TOML de VS Code) lo comprueban mientras escribe, con el esquema nombrado en la primera línea: vea `impact-brief schema --help`.
ui-init-screening-title = CRIBADO: ¿qué ámbitos toca la propuesta?
ui-init-screening = Para cada ámbito que no toca, responda a su pregunta de abajo con status = "not-affected" y diga en `rationale` qué comprobó (o status = "screened-out" para un ámbito descartado de un vistazo, sin examen). Responda a las demás con un nivel, un hallazgo (`finding`) en una frase propia, las disposiciones (`provisions`) en que se basa y los mecanismos encontrados.
ui-init-mechanisms = Mecanismos: marque lo que hace la propuesta en `mechanisms = [...]`:
ui-init-asked-only-when = Solo se pregunta cuando { $question } está en el nivel { $level } o superior.

## Progress and summary lines of render, batch, panel, diff, migrate and schema, their warnings
## and their errors (in the interface's language: `--lang`, else the system locale's).
ui-command-wrote = se ha escrito { $file }
ui-batch-jobs-zero = --jobs debe ser al menos 1
ui-batch-no-stdout = un lote escribe sus informes y su índice en una carpeta, no en la salida estándar; indique `-o DIR`
ui-batch-output-is-input = la carpeta de salida es también una carpeta de entrada; indique otro `-o DIR`
ui-batch-same-file = nota: { $file } es el mismo archivo que { $kept }: se genera una vez, con el nombre { $kept }
ui-batch-inside-output = warning: { $folder } es la carpeta de salida, que un lote no lee: { $count ->
        [one] { $count } archivo de evaluación que contiene no se genera ({ $files }); para generarlo, muévalo
       *[other] { $count } archivos de evaluación que contiene no se generan ({ $files }); para generarlos, muévalos
    } a otro lugar o elija otro `-o DIR`
ui-batch-no-inputs = no se encontró ningún archivo .toml en { $paths }; no se ha generado nada
ui-batch-folder-empty = warning: no se encontró ningún archivo .toml en { $folder }; no se genera nada de esa carpeta
# The progress bar's words: "12/40 briefs  3.1/s  9s left".
ui-batch-bar-briefs = informes
ui-batch-bar-left = quedan { $eta }
ui-batch-progress-ok = [{ $done }/{ $total }] generado: { $file }
ui-batch-progress-failed = [{ $done }/{ $total }] con error: { $file }
ui-batch-progress-skipped = [{ $done }/{ $total }] omitido: { $file }
ui-batch-panels-written = { $count ->
        [one] { $count } informe de panel escrito
       *[other] { $count } informes de panel escritos
    }
ui-batch-summary = { $ok ->
        [one] { $ok } de { $total } generado
       *[other] { $ok } de { $total } generados
    } en { $folder }{ $failed ->
        [0] {""}
       *[other] , { $failed } con error
    }{ $skipped ->
        [0] {""}
        [one] , { $skipped } omitido
       *[other] , { $skipped } omitidos
    }; índice en { $index }
ui-batch-fail-on = { $count ->
        [one] { $count } archivo tiene una calificación «{ $rating }» o peor
       *[other] { $count } archivos tienen una calificación «{ $rating }» o peor
    } (--fail-on):
ui-batch-fail-on-input = { $file }: { $rating }
ui-render-formats-need-folder = varios formatos necesitan una carpeta: indique `-o DIR/` (u omita -o)
ui-render-typ-not-stdout = `-f typ` escribe una carpeta y no puede ir a la salida estándar; indique `-o DIR`
ui-render-watch-needs-files = --watch escribe archivos: indique `-o FILE` o `-o DIR/`
ui-render-not-written = no se ha escrito { $file }
ui-watch-watching = vigilando { $files }; Ctrl-C para detener
ui-watch-stopped = vigilancia detenida; las salidas quedan como se generaron por última vez
ui-watch-kept-rubrics = se conservan las rúbricas como estaban
ui-watch-kept-templates = se conservan las plantillas como estaban
ui-watch-problems = { $time } no generado: { $file } tiene problemas; se conserva el último resultado válido
ui-watch-format-failed = { $time } { $format } no generado: { $error }
ui-watch-rendered = { $time } generación de { $files } en { $ms } ms
ui-panel-in-subfolders = { $folder } no contiene ninguna evaluación propia; { $count ->
        [one] su carpeta { $folders } sí
       *[other] sus carpetas { $folders } sí
    }: indique la carpeta de una propuesta (`impact-brief panel { $first }`), o `impact-brief batch { $folder } --panels` para un informe de panel por carpeta
ui-panel-too-few = un panel necesita al menos dos evaluaciones de la propuesta, y { $count ->
        [0] no se ha dado ninguna
        [one] solo se ha dado una
       *[other] se han dado { $count }
    }
ui-panel-none-read = no se pudo leer ninguna evaluación
ui-panel-different-rubrics = { $first } y { $second } responden a rúbricas distintas ({ $what }); un panel compara respuestas a las mismas rúbricas
ui-panel-forced = warning: { $first } y { $second } difieren ({ $what }); el informe del panel muestra la propuesta tal como la describe { $shown }
ui-panel-not-same-proposal = { $first } y { $second } no evalúan la misma propuesta en la misma etapa ({ $what }); use --force para reunirlas de todos modos
ui-panel-two-stages = { $first } y { $second } no evalúan la misma propuesta en la misma etapa ({ $what }); dos etapas de un mismo proyecto de ley dan lugar a un informe de cambios (`impact-brief diff OLD NEW`), no a un panel; use --force para reunirlas de todos modos
ui-panel-upgraded = nota: { $file } se redactó para las rúbricas { $edition }.x; se actualizó en memoria a las preguntas actuales
ui-panel-copy = warning: { $file } contiene los mismos evaluadores y respuestas que { $earlier }; cada uno cuenta como una evaluación
ui-panel-languages = warning: las evaluaciones del panel están redactadas en más de un idioma ({ $file } en { $other }); el informe del panel está en { $lang }, el del primer archivo: use --lang para elegir
ui-panel-named-twice = warning: { $file } se indica dos veces; cuenta una sola vez
ui-diff-same-file = warning: las dos rutas designan el mismo archivo ({ $file }): el informe de cambios lo compara consigo mismo
ui-diff-different-rubrics = { $old } y { $new } responden a rúbricas distintas ({ $old_rubrics } frente a { $new_rubrics }); un informe de cambios compara respuestas a las mismas rúbricas: indique las mismas en ambos archivos (la clave `rubrics` al principio)
ui-diff-different-proposals = { $old } y { $new } parecen evaluar propuestas distintas ({ $differences }); use --force para compararlas de todos modos
ui-difference-title = título «{ $old }» frente a «{ $new }»
ui-difference-reference = referencia «{ $old }» frente a «{ $new }»
ui-difference-jurisdiction = jurisdicción «{ $old }» frente a «{ $new }»
ui-difference-stage = etapa «{ $old }» frente a «{ $new }»
ui-difference-introduced = presentada el { $old } frente al { $new }
ui-difference-rubrics = rúbricas { $old } frente a { $new }
ui-difference-none = ninguna
# `diff --fail-on-worse`: the overall rating, then each dimension that got worse (ui-diff-got-worse-dimension, one after the other).
ui-diff-got-worse = empeoró: { $old } → { $new } en general{ $dimensions }
ui-diff-got-worse-dimension = ; { $dimension }: { $old } → { $new }
ui-diff-swapped = warning: OLD ({ $old }) parece posterior a NEW ({ $new }): { $reasons }
    {"  "}help: el informe de cambios lee OLD como la versión anterior; si están invertidos, ejecute `impact-brief diff { $new } { $old }`
ui-diff-swapped-stage = su fase ({ $old }) es posterior a la de NEW ({ $new })
ui-diff-swapped-introduced = su texto se presentó o publicó el { $old }, después del de NEW ({ $new })
ui-diff-swapped-assessed = se evaluó el { $old }, después de NEW ({ $new })
# Adds a reason to those before it: "A, and B, and C".
ui-diff-swapped-and = { $reasons }, y { $reason }
ui-migrate-nothing-to-do = { $file }: ya responde a las rúbricas { $edition }.x (schema_version = { $edition }); no hay nada que hacer
# What `migrate` did, a line per question; the first words are padded so that the questions line up.
ui-migrate-level = nivel { $level }
ui-migrate-no-answer = sin respuesta
# Written into the assessment file, above the words of an answer that migrate could not carry over.
ui-migrate-note-needs-answer = *Respondida para las rúbricas { $edition }.x como `{ $from }` ({ $was }); la pregunta ahora pide más, por lo que necesita una nueva respuesta.*
ui-migrate-note-also-answered = *Respondida también para las rúbricas { $edition }.x como `{ $from }` ({ $was }), una pregunta que esta reemplaza:*
ui-migrate-moved = trasladada { $from } ({ $was }) → { $to } ({ $now })
ui-migrate-asks-more = responder  { $question } ({ $was }): la pregunta ahora pide más, por lo que la respuesta no se traslada; la justificación anterior se conserva, marcada como desconocida
ui-migrate-replaced = responder  { $question }: sustituye a { $old } ({ $was }), que preguntaba algo distinto; la justificación anterior se conserva, marcada como desconocida
ui-migrate-new = nueva      { $question }: añadida en las rúbricas { $edition }.x; respóndala
ui-migrate-merged = fusionada  { $from } ({ $was }) en { $to }: el archivo responde a ambas; se conserva la respuesta a { $to }, y se le añaden con una nota la justificación, las fuentes y la recomendación de la respuesta anterior
ui-migrate-read-only = { $file } es de solo lectura, así que no se reescribe; hágalo modificable primero, o vea el resultado con --dry-run
ui-migrate-done = { $file }: migrado a las rúbricas { $edition }.x; el original se conserva como { $backup }
ui-migrate-all-carried-over = Todas las respuestas se han trasladado, y ninguna pregunta es nueva.
ui-migrate-needs-answers = { $count ->
        [one] { $count } pregunta necesita una respuesta
       *[other] { $count } preguntas necesitan una respuesta
    }; mientras tanto, el informe marca la calificación de su efecto como provisional. `impact-brief check { $file }` da la lista.
ui-migrate-backup-is-link = { $file } es un enlace; muévalo antes a otro lugar, para que no se pierda ninguna copia de seguridad anterior y no se escriba nada en otra parte
ui-migrate-backup-exists = { $file } ya existe; muévalo antes a otro lugar, para que no se pierda ninguna copia de seguridad anterior y no se escriba nada en otra parte
ui-migrate-cannot-create-backup = no se puede crear la copia de seguridad { $file }
ui-migrate-cannot-write-backup = no se puede escribir la copia de seguridad { $file }
ui-schema-no-config-folder = no se puede saber dónde está su carpeta de configuración: no están definidas ni XDG_CONFIG_HOME ni HOME{ $system ->
        [windows] {" "}(ni APPDATA)
       *[other] {""}
    }
    {"  "}help: escriba usted mismo el esquema con `impact-brief schema { $kind } > PATH`, y defina { $variable }=PATH
ui-schema-installed-assessment = Los editores que usan Taplo, como Even Better TOML de VS Code, ofrecen ahora autocompletado y comprobación para los archivos de evaluación que empiezan por `#:schema { $url }` (así empiezan los de init, el asistente y migrate).
ui-schema-variable-set = nota: { $variable } está definida, así que los archivos nuevos apuntan en su lugar a { $target }
ui-schema-installed-rubric = Para que se compruebe un archivo de rúbrica, ponga `#:schema { $url }` en su primera línea.

## An answer that names another question for its advice (`advice_under`) when that question gives
## none. $question and $named are full question ids.
ui-check-advice-under-none = `{ $question }` remite su recomendación a `{ $named }`, que no da ninguna, así que el informe no recomienda nada para ninguna de las dos
ui-check-advice-under-none-help = marque el daño que la propuesta contiene en `{ $named }` (o escriba su `recommendation`), o dé a esta respuesta una recomendación propia y quite `advice_under`
ui-check-advice-under-no-concern-help = `{ $named }` no plantea ninguna preocupación que requiera recomendación (su respuesta no tiene un nivel por debajo del aceptable): dé a esta respuesta una recomendación propia (marque sus daños o redacte `recommendation`) y quite `advice_under`
ui-check-advice-under-chain = `{ $question }` remite su recomendación a `{ $named }`, que a su vez remite a `{ $further }`: el informe nombra `{ $named }` bajo esa recomendación, pero no `{ $question }`
ui-check-advice-under-chain-help = indique más bien `{ $further }` en `advice_under`: una recomendación se remite una sola vez, no a lo largo de una cadena

## `rubric list` and `rubric show`: labels around the rubric's own texts (which come from its
## translation). $edition is a rubric edition number ("3" in "3.x").
ui-rubric-weight = peso
ui-rubric-question-count = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
ui-rubric-header = { $title } ({ $id }, versión { $version }, peso { $weight })
ui-rubric-dimension-effect = efecto
ui-rubric-dimension-process = proceso
ui-rubric-red-flag = señal de alerta
ui-rubric-severe-red-flag = señal de alerta grave
ui-rubric-acceptable-from-here = aceptable desde aquí
ui-rubric-mechanisms = Mecanismos (marque los que tiene la propuesta):
ui-rubric-contained-by = contenido por { $safeguards }
ui-rubric-since = Nueva en las rúbricas { $edition }.x.
ui-rubric-widened = Pide más desde las rúbricas { $edition }.x: una respuesta anterior necesita una nueva.
ui-rubric-area = Ámbito del cribado
ui-rubric-covers = Abarca
ui-rubric-replaces = Reemplaza (rúbricas 1.x)
ui-rubric-applies-if = Se formula solo cuando { $question } está en el nivel { $level } o superior.
ui-rubric-sources = Fuentes
ui-rubric-unknown = rúbrica desconocida `{ $id }`
ui-rubric-unknown-help = rúbricas conocidas: { $known }
ui-rubric-check-ok = { $file }: correcto — rúbrica `{ $id }` { $version } con { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}

## The problems found in an assessment file once it is read (its TOML is valid): what is missing,
## unknown or out of range. Keys, ids and values in backticks or quotes stay as the file writes them.
ui-file-no-title = la propuesta no tiene título
ui-file-no-title-help = añada `title = "Nombre del proyecto de ley"` bajo [proposal]
ui-file-not-a-date = `{ $key }` debe ser una fecha, no { $date }
ui-file-date-help = escriba las fechas como 2026-12-05, sin comillas
ui-file-no-rubric = la evaluación no responde a ninguna rúbrica
ui-file-no-rubric-help = indique al menos una, por ejemplo rubrics = ["{ $example }"], o quite la línea para usar las tres
ui-file-unknown-rubric = rúbrica desconocida `{ $id }`
ui-file-unknown-rubric-help = rúbricas conocidas: { $known }
ui-file-rubric-twice = la rúbrica `{ $id }` figura dos veces en la lista
ui-file-rubric-twice-help = indique cada rúbrica una sola vez
ui-file-answers-unknown-rubric = respuestas para una rúbrica desconocida `{ $id }`
ui-file-answers-unlisted-rubric-help = añada "{ $id }" a `rubrics = [...]` al principio del archivo, o quite estas respuestas
ui-file-answers-unknown-rubric-help = responda a una de las rúbricas de la evaluación: { $known }
ui-file-advice-under-self = `{ $question }` se nombra a sí misma en `advice_under`
ui-file-advice-under-self-help = indique las otras preguntas cuya recomendación también responde a esta
ui-file-advice-under-unknown = `advice_under` de `{ $question }` nombra `{ $named }`, que no es una pregunta de esta evaluación
ui-file-advice-under-unlisted = `advice_under` de `{ $question }` nombra `{ $named }`, pero la evaluación no responde a la rúbrica `{ $rubric }`
ui-file-advice-under-unlisted-help = añada "{ $rubric }" a `rubrics = [...]` al principio del archivo, o nombre una pregunta de las rúbricas de la evaluación
ui-file-unknown-effect = valor desconocido `{ $value }` para `effect`
ui-file-unknown-effect-help = use uno de estos valores: { $known }
ui-file-unknown-concern = la preocupación esperada `{ $concern }` no es una pregunta
ui-file-nearest-questions = las preguntas más cercanas: { $known }
ui-file-no-such-file-help = compruebe la ruta; `impact-brief init ARCHIVO` crea un nuevo archivo de evaluación
ui-file-did-you-mean = ¿quería decir { $file }?
ui-file-too-long = `{ $field }` tiene { $count } caracteres; un informe admite como máximo { $limit }
ui-file-too-long-help = acórtelo y ponga el texto completo en un documento citado como fuente
ui-file-too-long-evidence-help = indique una dirección más corta para la misma página (el enlace corto del propio sitio, o la página sin sus parámetros de seguimiento)
ui-file-unknown-question = pregunta desconocida `{ $question }`
ui-file-unknown-question-help = preguntas válidas, de la más cercana a la más lejana: { $known }
ui-file-status-process = `{ $question }` es una pregunta de proceso; "{ $status }" es para las preguntas de efecto
ui-file-status-process-help = use un nivel, o status = "unknown" o "not-applicable"
ui-file-no-mechanisms-help = `{ $question }` no tiene mecanismos; quite `mechanisms`
ui-file-mechanisms-nearest-help = mecanismos de `{ $question }`, del más cercano al más lejano: { $known }
ui-file-unknown-mechanism = mecanismo desconocido `{ $mechanism }` para `{ $question }`
ui-file-level-out-of-range = el nivel { $level } está fuera de la escala de `{ $question }`
ui-file-level-out-of-range-help = use un nivel de 0 («{ $lowest }») a { $top } («{ $highest }»), o status = "unknown"
ui-file-level-and-status = `{ $question }` tiene a la vez un nivel y status = "{ $status }"
ui-file-level-and-status-help = conserve `level` si la pregunta se valoró, o `status` si no, pero no ambos

## What init says once it has written the file, and the hint about the editor schema ($state:
## missing or stale).
ui-init-wrote = se ha escrito { $file }: complete los niveles y luego ejecute `impact-brief check { $file }`
ui-schema-install-hint = El esquema que permite a su editor comprobar este archivo mientras escribe { $state ->
    [missing] no está instalado
   *[stale] no está actualizado
}: ejecute `{ $command }`

## Lo que respondió el sistema, en palabras: un archivo o una carpeta que no se pudo leer ni escribir.
ui-io-not-found = no existe ese archivo o carpeta
ui-io-permission-denied = permiso denegado
ui-io-read-only = el disco es de solo lectura
ui-io-storage-full = el disco está lleno
ui-io-is-a-folder = es una carpeta
ui-io-not-a-folder = una parte de la ruta es un archivo, no una carpeta
ui-io-invalid-name = el nombre no es válido aquí
ui-io-address-in-use = otro programa ya usa ese puerto

## La escritura de las salidas: `render`, `batch`, `diff`, `panel`, `init`, `migrate`.
ui-output-is-folder = { $file } es una carpeta: indique un archivo en el que escribir
ui-output-cannot-write = no se puede escribir { $file }
ui-output-read-only = { $file } es de solo lectura, así que se deja como está: hágalo modificable para que se vuelva a escribir, o escriba el informe en otro lugar
ui-output-edited-word = { $file } no es un documento de Word tal como lo escribió impact-brief (quizá se abrió y se guardó después, con comentarios o control de cambios), así que se deja como está: muévalo o cámbielo de nombre para que el informe se vuelva a escribir, o escriba el informe en otro lugar
ui-output-cannot-create-in = no se puede escribir { $file }: no se pueden crear archivos en { $folder } ({ $reason })
ui-output-cannot-write-into = no se puede escribir en { $folder } ({ $reason }); permita la escritura o elija otro `-o CARPETA`
ui-output-folder-is-file = no se puede crear la carpeta { $folder }: { $file } es un archivo, no una carpeta; elija otra ruta de salida
ui-output-cannot-create-folder = no se puede crear la carpeta { $folder }
ui-output-over-itself = se rechaza escribir { $file } sobre sí mismo, que este comando lee; elija otra ruta de salida con -o
ui-output-over-input = se rechaza escribir { $file } sobre el archivo de entrada { $input }, que este comando lee; elija otra ruta de salida con -o
ui-more-information = Para más información, pruebe '--help'.
ui-output-unknown-extension = `-o { $file }`: impact-brief no sabe qué escribir con esa extensión; termine el nombre en .md, .pdf, .html, .docx (Word) o .json, o indique el formato con -f
ui-output-extension-disagrees = `-o` indica un archivo .{ $extension } pero se pidió `-f { $format }`; haga que coincidan
ui-output-toml = `-o { $file }`: un informe no se escribe con .toml, la extensión de las evaluaciones, que check, batch y serve leerían como una; termine el nombre en .md, .pdf, .html, .docx o .json
ui-init-exists = { $file } ya existe; init nunca sobrescribe un archivo
ui-init-exists-help = elija otro nombre, o continúelo con `{ $command }`
ui-init-cannot-create = no se puede crear { $file }
ui-batch-cannot-read = no se puede leer: { $reason }
ui-batch-output-link = { $path }, en la carpeta de salida, es un enlace: no se escribe ningún informe a través de él, ya que puede llevar fuera de la carpeta de salida; elimine el enlace o indique otro -o
ui-batch-skipped-fail-fast = omitido tras un fallo anterior (--fail-fast)
ui-batch-skipped-stopped = no generado: la ejecución se detuvo antes (Ctrl-C o SIGTERM)
ui-batch-stopped = detenido: { $done } de { $total } entradas procesadas, { $left } sin empezar; el índice ({ $index }) las enumera; vuelva a ejecutar el mismo lote para generar el resto
ui-batch-stopped-at-once = detenido de inmediato: cada archivo ya escrito está completo, pero los informes en curso pueden tener algunos formatos nuevos y otros aún sin escribir, y el índice no se escribió (si hay un índice, es de una ejecución anterior); vuelva a ejecutar el lote para actualizarlos
ui-batch-link-loop = warning: { $link } es un enlace que lleva de vuelta a { $folder }, una carpeta superior: no se sigue, y lo que hay bajo él se lee una vez, por su propia ruta
ui-batch-format-failed = el informe { $format } no se escribió: { $error }
ui-batch-panel-format-failed = el informe de panel { $format } no se escribió: { $error }
ui-batch-panel-member-failed = el informe de panel no se escribió: no se pudo leer { $file }, que puede ser uno de sus miembros; corríjalo y vuelva a ejecutar
ui-batch-worker-stopped = error interno: el proceso que lo generaba se detuvo; es un fallo, por favor infórmelo
ui-batch-internal-error = error interno al generarlo ({ $what }); es un fallo, por favor infórmelo
ui-batch-outputs-removed = nota: se eliminaron las salidas de una ejecución anterior, ya que esta ejecución no pudo actualizarlas: { $files }
ui-batch-outputs-kept = nota: se conservan, por ser de su propietario (de solo lectura, o una copia de Word guardada después), aunque esta ejecución no pudo actualizarlas: { $files }
ui-batch-index-clash = sus salidas reemplazarían el índice del lote ({ $index }.md, .csv, .json); cambie el nombre del archivo
ui-batch-same-names = sus salidas tendrían los mismos nombres que las de { $file }; cambie el nombre de uno de los dos archivos

## clap's mistakes of the command line, said in the user's language. $arguments, $flag and
## $values are as the command line writes them (`<FILE>`, `--format <FORMAT>`, `md, pdf`).
ui-usage-missing = faltan argumentos obligatorios: { $arguments }
ui-usage-invalid-value = valor «{ $value }» no válido para «{ $flag }»
ui-usage-possible-values = valores posibles: { $values }
ui-usage-did-you-mean = ¿quiso decir «{ $suggested }»? Valores posibles: { $values }
ui-usage-unknown-argument = argumento inesperado «{ $argument }»
ui-usage-similar-argument = existe un argumento parecido: «{ $suggested }»
ui-usage-unknown-command = comando desconocido «{ $command }»
ui-usage-similar-command = existe un comando parecido: «{ $suggested }»
ui-usage-value-needed = «{ $flag }» necesita un valor, y no se dio ninguno
ui-usage-version-no-command = --version no admite ningún comando (`impact-brief version` muestra lo mismo que --version --verbose)
ui-usage-command-needed = se necesita un comando, por ejemplo `impact-brief wizard`; `impact-brief --help` los enumera todos
ui-usage-usage = Uso:
ui-help-commands = Comandos:
ui-help-arguments = Argumentos:
ui-help-options = Opciones:
ui-help-default = por defecto:
ui-help-help = Mostrar la ayuda
ui-help-help-more = Mostrar la ayuda (más detalles con '--help')
ui-help-help-summary = Mostrar la ayuda (un resumen con '-h')
ui-help-help-command = Mostrar este mensaje, o la ayuda del comando indicado
ui-help-possible-values = Valores posibles:
ui-help-possible-values-line = [valores posibles: { $values }]
