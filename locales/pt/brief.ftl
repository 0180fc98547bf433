# O relatório de uma avaliação: títulos, cabeçalhos de coluna e as frases que ele escreve.
# As mensagens sem variáveis ("brief-<nome>") chegam a cada formato como `labels.<nome>`;
# as mensagens "brief-text-*" são frases que a visão escreve com números e nomes.
# O português é o do Brasil: a regra de plural do CLDR põe 0 em [one], por isso as mensagens que
# podem receber zero têm uma variante [0] própria.

## Títulos e rótulos

brief-title = Policy Impact Brief
# The language the title above is written in (a code: en, fr, es, pt): the English name is kept.
brief-title-lang = en
brief-subtitle = Relatório de impacto na Internet
brief-jurisdiction = Jurisdição
brief-reference = Referência
brief-kind = Tipo
brief-stage = Etapa
brief-introduced = Apresentada
brief-link-text = Texto
brief-assessors = Avaliadores
brief-stakeholder-group = Grupo de partes interessadas
brief-date = Data
brief-status = Situação
brief-rubrics = Rubricas
brief-summary = Resumo
brief-overall-rating = Classificação geral
brief-effect-score = pontuação do efeito, de 0 a 100
brief-provisional = Provisória.
brief-main-concerns = Principais preocupações
brief-points-to-watch = Pontos de atenção
brief-strengths = Pontos fortes
brief-not-affected = Examinadas, sem efeito constatado
brief-screened-out = Descartadas na triagem
brief-next-steps = Próximos passos
brief-no-finding = nenhuma constatação registrada
brief-red-flag = sinal de alerta
brief-no-score = sem pontuação
brief-own-advice = recomendação dos avaliadores
brief-scorecard = Quadro de resultados
brief-chart-title = Pontuações de 0 a 100 por rubrica
brief-rubric = Rubrica
brief-effect = Efeito
brief-process = Processo
brief-score = Pontuação
brief-points = Pontos
brief-rating = Classificação
brief-coverage = Cobertura
brief-red-flags = Sinais de alerta
brief-overall = Geral
brief-the-proposal = A proposta
brief-context = Contexto
brief-findings = Constatações
brief-finding = Constatação:
brief-provisions = Dispositivos:
brief-position = Posição na escala:
brief-mechanisms-found = Mecanismos encontrados:
brief-evidence = Evidências:
brief-consultation = Como as opiniões foram consideradas
brief-consultation-intro = Como as opiniões apresentadas na consulta foram consideradas no resultado, contadas a partir do seu registro de contribuições. A metodologia define cada indicador.
brief-indicators = Indicadores
brief-indicator = Indicador
brief-value = Valor
brief-what-it-counts = O que mede
brief-uptake-by-group = Acolhimento por grupo de partes interessadas
brief-uptake-chart-title = Acolhimento por grupo de partes interessadas: contribuições aceitas mais metade das aceitas parcialmente, em porcentagem das contribuições do grupo
brief-group = Grupo
brief-submissions = Contribuições
brief-accepted = Aceitas
brief-partially-accepted = Aceitas parcialmente
brief-uptake = Acolhimento
brief-participation-by-group = Participação por grupo
brief-share = Parcela
brief-unreasoned = Descartadas sem motivo legítimo
brief-ledger-and-questions = O registro e as perguntas de processo
brief-recommendations = Recomendações
brief-open-questions = Perguntas em aberto
brief-methodology = Metodologia
brief-version = Versão
brief-weight = Peso
brief-questions = Perguntas
brief-scoring = Pontuação
brief-consultation-indicators = Indicadores da consulta
brief-coverage-map = O que as perguntas de efeito cobrem
brief-property-or-enabler = Propriedade crítica ou habilitador
brief-none = nenhuma
brief-rating-bands = Faixas de classificação
brief-sources = Fontes das rubricas
brief-opened = Abertura
brief-closed = Encerramento
brief-channels = Canais
brief-published-response = Resposta publicada
brief-response-coverage = Cobertura de respostas
brief-reasoned-rejections = Rejeições fundamentadas
brief-uptake-gap = Diferença de acolhimento
brief-consultation-length = Duração da consulta
brief-response-time = Prazo até a resposta publicada

