# El informe del panel: varias evaluaciones de una misma propuesta.

## Títulos, encabezados de columna y etiquetas breves (sin variables): las `labels` de la vista.
panel-title = Informe del panel
panel-jurisdiction = Jurisdicción
panel-reference = Referencia
panel-stage = Etapa
panel-panel = Panel
panel-rubrics = Rúbricas
panel-who-assessed = Quién evaluó
panel-stakeholder-group = Grupo de partes interesadas
panel-assessments = Evaluaciones
panel-assessors = Evaluadores
panel-consolidated-verdict = Veredicto consolidado
panel-rubric = Rúbrica
panel-effect = Efecto
panel-process = Proceso
panel-rating = Calificación
panel-score = Puntuación
panel-red-flags-by-group = Señales de alerta, por los grupos que las plantearon
panel-by-rubric = Calificaciones por rúbrica
panel-agreement = Acuerdo
panel-alpha = Alfa
panel-questions = Preguntas
panel-disagree = Dónde discrepan los grupos
panel-group = Grupo
panel-answer = Respuesta
panel-level-means = Qué significa el nivel
panel-red-flag = señal de alerta
panel-agree = Dónde coinciden
panel-own-verdict = El veredicto propio de cada grupo
panel-overall = General
panel-still-open = Preguntas aún abiertas, por grupo
panel-consolidated-answers = Respuestas consolidadas
panel-question = Pregunta
panel-recommendations = Recomendaciones
panel-methodology = Metodología
panel-how-made = Cómo se establece la respuesta del panel
panel-scoring = Puntuación
panel-sources = Fuentes de las rúbricas
panel-not-affected = No afectado
panel-not-answered = Sin respuesta
panel-not-applicable = No aplicable
panel-unknown = Desconocido
panel-screened-out = Descartado en el cribado
panel-no-group = Ningún grupo indicado
panel-no-variation = sin variación
panel-not-enough-data = datos insuficientes
panel-proposal-and-panel = La propuesta y el panel
panel-caption-who = Los grupos de partes interesadas del panel, cuántas evaluaciones envió cada uno y quién evaluó
panel-caption-rubrics = Las calificaciones del panel por rúbrica: efecto, proceso, calificación y puntuación
panel-caption-agreement = El acuerdo por rúbrica: el alfa de Krippendorff, los evaluadores y las preguntas en que se basa
panel-caption-answers = La respuesta de cada grupo a la pregunta y qué significa ese nivel
panel-caption-own-verdict = El veredicto propio de cada grupo: sus calificaciones general, de efecto, de proceso y por rúbrica, a partir de las respuestas medianas de sus miembros
panel-caption-consolidated = Cada pregunta: la respuesta de cada grupo y la del panel
panel-chart-caption = La puntuación general propia de cada grupo, sobre 100, y después la del panel. El color de una barra es el de su franja de calificación; las marcas de la pista señalan los límites de las franjas.

## Estados vacíos.
panel-all-groups-present = Todos los grupos de partes interesadas están representados.
panel-no-red-flags = Ningún grupo planteó una señal de alerta.
panel-no-disagreements = Los grupos dieron la misma respuesta a cada pregunta.
panel-no-agreements = Ninguna pregunta recibió la misma respuesta de todos los grupos.
panel-all-answered = Cada grupo ha respondido a todas las preguntas aplicables.
panel-no-recommendations = Ninguna respuesta consolidada exige un cambio.

## Frases con números y nombres.
panel-level-of = { $level } de { $max }
panel-line = { $assessments ->
    [one] { $assessments } evaluación
   *[other] { $assessments } evaluaciones
  } de { $groups ->
    [one] { $groups } grupo de partes interesadas
   *[other] { $groups } grupos de partes interesadas
  }
panel-missing-groups = Grupos sin representación en el panel: { $groups }.
panel-agreement-high = Los evaluadores coinciden en gran medida: un alfa de { $high } o más es lo que Krippendorff considera un acuerdo en el que se puede confiar.
panel-agreement-middle = Los evaluadores coinciden en parte: según la regla de Krippendorff, un alfa entre { $middle } y { $high } solo permite conclusiones provisionales.
panel-agreement-low = Los evaluadores discrepan mucho: según la regla de Krippendorff, un alfa inferior a { $middle } es demasiado bajo para que la respuesta del panel valga para cada evaluador.
panel-drafter-mark = , autor del texto
panel-agreement-without-drafters = Sin la evaluación { $count ->
    [one] del autor
   *[other] de los autores
} del texto ({ $files }), el alfa es { $alpha }: { $reading ->
    [high] los demás evaluadores coinciden en gran medida.
    [middle] los demás evaluadores coinciden en parte.
   *[low] los demás evaluadores siguen discrepando mucho.
}
panel-alpha-line = Alfa de Krippendorff (ordinal) sobre todas las preguntas: { $alpha } ({ $coders ->
    [one] { $coders } evaluador
   *[other] { $coders } evaluadores
  }, { $units ->
    [one] { $units } pregunta respondida por al menos dos
   *[other] { $units } preguntas respondidas por al menos dos
  }).
