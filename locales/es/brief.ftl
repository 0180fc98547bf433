# La nota de una evaluación: títulos, encabezados de columna y frases que escribe.
# Los mensajes sin variables ("brief-<nombre>") llegan a cada formato como `labels.<nombre>`;
# los mensajes "brief-text-*" son frases que la vista escribe con números y nombres.

## Títulos y etiquetas

brief-title = Policy Impact Brief
# The language the title above is written in (a code: en, fr, es, pt): the English name is kept.
brief-title-lang = en
brief-subtitle = Informe de impacto en Internet
brief-jurisdiction = Jurisdicción
brief-reference = Referencia
brief-kind = Tipo
brief-stage = Etapa
brief-introduced = Presentada
brief-link-text = Texto
brief-assessors = Evaluadores
brief-stakeholder-group = Grupo de partes interesadas
brief-date = Fecha
brief-status = Estado
brief-rubrics = Rúbricas
brief-summary = Resumen
brief-overall-rating = Calificación general
brief-effect-score = puntuación del efecto, sobre 100
brief-provisional = Provisional.
brief-main-concerns = Principales preocupaciones
brief-points-to-watch = Puntos a vigilar
brief-strengths = Fortalezas
brief-not-affected = Examinadas, sin efecto constatado
brief-screened-out = Descartadas en el cribado
brief-next-steps = Próximos pasos
brief-no-finding = ningún hallazgo registrado
brief-red-flag = señal de alerta
brief-no-score = sin puntuación
brief-own-advice = recomendación de los evaluadores
brief-scorecard = Cuadro de resultados
brief-chart-title = Puntuaciones sobre 100 por rúbrica
brief-rubric = Rúbrica
brief-effect = Efecto
brief-process = Proceso
brief-score = Puntuación
brief-points = Puntos
brief-rating = Calificación
brief-coverage = Cobertura
brief-red-flags = Señales de alerta
brief-overall = General
brief-the-proposal = La propuesta
brief-context = Contexto
brief-findings = Hallazgos
brief-finding = Hallazgo:
brief-provisions = Disposiciones:
brief-position = Posición en la escala:
brief-mechanisms-found = Mecanismos encontrados:
brief-evidence = Evidencia:
brief-consultation = Cómo se reflejaron las opiniones
brief-consultation-intro = Cómo se reflejaron en el resultado las opiniones presentadas en la consulta, según su registro de contribuciones. La metodología define cada indicador.
brief-indicators = Indicadores
brief-indicator = Indicador
brief-value = Valor
brief-what-it-counts = Qué mide
brief-uptake-by-group = Acogida por grupo de partes interesadas
brief-uptake-chart-title = Acogida por grupo de partes interesadas: contribuciones aceptadas más la mitad de las aceptadas parcialmente, en porcentaje de las contribuciones del grupo
brief-group = Grupo
brief-submissions = Contribuciones
brief-accepted = Aceptadas
brief-partially-accepted = Aceptadas parcialmente
brief-uptake = Acogida
brief-participation-by-group = Participación por grupo
brief-share = Proporción
brief-unreasoned = Descartadas sin un motivo legítimo
brief-ledger-and-questions = El registro y las preguntas de proceso
brief-recommendations = Recomendaciones
brief-open-questions = Preguntas abiertas
brief-methodology = Metodología
brief-version = Versión
brief-weight = Peso
brief-questions = Preguntas
brief-scoring = Puntuación
brief-consultation-indicators = Indicadores de la consulta
brief-coverage-map = Qué cubren las preguntas de efecto
brief-property-or-enabler = Propiedad esencial o facilitador
brief-none = ninguna
brief-rating-bands = Franjas de calificación
brief-sources = Fuentes de las rúbricas
brief-opened = Apertura
brief-closed = Cierre
brief-channels = Canales
brief-published-response = Respuesta publicada
brief-response-coverage = Cobertura de respuestas
brief-reasoned-rejections = Rechazos motivados
brief-uptake-gap = Brecha de acogida
brief-consultation-length = Duración de la consulta
brief-response-time = Plazo hasta la respuesta publicada

## Frases

