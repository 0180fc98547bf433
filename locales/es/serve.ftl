# The assessment in a browser (impact-brief serve).

## Every page
serve-skip = Ir al contenido
serve-nav-main = Navegación principal
serve-nav-all = Todas las evaluaciones
serve-nav-assessment = Propuesta y preguntas
serve-nav-scorecard = Cuadro de resultados e informe
serve-nav-ledger = Registro de la consulta
serve-nav-language = Idioma
serve-footer = impact-brief funciona únicamente en este equipo: sus respuestas se guardan en archivos de su carpeta y no se envían a ningún otro lugar.
serve-saved = Guardado.

## Answers that are not pages
serve-error-not-found = No se encontró la página.
serve-error-host = Acceso denegado: este servidor solo responde en su dirección local de bucle invertido.
serve-error-forbidden = Acceso denegado.
serve-error-link-used = Acceso denegado: este enlace ya se ha utilizado, o no es el que mostró impact-brief. Detenga `impact-brief serve` e inícielo de nuevo para obtener un enlace nuevo.
serve-error-no-session = Acceso denegado: abra el enlace que `impact-brief serve` mostró en la terminal.
serve-error-origin = Acceso denegado: este formulario no se envió desde una página de impact-brief.
serve-error-too-large = El formulario es demasiado grande.
serve-error-too-long = El texto de «{ $field }» tiene { $count } caracteres; un informe admite como máximo { $limit }. Acórtelo y ponga el texto completo en un documento citado como fuente.
serve-error-unreadable = No se pudo leer el formulario.
serve-error-method = Método no permitido.
serve-error-busy = Demasiadas conexiones a la vez: inténtelo de nuevo en un momento.
serve-required = (obligatorio)
serve-error-title = No guardado:
serve-error-head-too-long = La dirección y los encabezados de la solicitud son demasiado largos para este servidor (más de 64 KB): vuelva a cargar la página o borre las cookies de este sitio.
serve-error-internal = Un error interno de impact-brief impidió mostrar esta página. Es un fallo: el terminal donde se ejecuta `impact-brief serve` indica qué ocurrió; por favor, infórmelo. El servidor sigue funcionando, y cada respuesta guardada antes está en su archivo.
serve-error-csrf = Acceso denegado: al formulario le falta su token de seguridad. Vuelva a cargar la página y envíelo de nuevo.
serve-error-upload = No se pudo leer el archivo enviado.
serve-error-page = No se pudo mostrar la página: { $error }

## The start page
serve-home-title = Evaluaciones
serve-home-heading = Evaluaciones de impacto
serve-home-intro = Evalúe un proyecto de ley según su efecto en una Internet abierta: responda a las preguntas, consulte los veredictos y descargue un informe para enviarlo.
serve-home-list = Evaluaciones de esta carpeta
serve-home-folder = Carpeta:
serve-home-empty = Esta carpeta todavía no contiene ninguna evaluación.
serve-home-progress-done = todas las preguntas tienen respuesta
serve-home-progress-left = { $count ->
    [one] queda { $count } de { $total } preguntas
   *[other] quedan { $count } de { $total } preguntas
}
serve-home-has-problems = tiene problemas: ábrala para verlos
serve-home-blank = vacía: empiécela con el formulario de abajo, con este nombre en su campo «Nombre del archivo»
serve-home-unserved = No se abren aquí
serve-home-unserved-name = { $file }: esta página solo abre nombres hechos de letras sin tildes, cifras, - y _. Cámbiele el nombre, por ejemplo a { $renamed }, y vuelva a cargar la página.
serve-home-unserved-link = { $file }: un enlace, que podría llevar fuera de esta carpeta. Copie aquí el propio archivo y vuelva a cargar la página.
serve-new-heading = Iniciar una nueva evaluación
serve-new-title = ¿Cómo se titula la propuesta?
serve-new-title-help = Su título oficial o habitual, por ejemplo, «Proyecto de ley de seguridad en línea».
serve-new-file = Nombre del archivo (opcional)
serve-new-file-help = Se guarda en la carpeta indicada arriba; si se deja vacío, se forma a partir del título, con la extensión .toml.
serve-new-file-rule = Solo letras de la A a la Z, cifras, «.», «_» y «-»: sin espacios ni tildes
serve-new-submit = Iniciar la evaluación
serve-new-error-title = Indique un título para la propuesta.
serve-new-error-name = Un nombre de archivo solo puede contener letras, cifras, puntos, guiones y guiones bajos (sin carpetas), y no debe empezar por un punto.
serve-new-error-name-long = Un nombre de archivo puede tener como máximo { $limit } caracteres, sin contar «.toml»; este tiene { $count }.
serve-new-error-name-reserved = El nombre de un archivo nuevo no puede empezar por un guion (una línea de órdenes lo leería como una opción) ni ser un nombre que Windows reserva para un dispositivo (CON, PRN, AUX, NUL, COM1 a COM9, LPT1 a LPT9).
serve-new-error-exists = { $file } ya existe: ábralo desde la lista o elija otro nombre.
serve-new-error-create = No se pudo crear { $file }: { $error }
serve-new-error-toml = Evaluación no creada

