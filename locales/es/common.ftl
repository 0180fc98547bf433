# Palabras y formatos comunes a todos los documentos y a la interfaz.

## Fechas: «12 de mayo de 2021».
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Los dos puntos entre una etiqueta y lo que sigue («Calificación general: Débil»).
colon = { ":" }

## El punto y coma entre los miembros de una frase, con su espacio después.
semicolon = { "; " }

## El espacio de no separación entre los grupos de tres cifras de un número grande («5 000 000»);
## un número de cuatro cifras no se agrupa (RAE).
thousands-separator = { "\u00A0" }
thousands-from = 5

## Un porcentaje: «94 %», con un espacio de no separación antes del signo (Ortografía de la RAE).
percent = { $number }{"\u00A0"}%

## Las palabras comunes a todos los documentos. Los identificadores son las claves inglesas del
## formato de archivo y del JSON; solo las palabras cambian con el idioma.

## Niveles de calificación del proceso, de una rúbrica y de la propuesta en su conjunto.
rating-no-effect-found = Ningún efecto constatado
rating-strong = Sólido
rating-adequate = Adecuado
rating-weak = Débil
rating-serious-concerns = Preocupaciones graves
rating-insufficient-evidence = Evidencia insuficiente

## Los mismos niveles, tal como los nombra el efecto en Internet.
verdict-no-effect-found = Ningún efecto constatado
verdict-protective = Protector
verdict-low-risk = Riesgo bajo
verdict-harmful = Perjudicial
verdict-serious-harm = Daño grave
verdict-insufficient-evidence = Evidencia insuficiente

## Las dos dimensiones de una rúbrica.
dimension-effect = Efecto en Internet
dimension-process = Proceso
## Lo mismo, dentro de una frase («General, efecto en Internet: limitada a …»).
dimension-effect-in-sentence = efecto en Internet
dimension-process-in-sentence = proceso

## Qué fue de una pregunta.
status-answered = Respondida
status-unknown = Desconocido
status-unanswered = Sin respuesta
status-not-applicable = No aplicable
status-not-affected = No afectado
status-screened-out = Descartado en el cribado

## En qué punto está la evaluación.
review-draft = Versión provisional
review-final = Versión definitiva

## En qué punto está la propuesta.
stage-request = Solicitud
stage-idea = Idea
stage-draft = Borrador
stage-consultation = En consulta
stage-in-legislature = En el órgano legislativo
stage-adopted = Aprobada
stage-in-force = En vigor
stage-withdrawn = Retirada
stage-rejected = Rechazada

## Qué tipo de medida es la propuesta.
kind-law = Ley
kind-regulation = Reglamento
kind-decree = Decreto
kind-treaty = Tratado
kind-court-order = Orden judicial
kind-request = Solicitud a un organismo mundial
kind-private-network = Acción de una red privada
kind-non-binding = Declaración o texto no vinculante

## Cómo las recomendaciones nombran la medida, dentro de una frase.
measure-law = la ley
measure-regulation = el reglamento
measure-decree = el decreto
measure-treaty = el tratado
measure-court-order = la orden
measure-request = la solicitud
measure-private-network = la política de la red
measure-non-binding = la declaración
# The step that ends the measure, for a rubric's `{withdraw}`: by its kind and how far it has come.
withdraw = retirar { $measure }
withdraw-repeal = derogar { $measure }
withdraw-denounce = denunciar { $measure }
withdraw-do-not-adopt = no adoptar { $measure }
withdraw-do-not-bring-back = no volver a presentar { $measure }
# When a check the advice asks for is to be made ({timing}): before a measure applies, or
# now and at each review once it is adopted or in force.
timing-before = antes de que la medida se aplique
timing-now = desde ahora y en cada revisión
timing-now-practice = desde ahora y cada vez que cambie la política de la red
# The stages still to come of the measure, for a rubric's `{later}`: by its kind.
later-binding = la aplicación, la revisión y cualquier modificación posterior de la medida
later-request = el trabajo posterior del órgano que debe pronunciarse sobre la solicitud
later-non-binding = la redacción de todo texto de seguimiento y toda revisión de los compromisos de la declaración
later-private-network = cualquier cambio posterior de la política de la red