brief-text-generated-by = Generado por { $generator }.
brief-text-no-proposal-text = No se proporcionó ningún resumen ni contexto.
brief-text-no-recommendation = Ninguna respuesta exige un cambio: cada respuesta está en el nivel que su pregunta considera aceptable o por encima de él.
brief-text-no-open-question = Todas las preguntas aplicables tienen respuesta.
brief-text-score-of-100 = (puntuación de { $score } sobre 100)
brief-text-coverage = cobertura { $coverage }
brief-text-count-of = { $count } de { $total }
brief-text-level = nivel { $level }
brief-text-points = { $points } puntos
brief-text-flag = { $severe ->
    [yes] Señal de alerta (grave)
   *[no] Señal de alerta
}
brief-text-question-flag = { $severe ->
    [yes] señal de alerta (grave)
   *[no] señal de alerta
}
brief-text-mechanism-harm = { $flag ->
    [flag] daño, señal de alerta
    [severe] daño, señal de alerta grave
   *[none] daño
}
brief-text-mechanism-safeguard = salvaguarda
brief-text-safeguards = Salvaguardas: { $safeguards }.
brief-text-dimension-effect = efecto
brief-text-dimension-process = proceso
brief-text-recommendation-meta = nivel { $level }, { $dimension }, prioridad { $priority }
brief-text-rubric-line = Puntuación { $score } ({ $points } puntos), cobertura { $coverage }.
brief-text-dimension-line = { $dimension }: { $verdict } ({ $score }).
brief-text-more-concerns = { $count ->
    [one] Y 1 preocupación más: véanse los hallazgos.
   *[other] Y { $count } preocupaciones más: véanse los hallazgos.
}
brief-text-not-asked = Pregunta no formulada: solo se aplica cuando la respuesta sobre «{ $topic }» está en el nivel { $level } o superior.
brief-text-capped = calificación limitada a «{ $ceiling }» por { $count ->
    [one] una señal de alerta
   *[other] { $count } señales de alerta
} (la puntuación por sí sola daría «{ $band }»)
brief-text-scorecard-note = { $whose }, { $dimension }: { $note }.
brief-text-scorecard-held = { $rubric }: calificación «{ $rating }», fijada por su { $dimension } («{ $verdict }»), la peor de sus dos dimensiones; su puntuación sola daría «{ $band }».
brief-text-robust-unjudged = Robustez: no evaluada, ya que el efecto aún no tiene calificación.
brief-text-robust = Calificación robusta: ninguna respuesta desplazada un solo nivel cambiaría la calificación del efecto.
brief-text-borderline = En el límite: si la respuesta sobre «{ $topic }» estuviera en el nivel { $to_level } en lugar del { $level }, el efecto se calificaría como «{ $rating }».
brief-text-borderline-more = { $count ->
    [one] Otro cambio aislado también cambiaría esa calificación: { $changes }.
   *[other] Otros { $count } cambios aislados también cambiarían esa calificación: { $changes }.
}
brief-text-borderline-other = «{ $topic }» ({ $level } → { $to_level })
brief-text-screening = { $areas ->
    [one] { $examined } de { $areas } ámbito de efecto examinado a fondo
   *[other] { $examined } de { $areas } ámbitos de efecto examinados a fondo
}
brief-text-screening-not-affected = ({ $count ->
    [one] { $count } de ellos no afectado
   *[other] { $count } de ellos no afectados
})
brief-text-screening-screened-out = { $count ->
    [one] { $count } descartado en el cribado
   *[other] { $count } descartados en el cribado
}
brief-text-screening-open = { $count ->
    [one] { $count } aún abierto
   *[other] { $count } aún abiertos
}
brief-text-provisional = { $count ->
    [one] Actualizada desde las rúbricas { $edition }.x: { $count } pregunta aún no tiene respuesta, por lo que la calificación del efecto es provisional.
   *[other] Actualizada desde las rúbricas { $edition }.x: { $count } preguntas aún no tienen respuesta, por lo que la calificación del efecto es provisional.
}

## El párrafo de resumen