## Problems
serve-problem-back = Volver a todas las evaluaciones
serve-problem-cannot-open = No se puede abrir este archivo
serve-problem-fix = Corríjalo en un editor de texto (o ejecute `impact-brief check { $file }`) y vuelva a cargar esta página. El archivo no se modifica mientras tenga problemas.
serve-problem-blank = { $file } está vacío. Empiece en él una evaluación: en la página de inicio, indique su título y { $file } como nombre del archivo.
serve-problem-not-saved = No guardado
serve-problem-read-only = { $file } es de solo lectura, así que no se modifica. Hágalo modificable (en su gestor de archivos, o con chmod u+w) y vuelva a guardar: el botón Atrás de su navegador suele recuperar lo que escribió.
serve-problem-folder-read-only = No se puede escribir en la carpeta de esta evaluación, y cada guardado escribe allí una copia nueva del archivo. Detenga serve, haga la carpeta modificable (o copie la evaluación a una carpeta en la que pueda escribir y sirva esa) y vuelva a guardar: el botón Atrás de su navegador suele recuperar lo que escribió.
serve-problem-not-rendered = No se pudo generar el informe

## The assessment page
serve-assessment-file = Guardado en
serve-assessment-left = { $count ->
    [one] Queda { $count } pregunta.
   *[other] Quedan { $count } preguntas.
}
serve-assessment-all-answered = Todas las preguntas tienen respuesta.
serve-assessment-go-screening = Ir a la etapa de cribado
serve-assessment-continue = Continuar con la siguiente pregunta
serve-assessment-see-scorecard = Ver el cuadro de resultados y descargar el informe
serve-proposal-heading = La propuesta
serve-proposal-title = Título
serve-proposal-kind = ¿Qué tipo de medida es?
serve-proposal-kind-none = No indicado (el informe la llama ley)
serve-proposal-jurisdiction = Jurisdicción
serve-proposal-jurisdiction-help = El país o la región cuyo derecho sería; separe varios con «;».
serve-proposal-reference = Referencia oficial
serve-proposal-reference-help = Un número de proyecto de ley o una referencia de documento, por ejemplo, «Proyecto de ley 87».
serve-proposal-stage = ¿En qué etapa se encuentra?
serve-proposal-stage-none = No se sabe
serve-proposal-introduced = Fecha de presentación o publicación
serve-proposal-url = ¿Dónde se puede leer el texto?
serve-proposal-summary = Resumen: ¿qué hace la propuesta?
serve-proposal-summary-help = Unas pocas frases con sus propias palabras (se admite Markdown).
serve-proposal-context = Contexto: ¿por qué ahora y qué más deben saber los lectores?
serve-proposal-submit = Guardar la propuesta
serve-proposal-error-title = El título es obligatorio.
serve-proposal-error-date = { $field }: { $problem }
serve-proposal-error-choice = { $field }: elija una de las opciones de la lista.
serve-proposal-error-changed = La propuesta o los datos de los evaluadores cambiaron en el archivo desde que se abrió esta página (en otra pestaña o en un editor), en un campo que usted también cambió. No se guardó nada. La tabla muestra el valor del archivo junto al suyo; el formulario conserva el suyo, con los demás cambios del archivo incorporados. Para conservar el suyo, envíelo de nuevo.
serve-assessors-legend = Quién evalúa
serve-assessors-names = Su nombre y su organización
serve-assessors-names-help = Una persona por línea (una coma forma parte del nombre).
serve-assessors-group = ¿Qué grupo de partes interesadas representa?
serve-assessors-group-none = Prefiero no indicarlo
serve-assessors-drafter = Redactamos o propusimos este texto
serve-assessors-drafter-help = Un informe del panel lo indica junto a esta evaluación y muestra cuánto coinciden los demás miembros sin ella.
serve-assessors-final = Este informe es la versión definitiva
serve-assessors-final-help = Su primera página indica entonces «Versión definitiva» en lugar de «Versión provisional».
serve-assessors-date = Fecha de la evaluación
serve-assessors-language = Idioma del informe
serve-assessors-language-page = El idioma de estas páginas (no se escribe en el archivo)
serve-assessors-language-help = Un idioma elegido aquí se guarda en el archivo, y todos sus informes se redactan en ese idioma.
serve-screening-heading = Cribado: ¿qué áreas toca la propuesta?
serve-screening-intro = Marque cada área que la propuesta podría afectar. Las áreas marcadas reciben su pregunta completa; las demás se registran como «descartadas en el cribado» (no examinadas), lo que podrá cambiar más adelante en la página de su pregunta.
serve-screening-legend = Áreas que la propuesta podría afectar
serve-screening-confirm = { $count ->
    [one] Sí: la propuesta claramente no toca ninguna de estas áreas. Registrarla como descartada en el cribado, sin examinar.
   *[other] Sí: la propuesta claramente no toca ninguna de estas áreas. Registrar las { $count } como descartadas en el cribado, sin examinar.
}
serve-screening-submit = Guardar el cribado
serve-screening-error-none = No marcó ninguna área. Eso registra todas las áreas como descartadas en el cribado, sin examinar. Marque las áreas que la propuesta podría afectar, o confirme a continuación que no toca ninguna.
serve-screening-done-elsewhere = El cribado de esta evaluación ya se hizo, en otra pestaña o en el archivo, así que las áreas marcadas aquí no se guardaron. Para examinar un área descartada en el cribado, abra su pregunta en la lista de la evaluación y respóndala.
serve-questions-heading = Preguntas

