# El informe de cambios: qué cambió entre dos evaluaciones.

## Títulos, encabezados de columna y etiquetas breves (sin variables): las `labels` de la vista.
change-title = Informe de cambios
change-then = Antes
change-table-caption = Las dos evaluaciones lado a lado: la anterior (antes) y la nueva (ahora)
change-ratings-caption = Las calificaciones global, de efecto, de proceso y por rúbrica, antes y ahora, el cambio y el cambio de puntuación
change-now = Ahora
change-stage = Etapa
change-kind = Tipo de medida
change-introduced = Presentada
change-reference = Referencia
change-assessment-date = Fecha de la evaluación
change-assessed = Evaluada
change-assessors = Evaluadores
change-stakeholder-group = Grupo de partes interesadas
change-rubrics = Rúbricas
change-verdict = Veredicto
change-summary = Resumen
change-overall = General
change-rating = Calificación
change-change = Cambio
change-score-change = Cambio de puntuación
change-by-dimension = Por dimensión
change-by-rubric = Por rúbrica
change-key = ↑ mejor · ↓ peor · ↔ cambio sin dirección · = sin cambios
change-scores-note = Las puntuaciones son sobre 100; la columna Cambio compara las franjas de calificación, la última columna las puntuaciones. Al final se explica cómo se juzgan los cambios.
change-red-flags = Señales de alerta
change-resolved = Resueltas
change-introduced-flags = Nuevas
change-still-open = Aún abiertas
change-now-prefix = ahora
change-red-flag = señal de alerta
change-severe-red-flag = señal de alerta grave
change-what-changed = Qué cambió
change-unchanged-heading = Sin cambios
change-rewritten-heading = Misma respuesta, nuevo hallazgo
change-key-findings = Lo que constatan ahora los evaluadores
change-then-found = Hallazgo anterior
change-now-found = Hallazgo actual
change-recommendations = Recomendaciones
change-taken-up = Atendidas o ya innecesarias
change-new = Nuevas
change-answered-in-one = Respondidas en una sola evaluación
change-notes = Notas
change-how-judged = Cómo se juzgan los cambios
change-none = Ninguna.

## Hacia dónde se movió algo.
change-worse = peor
change-changed = cambió
change-better = mejor
change-unchanged = sin cambios

## Estados vacíos.
change-no-answer-changed = Ninguna respuesta cambió.
change-every-answer-changed = Todas las respuestas cambiaron.
change-none-taken-up = Ninguna de las recomendaciones de la evaluación anterior fue atendida ni dejó de ser necesaria.

## Frases con números y nombres.
change-overall-line = General: { $old } { $arrow } { $new } ({ $change }, puntuación { $old_score } → { $new_score }).
change-answer-line = { $change } ({ $dimension }): { $old } → { $new }
change-only-in-old = solo en la evaluación anterior ({ $answer })
change-only-in-new = solo en la evaluación nueva ({ $answer })
change-rewritten-note = { $count ->
    [one] Otra respuesta mantiene su nivel con un nuevo hallazgo (véase «Misma respuesta, nuevo hallazgo»).
   *[other] { $count } respuestas más mantienen su nivel con un nuevo hallazgo (véase «Misma respuesta, nuevo hallazgo»).
}
change-generated = Generado por { $generator } a partir de { $old } y { $new }.
change-upgraded-old = La evaluación anterior ({ $file }) se redactó para las rúbricas { $edition }.x; se actualizó en memoria a las preguntas actuales antes de la comparación, de modo que ambas se comparan en las preguntas que comparten.
change-upgraded-new = La evaluación nueva ({ $file }) se redactó para las rúbricas { $edition }.x; se actualizó en memoria a las preguntas actuales antes de la comparación, de modo que ambas se comparan en las preguntas que comparten.
change-summary-none = Sin cambios: cada respuesta, y por tanto cada calificación, es la misma en ambas evaluaciones.
change-summary-unchanged = En general, la calificación no cambia: { $rating }.
change-summary-moved = En general, la calificación pasó de { $old } a { $new }.
change-summary-better = En general, la propuesta mejoró: { $old } antes, { $new } ahora.
change-summary-worse = En general, la propuesta empeoró: { $old } antes, { $new } ahora.
change-summary-dimension = { $dimension }: { $old } antes, { $new } ahora
change-summary-flags = { $resolved ->
    [0] Ninguna señal de alerta resuelta
    [one] { $resolved } señal de alerta resuelta
   *[other] { $resolved } señales de alerta resueltas
  }, { $introduced ->
    [0] ninguna nueva
    [one] { $introduced } nueva
   *[other] { $introduced } nuevas
  }, { $open ->
    [0] ninguna aún abierta
    [one] { $open } aún abierta
   *[other] { $open } aún abiertas
  }.
change-summary-answers = { $count ->
    [one] { $count } respuesta cambió
   *[other] { $count } respuestas cambiaron
  }: { $better } a mejor, { $worse } a peor.
change-summary-one-side = { $count ->
    [one] Una pregunta solo tiene respuesta en una de las dos evaluaciones.
   *[other] { $count } preguntas solo tienen respuesta en una de las dos evaluaciones.
  }
change-summary-recommendations = { $asked ->
    [one] De la única recomendación formulada
   *[other] De las { $asked } recomendaciones formuladas
  } por la evaluación anterior, { $taken ->
    [one] { $taken } fue atendida o ya no es necesaria.
   *[other] { $taken } fueron atendidas o ya no son necesarias.
  }

## Cómo se juzgan los cambios, una frase cada una.
change-rule-same = Ambas evaluaciones se puntúan con la misma regla y las mismas rúbricas; este informe compara sus resultados pregunta por pregunta.
change-rule-answer = Una respuesta es mejor cuando su nivel subió y peor cuando bajó. «No afectado» vale lo mismo que una respuesta en el nivel aceptable de la pregunta; los demás cambios de estado (desconocido, no aplicable) son cambios sin dirección.
change-rule-rating = Una calificación es mejor cuando pasó a una franja mejor; un cambio hacia o desde «Evidencia insuficiente» no tiene dirección.
change-rule-flag = Una señal de alerta está resuelta cuando la nueva respuesta ya no la plantea, es nueva cuando solo la plantea la nueva, y sigue abierta cuando ambas la plantean.
change-rule-rewritten = Una respuesta cuyo nivel se mantuvo pero cuyo hallazgo reescribieron los evaluadores cuenta como sin cambios en las puntuaciones, y figura en «Misma respuesta, nuevo hallazgo» con ambos hallazgos, pues lo que hace el texto puede haber cambiado.
change-rule-recommendation = Una recomendación está atendida cuando la evaluación anterior la formulaba y la nueva, al responder a la misma pregunta, ya no la necesita. Una recomendación contra daños hallados en el texto está atendida en cuanto la nueva respuesta ya no halla ninguno de ellos, y lo que la nueva respuesta pide en su lugar figura entre las nuevas.
change-dimension-effect = efecto
change-dimension-process = proceso
change-no-rationale = No se dio ninguna justificación.
change-rubric = Rúbrica
change-question = Pregunta
change-answer = Respuesta
change-what-changed-intro = Cada respuesta que difiere entre las dos evaluaciones, primero las que empeoraron.
change-rewritten-intro = Respuestas cuyo nivel no se movió pero cuyo hallazgo reescribieron los evaluadores: lo que hace el texto puede haber cambiado aunque puntúe igual.
