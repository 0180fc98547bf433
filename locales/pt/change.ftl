# O relatório de mudanças: o que mudou entre duas avaliações.

## Títulos, cabeçalhos de coluna e rótulos curtos (sem variáveis): os `labels` da visão.
change-title = Relatório de mudanças
change-then = Antes
change-table-caption = As duas avaliações lado a lado: a anterior (antes) e a nova (agora)
change-ratings-caption = As classificações geral, de efeito, de processo e por rubrica, antes e agora, a mudança e a mudança de pontuação
change-now = Agora
change-stage = Etapa
change-kind = Tipo de medida
change-introduced = Apresentada
change-reference = Referência
change-assessment-date = Data da avaliação
change-assessed = Avaliada
change-assessors = Avaliadores
change-stakeholder-group = Grupo de partes interessadas
change-rubrics = Rubricas
change-verdict = Veredito
change-summary = Resumo
change-overall = Geral
change-rating = Classificação
change-change = Mudança
change-score-change = Mudança na pontuação
change-by-dimension = Por dimensão
change-by-rubric = Por rubrica
change-key = ↑ melhor · ↓ pior · ↔ mudou sem direção · = sem mudança
change-scores-note = As pontuações vão de 0 a 100; a coluna Mudança compara as faixas de classificação, a última coluna as pontuações. O modo como as mudanças são julgadas é explicado no final.
change-red-flags = Sinais de alerta
change-resolved = Resolvidos
change-introduced-flags = Novos
change-still-open = Ainda em aberto
change-now-prefix = agora
change-red-flag = sinal de alerta
change-severe-red-flag = sinal de alerta grave
change-what-changed = O que mudou
change-unchanged-heading = Sem mudança
change-rewritten-heading = Mesma resposta, nova constatação
change-key-findings = O que os avaliadores constatam agora
change-then-found = Constatação anterior
change-now-found = Constatação atual
change-recommendations = Recomendações
change-taken-up = Acolhidas ou já desnecessárias
change-new = Novas
change-answered-in-one = Respondidas em apenas uma avaliação
change-notes = Observações
change-how-judged = Como as mudanças são julgadas
change-none = Não há.

## Em que direção algo mudou.
change-worse = pior
change-changed = mudou
change-better = melhor
change-unchanged = sem mudança

## Estados vazios.
change-no-answer-changed = Nenhuma resposta mudou.
change-every-answer-changed = Todas as respostas mudaram.
change-none-taken-up = Nenhuma das recomendações da avaliação anterior foi acolhida nem deixou de ser necessária.

## Frases com números e nomes.
change-overall-line = Geral: { $old } { $arrow } { $new } ({ $change }, pontuação { $old_score } → { $new_score }).
change-answer-line = { $change } ({ $dimension }): { $old } → { $new }
change-only-in-old = apenas na avaliação anterior ({ $answer })
change-only-in-new = apenas na avaliação nova ({ $answer })
change-rewritten-note = { $count ->
    [one] Outra resposta mantém o nível com uma nova constatação (ver “Mesma resposta, nova constatação”).
   *[other] Mais { $count } respostas mantêm o nível com uma nova constatação (ver “Mesma resposta, nova constatação”).
}
change-generated = Gerado por { $generator } a partir de { $old } e { $new }.
change-upgraded-old = A avaliação anterior ({ $file }) foi escrita para as rubricas { $edition }.x; ela foi atualizada na memória para as perguntas atuais antes da comparação, de modo que as duas são comparadas nas perguntas que têm em comum.
change-upgraded-new = A avaliação nova ({ $file }) foi escrita para as rubricas { $edition }.x; ela foi atualizada na memória para as perguntas atuais antes da comparação, de modo que as duas são comparadas nas perguntas que têm em comum.
change-summary-none = Nenhuma mudança: cada resposta, e portanto cada classificação, é a mesma nas duas avaliações.
change-summary-unchanged = No geral, a classificação permanece a mesma: { $rating }.
change-summary-moved = No geral, a classificação passou de { $old } para { $new }.
change-summary-better = No geral, a proposta melhorou: { $old } antes, { $new } agora.
change-summary-worse = No geral, a proposta piorou: { $old } antes, { $new } agora.
change-summary-dimension = { $dimension }: { $old } antes, { $new } agora
change-summary-flags = { $resolved ->
    [0] nenhum sinal de alerta resolvido
    [one] { $resolved } sinal de alerta resolvido
   *[other] { $resolved } sinais de alerta resolvidos
  }, { $introduced ->
    [0] nenhum novo
    [one] { $introduced } novo
   *[other] { $introduced } novos
  }, { $open ->
    [0] nenhum ainda em aberto
   *[other] { $open } ainda em aberto
  }.
change-summary-answers = { $count ->
    [one] { $count } resposta mudou
   *[other] { $count } respostas mudaram
  }: { $better } para melhor, { $worse } para pior.
change-summary-one-side = { $count ->
    [one] Uma pergunta só tem resposta em uma das duas avaliações.
   *[other] { $count } perguntas só têm resposta em uma das duas avaliações.
  }
change-summary-recommendations = { $asked ->
    [one] Da única recomendação feita
   *[other] Das { $asked } recomendações feitas
  } pela avaliação anterior, { $taken ->
    [0] nenhuma foi acolhida nem deixou de ser necessária.
    [one] { $taken } foi acolhida ou não é mais necessária.
   *[other] { $taken } foram acolhidas ou não são mais necessárias.
  }

## Como as mudanças são julgadas, uma frase cada.
change-rule-same = As duas avaliações são pontuadas pela mesma regra e pelas mesmas rubricas; este relatório compara seus resultados pergunta por pergunta.
change-rule-answer = Uma resposta é melhor quando seu nível subiu e pior quando caiu. “Não afetado” vale o mesmo que uma resposta no nível aceitável da pergunta; as demais mudanças de status (desconhecido, não se aplica) são mudanças sem direção.
change-rule-rating = Uma classificação é melhor quando passou para uma faixa melhor; uma mudança para ou a partir de “Evidências insuficientes” não tem direção.
change-rule-flag = Um sinal de alerta é resolvido quando a nova resposta não o levanta mais, novo quando apenas a nova o levanta, e segue em aberto quando ambas o levantam.
change-rule-rewritten = Uma resposta cujo nível se manteve, mas cuja constatação os avaliadores reescreveram, conta como sem mudança nas pontuações e aparece em “Mesma resposta, nova constatação” com as duas constatações, pois o que o texto faz pode ter mudado.
change-rule-recommendation = Uma recomendação é acolhida quando a avaliação anterior a fazia e a nova, ao responder à mesma pergunta, não precisa mais dela. Uma recomendação contra danos encontrados no texto é acolhida assim que a nova resposta não encontra mais nenhum deles, e o que a nova resposta pede em seu lugar aparece entre as novas.
change-dimension-effect = efeito
change-dimension-process = processo
change-no-rationale = Nenhuma justificativa fornecida.
change-rubric = Rubrica
change-question = Pergunta
change-answer = Resposta
change-what-changed-intro = Cada resposta que difere entre as duas avaliações, primeiro as que pioraram.
change-rewritten-intro = Respostas cujo nível não mudou, mas cuja constatação os avaliadores reescreveram: o que o texto faz pode ter mudado, embora a pontuação seja a mesma.