## The list of questions
serve-row-condition = No se aplica (condición)
serve-row-level = Nivel { $level }
serve-row-open = Sin respuesta

## A question
serve-question-position = { $rubric }, pregunta { $number } de { $count }
serve-question-remaining = { $count ->
    [0] Preguntas
    [one] Preguntas (queda { $count })
   *[other] Preguntas (quedan { $count })
}
serve-question-guidance = Orientación
serve-question-answer = Su respuesta
serve-question-finding = ¿Qué hace la propuesta en este punto?
serve-question-finding-process = ¿Qué hicieron sus redactores en este punto?
serve-question-finding-help = Una frase con sus propias palabras, sobre esta propuesta: la primera página del informe la cita.
serve-question-lead = Poner este hallazgo en primer lugar en la página 1
serve-question-lead-help = Encabeza entonces su lista en la página 1, y su recomendación los próximos pasos; la página 1 indica que es su elección. Un solo hallazgo: marcarlo aquí desmarca cualquier otro.
serve-question-lead-ticked = En primer lugar en la página 1
serve-question-provisions = ¿Qué disposiciones?
serve-question-provisions-help = Las disposiciones en que se basa, una por línea o separadas por «;», por ejemplo, art. 5.2; art. 12.
serve-question-mechanisms = ¿Qué hace la propuesta? Marque cada mecanismo que contenga.
serve-question-mechanisms-help = Las recomendaciones del informe provienen solo de los daños que marque, y los puntos fuertes, de las salvaguardas.
serve-question-harms = Daños
serve-question-safeguards = Salvaguardas
serve-question-rationale = ¿Por qué esta respuesta?
serve-question-rationale-help = Lo que en el texto o en el proceso la respalda. Obligatorio para una señal de alerta. Se admite Markdown.
serve-question-evidence = Evidencia
serve-question-evidence-help = Disposiciones, documentos o enlaces, uno por línea.
serve-question-recommendation = Su propia recomendación (opcional)
serve-question-recommendation-help = Sustituye en el informe la recomendación de la rúbrica para esta pregunta.
serve-question-advice-under = Otra pregunta cuya recomendación también responde a esta (opcional)
serve-question-advice-under-none = Ninguna
serve-question-advice-under-help = Para una respuesta por debajo de su nivel aceptable que no marca ningún daño: el informe imprime una sola vez la recomendación de esa otra pregunta, bajo esa pregunta, y nombra allí también a esta.
serve-question-save-next = Guardar e ir a la siguiente pregunta
serve-question-save = Guardar
serve-question-condition = Esta pregunta solo se aplica cuando { $question } está en el nivel { $level } o superior, lo que ahora no ocurre: puede omitirla.
serve-autosave-unsaved = Aún no guardado: pulse Guardar para ver el motivo.
serve-autosave-offline = No guardado: ¿sigue en ejecución impact-brief?
serve-status-not-affected = No afectado: lo he comprobado, y la propuesta no toca este punto
serve-status-unknown = Todavía no lo sé
serve-status-not-applicable = No aplicable
serve-status-not-affected-short = No afectado
serve-status-screened-out = Descartado en el cribado (sin marcar en la etapa de cribado, no examinado)
serve-status-screened-out-short = Descartado en el cribado
serve-answer-error-changed = Esta respuesta cambió en el archivo desde que se abrió esta página (en otra pestaña o en un editor), en un campo que usted también cambió. No se guardó nada. La tabla muestra el valor del archivo junto al suyo; el formulario siguiente conserva el suyo, con los demás cambios del archivo incorporados. Para conservar el suyo, guarde de nuevo.
serve-answer-saved-now = Guardado ahora en el archivo:
serve-answer-saved-none = sin responder
serve-answer-error-level = Elija uno de los niveles.
serve-answer-error-choice = Elija un nivel, o una de las opciones que siguen a los niveles (como «Todavía no lo sé»).
serve-answer-error-advice-under = La pregunta indicada para su recomendación no está en la lista: elija una de la lista, o Ninguna.
serve-answer-error-red-flag = Esta respuesta genera una señal de alerta: explique el motivo en «¿Por qué esta respuesta?», con las disposiciones y las fuentes en que se basa, antes de guardarla.
serve-conflict-field = Campo
serve-conflict-saved = Ahora en el archivo
serve-conflict-typed = En su formulario
serve-conflict-outcome = Lo que contiene ahora el formulario
serve-conflict-both = Cambiado aquí y en el archivo: el formulario conserva su valor; al guardar de nuevo, sustituye al del archivo.
serve-conflict-taken = Cambiado solo en el archivo: el formulario contiene ahora el valor del archivo, que se conserva al guardar.
serve-conflict-empty = (vacío)
serve-conflict-ticked = marcado
serve-conflict-not-ticked = sin marcar
serve-conflict-mechanisms = Daños y salvaguardias marcados