## Frases

brief-text-generated-by = Gerado por { $generator }.
brief-text-no-proposal-text = Nenhum resumo ou contexto foi fornecido.
brief-text-no-recommendation = Nenhuma resposta pede mudança: cada resposta está no nível que a sua pergunta considera aceitável ou acima dele.
brief-text-no-open-question = Todas as perguntas aplicáveis foram respondidas.
brief-text-score-of-100 = (pontuação { $score } de 100)
brief-text-coverage = cobertura { $coverage }
brief-text-count-of = { $count } de { $total }
brief-text-level = nível { $level }
brief-text-points = { $points } pontos
brief-text-flag = { $severe ->
    [yes] Sinal de alerta (grave)
   *[no] Sinal de alerta
}
brief-text-question-flag = { $severe ->
    [yes] sinal de alerta (grave)
   *[no] sinal de alerta
}
brief-text-mechanism-harm = { $flag ->
    [flag] dano, sinal de alerta
    [severe] dano, sinal de alerta grave
   *[none] dano
}
brief-text-mechanism-safeguard = salvaguarda
brief-text-safeguards = Salvaguardas: { $safeguards }.
brief-text-dimension-effect = efeito
brief-text-dimension-process = processo
brief-text-recommendation-meta = nível { $level }, { $dimension }, prioridade { $priority }
brief-text-rubric-line = Pontuação { $score } ({ $points } pontos), cobertura { $coverage }.
brief-text-dimension-line = { $dimension }: { $verdict } ({ $score }).
brief-text-more-concerns = { $count ->
    [one] E mais 1 preocupação: veja as constatações.
   *[other] E mais { $count } preocupações: veja as constatações.
}
brief-text-not-asked = Pergunta não feita: ela só se aplica quando a resposta sobre “{ $topic }” está no nível { $level } ou acima.
brief-text-capped = classificação limitada a “{ $ceiling }” por { $count ->
    [one] um sinal de alerta
   *[other] { $count } sinais de alerta
} (só a pontuação daria “{ $band }”)
brief-text-scorecard-note = { $whose }, { $dimension }: { $note }.
brief-text-scorecard-held = { $rubric }: classificação “{ $rating }”, definida pelo seu { $dimension } (“{ $verdict }”), a pior das suas duas dimensões; só a pontuação daria “{ $band }”.
brief-text-robust-unjudged = Robustez: não avaliada, pois o efeito ainda não tem classificação.
brief-text-robust = Classificação robusta: nenhuma resposta deslocada em um nível mudaria a classificação do efeito.
brief-text-borderline = No limite: se a resposta sobre “{ $topic }” estivesse no nível { $to_level } em vez do { $level }, o efeito seria classificado como “{ $rating }”.
brief-text-borderline-more = { $count ->
    [one] Outra mudança isolada também mudaria essa classificação: { $changes }.
   *[other] Outras { $count } mudanças isoladas também mudariam essa classificação: { $changes }.
}
brief-text-borderline-other = “{ $topic }” ({ $level } → { $to_level })
brief-text-screening = { $areas ->
    [one] { $examined } de { $areas } área de efeito examinada a fundo
   *[other] { $examined } de { $areas } áreas de efeito examinadas a fundo
}
brief-text-screening-not-affected = ({ $count ->
    [0] nenhuma delas considerada não afetada
    [one] { $count } delas considerada não afetada
   *[other] { $count } delas consideradas não afetadas
})
brief-text-screening-screened-out = { $count ->
    [0] nenhuma descartada na triagem
    [one] { $count } descartada na triagem
   *[other] { $count } descartadas na triagem
}
brief-text-screening-open = { $count ->
    [0] nenhuma ainda em aberto
   *[other] { $count } ainda em aberto
}
brief-text-provisional = { $count ->
    [one] Atualizada a partir das rubricas { $edition }.x: { $count } pergunta ainda não foi respondida, por isso a classificação do efeito é provisória.
   *[other] Atualizada a partir das rubricas { $edition }.x: { $count } perguntas ainda não foram respondidas, por isso a classificação do efeito é provisória.
}

## O parágrafo de resumo

