# Palavras e formatos comuns a todos os documentos e à interface.

## Datas: "1º de maio de 2021", "12 de maio de 2021".
date-long = { $day ->
    [1] 1º
   *[other] { $day }
} de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## Os dois-pontos entre um rótulo e o que o segue ("Classificação geral: Fraco").
colon = { ":" }

## O ponto e vírgula entre os membros de uma frase, com o espaço depois.
semicolon = { "; " }

## O ponto entre os grupos de três algarismos de um número grande ("5.000.000"), e a partir de
## quantos algarismos eles se agrupam.
thousands-separator = { "." }
thousands-from = 4

## Uma porcentagem: "94%".
percent = { $number }%

## As palavras comuns a todos os documentos. Os identificadores são as chaves em inglês do
## formato de arquivo e do JSON; só as palavras mudam com o idioma.

## Faixas de classificação do processo, de uma rubrica e da proposta como um todo.
rating-no-effect-found = Nenhum efeito constatado
rating-strong = Sólido
rating-adequate = Adequado
rating-weak = Fraco
rating-serious-concerns = Preocupações graves
rating-insufficient-evidence = Evidências insuficientes

## As mesmas faixas, como o efeito na Internet as nomeia.
verdict-no-effect-found = Nenhum efeito constatado
verdict-protective = Protetor
verdict-low-risk = Risco baixo
verdict-harmful = Prejudicial
verdict-serious-harm = Dano grave
verdict-insufficient-evidence = Evidências insuficientes

## As duas dimensões de uma rubrica.
dimension-effect = Efeito na Internet
dimension-process = Processo
## O mesmo, dentro de uma frase ("Geral, efeito na Internet: limitada a …").
dimension-effect-in-sentence = efeito na Internet
dimension-process-in-sentence = processo

## O que aconteceu com uma pergunta.
status-answered = Respondida
status-unknown = Desconhecido
status-unanswered = Sem resposta
status-not-applicable = Não aplicável
status-not-affected = Não afetado
status-screened-out = Descartado na triagem

## Em que ponto está a avaliação.
review-draft = Versão preliminar
review-final = Versão final

## Em que ponto está a proposta.
stage-request = Solicitação
stage-idea = Ideia
stage-draft = Minuta
stage-consultation = Em consulta
stage-in-legislature = No Poder Legislativo
stage-adopted = Aprovada
stage-in-force = Em vigor
stage-withdrawn = Retirada
stage-rejected = Rejeitada

## Que tipo de medida é a proposta.
kind-law = Lei
kind-regulation = Regulamento
kind-decree = Decreto
kind-treaty = Tratado
kind-court-order = Ordem judicial
kind-request = Solicitação a um órgão global
kind-private-network = Ação de uma rede privada
kind-non-binding = Declaração ou texto não vinculante

## Como as recomendações nomeiam a medida, dentro de uma frase.
measure-law = a lei
measure-regulation = o regulamento
measure-decree = o decreto
measure-treaty = o tratado
measure-court-order = a ordem
measure-request = a solicitação
measure-private-network = a política da rede
measure-non-binding = a declaração
# The step that ends the measure, for a rubric's `{withdraw}`: by its kind and how far it has come.
withdraw = retirar { $measure }
withdraw-repeal = revogar { $measure }
withdraw-denounce = denunciar { $measure }
withdraw-do-not-adopt = não adotar { $measure }
withdraw-do-not-bring-back = não reapresentar { $measure }
# When a check the advice asks for is to be made ({timing}): before a measure applies, or
# now and at each review once it is adopted or in force.
timing-before = antes da aplicação da medida
timing-now = desde já e a cada revisão
timing-now-practice = desde já e a cada mudança da política da rede
# The stages still to come of the measure, for a rubric's `{later}`: by its kind.
later-binding = a implementação, a revisão e qualquer alteração posterior da medida
later-request = o trabalho posterior do órgão que deve decidir sobre a solicitação
later-non-binding = a redação de qualquer texto de acompanhamento e qualquer revisão dos compromissos da declaração
later-private-network = qualquer mudança posterior da política da rede

