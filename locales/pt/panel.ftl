# O relatório do painel: várias avaliações de uma mesma proposta.

## Títulos, cabeçalhos de coluna e rótulos curtos (sem variáveis): os `labels` da visão.
panel-title = Relatório do painel
panel-jurisdiction = Jurisdição
panel-reference = Referência
panel-stage = Etapa
panel-panel = Painel
panel-rubrics = Rubricas
panel-who-assessed = Quem avaliou
panel-stakeholder-group = Grupo de partes interessadas
panel-assessments = Avaliações
panel-assessors = Avaliadores
panel-consolidated-verdict = Veredito consolidado
panel-rubric = Rubrica
panel-effect = Efeito
panel-process = Processo
panel-rating = Classificação
panel-score = Pontuação
panel-red-flags-by-group = Sinais de alerta, pelos grupos que os levantaram
panel-by-rubric = Classificações por rubrica
panel-agreement = Concordância
panel-alpha = Alfa
panel-questions = Perguntas
panel-disagree = Onde os grupos divergem
panel-group = Grupo
panel-answer = Resposta
panel-level-means = O que o nível significa
panel-red-flag = sinal de alerta
panel-agree = Onde concordam
panel-own-verdict = O veredito próprio de cada grupo
panel-overall = Geral
panel-still-open = Perguntas ainda em aberto, por grupo
panel-consolidated-answers = Respostas consolidadas
panel-question = Pergunta
panel-recommendations = Recomendações
panel-methodology = Metodologia
panel-how-made = Como a resposta do painel é definida
panel-scoring = Pontuação
panel-sources = Fontes das rubricas
panel-not-affected = Não afetado
panel-not-answered = Sem resposta
panel-not-applicable = Não se aplica
panel-unknown = Desconhecido
panel-screened-out = Descartado na triagem
panel-no-group = Nenhum grupo indicado
panel-no-variation = sem variação
panel-not-enough-data = dados insuficientes
panel-proposal-and-panel = A proposta e o painel
panel-caption-who = Os grupos de partes interessadas do painel, quantas avaliações cada um enviou e quem avaliou
panel-caption-rubrics = As classificações do painel por rubrica: efeito, processo, classificação e pontuação
panel-caption-agreement = A concordância por rubrica: o alfa de Krippendorff, os avaliadores e as perguntas em que se baseia
panel-caption-answers = A resposta de cada grupo à pergunta e o que esse nível significa
panel-caption-own-verdict = O veredito próprio de cada grupo: suas classificações geral, de efeito, de processo e por rubrica, a partir das respostas medianas de seus membros
panel-caption-consolidated = Cada pergunta: a resposta de cada grupo e a do painel
panel-chart-caption = A pontuação geral própria de cada grupo, de 0 a 100, e depois a do painel. A cor de uma barra é a de sua faixa de classificação; as marcas na trilha indicam os limites das faixas.

## Estados vazios.
panel-all-groups-present = Todos os grupos de partes interessadas estão representados.
panel-no-red-flags = Nenhum grupo levantou um sinal de alerta.
panel-no-disagreements = Os grupos deram a mesma resposta a todas as perguntas.
panel-no-agreements = Nenhuma pergunta recebeu a mesma resposta de todos os grupos.
panel-all-answered = Todos os grupos responderam a todas as perguntas aplicáveis.
panel-no-recommendations = Nenhuma resposta consolidada exige mudança.

## Frases com números e nomes.
panel-level-of = { $level } de { $max }
panel-line = { $assessments ->
    [one] { $assessments } avaliação
   *[other] { $assessments } avaliações
  } de { $groups ->
    [one] { $groups } grupo de partes interessadas
   *[other] { $groups } grupos de partes interessadas
  }
panel-missing-groups = Grupos sem representação no painel: { $groups }.
panel-agreement-high = Os avaliadores concordam em grande parte: um alfa de { $high } ou mais é o que Krippendorff considera uma concordância em que se pode confiar.
panel-agreement-middle = Os avaliadores concordam em parte: pela regra de Krippendorff, um alfa entre { $middle } e { $high } só permite conclusões provisórias.
panel-agreement-low = Os avaliadores divergem muito: pela regra de Krippendorff, um alfa abaixo de { $middle } é baixo demais para que a resposta do painel valha para cada avaliador.
panel-drafter-mark = , autor do texto
panel-agreement-without-drafters = Sem a avaliação { $count ->
    [one] do autor
   *[other] dos autores
} do texto ({ $files }), o alfa é { $alpha }: { $reading ->
    [high] os demais avaliadores concordam em grande parte.
    [middle] os demais avaliadores concordam em parte.
   *[low] os demais avaliadores ainda divergem muito.
}
panel-alpha-line = Alfa de Krippendorff (ordinal) sobre todas as perguntas: { $alpha } ({ $coders ->
    [one] { $coders } avaliador
   *[other] { $coders } avaliadores
  }, { $units ->
    [one] { $units } pergunta respondida por pelo menos dois
   *[other] { $units } perguntas respondidas por pelo menos dois
  }).