brief-text-unjudged = Nenhuma pergunta foi respondida ainda, por isso a proposta não tem pontuação.
brief-text-overall-held = No geral, a proposta é classificada como “{ $rating }” porque o seu efeito sobre a Internet é classificado como “{ $effect }”; o seu processo, “{ $process }”, não pode elevar essa classificação.
brief-text-overall-held-by-process = No geral, a proposta é classificada como “{ $rating }” porque o processo que a produziu é classificado como “{ $process }”, embora o seu efeito sobre a Internet seja classificado como “{ $effect }”: a pior das duas define a classificação geral.
brief-text-overall-effect-alone = No geral, a proposta é classificada como “{ $rating }” apenas pelo seu efeito sobre a Internet, classificado como “{ $effect }”: não foram respondidas perguntas suficientes sobre a elaboração da proposta para poder classificar o processo.
brief-text-overall-process-in-part = No geral, a proposta é classificada como “{ $rating }” porque o processo que a produziu é classificado como “{ $process }” onde pôde ser classificado ({ $rubrics }), embora o seu efeito sobre a Internet seja classificado como “{ $effect }”: foram respondidas poucas perguntas sobre a forma como foi preparada para permitir classificar o processo como um todo.
brief-text-assessors-lead = Os avaliadores optaram por colocar “{ $topic }” ({ $rubric }) em primeiro lugar, antes da ordem que a metodologia daria.
brief-text-next-steps-withdrawn = A medida foi retirada: estes passos buscam impedir que ela, ou outra semelhante, volte.
brief-text-next-steps-practice-ended = A prática terminou: estes passos buscam impedir que ela, ou outra semelhante, volte.
brief-text-next-steps-withdrawn-protective = A medida foi retirada, embora este relatório a considere protetora ({ $areas }): defender que ela, ou outra semelhante, volte.
brief-text-next-steps-rejected = A medida foi rejeitada: estes passos valem para qualquer medida semelhante que volte a ser proposta.
brief-text-next-steps-rejected-protective = A medida foi rejeitada, embora este relatório a considere protetora ({ $areas }): defender que ela, ou outra semelhante, volte a ser proposta.
brief-text-next-steps-keep = Manter o que este relatório considera protetor ({ $areas }) e defendê-lo durante { $later }.
brief-text-next-steps-for-operator = Por se tratar de uma prática própria de uma rede, cada passo cabe ao operador, que pode adotá-lo como política própria, e aos reguladores, que podem exigi-lo na falta disso.
brief-text-next-steps-for-request = Por se tratar de uma solicitação, cada passo cabe aos seus autores, que podem assumi-lo, e aos membros do órgão que deve decidir sobre ela, que podem exigi-lo e recusar a solicitação se não for dado.
brief-text-next-steps-for-endorsers = Por se tratar de um texto não vinculante, cada passo cabe aos que o subscrevem, que podem aplicá-lo em suas próprias leis e práticas.
brief-text-overall-score = No conjunto das perguntas, a proposta obtém pontuação { $score } de 100, com base em { $coverage } das perguntas aplicáveis (por peso).
brief-text-strength-lead = A classificação “{ $rating }” do efeito se apoia sobretudo nesta constatação ({ $area }): “{ $finding }”.
brief-text-strength-lead-among = A classificação “{ $rating }” do efeito se apoia em { $count } constatações de igual força, entre elas esta ({ $area }): “{ $finding }”.
brief-text-overall-no-score = Nenhuma pergunta foi respondida com um nível, com base em { $coverage } das perguntas aplicáveis (por peso).
brief-text-flags-cap = { $count ->
    [one] Um sinal de alerta sobre { $area } limita a sua classificação a “{ $ceiling }” (só a pontuação daria “{ $band }”).
   *[other] { $count } sinais de alerta sobre { $area } limitam a sua classificação a “{ $ceiling }” (só a pontuação daria “{ $band }”).
}
brief-text-flags-held = { $count ->
    [one] Um sinal de alerta sobre { $area } limita a sua classificação a “{ $ceiling }”, onde a pontuação sozinha também a coloca.
   *[other] { $count } sinais de alerta sobre { $area } limitam a sua classificação a “{ $ceiling }”, onde a pontuação sozinha também a coloca.
}
brief-text-flags-below = { $count ->
    [one] Um sinal de alerta sobre { $area } limitaria a sua classificação a “{ $ceiling }”; a pontuação sozinha a coloca mais abaixo, em “{ $band }”.
   *[other] { $count } sinais de alerta sobre { $area } limitariam a sua classificação a “{ $ceiling }”; a pontuação sozinha a coloca mais abaixo, em “{ $band }”.
}
brief-text-flags-decide = { $count ->
    [one] Um sinal de alerta sobre { $area } basta para classificá-lo como “{ $ceiling }”, embora poucas perguntas tenham sido respondidas para que a sua pontuação conte: nenhuma resposta ainda em aberto poderia mudar essa classificação.
   *[other] { $count } sinais de alerta sobre { $area } bastam para classificá-lo como “{ $ceiling }”, embora poucas perguntas tenham sido respondidas para que a sua pontuação conte: nenhuma resposta ainda em aberto poderia mudar essa classificação.
}
brief-text-flags = { $count ->
    [one] Um sinal de alerta sobre { $area }.
   *[other] { $count } sinais de alerta sobre { $area }.
}
brief-text-area-effect = o efeito
brief-text-area-process = o processo
brief-text-too-few = Foram respondidas poucas perguntas para permitir uma classificação firme.
brief-text-still-open = { $count ->
    [one] Uma pergunta ainda está em aberto.
   *[other] { $count } perguntas ainda estão em aberto.
}