## The scorecard
serve-scorecard-title = Cuadro de resultados
serve-scorecard-open = { $count ->
    [one] { $count } pregunta sigue abierta: los veredictos pueden cambiar.
   *[other] { $count } preguntas siguen abiertas: los veredictos pueden cambiar.
}
serve-scorecard-answer-next = Responder a la siguiente.
serve-scorecard-verdicts = Veredictos
serve-scorecard-figures = Puntuación { $score } · cobertura { $coverage }
serve-scorecard-figures-short = { $score }, cobertura { $coverage }
serve-scorecard-concerns = Principales preocupaciones
serve-scorecard-red-flag = Señal de alerta:
serve-scorecard-by-rubric = Por rúbrica
serve-scorecard-rubric = Rúbrica
serve-scorecard-red-flags = Señales de alerta
serve-download-heading = Descargar el informe
serve-download-intro = Generado ahora a partir de sus respuestas guardadas, en { $language ->
    [fr] francés
    [es] español
    [pt] portugués
   *[en] inglés
  }.
serve-download-pdf = (para publicar o enviar)
serve-download-docx = (para editar con comentarios)
serve-download-html = (una sola página web)
serve-download-md = (texto sin formato)

## The consultation ledger
serve-ledger-title = Registro de la consulta
serve-ledger-intro = Registre lo que recibió la consulta pública y lo que hicieron con ello los redactores; el informe indica entonces cómo se tuvieron en cuenta las opiniones.
serve-ledger-entries = Contribuciones ({ $count })
serve-ledger-in-csv = Las contribuciones se conservan en el archivo CSV situado junto al archivo de la evaluación:
serve-ledger-col-id = Identificador
serve-ledger-col-from = Remitente
serve-ledger-col-group = Grupo
serve-ledger-col-provision = Disposición
serve-ledger-col-asked = Solicitud
serve-ledger-col-done = Tratamiento
serve-ledger-none = Todavía no hay ninguna registrada.
serve-ledger-suggests = Lo que sugiere el registro
serve-ledger-dates = Fechas de la consulta
serve-ledger-opened = ¿Cuándo se abrió?
serve-ledger-closed = ¿Cuándo se cerró (último día en que se recibieron contribuciones)?
serve-ledger-responded = ¿Cuándo se publicó la respuesta a la consulta?
serve-ledger-dates-changed = Las fechas se cambiaron en otro lugar (en otra pestaña o en el archivo) desde que se abrió esta página, así que no se guardó nada. Las fechas que escribió están abajo: compárelas con las del archivo y vuelva a guardar.
serve-ledger-dates-submit = Guardar las fechas
serve-ledger-add = Añadir una contribución
serve-ledger-add-id = Identificador de la contribución
serve-ledger-add-submitter = ¿Quién la envió?
serve-ledger-add-submitter-help = Una persona o una organización; déjelo vacío para una contribución anónima.
serve-ledger-add-group = ¿A qué grupo pertenece el remitente?
serve-ledger-add-provision = ¿A qué disposición se refiere?
serve-ledger-add-asked = ¿Qué solicitaba?
serve-ledger-add-disposition = ¿Qué se hizo con ella?
serve-ledger-add-merged = Si se respondió junto con una contribución anterior: el identificador de esta
serve-ledger-add-reason = Si se rechazó: el motivo que dio la respuesta
serve-ledger-add-reason-empty = — no se indicó ninguno, o no se rechazó —
serve-ledger-add-choose = — elija —
serve-ledger-add-reason-text = El motivo en palabras de los redactores
serve-ledger-add-reflected-in = Dónde la recoge o la trata el texto (la disposición; «tratada en otro lugar» solo cuenta como motivo con ella)
serve-ledger-add-submit = Añadir la contribución
serve-ledger-import = Importar un archivo CSV
serve-ledger-import-intro = Una fila de encabezado con los nombres de las columnas (id, group y disposition son obligatorias), una contribución por fila. El archivo se comprueba y luego se guarda junto al archivo de la evaluación.
serve-ledger-import-file = Archivo CSV
serve-ledger-import-replace = Sustituir las contribuciones registradas en el archivo de la evaluación
serve-ledger-import-submit = Importar
serve-ledger-saved = Contribución { $id } guardada.
serve-ledger-error-csv = Las contribuciones se conservan en el archivo CSV { $file }, junto al archivo de la evaluación. Edítelas allí, o importe de nuevo el archivo editado.
serve-ledger-error-id = No se puede usar el identificador «{ $id }»: { $problem }. Elija otro.
serve-ledger-error-merged = Una contribución fusionada indica la contribución anterior con la que se respondió (su identificador).
serve-ledger-error-merged-unknown = Ninguna contribución del registro tiene el identificador «{ $id }»: indique la contribución anterior con la que se respondió a esta.
serve-ledger-error-closed-before-opened = La consulta no puede haberse cerrado ({ $closed }) antes de abrirse ({ $opened }). Revise ambas fechas.
serve-ledger-error-responded-before-closed = La respuesta ({ $responded }) no puede tener una fecha anterior al cierre de la consulta ({ $closed }). Revise ambas fechas.
serve-ledger-error-responded-before-opened = La respuesta ({ $responded }) no puede tener una fecha anterior a la apertura de la consulta ({ $opened }). Revise ambas fechas.
serve-ledger-error-no-file = Elija un archivo CSV para importar.
serve-ledger-error-import = No se importó nada: { $error }
serve-ledger-error-problems = No se importó nada: el archivo tiene problemas.
serve-ledger-error-inline = { $count ->
    [one] No se importó nada: el archivo de la evaluación ya contiene { $count } contribución propia. Marque «Sustituir las contribuciones» para sustituirla por las del archivo CSV (un registro está en el archivo de la evaluación o en un archivo CSV, no en ambos).
   *[other] No se importó nada: el archivo de la evaluación ya contiene { $count } contribuciones propias. Marque «Sustituir las contribuciones» para sustituirlas por las del archivo CSV (un registro está en el archivo de la evaluación o en un archivo CSV, no en ambos).
}
serve-ledger-error-copy = No se importó nada: no se puede copiar el archivo: { $error }
serve-ledger-imported = { $count ->
    [one] Se importó { $count } contribución de { $file }, guardado junto al archivo de la evaluación.
   *[other] Se importaron { $count } contribuciones de { $file }, guardado junto al archivo de la evaluación.
}