brief-text-unjudged = Todavía no se ha respondido ninguna pregunta, por lo que la propuesta no tiene puntuación.
brief-text-overall-held = En general, la propuesta se califica como «{ $rating }» porque su efecto en Internet se califica como «{ $effect }»; su proceso, «{ $process }», no puede elevar esa calificación.
brief-text-overall-held-by-process = En general, la propuesta se califica como «{ $rating }» porque el proceso que la produjo se califica como «{ $process }», aunque su efecto en Internet se califica como «{ $effect }»: la peor de las dos calificaciones fija la calificación general.
brief-text-overall-effect-alone = En general, la propuesta se califica como «{ $rating }» solo por su efecto en Internet, calificado como «{ $effect }»: no se respondieron suficientes preguntas sobre la elaboración de la propuesta para poder calificar el proceso.
brief-text-overall-process-in-part = En general, la propuesta se califica como «{ $rating }» porque el proceso que la produjo se califica como «{ $process }» donde pudo calificarse ({ $rubrics }), aunque su efecto en Internet se califica como «{ $effect }»: se respondieron demasiado pocas preguntas sobre cómo se preparó para calificar el proceso en su conjunto.
brief-text-assessors-lead = Los evaluadores optaron por poner «{ $topic }» ({ $rubric }) en primer lugar, antes del orden que daría la metodología.
brief-text-next-steps-withdrawn = La medida fue retirada: estos pasos buscan impedir que vuelva, o que se presente otra semejante.
brief-text-next-steps-practice-ended = La práctica terminó: estos pasos buscan impedir que vuelva, o que se adopte otra semejante.
brief-text-next-steps-withdrawn-protective = La medida fue retirada, aunque este informe la considera protectora ({ $areas }): abogar por que vuelva, o por que se presente otra semejante.
brief-text-next-steps-rejected = La medida fue rechazada: estos pasos valen para cualquier medida semejante que se vuelva a proponer.
brief-text-next-steps-rejected-protective = La medida fue rechazada, aunque este informe la considera protectora ({ $areas }): abogar por que vuelva a proponerse, o por que se proponga otra semejante.
brief-text-next-steps-keep = Mantener lo que este informe considera protector ({ $areas }), y defenderlo durante { $later }.
brief-text-next-steps-for-operator = Al tratarse de una práctica propia de una red, cada paso corresponde al operador, que puede adoptarlo como política propia, y a los reguladores, que pueden exigirlo en su defecto.
brief-text-next-steps-for-request = Al tratarse de una solicitud, cada paso corresponde a sus autores, que pueden asumirlo, y a los miembros del órgano que debe pronunciarse sobre ella, que pueden exigirlo y rechazar la solicitud si no se da.
brief-text-next-steps-for-endorsers = Al tratarse de un texto no vinculante, cada paso corresponde a quienes lo suscriben, que pueden aplicarlo en sus propias leyes y prácticas.
brief-text-overall-score = En el conjunto de las preguntas, la propuesta obtiene una puntuación de { $score } sobre 100, sobre la base del { $coverage } de las preguntas aplicables (por peso).
brief-text-strength-lead = La calificación «{ $rating }» del efecto se basa ante todo en este hallazgo ({ $area }): «{ $finding }».
brief-text-strength-lead-among = La calificación «{ $rating }» del efecto se basa en { $count } hallazgos de igual fuerza, entre ellos este ({ $area }): «{ $finding }».
brief-text-overall-no-score = Ninguna pregunta se respondió con un nivel, sobre la base del { $coverage } de las preguntas aplicables (por peso).
brief-text-flags-cap = { $count ->
    [one] Una señal de alerta sobre { $area } limita su calificación a «{ $ceiling }» (la puntuación sola daría «{ $band }»).
   *[other] { $count } señales de alerta sobre { $area } limitan su calificación a «{ $ceiling }» (la puntuación sola daría «{ $band }»).
}
brief-text-flags-held = { $count ->
    [one] Una señal de alerta sobre { $area } limita su calificación a «{ $ceiling }», donde también la sitúa la puntuación por sí sola.
   *[other] { $count } señales de alerta sobre { $area } limitan su calificación a «{ $ceiling }», donde también la sitúa la puntuación por sí sola.
}
brief-text-flags-below = { $count ->
    [one] Una señal de alerta sobre { $area } limitaría su calificación a «{ $ceiling }»; la puntuación por sí sola la sitúa más abajo, en «{ $band }».
   *[other] { $count } señales de alerta sobre { $area } limitarían su calificación a «{ $ceiling }»; la puntuación por sí sola la sitúa más abajo, en «{ $band }».
}
brief-text-flags-decide = { $count ->
    [one] Una señal de alerta sobre { $area } basta para calificarlo como «{ $ceiling }», aunque se respondieron demasiado pocas preguntas para que cuente su puntuación: ninguna respuesta aún abierta podría cambiar esa calificación.
   *[other] { $count } señales de alerta sobre { $area } bastan para calificarlo como «{ $ceiling }», aunque se respondieron demasiado pocas preguntas para que cuente su puntuación: ninguna respuesta aún abierta podría cambiar esa calificación.
}
brief-text-flags = { $count ->
    [one] Una señal de alerta sobre { $area }.
   *[other] { $count } señales de alerta sobre { $area }.
}
brief-text-area-effect = el efecto
brief-text-area-process = el proceso
brief-text-too-few = Se respondieron demasiado pocas preguntas para una calificación firme.
brief-text-still-open = { $count ->
    [one] Una pregunta sigue abierta.
   *[other] { $count } preguntas siguen abiertas.
}