## Metodologia

brief-text-intro = Este relatório segue o Internet Impact Assessment Toolkit da Internet Society e os princípios multissetoriais da governança da Internet. Ele julga a proposta segundo { $rubrics }, tanto o processo que a produziu quanto o seu efeito sobre a Internet, e dá um veredito sobre cada um. Cada rubrica faz um conjunto fixo de perguntas; para cada uma, os avaliadores escolheram o nível que melhor descreve a proposta e apresentaram as suas razões e evidências.
brief-text-and = { $first } e { $last }
brief-text-band-at-least = pontuação ≥ { $lowest }
brief-text-band-below = pontuação abaixo de 40
brief-text-band-no-effect = somente o efeito, quando todas as perguntas de efeito aplicáveis foram consideradas não afetadas ou descartadas na triagem, e nenhuma está em aberto
brief-text-band-insufficient = cobertura abaixo de { $coverage }
brief-text-rule-dimensions = Cada pergunta julga uma de duas dimensões: o efeito da proposta sobre a Internet (as propriedades críticas e os habilitadores do Internet Way of Networking da Internet Society) ou o processo que a produziu (segundo o NETmundial, as Diretrizes Multissetoriais de São Paulo e os indicadores de engajamento de partes interessadas da OCDE).
brief-text-rule-levels = Para cada pergunta, os avaliadores escolheram o nível que melhor descreve a proposta, escreveram com as suas próprias palavras o que constataram, indicaram os dispositivos em que isso se baseia e, nas perguntas de efeito, marcaram os mecanismos que a proposta usa na lista de danos e salvaguardas da rubrica. Os textos dos níveis são posições numa escala, não constatações.
brief-text-rule-points = Cada pergunta respondida vale peso × nível pontos de um total de peso × nível máximo.
brief-text-rule-score = Uma pontuação é 100 × pontos ÷ pontos possíveis nas perguntas respondidas com um nível; sem nenhuma, não há pontuação. Ela é calculada para cada rubrica, para cada dimensão de cada rubrica e para cada dimensão no conjunto das rubricas, em que cada pergunta conta com o seu peso multiplicado pelo peso da sua rubrica.
brief-text-rule-not-affected = Uma pergunta de efeito considerada não afetada, ou descartada na triagem, conta para a cobertura, mas não para a pontuação, de modo que uma medida é julgada pelos danos que causa; ela nunca é um ponto forte e não recebe recomendação. Quando todas as perguntas de efeito aplicáveis são não afetadas ou descartadas na triagem, e nenhuma está em aberto, o efeito é classificado como “Nenhum efeito constatado”.
brief-text-rule-unknown = As perguntas marcadas como desconhecidas ou deixadas sem resposta contam como aplicáveis, mas sem resposta; as perguntas marcadas como não aplicáveis, ou cuja condição não se cumpre, ficam de fora.
brief-text-rule-coverage = A cobertura é o peso das perguntas respondidas, consideradas não afetadas ou descartadas na triagem ÷ o peso das perguntas aplicáveis; abaixo de { $coverage }, a classificação é “Evidências insuficientes”, a menos que sinais de alerta a limitem à faixa mais baixa (um sinal grave, ou dois sobre o efeito), o que nenhuma resposta ainda em aberto poderia mudar.
brief-text-rule-ratings = As classificações do efeito têm o nome do que significam para a Internet: Protetor (pontuação ≥ 80), Risco baixo (≥ 60), Prejudicial (≥ 40) e Dano grave (abaixo de 40). O processo mantém Sólido, Adequado, Fraco e Preocupações graves para as mesmas faixas.
brief-text-rule-flags = Os sinais de alerta vêm do que foi constatado: uma resposta no nível de alerta de uma pergunta ou abaixo dele, ou um dano marcado que levanta um sinal próprio. Uma salvaguarda marcada que contém um dano reduz o seu sinal em um grau. Um sinal grave, ou duas perguntas de efeito com sinal, limitam o efeito a Dano grave; um sinal o limita a Prejudicial. No processo, um sinal de alerta limita a Fraco.
brief-text-rule-robustness = Como um nível sozinho levanta no máximo um sinal comum, deslocar uma resposta em um nível nunca pode levar um efeito Protetor ou de Risco baixo a Dano grave. Todo relatório diz na página 1 se alguma resposta deslocada em um nível mudaria a classificação do efeito, e qual.
brief-text-rule-overall = A classificação geral é a pior entre as classificações do efeito e do processo, de modo que um bom processo não compensa um efeito prejudicial. Um processo sem evidências suficientes no seu conjunto conta onde as tem: o veredito é então a pior entre a classificação do efeito e a pior classificação do processo de uma rubrica; onde o processo de nenhuma rubrica tem evidências suficientes, o veredito fica para o efeito. Um efeito sem evidências suficientes não deixa veredito. A classificação de uma rubrica segue a mesma regra sobre as suas próprias perguntas.
brief-text-rule-overall-score = A pontuação geral é a média das pontuações das rubricas ponderada pelo peso de cada rubrica, nas rubricas que têm pontuação; a cobertura geral é a média da cobertura de cada rubrica ponderada pelo peso. A pontuação é mostrada como referência: a classificação segue a regra acima.
brief-text-rule-advice = As recomendações sobre o efeito vêm somente dos danos que os avaliadores marcaram (a recomendação própria do dano, a menos que uma salvaguarda marcada o contenha) ou das suas próprias palavras; uma resposta abaixo do seu nível aceitável sem nada marcado não recebe nenhuma. As recomendações sobre o processo seguem o nível. Uma recomendação é dada quando uma resposta está abaixo do nível que a sua pergunta considera aceitável, ou levanta um sinal de alerta; a recomendação própria dos avaliadores substitui a da rubrica. Os sinais de alerta graves vêm primeiro, depois os outros sinais de alerta e depois o restante; dentro de cada grupo, o efeito antes do processo; entre os sinais de alerta, o que a medida faz à rede antes da simples prestação de contas de seus poderes (quem decide, se as ordens são visíveis, a clareza do texto); depois as respostas mais distantes do seu nível máximo (à mesma distância, primeiro a rede) e depois por prioridade = peso × (nível máximo − nível) ÷ nível máximo. Os avaliadores podem escolher uma constatação para colocar em primeiro lugar; a página 1 então o indica.
brief-text-rule-rounding = As pontuações são mostradas arredondadas para números inteiros, com os pontos brutos ao lado, exceto quando o arredondamento levaria uma pontuação à faixa seguinte: 59,7 é mostrado como está, pois 60 seria lido como a faixa superior. Elas julgam uma proposta em relação às rubricas; não são uma classificação entre países.