## Channels of a consultation, where the ledger names one by its id.
channel-portal = portal on-line
channel-written = contribuições escritas
channel-meeting = reuniões
channel-hearing = audiências
channel-survey = questionário

## Os grupos de partes interessadas da governança da Internet, e quem mais pode contribuir.
group-government = Governos
group-private-sector = Setor privado
group-civil-society = Sociedade civil
group-technical-community = Comunidade técnica
group-academia = Academia
group-intergovernmental = Organizações intergovernamentais
group-individual = Pessoas físicas
group-unknown = Desconhecido

## O que foi feito com uma contribuição a uma consulta.
disposition-accepted = Aceita
disposition-partially-accepted = Aceita em parte
disposition-rejected = Rejeitada
disposition-out-of-scope = Fora do escopo
disposition-deferred = Adiada
disposition-not-answered = Sem resposta
disposition-withdrawn = Retirada
disposition-merged = Mesclada com outra

## Por que uma contribuição não foi acolhida (ou não totalmente).
reason-legally-precluded = Juridicamente impossível
reason-outside-mandate = Fora do mandato
reason-technically-infeasible = Tecnicamente inviável
reason-disproportionate-cost = Custo desproporcional
reason-insufficient-evidence = Evidências insuficientes
reason-addressed-elsewhere = Tratada em outro lugar
reason-conflicts-with-objective = Contrária ao objetivo declarado
reason-outweighed-by-other-input = Prevaleceram outras contribuições
reason-none-given = Nenhum motivo informado

## O que é um mecanismo, dentro de uma frase.
mechanism-harm = dano
mechanism-safeguard = salvaguarda

## Sinais de alerta.
flag-red-flag = Sinal de alerta
flag-severe = grave
flag-severe-red-flag = Sinal de alerta grave

## O mapa da Internet Society: as propriedades críticas do Internet Way of Networking e os
## habilitadores de uma Internet aberta, globalmente conectada, segura e confiável.
iiat-kind-critical-property = Propriedade crítica
iiat-kind-enabler = Habilitador
iiat-accessible-infrastructure = Uma infraestrutura acessível com um protocolo comum
iiat-open-architecture = Uma arquitetura aberta de blocos de construção interoperáveis e reutilizáveis
iiat-decentralised-management = Gerenciamento descentralizado e sistema único de roteamento distribuído
iiat-common-identifiers = Identificadores globais comuns
iiat-technology-neutral = Uma rede de propósito geral e tecnologicamente neutra
iiat-easy-access = Acesso fácil e irrestrito
iiat-unrestricted-use = Uso e implantação irrestritos das tecnologias da Internet
iiat-collaborative-governance = Desenvolvimento, gestão e governança colaborativos
iiat-unrestricted-reachability = Alcançabilidade irrestrita
iiat-available-capacity = Capacidade disponível
iiat-data-confidentiality = Confidencialidade de informações, dispositivos e aplicativos
iiat-integrity = Integridade de informações, aplicativos e serviços
iiat-reliability-resilience = Confiabilidade, resiliência e disponibilidade
iiat-accountability = Prestação de contas
iiat-privacy = Privacidade

## Elementos de página: cabeçalho e rodapé, descrição do gráfico.
page-overall = Geral
# The Word documents' keywords property: the method the brief follows.
keywords-method = avaliação de impacto na Internet
page-number = Página { $page } de { $total }

## Guidance that points to another question names it as the reader knows it: its area (or, for a
## process question, its prompt) as $name, quoted, then where it is. $rubric is the rubric's title,
## $number the question's place in it, $id its full id in backticks (as a fill-in file heads it).
question-reference = “{ $name }” ({ $rubric }, pergunta { $number })
question-reference-by-id = “{ $name }” ({ $id })

## Why a new submission cannot take the id typed for it, after "Cannot use that id:" in the
## wizard and the browser.
submission-id-empty = está vazio
submission-id-taken = outra contribuição já o usa