## The kinds of measure
serve-kind-law = Ley
serve-kind-regulation = Reglamento
serve-kind-decree = Decreto
serve-kind-treaty = Tratado
serve-kind-court-order = Orden judicial
serve-kind-request = Solicitud a un organismo mundial
serve-kind-private-network = Acción de una red privada
serve-kind-non-binding = Declaración o texto no vinculante

## The stages of a proposal
serve-stage-request = Solicitud
serve-stage-idea = Idea
serve-stage-draft = Borrador
serve-stage-consultation = En consulta
serve-stage-in-legislature = En el órgano legislativo
serve-stage-adopted = Aprobada
serve-stage-in-force = En vigor
serve-stage-withdrawn = Retirada
serve-stage-rejected = Rechazada

## The stakeholder groups, and the groups of a consultation's submitters
serve-group-government = Gobierno
serve-group-private-sector = Sector privado
serve-group-civil-society = Sociedad civil
serve-group-technical-community = Comunidad técnica
serve-group-academia = Comunidad académica
serve-group-intergovernmental = Organización intergubernamental
serve-group-individual = Particulares
serve-group-unknown = Desconocido

## What was done with a submission
serve-disposition-accepted = Aceptada
serve-disposition-partially-accepted = Aceptada parcialmente
serve-disposition-rejected = Rechazada
serve-disposition-out-of-scope = Fuera de alcance
serve-disposition-deferred = Aplazada
serve-disposition-not-answered = Sin respuesta
serve-disposition-withdrawn = Retirada
serve-disposition-merged = Fusionada con otra