panel-spread-line = Dispersão de { $spread } (de { $lowest } a { $highest }); resposta do painel: { $answer }.
panel-spread-line-not-affected = Dispersão de { $spread } (de { $lowest } a { $highest }, em que “não afetado”, a resposta de { $groups }, conta como o nível aceitável { $acceptable }); resposta do painel: { $answer }.
panel-flag-finding = { $group } constata: “{ $finding }”
panel-flag-not-raised = Não levantado por { $groups }.
panel-quote-answered = { $assessor }, que respondeu { $answer }
panel-quote-others = { $count ->
    [one] as palavras de mais { $count } membro constam do relatório do painel em formato JSON
   *[other] as palavras de mais { $count } membros constam do relatório do painel em formato JSON
  }
panel-recommendation-line = nível do painel { $level }, { $dimension }
panel-generated = Gerado por { $generator } a partir das { $assessments } avaliações do painel.
panel-chart-alt = Gráfico de barras da pontuação geral própria de cada grupo de partes interessadas, de 0 a 100.

## Como a resposta do painel é definida, uma frase cada.
panel-rule-groups = Cada grupo de partes interessadas é primeiro reduzido à sua própria resposta por pergunta: a mediana dos níveis de seus membros, o menor dos dois valores centrais quando estão em número par, de modo que um grupo que enviou cinco pessoas não prevaleça sobre um grupo que enviou uma.
panel-rule-panel = A resposta do painel é a mediana das respostas dos grupos, novamente o valor central menor em número par, de modo que o painel nunca é mais benevolente do que a metade de seus grupos; em seguida, ela é pontuada pela regra habitual.
panel-rule-mechanisms = O que a proposta faz, os danos e as salvaguardas que os avaliadores marcaram, é reunido da mesma forma, nunca mais benevolente do que a metade: um dano é mantido quando pelo menos a metade dos membros de um grupo que responderam o marcou (quem considerou a área não afetada não encontrou nada nela), e para o painel quando pelo menos a metade dos grupos o fez; uma salvaguarda que contém um dano mantido, quando mais da metade dos que encontraram o dano também a marcou; qualquer outra salvaguarda, quando mais da metade o fez. Um dano mantido levanta o seu sinal de alerta e traz a sua recomendação, como num relatório individual; as recomendações redigidas por um avaliador ficam no seu próprio relatório.
panel-rule-not-affected = “Não afetado” conta no nível aceitável da pergunta no cálculo das medianas; o painel responde “não afetado” somente quando a mediana recai nesse nível e nenhum grupo deu ali um nível.
panel-rule-red-flags = Um sinal de alerta levantado por qualquer grupo é mostrado, com os grupos que o levantaram, mesmo quando a resposta do painel não levanta nenhum; primeiro os levantados por mais grupos, cada um com o que constatou um desses grupos (aquele cuja resposta é a do painel ou, se não, a mais baixa) e as respostas dos grupos que não o levantaram.
panel-rule-alpha = A concordância é o alfa de Krippendorff para dados ordinais sobre os níveis de cada avaliador (1 é concordância perfeita, 0 o que o acaso daria); com menos de dois avaliadores, ou sem nenhuma pergunta respondida por dois, os dados são insuficientes. Krippendorff considera um alfa de 0,800 ou mais como uma concordância em que se pode confiar, e 0,667 como o mínimo para conclusões provisórias (Content Analysis, 2004); o relatório lê o alfa tal como é mostrado, com duas casas decimais.
panel-rule-spread = A dispersão de uma pergunta é a distância entre a resposta de grupo mais baixa e a mais alta; as perguntas em que os grupos divergem são listadas da maior para a menor dispersão, com as palavras de cada grupo citadas uma vez, literalmente: as de um membro cuja resposta é a do grupo, ou a mais próxima. As palavras de todos os membros constam do relatório do painel em formato JSON.
panel-dimension-effect = efeito
panel-dimension-process = processo
panel-level = Nível
panel-no-score = sem pontuação
panel-chart-title = A pontuação geral própria de cada grupo, de 0 a 100, e depois a do painel
panel-verdict-line = Classificação geral: { $rating } — pontuação { $score } de 100, cobertura { $coverage }.
panel-raised-by = levantado por
panel-effect-score = pontuação do efeito, de 0 a 100
panel-coverage = Cobertura
panel-overall-rating = Classificação geral
panel-score-word = pontuação
panel-agreement-short = concordância (α)
panel-disagree-intro = As perguntas em que as respostas dos grupos diferem, da maior para a menor dispersão. As palavras de cada grupo são citadas uma vez, tal como escritas: as de um membro cuja resposta é a do grupo, ou a mais próxima.
panel-red-note = Uma resposta em vermelho é um sinal de alerta.
panel-recommendations-intro = Onde a resposta do painel está abaixo do nível que sua pergunta considera aceitável. Em ordem: primeiro os sinais de alerta, o efeito antes do processo e depois por prioridade.
panel-flags-raised = { $count ->
    [one] { $count } sinal de alerta levantado por algum grupo
   *[other] { $count } sinais de alerta levantados por algum grupo
  }
panel-flags-beyond-consolidated = Os grupos levantaram { $count ->
    [one] { $count } sinal de alerta ao todo, listado
   *[other] { $count } sinais de alerta ao todo, listados
  } abaixo; { $consolidated ->
    [0] as respostas consolidadas não registram nenhum
    [one] as respostas consolidadas registram um
   *[other] as respostas consolidadas registram { $consolidated }
  }.