## Como as opiniões foram consideradas

brief-text-submissions = { $submissions } no registro, { $considered } contadas nas parcelas (sem as retiradas)
brief-text-response-coverage = { $count } de { $total } { $total ->
        [1] contribuição
       *[other] contribuições
    } { $count ->
        [1] recebeu
       *[other] receberam
    } uma resposta publicada
brief-text-received = a consulta recebeu { $received } respostas no total, de modo que as parcelas abaixo descrevem estas { $considered }, não a consulta inteira
brief-text-response-coverage-by-theme = { $count } de { $total } { $total ->
        [1] contribuição
       *[other] contribuições
    } { $count ->
        [1] recebeu
       *[other] receberam
    } uma resposta por tema; nenhuma recebeu resposta própria
brief-text-reasoned-rejections = { $count } de { $total } { $total ->
        [1] contribuição rejeitada, considerada fora do escopo ou aceita só em parte
       *[other] contribuições rejeitadas, consideradas fora do escopo ou aceitas só em parte
    } { $count ->
        [1] recebeu
       *[other] receberam
    } um motivo legítimo
brief-text-gap-between = entre { $best } (o mais bem atendido) e { $worst } (o menos atendido)
brief-text-gap-none = menos de dois grupos para comparar
brief-text-length = de { $opened } a { $closed }; as diretrizes Legislar Melhor da UE pedem pelo menos { $weeks } semanas: { $met ->
    [yes] requisito cumprido
   *[no] requisito não cumprido
}
brief-text-length-unknown = data de abertura ou de encerramento não informada
brief-text-response-time = { $from ->
    [consultation] do encerramento até { $date } (a resposta publicada); os Princípios de Consulta do Reino Unido pedem no máximo { $weeks } semanas ({ $days } dias): { $met ->
        [yes] requisito cumprido
       *[no] requisito não cumprido
    }
   *[submissions] do encerramento até { $date } (a última resposta a uma contribuição); os Princípios de Consulta do Reino Unido pedem no máximo { $weeks } semanas ({ $days } dias): { $met ->
        [yes] requisito cumprido
       *[no] requisito não cumprido
    }
}
brief-text-response-time-unknown = data de encerramento ou de resposta não informada
brief-text-weeks = { $weeks ->
    [0] { $weeks } semanas
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}
brief-text-days = { $days ->
    [0] { $days } dias
    [one] { $days } dia
   *[other] { $days } dias
}
brief-text-percentage-points = { $points ->
    [0] { $points } pontos percentuais
    [one] { $points } ponto percentual
   *[other] { $points } pontos percentuais
}
brief-text-uptake-gap = A diferença entre o grupo mais bem atendido ({ $best }) e o menos atendido ({ $worst }) é de { $gap }.
brief-text-uptake-small-groups = { $count ->
    [one] O número de { $groups } se baseia
   *[other] Os números de { $groups } se baseiam
} em menos de { $few } contribuições, poucas demais para comparar com segurança; entre os grupos com pelo menos { $few }, a diferença é de { $gap }, entre { $best } ({ $best_uptake }) e { $worst } ({ $worst_uptake }).
brief-text-uptake-small-groups-only = { $count ->
    [one] O número de { $groups } se baseia
   *[other] Os números de { $groups } se baseiam
} em menos de { $few } contribuições, poucas demais para comparar com segurança.
brief-text-uptake-no-gap = Não há diferença a medir: menos de dois grupos (sem contar o desconhecido) têm contribuições contadas.
brief-text-uptake-none = Nenhuma contribuição é contada, por isso nenhum grupo tem acolhimento.
brief-text-absent-groups = Grupos que não enviaram nenhuma contribuição: { $groups }.
brief-text-no-absent-group = Todos os grupos de partes interessadas, e também pessoas físicas, enviaram contribuições.
brief-text-rejection-who = { $submitter } ({ $group })
brief-text-rejection-provision = , sobre { $provision }
brief-text-rejection-merged = { $outcome } com { $merged_into }, à qual foi incorporada
brief-text-rejection-reason = { $recorded ->
    [yes] sem motivo dado
    [elsewhere] dada como tratada em outro lugar, sem indicar onde
   *[no] sem motivo registrado
}
brief-text-anonymous = anônima
brief-text-rejections-more = E mais { $count }; o relatório em JSON (-f json) lista todas.
brief-text-rejections-all-reasoned = Toda contribuição rejeitada, considerada fora do escopo ou aceita só em parte recebeu um motivo legítimo.
brief-text-rejections-none = Nenhuma contribuição foi rejeitada, considerada fora do escopo ou aceita só em parte.
brief-text-suggestion = o registro aponta para o nível { $level } ({ $because }). { $chosen ->
    [none] Nenhum nível foi escolhido.
    [same] Os avaliadores escolheram o nível { $level }, como o registro sugere.
   *[other] Os avaliadores escolheram o nível { $chosen_level }, afastando-se do registro; a sua constatação sobre esta pergunta apresenta as suas razões.
}
brief-text-because-feedback = { $count } de { $total } { $total ->
        [1] contribuição
       *[other] contribuições
    } { $count ->
        [1] recebeu
       *[other] receberam
    } resposta e { $reasoned } de { $rejections } { $rejections ->
        [1] rejeição
       *[other] rejeições
    } { $reasoned ->
        [1] deu
       *[other] deram
    } um motivo legítimo