## Channels of a consultation, where the ledger names one by its id.
channel-portal = portal en línea
channel-written = contribuciones escritas
channel-meeting = reuniones
channel-hearing = audiencias
channel-survey = encuesta

## Los grupos de partes interesadas de la gobernanza de Internet, y quién más puede contribuir.
group-government = Gobiernos
group-private-sector = Sector privado
group-civil-society = Sociedad civil
group-technical-community = Comunidad técnica
group-academia = Comunidad académica
group-intergovernmental = Organizaciones intergubernamentales
group-individual = Particulares
group-unknown = Desconocido

## Qué se hizo con una contribución a una consulta.
disposition-accepted = Aceptada
disposition-partially-accepted = Aceptada en parte
disposition-rejected = Rechazada
disposition-out-of-scope = Fuera de alcance
disposition-deferred = Aplazada
disposition-not-answered = Sin respuesta
disposition-withdrawn = Retirada
disposition-merged = Fusionada con otra

## Por qué una contribución no se recogió (o no del todo).
reason-legally-precluded = Jurídicamente imposible
reason-outside-mandate = Fuera del mandato
reason-technically-infeasible = Técnicamente inviable
reason-disproportionate-cost = Costo desproporcionado
reason-insufficient-evidence = Evidencia insuficiente
reason-addressed-elsewhere = Tratada en otro lugar
reason-conflicts-with-objective = Contraria al objetivo declarado
reason-outweighed-by-other-input = Prevalecieron otras contribuciones
reason-none-given = No se dio ningún motivo

## Qué es un mecanismo, dentro de una frase.
mechanism-harm = daño
mechanism-safeguard = salvaguarda

## Señales de alerta.
flag-red-flag = Señal de alerta
flag-severe = grave
flag-severe-red-flag = Señal de alerta grave

## El mapa de la Internet Society: las propiedades esenciales del Modo Internet de
## Interconectarse y los facilitadores de una Internet abierta, conectada globalmente, segura y
## confiable.
iiat-kind-critical-property = Propiedad esencial
iiat-kind-enabler = Facilitador
iiat-accessible-infrastructure = Una infraestructura abierta y accesible con un protocolo común
iiat-open-architecture = Una arquitectura abierta de bloques de construcción interoperables y reutilizables
iiat-decentralised-management = Gestión descentralizada y enrutamiento distribuido
iiat-common-identifiers = Identificadores globales comunes
iiat-technology-neutral = Una red tecnológicamente neutra y de propósito general
iiat-easy-access = Acceso fácil y sin restricciones
iiat-unrestricted-use = Uso y despliegue sin restricciones de las tecnologías de Internet
iiat-collaborative-governance = Desarrollo, gestión y gobernanza colaborativos
iiat-unrestricted-reachability = Alcanzabilidad sin restricciones
iiat-available-capacity = Capacidad disponible
iiat-data-confidentiality = Confidencialidad de la información, los dispositivos y las aplicaciones
iiat-integrity = Integridad de la información, las aplicaciones y los servicios
iiat-reliability-resilience = Fiabilidad, resiliencia y disponibilidad
iiat-accountability = Rendición de cuentas
iiat-privacy = Privacidad

## Elementos de página: encabezado y pie de página, descripción del gráfico.
page-overall = General
# The Word documents' keywords property: the method the brief follows.
keywords-method = evaluación del impacto de Internet
page-number = Página { $page } de { $total }

## Guidance that points to another question names it as the reader knows it: its area (or, for a
## process question, its prompt) as $name, quoted, then where it is. $rubric is the rubric's title,
## $number the question's place in it, $id its full id in backticks (as a fill-in file heads it).
question-reference = «{ $name }» ({ $rubric }, pregunta { $number })
question-reference-by-id = «{ $name }» ({ $id })

## Why a new submission cannot take the id typed for it, after "Cannot use that id:" in the
## wizard and the browser.
submission-id-empty = está vacío
submission-id-taken = otra contribución ya lo tiene