## Why a submission was rejected
serve-reason-legally-precluded = Jurídicamente imposible
serve-reason-outside-mandate = Fuera del mandato
serve-reason-technically-infeasible = Técnicamente inviable
serve-reason-disproportionate-cost = Costo desproporcionado
serve-reason-insufficient-evidence = Evidencia insuficiente
serve-reason-addressed-elsewhere = Tratada en otro lugar
serve-reason-conflicts-with-objective = Contraria al objetivo declarado
serve-reason-outweighed-by-other-input = Prevalecieron otras contribuciones
serve-reason-none-given = No se indicó ninguno

## The scorecard's dimensions and verdicts
serve-dimension-effect = Efecto en Internet
serve-dimension-process = Proceso
serve-verdict-no-effect-found = Ningún efecto constatado
serve-verdict-insufficient-evidence = Evidencia insuficiente
serve-verdict-protective = Protector
serve-verdict-low-risk = Riesgo bajo
serve-verdict-harmful = Perjudicial
serve-verdict-serious-harm = Daño grave
serve-verdict-strong = Sólido
serve-verdict-adequate = Adecuado
serve-verdict-weak = Débil
serve-verdict-serious-concerns = Preocupaciones graves

## What `serve` says in the terminal.
serve-terminal-serving = Se sirven las evaluaciones de { $folder } en el puerto { $port } de este equipo solamente.
    Abra el enlace de arriba en su navegador si no se abre solo; el enlace solo funciona una vez.
    Pulse Ctrl-C para detener.
serve-terminal-stopped = Detenido. Cada respuesta dada está guardada en los archivos de { $folder }.
serve-terminal-no-browser = nota: no se pudo abrir un navegador ({ $error }); abra el enlace de arriba.
serve-terminal-no-desktop = nota: no hay escritorio donde abrir un navegador; abra el enlace de arriba.
serve-terminal-cannot-open = no se puede abrir { $folder }
serve-terminal-not-a-folder = { $folder } no es una carpeta: indique la carpeta cuyas evaluaciones servir
serve-terminal-cannot-listen = no se puede escuchar en 127.0.0.1:{ $port }
serve-terminal-cannot-listen-help = elija otro puerto con --port, u omita --port para tomar uno libre