brief-text-because-feedback-days = { $count } de { $total } { $total ->
        [1] contribuição
       *[other] contribuições
    } { $count ->
        [1] recebeu
       *[other] receberam
    } resposta e { $reasoned } de { $rejections } { $rejections ->
        [1] rejeição
       *[other] rejeições
    } { $reasoned ->
        [1] deu
       *[other] deram
    } um motivo legítimo; a resposta veio { $days } { $days ->
        [1] dia
       *[other] dias
    } após o encerramento
brief-text-because-balance = o acolhimento difere em { $gap } entre o grupo mais bem atendido, { $best }, e o menos atendido, { $worst }
brief-text-consultation-rule-outcome = O resultado de uma contribuição é o seu encaminhamento ou, para uma contribuição incorporada a outra, o resultado desta; as contribuições retiradas ficam de fora de todas as parcelas.
brief-text-consultation-rule-coverage = A cobertura de respostas é a parcela das contribuições cujo resultado é uma resposta publicada: qualquer um, exceto “Sem resposta” (um adiamento ou uma decisão de fora do escopo é uma resposta).
brief-text-consultation-rule-reasoned = As rejeições fundamentadas são a parcela das contribuições rejeitadas, consideradas fora do escopo ou aceitas só em parte (o que não foi acolhido também exige um motivo) que receberam um motivo legítimo: impedimento legal, fora do mandato, inviabilidade técnica, custo desproporcional, evidências insuficientes, tratada em outro lugar (contada só se o registro indicar o dispositivo que a trata), conflito com o objetivo declarado, ou superada por outras contribuições.
brief-text-consultation-rule-uptake = O acolhimento de um grupo são as suas contribuições aceitas mais metade das aceitas parcialmente, sobre todas as suas contribuições; a diferença de acolhimento é o acolhimento do grupo mais bem atendido menos o do menos atendido, sem contar os autores de grupo desconhecido.
brief-text-consultation-rule-participation = A participação conta cada contribuição pelo grupo de quem a enviou, incluindo as retiradas e as incorporadas, e nomeia os grupos de partes interessadas (e as pessoas físicas) que não enviaram nenhuma.
brief-text-consultation-rule-timeliness = A tempestividade compara a duração da consulta, da abertura ao encerramento, com as { $weeks } semanas no mínimo que pedem as diretrizes Legislar Melhor da UE, e conta os dias do encerramento até a resposta publicada (a data de resposta da consulta ou, na falta dela, a última resposta a uma contribuição), que os Princípios de Consulta do Reino Unido (2018) pedem que sejam no máximo { $days } ({ $weeks } semanas).

## After a recommendation, the concerns of other questions whose answers name it for their advice
## (`advice_under`): each is $question, "Inclusiveness: Staying connected to the global Internet",
## with its $level, "level 1 of 4"; $questions joins them with the language's semicolon.
brief-text-also-answers-one = { $question } ({ $level })
brief-text-also-answers = { $count ->
    [one] Também responde à preocupação apontada em { $questions }.
   *[other] Também responde às preocupações apontadas em { $questions }.
}