panel-spread-line = Dispersión de { $spread } (de { $lowest } a { $highest }); respuesta del panel: { $answer }.
panel-spread-line-not-affected = Dispersión de { $spread } (de { $lowest } a { $highest }, donde «no afectado», la respuesta de { $groups }, cuenta como el nivel aceptable { $acceptable }); respuesta del panel: { $answer }.
panel-flag-finding = { $group } constata: «{ $finding }»
panel-flag-not-raised = No planteada por { $groups }.
panel-quote-answered = { $assessor }, que respondió { $answer }
panel-quote-others = { $count ->
    [one] las palabras de { $count } miembro más figuran en el informe del panel en formato JSON
   *[other] las palabras de { $count } miembros más figuran en el informe del panel en formato JSON
  }
panel-recommendation-line = nivel del panel { $level }, { $dimension }
panel-generated = Generado por { $generator } a partir de las { $assessments } evaluaciones del panel.
panel-chart-alt = Gráfico de barras de la puntuación general propia de cada grupo de partes interesadas, sobre 100.

## Cómo se establece la respuesta del panel, una frase cada una.
panel-rule-groups = Cada grupo de partes interesadas se reduce primero a su propia respuesta por pregunta: la mediana de los niveles de sus miembros, el menor de los dos valores centrales cuando son en número par, de modo que un grupo que envió cinco personas no se impone a un grupo que envió una.
panel-rule-panel = La respuesta del panel es la mediana de las respuestas de los grupos, de nuevo el valor central menor en un número par, de modo que el panel nunca es más benévolo que la mitad de sus grupos; después se puntúa según la regla habitual.
panel-rule-mechanisms = Lo que hace la propuesta, los daños y las salvaguardas que marcaron los evaluadores, se reúne del mismo modo, nunca más benévolo que la mitad: un daño se mantiene cuando al menos la mitad de los miembros de un grupo que respondieron lo marcaron (quien juzgó el ámbito no afectado no encontró nada en él), y para el panel cuando al menos la mitad de los grupos lo hicieron; una salvaguarda que contiene un daño mantenido, cuando más de la mitad de quienes encontraron el daño la marcaron también; cualquier otra salvaguarda, cuando más de la mitad lo hicieron. Un daño mantenido genera su señal de alerta y aporta su recomendación, como en un informe individual; las recomendaciones redactadas por un evaluador permanecen en su propio informe.
panel-rule-not-affected = «No afectado» cuenta en el nivel aceptable de la pregunta al calcular las medianas; el panel responde «no afectado» solo cuando la mediana cae en ese nivel y ningún grupo dio allí un nivel.
panel-rule-red-flags = Una señal de alerta planteada por cualquier grupo se muestra, con los grupos que la plantearon, aunque la respuesta del panel no plantee ninguna; primero las que plantearon más grupos, cada una con lo que constató uno de esos grupos (aquel cuya respuesta es la del panel o, si no, la más baja) y las respuestas de los grupos que no la plantearon.
panel-rule-alpha = El acuerdo es el alfa de Krippendorff para datos ordinales sobre los niveles de cada evaluador (1 es un acuerdo perfecto, 0 lo que daría el azar); con menos de dos evaluadores, o sin ninguna pregunta respondida por dos, los datos son insuficientes. Krippendorff considera un alfa de 0,800 o más como un acuerdo en el que se puede confiar, y 0,667 como el mínimo para conclusiones provisionales (Content Analysis, 2004); el informe lee el alfa tal como se muestra, con dos decimales.
panel-rule-spread = La dispersión de una pregunta es la distancia entre la respuesta de grupo más baja y la más alta; las preguntas en que los grupos discrepan se enumeran de mayor a menor dispersión, con las palabras de cada grupo citadas una vez, textualmente: las de un miembro cuya respuesta es la del grupo, o la más cercana. Las palabras de todos los miembros figuran en el informe del panel en formato JSON.
panel-dimension-effect = efecto
panel-dimension-process = proceso
panel-level = Nivel
panel-no-score = sin puntuación
panel-chart-title = La puntuación general propia de cada grupo, sobre 100, y después la del panel
panel-verdict-line = Calificación general: { $rating } — puntuación de { $score } sobre 100, cobertura { $coverage }.
panel-raised-by = planteada por
panel-effect-score = puntuación del efecto, sobre 100
panel-coverage = Cobertura
panel-overall-rating = Calificación general
panel-score-word = puntuación
panel-agreement-short = acuerdo (α)
panel-disagree-intro = Las preguntas en que las respuestas de los grupos difieren, de mayor a menor dispersión. Las palabras de cada grupo se citan una vez, tal como se escribieron: las de un miembro cuya respuesta es la del grupo, o la más cercana.
panel-red-note = Una respuesta en rojo es una señal de alerta.
panel-recommendations-intro = Allí donde la respuesta del panel está por debajo del nivel que su pregunta considera aceptable. En orden: primero las señales de alerta, el efecto antes que el proceso y después por prioridad.
panel-flags-raised = { $count ->
    [one] { $count } señal de alerta planteada por algún grupo
   *[other] { $count } señales de alerta planteadas por algún grupo
  }
panel-flags-beyond-consolidated = Los grupos plantearon { $count ->
    [one] { $count } señal de alerta entre todos, enumerada
   *[other] { $count } señales de alerta entre todos, enumeradas
  } abajo; { $consolidated ->
    [0] las respuestas consolidadas no recogen ninguna
    [one] las respuestas consolidadas recogen una
   *[other] las respuestas consolidadas recogen { $consolidated }
  }.