## Metodología

brief-text-intro = Este informe sigue el Kit de herramientas para la evaluación del impacto de Internet de la Internet Society y los principios de múltiples partes interesadas de la gobernanza de Internet. Juzga la propuesta según { $rubrics }, tanto el proceso que la produjo como su efecto en Internet, y emite un veredicto sobre cada uno. Cada rúbrica formula un conjunto fijo de preguntas; para cada una, los evaluadores eligieron el nivel que mejor describe la propuesta y expusieron sus razones y su evidencia.
brief-text-and = { $first } y { $last }
brief-text-band-at-least = puntuación ≥ { $lowest }
brief-text-band-below = puntuación inferior a 40
brief-text-band-no-effect = solo el efecto, cuando todas las preguntas de efecto aplicables se consideraron no afectadas o se descartaron en el cribado, y ninguna sigue abierta
brief-text-band-insufficient = cobertura inferior a { $coverage }
brief-text-rule-dimensions = Cada pregunta juzga una de dos dimensiones: el efecto de la propuesta en Internet (las propiedades esenciales y los facilitadores del Modo Internet de Interconectarse de la Internet Society) o el proceso que la produjo (según NETmundial, las Directrices de São Paulo para procesos de múltiples partes interesadas y los indicadores de participación de las partes interesadas de la OCDE).
brief-text-rule-levels = Para cada pregunta, los evaluadores eligieron el nivel que mejor describe la propuesta, escribieron con sus propias palabras lo que encontraron, citaron las disposiciones en que se basa y, en las preguntas de efecto, marcaron los mecanismos que utiliza la propuesta en la lista de daños y salvaguardas de la rúbrica. Los textos de los niveles son posiciones en una escala, no hallazgos.
brief-text-rule-points = Cada pregunta respondida obtiene peso × nivel puntos sobre peso × nivel máximo.
brief-text-rule-score = Una puntuación es 100 × puntos ÷ puntos posibles sobre las preguntas respondidas con un nivel; sin ninguna, no hay puntuación. Se calcula para cada rúbrica, para cada dimensión de cada rúbrica y para cada dimensión sobre todas las rúbricas, donde cada pregunta cuenta con su peso multiplicado por el peso de su rúbrica.
brief-text-rule-not-affected = Una pregunta de efecto considerada no afectada, o descartada en el cribado, cuenta para la cobertura pero no para la puntuación, de modo que una medida se juzga por los daños que causa; nunca es una fortaleza ni recibe recomendación. Cuando todas las preguntas de efecto aplicables están no afectadas o descartadas en el cribado, y ninguna sigue abierta, el efecto se califica como «Ningún efecto constatado».
brief-text-rule-unknown = Las preguntas marcadas como desconocidas o sin respuesta cuentan como aplicables pero sin respuesta; las preguntas marcadas como no aplicables, o cuya condición no se cumple, quedan excluidas.
brief-text-rule-coverage = La cobertura es el peso de las preguntas respondidas, consideradas no afectadas o descartadas en el cribado ÷ el peso de las preguntas aplicables; por debajo de { $coverage }, la calificación es «Evidencia insuficiente», salvo que las señales de alerta la limiten a la banda más baja (una señal grave, o dos sobre el efecto), algo que ninguna respuesta aún abierta podría cambiar.
brief-text-rule-ratings = Las calificaciones del efecto llevan el nombre de lo que significan para Internet: Protector (puntuación ≥ 80), Riesgo bajo (≥ 60), Perjudicial (≥ 40) y Daño grave (inferior a 40). El proceso conserva Sólido, Adecuado, Débil y Preocupaciones graves para las mismas franjas.
brief-text-rule-flags = Las señales de alerta surgen de lo encontrado: una respuesta en el nivel de alerta de una pregunta o por debajo de él, o un daño marcado que genera una señal propia. Una salvaguarda marcada que contiene un daño reduce su señal en un grado. Una señal grave, o dos preguntas de efecto con señal, limitan el efecto a Daño grave; una señal lo limita a Perjudicial. En el proceso, una señal de alerta limita a Débil.
brief-text-rule-robustness = Como un nivel por sí solo genera como mucho una señal ordinaria, desplazar una respuesta un nivel nunca puede llevar un efecto Protector o de Riesgo bajo a Daño grave. Cada informe indica en la página 1 si alguna respuesta desplazada un solo nivel cambiaría la calificación del efecto, y cuál.
brief-text-rule-overall = La calificación general es la peor de las calificaciones del efecto y del proceso, de modo que un buen proceso no puede compensar un efecto perjudicial. Un proceso sin evidencia suficiente en su conjunto cuenta donde la tiene: el veredicto es entonces la peor entre la calificación del efecto y la peor calificación del proceso de una rúbrica; donde el proceso de ninguna rúbrica tiene evidencia suficiente, el veredicto queda en manos del efecto. Un efecto sin evidencia suficiente no deja veredicto. La calificación de una rúbrica sigue la misma regla sobre sus propias preguntas.
brief-text-rule-overall-score = La puntuación general es el promedio de las puntuaciones de las rúbricas ponderado por el peso de cada rúbrica, sobre las rúbricas que tienen puntuación; la cobertura general promedia la cobertura de cada rúbrica según su peso. La puntuación se muestra como referencia: la calificación sigue la regla anterior.
brief-text-rule-advice = Las recomendaciones sobre el efecto provienen solo de los daños que marcaron los evaluadores (la recomendación propia del daño, salvo que una salvaguarda marcada lo contenga) o de sus propias palabras; una respuesta por debajo de su nivel aceptable sin nada marcado no recibe ninguna. Las recomendaciones sobre el proceso siguen el nivel. Se da una recomendación cuando una respuesta está por debajo del nivel que su pregunta considera aceptable, o genera una señal de alerta; la recomendación propia de los evaluadores reemplaza la de la rúbrica. Primero van las señales de alerta graves, luego las demás señales y después el resto; dentro de cada grupo, el efecto antes que el proceso; entre las señales de alerta, lo que la medida le hace a la red antes que la sola rendición de cuentas de sus facultades (quién decide, si las órdenes son visibles, la claridad del texto); luego las respuestas más alejadas de su nivel máximo (a igual distancia, primero la red) y después por prioridad = peso × (nivel máximo − nivel) ÷ nivel máximo. Los evaluadores pueden elegir un hallazgo para ponerlo en primer lugar; la página 1 lo indica entonces.
brief-text-rule-rounding = Las puntuaciones se muestran redondeadas a números enteros, con los puntos brutos al lado, salvo cuando el redondeo llevaría una puntuación a la franja siguiente: 59,7 se muestra tal cual, pues 60 se leería como la franja superior. Juzgan una propuesta frente a las rúbricas; no son una clasificación entre países.

## Cómo se reflejaron las opiniones

brief-text-submissions = { $submissions } en el registro, { $considered } contadas en las proporciones (sin las retiradas)
brief-text-response-coverage = { $count } de { $total } { $total ->
        [1] contribución
       *[other] contribuciones
    } { $count ->
        [1] recibió
       *[other] recibieron
    } una respuesta publicada
brief-text-received = la consulta recibió { $received } respuestas en total, de modo que las proporciones de abajo describen estas { $considered }, no toda la consulta
brief-text-response-coverage-by-theme = { $count } de { $total } { $total ->
        [1] contribución
       *[other] contribuciones
    } { $count ->
        [1] recibió
       *[other] recibieron
    } una respuesta por temas; ninguna recibió una respuesta propia
brief-text-reasoned-rejections = { $count } de { $total } { $total ->
        [1] contribución rechazada, declarada fuera de alcance o aceptada solo en parte
       *[other] contribuciones rechazadas, declaradas fuera de alcance o aceptadas solo en parte
    } { $count ->
        [1] recibió
       *[other] recibieron
    } un motivo legítimo
brief-text-gap-between = entre { $best } (el mejor atendido) y { $worst } (el peor atendido)
brief-text-gap-none = menos de dos grupos que comparar
brief-text-length = del { $opened } al { $closed }; las directrices de Mejora de la Legislación de la UE piden al menos { $weeks } semanas: { $met ->
    [yes] requisito cumplido
   *[no] requisito no cumplido
}
brief-text-length-unknown = fecha de apertura o de cierre no indicada
brief-text-response-time = { $from ->
    [consultation] del cierre al { $date } (la respuesta publicada); los Principios de Consulta del Reino Unido piden como máximo { $weeks } semanas ({ $days } días): { $met ->
        [yes] requisito cumplido
       *[no] requisito no cumplido
    }
   *[submissions] del cierre al { $date } (la última respuesta a una contribución); los Principios de Consulta del Reino Unido piden como máximo { $weeks } semanas ({ $days } días): { $met ->
        [yes] requisito cumplido
       *[no] requisito no cumplido
    }
}
brief-text-response-time-unknown = fecha de cierre o de respuesta no indicada
brief-text-weeks = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}
brief-text-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
brief-text-percentage-points = { $points ->
    [one] { $points } punto porcentual
   *[other] { $points } puntos porcentuales
}
brief-text-uptake-gap = La brecha entre el grupo mejor atendido ({ $best }) y el peor atendido ({ $worst }) es de { $gap }.
brief-text-uptake-small-groups = { $count ->
    [one] La cifra de { $groups } se basa
   *[other] Las cifras de { $groups } se basan
} en menos de { $few } contribuciones, muy pocas para comparar con seguridad; entre los grupos con al menos { $few }, la brecha es de { $gap }, entre { $best } ({ $best_uptake }) y { $worst } ({ $worst_uptake }).
brief-text-uptake-small-groups-only = { $count ->
    [one] La cifra de { $groups } se basa
   *[other] Las cifras de { $groups } se basan
} en menos de { $few } contribuciones, muy pocas para comparar con seguridad.
brief-text-uptake-no-gap = No hay brecha que medir: menos de dos grupos (sin contar el desconocido) tienen contribuciones contadas.
brief-text-uptake-none = No se cuenta ninguna contribución, por lo que ningún grupo tiene acogida.
brief-text-absent-groups = Grupos que no enviaron ninguna contribución: { $groups }.
brief-text-no-absent-group = Todos los grupos de partes interesadas, y también particulares, enviaron contribuciones.
brief-text-rejection-who = { $submitter } ({ $group })
brief-text-rejection-provision = , sobre { $provision }
brief-text-rejection-merged = { $outcome } con { $merged_into }, a la que se incorporó
brief-text-rejection-reason = { $recorded ->
    [yes] sin motivo indicado
    [elsewhere] se dice tratada en otro lugar, sin indicar dónde
   *[no] sin motivo registrado
}
brief-text-anonymous = anónima
brief-text-rejections-more = Y { $count } más; el informe en JSON (-f json) las enumera todas.
brief-text-rejections-all-reasoned = Cada contribución rechazada, declarada fuera de alcance o aceptada solo en parte recibió un motivo legítimo.
brief-text-rejections-none = Ninguna contribución fue rechazada, declarada fuera de alcance ni aceptada solo en parte.
brief-text-suggestion = el registro apunta al nivel { $level } ({ $because }). { $chosen ->
    [none] No se eligió ningún nivel.
    [same] Los evaluadores eligieron el nivel { $level }, como sugiere el registro.
   *[other] Los evaluadores eligieron el nivel { $chosen_level }, apartándose del registro; su hallazgo sobre esta pregunta expone sus razones.
}
brief-text-because-feedback = { $count } de { $total } { $total ->
        [1] contribución
       *[other] contribuciones
    } { $count ->
        [1] recibió
       *[other] recibieron
    } respuesta y { $reasoned } de { $rejections } { $rejections ->
        [1] rechazo
       *[other] rechazos
    } { $reasoned ->
        [1] dio
       *[other] dieron
    } un motivo legítimo
brief-text-because-feedback-days = { $count } de { $total } { $total ->
        [1] contribución
       *[other] contribuciones
    } { $count ->
        [1] recibió
       *[other] recibieron
    } respuesta y { $reasoned } de { $rejections } { $rejections ->
        [1] rechazo
       *[other] rechazos
    } { $reasoned ->
        [1] dio
       *[other] dieron
    } un motivo legítimo; la respuesta llegó { $days } { $days ->
        [1] día
       *[other] días
    } después del cierre
brief-text-because-balance = la acogida difiere en { $gap } entre el grupo mejor atendido, { $best }, y el peor atendido, { $worst }
brief-text-consultation-rule-outcome = El resultado de una contribución es su tratamiento o, para una contribución incorporada a otra, el resultado de esta; las contribuciones retiradas quedan fuera de todas las proporciones.
brief-text-consultation-rule-coverage = La cobertura de respuestas es la proporción de contribuciones cuyo resultado es una respuesta publicada: cualquiera salvo «sin respuesta» (un aplazamiento o una declaración de fuera de alcance es una respuesta).
brief-text-consultation-rule-reasoned = Los rechazos motivados son la proporción de contribuciones rechazadas, declaradas fuera de alcance o aceptadas solo en parte (lo no acogido también requiere un motivo) que recibieron un motivo legítimo: impedimento jurídico, fuera del mandato, inviabilidad técnica, costo desproporcionado, evidencia insuficiente, tratado en otro lugar (contado solo si el registro nombra la disposición que lo trata), contrario al objetivo declarado, o superado por otras aportaciones.
brief-text-consultation-rule-uptake = La acogida de un grupo son sus contribuciones aceptadas más la mitad de las aceptadas parcialmente, sobre todas sus contribuciones; la brecha de acogida es la acogida del grupo mejor atendido menos la del peor atendido, sin contar a quienes presentaron contribuciones sin grupo conocido.
brief-text-consultation-rule-participation = La participación cuenta cada contribución según el grupo de quien la presentó, incluidas las retiradas y las incorporadas, y nombra los grupos de partes interesadas (y los particulares) que no enviaron ninguna.
brief-text-consultation-rule-timeliness = La puntualidad compara la duración de la consulta, de la apertura al cierre, con las { $weeks } semanas como mínimo que piden las directrices de Mejora de la Legislación de la UE, y cuenta los días desde el cierre hasta la respuesta publicada (la fecha de respuesta de la consulta o, en su defecto, la última respuesta a una contribución), que los Principios de Consulta del Reino Unido (2018) piden que sean como máximo { $days } ({ $weeks } semanas).

## After a recommendation, the concerns of other questions whose answers name it for their advice
## (`advice_under`): each is $question, "Inclusiveness: Staying connected to the global Internet",
## with its $level, "level 1 of 4"; $questions joins them with the language's semicolon.
brief-text-also-answers-one = { $question } ({ $level })
brief-text-also-answers = { $count ->
    [one] También responde a la preocupación señalada en { $questions }.
   *[other] También responde a las preocupaciones señaladas en { $questions }.
}

