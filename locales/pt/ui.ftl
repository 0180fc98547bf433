# The command line and the wizard.

## Choosing the language and starting.
ui-locale-unmatched = Não há tradução para a localidade { $locale }: as mensagens estão em inglês. LANGUAGE define o idioma delas (um de { $languages }); --lang o define também para os relatórios.
ui-no-terminal = error: o assistente precisa de um terminal interativo, e a entrada padrão não é um terminal
    {"  "}help: para uso com scripts, crie um arquivo para preencher com `impact-brief init ARQUIVO`, edite-o e depois execute `impact-brief render ARQUIVO`
ui-needs-terminal = é necessário um terminal interativo

## Key hints, yes and no, and long texts typed on one line.
ui-keys-select = ↑↓ para mover, Enter para escolher, digite para filtrar
ui-keys-multi-select = ↑↓ para mover, Espaço para marcar, → para marcar tudo, ← para desmarcar tudo, digite para filtrar
ui-yes = sim
ui-no = não
ui-invalid-yes-no = Responda sim ou não.
ui-summary-none = (nenhum)
ui-summary-paragraphs = { $first }… ({ $count ->
        [one] { $count } parágrafo
       *[other] { $count } parágrafos
    })
ui-long-text-keeps = Enter mantém: { $summary }
ui-long-text-inline-help = Enter mantém o texto atual; digite um parágrafo para substituí-lo, ou - para apagá-lo

## Answers refused.
ui-invalid-empty = este campo não pode ficar vazio
ui-invalid-date = escreva a data no formato AAAA-MM-DD, por exemplo 2026-03-01
ui-invalid-day = esse dia não existe no calendário: confira o dia e o mês
ui-invalid-too-long-title = um título de no máximo 500 caracteres: o título oficial basta
ui-invalid-too-long-finding = no máximo 5.000 caracteres: diga-o em uma ou duas frases e dê o detalhe em “Por quê?”
ui-invalid-too-long-text = no máximo 20.000 caracteres (cerca de 3.000 palavras): coloque o texto completo em um documento citado como fonte
ui-invalid-too-long-line = no máximo 500 caracteres: é uma linha da primeira tabela do relatório
ui-invalid-too-long-evidence = no máximo 2.000 caracteres: uma referência ou um endereço web (um endereço mais longo não pode ser vinculado)

## The file.
ui-welcome = Vamos avaliar uma proposta legislativa. Pressione Esc a qualquer momento para parar.
ui-title = Qual é o nome da proposta?
ui-title-help = Seu nome oficial ou usual, por exemplo “Projeto de Lei de Segurança Online”
ui-save-as = Salvar a avaliação como
ui-save-as-help = Pressione Enter para usar o nome mostrado, ou digite outro. Você poderá retomar o arquivo com `impact-brief wizard` seguido do nome dele.
ui-file-exists-resume = { $file } já existe. Retomá-lo em vez disso?
ui-file-exists-resume-help = Não: escolher outro nome (um arquivo existente nunca é sobrescrito)
ui-cannot-create = Não é possível criar { $file }: { $error }. Escolha outro nome.
ui-read-only = { $file } é somente leitura, por isso nenhuma resposta poderia ser salva nele. Torne-o gravável (no seu gerenciador de arquivos, ou com chmod u+w) e comece de novo.
ui-not-a-folder = { $file } é um arquivo, não uma pasta, por isso nada pode ser salvo dentro dele. Escolha outro nome.
ui-cannot-save-in = As respostas não podem ser salvas em { $folder } ({ $error }). Escolha um arquivo numa pasta em que você possa escrever, como a sua pasta pessoal.
ui-saving-as-toml = Salvando como { $file }: os arquivos de avaliação terminam em .toml, que é o que `impact-brief batch` e os editores procuram.
ui-saving-as-portable = Salvando como { $file }: um nome de letras sem acento, algarismos, - e _ abre em qualquer lugar, inclusive em `impact-brief serve`.
ui-cannot-resume = Não é possível retomar { $file }: ele tem problemas (listados abaixo). Corrija-os e execute `{ $command }` novamente; o assistente nunca sobrescreve um arquivo que não consegue ler.
ui-progress = { $answered } de { $total } perguntas aplicáveis respondidas{ $unsure ->
        [0] {""}
        [one] , e { $unsure } marcada como “ainda não tenho certeza”
       *[other] , e { $unsure } marcadas como “ainda não tenho certeza”
    }.
ui-plan = O que você gostaria de fazer?
ui-plan-continue = Continuar com as perguntas não respondidas (faltam { $count })
ui-plan-continue-all-answered = Continuar (todas as perguntas têm resposta)
ui-plan-review = Revisar todas as respostas
ui-plan-render = Gerar o relatório agora
ui-intro-saving = Suas respostas são salvas em { $file } após cada uma.
    Se parar, continue com: { $command }
ui-stopped-saved = Interrompido. Suas respostas estão salvas em { $file }, exceto o texto que você estava digitando ao interromper.
    Para continuar, execute: { $command }
ui-stopped-nothing-saved = Interrompido. Nada foi salvo.
ui-prompt-stopped = <interrompido>

## The proposal.
ui-section-proposal = A proposta
ui-resume-proposal-again = Os dados da proposta já estão no arquivo. Deseja revisá-los de novo?
ui-resume-proposal-again-help = Não os mantém como estão; “Revisar uma resposta”, ao terminar as perguntas, também permite alterá-los
ui-jurisdiction = Jurisdição
ui-jurisdiction-help = O país ou a região de cuja legislação ela faria parte; separe vários com “;” (opcional)
ui-reference = Referência oficial
ui-reference-help = Um número de projeto de lei ou uma referência de documento, por exemplo “PL 2630/2020” (opcional)
ui-kind = Que tipo de medida é?
ui-kind-help = O relatório a chama assim em todo o texto (“a lei”, “o regulamento”, “o pedido”)
ui-stage = Em que fase ela está?
ui-stage-help = Sua fase no processo legislativo
ui-stage-request = Solicitação
ui-stage-idea = Ideia
ui-stage-draft = Minuta
ui-stage-consultation = Em consulta
ui-stage-in-legislature = No Poder Legislativo
ui-stage-adopted = Aprovada
ui-stage-in-force = Em vigor
ui-stage-withdrawn = Retirada
ui-stage-rejected = Rejeitada
ui-stage-not-sure = Não sei
ui-introduced = Data de apresentação ou publicação
ui-introduced-help = Opcional; pressione Enter para pular
ui-date-placeholder = AAAA-MM-DD
ui-url = Onde o texto pode ser lido?
ui-url-help = Um endereço web (opcional)
ui-url-not-web = Um endereço web começa com https:// ou http:// e nomeia um site, como https://www.parlamento.example/projeto-12; deixe vazio se não houver.
ui-url-has-space = Um endereço web não contém espaços: apague-os ou escreva-os como %20.
ui-url-kept-as-text = O endereço salvo, “{ $url }”, não é um endereço web: o relatório o imprime como texto, não como link. Enter o mantém; indique um que comece com https:// para que seja um link.
ui-summary = Resumo: o que a proposta faz?
ui-summary-help = Algumas frases com suas próprias palavras (opcional; Markdown é aceito)
ui-context = Contexto: por que agora, e o que mais os leitores devem saber?
ui-context-help = Antecedentes, leis relacionadas, quem a defende (opcional; Markdown é aceito)

## The assessors.
ui-section-assessors = Quem avalia
ui-assessors = Seu nome e sua organização
ui-assessors-placeholder = Maria Okafor, Capítulo da ISOC em Veridia
ui-assessors-help = Separe várias pessoas com ponto e vírgula (;): uma vírgula faz parte do nome
ui-stakeholder = Em nome de qual grupo de partes interessadas você fala?
ui-stakeholder-help = Avaliações de grupos diferentes podem ser reunidas com `impact-brief panel`
ui-stakeholder-government = Governo
ui-stakeholder-private-sector = Setor privado
ui-stakeholder-civil-society = Sociedade civil
ui-stakeholder-technical-community = Comunidade técnica
ui-stakeholder-academia = Academia
ui-stakeholder-intergovernmental = Organização intergovernamental
ui-stakeholder-not-said = Prefiro não dizer
ui-drafter = Sua organização redigiu ou propôs este texto?
ui-drafter-help = O relatório do painel indica isso e mostra quanto os demais concordam sem a sua avaliação
ui-date = Data da avaliação

## Screening and the questions.
ui-screening = Quais destas áreas a proposta afeta? Marque todas as áreas que ela poderia afetar.
ui-screening-help = Espaço marca, Enter confirma. As áreas marcadas recebem sua pergunta completa; as demais são registradas como “descartadas na triagem” (você poderá revisá-las depois).
ui-screening-none = Você não marcou nenhuma área. Registrar as { $count } como descartadas na triagem, sem exame?
ui-screening-none-help = Espaço marca uma área da lista. Responda não para voltar a ela; sim apenas se a proposta claramente não afeta nenhuma delas.
ui-screening-result = { $count ->
        [0] nenhuma área a avaliar
        [one] { $count } área a avaliar
       *[other] { $count } áreas a avaliar
    } em detalhe; { $screened_out ->
        [0] nenhuma descartada na triagem
        [one] { $screened_out } descartada na triagem
       *[other] { $screened_out } descartadas na triagem
    } (não examinadas: revise-as se isso mudar).
ui-rubric-heading = { $rubric } (rubrica { $number } de { $total })
ui-skipped = { $question } pulada: { $reason }.
ui-condition = ela só se aplica quando { $question } está no nível { $level }{ $level_text } ou superior
ui-condition-open = { $condition }, e { $question } continua em aberto (sem resposta, ou “{ $not_sure }”): ela será feita quando { $question } for conhecida
ui-condition-level-text = {" "}(“{ $text }”)
ui-unsure-left = { $count ->
        [one] { $count } pergunta está marcada
       *[other] { $count } perguntas estão marcadas
    } como “{ $not_sure }”; escolha “{ $revise }” quando souber mais.
ui-without-advice-left = { $count ->
        [one] Uma resposta está
       *[other] { $count } respostas estão
    } abaixo do nível aceitável sem nenhum dano marcado nem recomendação de parte alguma: o relatório { $count ->
        [one] a inclui
       *[other] as inclui
    } entre as preocupações sem recomendar nada ({ $questions }). Para indicar de onde vem a recomendação, escolha "{ $revise }" no menu final.
ui-running-score = { $rubric }: { $score } ({ $rating }), cobertura { $coverage }
ui-no-score-yet = ainda sem pontuação
ui-rating-no-effect-found = Nenhum efeito constatado
ui-rating-strong = Sólido
ui-rating-adequate = Adequado
ui-rating-weak = Fraco
ui-rating-serious-concerns = Preocupações graves
ui-rating-insufficient-evidence = Evidências insuficientes
ui-option-not-affected = Não afetado – verifiquei e a proposta não trata disso
ui-option-screened-out = Descartado na triagem – não examinado (manter)
ui-option-not-sure = Ainda não tenho certeza
ui-option-not-applicable = Não aplicável
ui-ledger-points-to = Registro da consulta: { $because }. Ele aponta para o nível { $level } nesta pergunta; a escolha do nível é sua.
ui-why = Por quê?
ui-why-help-level = O que no texto ou no processo sustenta este nível? (recomendado: um relatório sem motivos não pode ser verificado, e `check` o indica; Markdown é aceito)
ui-why-help-not-sure = O que falta para julgar, e onde isso poderia ser encontrado? (opcional)
ui-why-help-not-applicable = Por que isto não se aplica à proposta? (opcional)
ui-why-help-not-affected = O que você verificou, e por que isso não mostra nenhum efeito? (opcional)
ui-why-help-red-flag = Esta resposta gera um sinal de alerta: explique por quê, com os dispositivos e as fontes em que se baseia (obrigatório; Markdown é aceito)
ui-red-flag-needs-reason = Um sinal de alerta precisa de um motivo antes de ser salvo: o que no texto o justifica?
ui-red-flag-not-saved = O sinal de alerta em { $question } não foi salvo: ele precisa de um motivo. A resposta ficou como estava.
ui-red-flag-kept-unsure = O sinal de alerta em { $question } não foi salvo: ele precisa de um motivo. O que você escreveu é mantido, com a resposta “Ainda não tenho certeza”: escolha de novo o nível e dê o motivo para concluí-la.
ui-answer-kept = Interrompido antes do motivo: a resposta em { $question } ficou como estava.
ui-typed-not-saved = O que você digitou não foi salvo; aqui está, para copiar se precisar:
ui-finding = O que a proposta faz neste ponto?
ui-finding-process = O que fizeram os seus autores neste ponto?
ui-finding-help = Uma frase com suas próprias palavras, sobre esta proposta: a página 1 do relatório cita esta constatação (opcional)
ui-provisions = Quais dispositivos?
ui-provisions-help = Os artigos em que se baseia, separados por ponto e vírgula, por exemplo art. 5º, § 2º; art. 12 (opcional)
ui-mechanism-harm = Dano: { $label }
ui-mechanism-safeguard = Salvaguarda: { $label }
ui-mechanisms = Quais destes mecanismos a proposta contém? Marque cada um que ela tiver, danos e salvaguardas.
ui-mechanisms-help = Espaço marca, Enter confirma. As recomendações do relatório vêm apenas dos danos que você marcar, e os pontos fortes das salvaguardas.
ui-advice-none = Esta resposta está abaixo do nível aceitável, mas não marca nenhum dano. As recomendações do relatório sobre um efeito vêm dos danos marcados: do jeito que está, o relatório não dá nenhuma recomendação para esta resposta.
ui-advice = De onde deve vir a recomendação para esta resposta?
ui-advice-help = Na maioria das vezes, a proposta contém um dos danos da lista: marque-o. Sua própria recomendação substitui a da rubrica para esta pergunta; a de outra pergunta é impressa uma vez, sob essa pergunta, e cita também esta.
ui-advice-tick = Marcar o que a proposta faz (voltar à lista)
ui-advice-own = Escrever nossa própria recomendação
ui-advice-other = A recomendação de outra pergunta também responde a esta
ui-advice-leave = Deixá-la sem recomendação por enquanto
ui-advice-own-prompt = Sua recomendação aos redatores do texto
ui-advice-own-help = O que os redatores devem mudar? Ela substitui no relatório a recomendação da rubrica para esta pergunta (Markdown é aceito).
ui-advice-own-edit-help = A sua própria recomendação para esta pergunta, que substitui a da rubrica no relatório: mantenha-a, edite-a ou esvazie-a para voltar à da rubrica (Markdown é aceito).
ui-advice-other-prompt = A recomendação de qual pergunta também responde a esta?
ui-advice-other-help = A recomendação dessa pergunta, impressa sob ela, citará também esta pergunta. Digite para filtrar a lista.
ui-advice-other-none-yet = “{ $question }” ainda não dá nenhuma recomendação: não está abaixo do nível aceitável, ou não marca nenhum dano e não tem recomendação própria. Responda-a de modo que dê uma; `impact-brief check` avisa enquanto não der.
ui-evidence = Evidência { $number }
ui-evidence-help = Um dispositivo, documento ou link por linha; pressione Enter em uma linha vazia para terminar
ui-evidence-edit-help = Edite o item { $number } de { $total }, ou apague-o para removê-lo

## The end: the menu, rendering and revising.
ui-menu = E agora?
ui-menu-render = Gerar o relatório
ui-menu-revise = Revisar uma resposta
ui-menu-lead = Escolher a constatação que a página 1 coloca em primeiro lugar
ui-menu-mark-final = Marcar o relatório como versão final
ui-menu-mark-draft = Marcar de novo o relatório como versão preliminar
ui-menu-record = Registrar as contribuições à consulta
ui-menu-quit = Salvar e sair
# Choosing the finding page 1 puts first (`lead` in the file).
ui-lead = Qual constatação a página 1 deve colocar em primeiro lugar?
ui-lead-help = A página 1 ordena as constatações pela gravidade que a metodologia lhes dá. A que você escolher encabeça sua lista, sua recomendação encabeça os próximos passos, e a página 1 diz que é escolha sua.
ui-lead-none = Nenhuma: manter a ordem da metodologia
ui-lead-now-first = Em primeiro lugar agora
ui-lead-set = A página 1 agora coloca “{ $topic }” em primeiro lugar.
ui-lead-cleared = A página 1 mantém a ordem da metodologia.
ui-lead-too-few = A página 1 ainda não tem duas constatações para ordenar: não há nada a escolher.
ui-marked = A primeira página do relatório agora indica: { $status }.
# The other assessment files in the panel command the wizard suggests when it quits.
ui-saved-other-file = OUTRA.toml
ui-saved = { $file } salvo.
    Para gerar o relatório depois: { $render }
    Para alterar as respostas: { $resume }
    Com as avaliações de outras pessoas sobre a mesma proposta, gere um relatório de painel:
      { $panel }
ui-formats = Quais formatos?
ui-formats-help = Espaço marca um formato, Enter confirma
ui-format-markdown = Markdown (.md): para revisão e controle de alterações
ui-format-pdf = PDF (.pdf): para publicação
ui-format-docx = Word (.docx): para comentários e controle de alterações
ui-format-html = HTML (.html): uma página web
ui-format-json = JSON (.json): para scripts
ui-formats-none = Nenhum formato escolhido; nada foi gravado.
ui-folder = Em qual pasta gravar os arquivos?
ui-cannot-render = Não é possível gerar o relatório: { $error }
ui-wrote = { $file } gravado
ui-could-not-write = Não foi possível gravar { $file }: { $error }
ui-back = Voltar
ui-revise = Qual resposta você deseja alterar?
ui-revise-help = Digite para filtrar, por exemplo “abertura”
ui-revise-does-not-apply = { $answer } (não se aplica agora)
ui-revise-does-not-count = Observação: esta resposta não conta no momento: { $reason }.
ui-revise-counts-while-open = Observação: { $reason }; enquanto { $question } estiver em aberto, uma resposta dada aqui conta, a menos que { $question } receba depois uma resposta abaixo desse nível.
ui-applies-now = { $question } agora se aplica:
ui-answer-not-sure = ainda não tenho certeza
ui-answer-not-applicable = não aplicável
ui-answer-not-affected = não afetado
ui-answer-screened-out = descartado na triagem
ui-answer-none = sem resposta

## The consultation ledger.
ui-ledger = Como você deseja registrar as contribuições?
ui-ledger-add = Adicionar as contribuições uma a uma
ui-ledger-import = Importar um arquivo CSV
ui-consultation-opened = Quando a consulta foi aberta?
ui-consultation-closed = Quando ela foi encerrada (último dia em que se receberam contribuições)?
ui-consultation-responded = Quando a resposta à consulta foi publicada?
ui-consultation-date-help = AAAA-MM-DD; deixe em branco se não souber, ou se ainda não aconteceu
ui-ledger-in-csv = As contribuições ficam no arquivo CSV { $file }, ao lado do arquivo de avaliação. Edite-as lá, ou importe novamente o arquivo editado.
ui-submission-saved = Contribuição { $id } salva.
ui-submission-another = Adicionar outra?
ui-submission-id = Identificador da contribuição
ui-submission-id-help = Único no registro, por exemplo S-01
ui-submission-id-refused = Não é possível usar esse identificador: { $problem }. Escolha outro.
ui-submitter = Quem a enviou?
ui-submitter-help = Uma pessoa ou uma organização; deixe em branco para uma contribuição anônima
ui-submitter-group = A qual grupo pertence o remetente?
ui-submitter-government = Governo
ui-submitter-private-sector = Setor privado
ui-submitter-civil-society = Sociedade civil
ui-submitter-technical-community = Comunidade técnica
ui-submitter-academia = Academia
ui-submitter-intergovernmental = Organização intergovernamental
ui-submitter-individual = Pessoas físicas
ui-submitter-unknown = Desconhecido
ui-submission-provision = A qual dispositivo da minuta ela se refere?
ui-submission-provision-help = Por exemplo “art. 12, § 3º”; deixe em branco se ela trata da proposta como um todo
ui-submission-asked = O que ela pedia?
ui-submission-asked-help = Em uma frase; deixe em branco para pular
ui-disposition = O que foi feito com ela?
ui-disposition-help = Conforme a resposta publicada
ui-disposition-accepted = Aceita
ui-disposition-partially-accepted = Aceita parcialmente
ui-disposition-rejected = Rejeitada
ui-disposition-out-of-scope = Fora do escopo
ui-disposition-deferred = Adiada
ui-disposition-not-answered = Sem resposta
ui-disposition-withdrawn = Retirada
ui-disposition-merged = Mesclada com outra
ui-merged-into = Junto com qual contribuição ela foi respondida?
ui-merged-into-help = Digite para filtrar pelo identificador
ui-reason = Que motivo a resposta deu?
ui-reason-help = “Nenhum motivo informado” quando a resposta não deu motivo
ui-reason-legally-precluded = Juridicamente impossível
ui-reason-outside-mandate = Fora do mandato
ui-reason-technically-infeasible = Tecnicamente inviável
ui-reason-disproportionate-cost = Custo desproporcional
ui-reason-insufficient-evidence = Evidências insuficientes
ui-reason-addressed-elsewhere = Tratada em outro lugar
ui-reason-conflicts-with-objective = Contrária ao objetivo declarado
ui-reason-outweighed-by-other-input = Prevaleceram outras contribuições
ui-reason-none-given = Nenhum motivo informado
ui-reason-text = O motivo nas palavras dos redatores
ui-reason-text-help = Citado ou resumido; deixe em branco para pular
ui-reflected-in = Onde o texto a acolhe ou a trata (o dispositivo)
ui-reflected-in-help = p. ex. art. 12; “tratada em outro lugar” só conta como motivo legítimo se o dispositivo for indicado aqui; deixe em branco para pular
ui-csv-file = Qual arquivo CSV?
ui-csv-file-help = Uma linha de cabeçalho com os nomes das colunas (id, group e disposition obrigatórias), uma contribuição por linha
ui-import-problems = Nada foi importado: { $file } tem problemas.
ui-import-replace = O arquivo de avaliação tem { $count } contribuições próprias. Substituí-las pelas do arquivo CSV?
ui-import-replace-help = Não: mantê-las e não importar nada (um registro fica no arquivo ou em um arquivo CSV, não em ambos)
ui-import-kept = Nada foi importado; as contribuições do arquivo de avaliação foram mantidas.
ui-import-cannot-copy = Nada foi importado: não é possível copiar { $file }: { $error }
ui-imported = { $count ->
        [one] { $count } contribuição importada
       *[other] { $count } contribuições importadas
    } de { $file }; o arquivo de avaliação agora o indica em submissions_file.
ui-ledger-no-suggestion = O registro ainda não aponta um nível para nenhuma pergunta.

## `score`: the scorecard in the terminal (with the brief's labels and the ui-rating-* words).
ui-score-title = { $heading }: { $title }
ui-score-coverage = cobertura { $coverage }
ui-score-points = ({ $points } pontos)
ui-score-red-flags = { $count ->
        [one] { $count } sinal de alerta
       *[other] { $count } sinais de alerta
    }
ui-score-verdict = { $dimension }: { $verdict }.
ui-score-dimension-effect = Efeito na Internet
ui-score-dimension-process = Processo
ui-score-effect-no-effect-found = Nenhum efeito constatado
ui-score-effect-protective = Protetor
ui-score-effect-low-risk = Risco baixo
ui-score-effect-harmful = Prejudicial
ui-score-effect-serious-harm = Dano grave
ui-score-effect-insufficient-evidence = Evidências insuficientes
# An open question's status in a list, for `score` and `check`.
ui-score-status-unknown = desconhecido
ui-score-status-unanswered = sem resposta

## `check`: the summary of each file and the warnings about answers (errors in a file's TOML
## itself are reported in English).
ui-check-problems = { $file }: { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
ui-check-ok = { $file }: ok — respondidas: { $answered }, não afetadas: { $not_affected }, descartadas na triagem: { $screened_out }, desconhecidas: { $unknown }, sem resposta: { $unanswered }, não aplicáveis: { $not_applicable }, { $not_asked ->
        [0] não feitas: 0
       *[other] não feitas (cada uma depende de outra resposta): { $not_asked }
    }
ui-check-upgraded = escrito para as rubricas { $from }.x; lido na memória como { $to }.x ({ $moved ->
        [one] { $moved } resposta transferida
       *[other] { $moved } respostas transferidas
    }, { $needs_answer ->
        [one] { $needs_answer } precisa de nova resposta
       *[other] { $needs_answer } precisam de nova resposta
    }, { $new ->
        [one] { $new } pergunta nova
       *[other] { $new } perguntas novas
    })
ui-check-upgraded-help = execute `impact-brief migrate { $file }` para reescrevê-lo (uma cópia de segurança é mantida)
ui-check-asks-more = `{ $question }` agora pergunta mais do que antes, então esta resposta precisa ser refeita
ui-check-replaced = `{ $old }` é substituída por `{ $new }`, que pergunta algo diferente
ui-check-answer-anew-help = responda de novo a `{ $question }`; a justificativa anterior é mantida nela, marcada como desconhecida
ui-check-merged = `{ $old }` é substituída por `{ $new }`, que o arquivo também responde
ui-check-merged-help = vale a resposta a `{ $question }`; a justificativa e as fontes da resposta anterior são acrescentadas a ela com uma nota
ui-check-url-not-web = `url` não é um endereço web: { $url }
ui-check-url-not-web-help = escreva o endereço onde o texto pode ser lido, começando por https://; o relatório imprime qualquer outra coisa como texto, sem link
ui-check-not-asked = `{ $question }` não se aplica, então esta resposta não é contada: ela só se aplica quando `{ $condition }` está no nível { $level } ou acima
ui-check-not-asked-help = eleve `{ $condition }` se foi isso o que você constatou, ou remova esta resposta
ui-check-lead-no-level = `{ $question }` tem `lead`, mas não tem nível: não pode vir primeiro e fica no seu lugar habitual
ui-check-lead-no-level-help = dê-lhe um nível, ou remova `lead = true`
ui-check-lead-twice = `{ $question }` tem `lead`, mas `{ $first }` também, que vem antes no arquivo e fica em primeiro
ui-check-lead-twice-help = mantenha `lead = true` apenas na constatação a colocar em primeiro lugar
ui-check-no-rationale = `{ $question }` tem um nível, mas não tem justificativa
ui-check-no-rationale-help = acrescente `rationale = "..."`: por que este nível, com os dispositivos e as fontes em que se baseia; um relatório sem motivos não pode ser verificado
ui-check-no-finding = `{ $question }` não tem constatação
ui-check-no-finding-help = acrescente `finding = "..."`: uma frase com suas próprias palavras sobre o que a proposta faz neste ponto; a página 1 a cita (até lá, cita a primeira frase da justificativa)
ui-check-no-harm = `{ $question }` está abaixo do seu nível aceitável, mas não marca nenhum dano, então o relatório não faz nenhuma recomendação a respeito
ui-check-no-harm-help = marque o que a proposta faz em `mechanisms = [...]` ({ $harms }), escreva sua própria `recommendation` ou indique em `advice_under` a pergunta cuja recomendação também responde a esta
ui-check-severe-acceptable = `{ $question }` marca o dano grave `{ $harm }`, mas está no nível { $level }, que indica que o dano está contido
ui-check-severe-acceptable-help = abaixe o nível, ou marque a salvaguarda que o contém
ui-check-ledger-departs = `{ $question }` está no nível { $level }, mas o registro da consulta aponta para o nível { $suggested }
ui-check-ledger-open = `{ $question }` está em aberto; o registro da consulta aponta para o nível { $suggested }
ui-check-ledger-help = { $because }; mantenha seu nível se você sabe mais do que o registro mostra

## `batch`: o índice de uma execução (index.md), no idioma que `--lang` pede.
ui-index-title = Índice do lote
ui-index-summary = { $inputs ->
    [0] { $inputs } arquivos
    [one] { $inputs } arquivo
   *[other] { $inputs } arquivos
  }: { $rendered ->
    [0] { $rendered } gerados
    [one] { $rendered } gerado
   *[other] { $rendered } gerados
  }, { $failed } com erro, { $skipped ->
    [0] { $skipped } ignorados
    [one] { $skipped } ignorado
   *[other] { $skipped } ignorados
  }.
ui-index-input = Arquivo
ui-index-proposal = Título
ui-index-outputs = Arquivos gerados
ui-index-error = Erro

## `init`: os comentários do arquivo a preencher, no idioma do arquivo (`init --lang`).
ui-init-title = Avaliação de impacto de uma proposta legislativa.
ui-init-step-describe = Descreva a proposta em [proposal] e você mesmo em [assessment].
ui-init-step-answer = Responda a cada pergunta abaixo: dê a `level` um dos números listados acima dela (0 é o pior) e diga por quê em `rationale`. Markdown é permitido nos textos longos. Se ainda não puder julgar uma pergunta, escreva status = "unknown" em vez de um nível; se ela não se aplicar a esta proposta, escreva status = "not-applicable". Uma pergunta de efeito (o que a proposta faz à Internet) também aceita status = "not-affected": você verificou, e a proposta não toca essa área. Comece pela lista de triagem abaixo: ela nomeia todas as áreas de efeito num só lugar.
ui-init-step-check = Verifique o arquivo com `impact-brief check ARQUIVO` e gere o relatório com `impact-brief render ARQUIVO -f pdf`. Editores com Taplo (como o Even Better TOML do VS Code) o verificam enquanto você digita, usando o esquema indicado na primeira linha: veja `impact-brief schema --help`.
ui-init-screening-title = TRIAGEM: quais destas áreas a proposta toca?
ui-init-screening = Para cada área que ela não toca, responda à sua pergunta abaixo com status = "not-affected" e diga em `rationale` o que verificou (ou status = "screened-out" para uma área descartada num relance, sem exame). Responda às demais com um nível, uma constatação (`finding`) em uma frase sua, os dispositivos (`provisions`) em que se baseia e os mecanismos encontrados.
ui-init-mechanisms = Mecanismos: marque o que a proposta faz em `mechanisms = [...]`:
ui-init-asked-only-when = Perguntada só quando { $question } está no nível { $level } ou acima.

## Progress and summary lines of render, batch, panel, diff, migrate and schema, their warnings
## and their errors (in the interface's language: `--lang`, else the system locale's).
ui-command-wrote = { $file } gravado
ui-batch-jobs-zero = --jobs deve ser pelo menos 1
ui-batch-no-stdout = um lote grava os relatórios e o índice deles numa pasta, não na saída padrão; indique `-o DIR`
ui-batch-output-is-input = a pasta de saída também é uma pasta de entrada; indique outro `-o DIR`
ui-batch-same-file = nota: { $file } é o mesmo arquivo que { $kept }: gerado uma vez, com o nome { $kept }
ui-batch-inside-output = warning: { $folder } é a pasta de saída, que um lote não lê: { $count ->
        [one] { $count } arquivo de avaliação que está nela não é gerado ({ $files }); para gerá-lo, mova-o
       *[other] { $count } arquivos de avaliação que estão nela não são gerados ({ $files }); para gerá-los, mova-os
    } para outro lugar ou escolha outro `-o DIR`
ui-batch-no-inputs = nenhum arquivo .toml encontrado em { $paths }; nada foi gerado
ui-batch-folder-empty = warning: nenhum arquivo .toml encontrado em { $folder }; nada dessa pasta é gerado
# The progress bar's words: "12/40 briefs  3.1/s  9s left".
ui-batch-bar-briefs = relatórios
ui-batch-bar-left = faltam { $eta }
ui-batch-progress-ok = [{ $done }/{ $total }] gerado: { $file }
ui-batch-progress-failed = [{ $done }/{ $total }] com erro: { $file }
ui-batch-progress-skipped = [{ $done }/{ $total }] ignorado: { $file }
ui-batch-panels-written = { $count ->
        [0] { $count } relatórios de painel gravados
        [one] { $count } relatório de painel gravado
       *[other] { $count } relatórios de painel gravados
    }
ui-batch-summary = { $ok ->
        [0] { $ok } de { $total } gerados
        [one] { $ok } de { $total } gerado
       *[other] { $ok } de { $total } gerados
    } em { $folder }{ $failed ->
        [0] {""}
       *[other] , { $failed } com erro
    }{ $skipped ->
        [0] {""}
        [one] , { $skipped } ignorado
       *[other] , { $skipped } ignorados
    }; índice em { $index }
ui-batch-fail-on = { $count ->
        [one] { $count } arquivo tem classificação “{ $rating }” ou pior
       *[other] { $count } arquivos têm classificação “{ $rating }” ou pior
    } (--fail-on):
ui-batch-fail-on-input = { $file }: { $rating }
ui-render-formats-need-folder = vários formatos precisam de uma pasta: indique `-o DIR/` (ou omita -o)
ui-render-typ-not-stdout = `-f typ` grava uma pasta e não pode ir para a saída padrão; indique `-o DIR`
ui-render-watch-needs-files = --watch grava arquivos: indique `-o FILE` ou `-o DIR/`
ui-render-not-written = { $file } não gravado
ui-watch-watching = observando { $files }; Ctrl-C para parar
ui-watch-stopped = monitoramento interrompido; as saídas ficam como foram geradas por último
ui-watch-kept-rubrics = as rubricas foram mantidas como estavam
ui-watch-kept-templates = os modelos foram mantidos como estavam
ui-watch-problems = { $time } não gerado: { $file } tem problemas; o último resultado válido continua no lugar
ui-watch-format-failed = { $time } { $format } não gerado: { $error }
ui-watch-rendered = { $time } geração de { $files } em { $ms } ms
ui-panel-in-subfolders = { $folder } não contém nenhuma avaliação própria; { $count ->
        [one] a sua pasta { $folders } contém
       *[other] as suas pastas { $folders } contêm
    }: indique a pasta de uma proposta (`impact-brief panel { $first }`), ou `impact-brief batch { $folder } --panels` para um relatório de painel por pasta
ui-panel-too-few = um painel precisa de pelo menos duas avaliações da proposta, e { $count ->
        [0] nenhuma foi fornecida
        [one] só uma foi fornecida
       *[other] { $count } foram fornecidas
    }
ui-panel-none-read = nenhuma avaliação pôde ser lida
ui-panel-different-rubrics = { $first } e { $second } respondem a rubricas diferentes ({ $what }); um painel compara respostas às mesmas rubricas
ui-panel-forced = warning: { $first } e { $second } diferem ({ $what }); o relatório do painel mostra a proposta como { $shown } a descreve
ui-panel-not-same-proposal = { $first } e { $second } não avaliam a mesma proposta na mesma etapa ({ $what }); use --force para reuni-los mesmo assim
ui-panel-two-stages = { $first } e { $second } não avaliam a mesma proposta na mesma etapa ({ $what }); duas etapas de um mesmo projeto de lei formam um relatório de mudanças (`impact-brief diff OLD NEW`), não um painel; use --force para reuni-los mesmo assim
ui-panel-upgraded = nota: { $file } foi escrito para as rubricas { $edition }.x; foi atualizado na memória para as perguntas atuais
ui-panel-copy = warning: { $file } tem os mesmos avaliadores e as mesmas respostas que { $earlier }; cada um conta como uma avaliação
ui-panel-languages = warning: as avaliações do painel estão escritas em mais de um idioma ({ $file } em { $other }); o relatório do painel está em { $lang }, o do primeiro arquivo: use --lang para escolher
ui-panel-named-twice = warning: { $file } foi indicado duas vezes; conta uma só vez
ui-diff-same-file = warning: os dois caminhos designam o mesmo arquivo ({ $file }): o relatório de mudanças o compara consigo mesmo
ui-diff-different-rubrics = { $old } e { $new } respondem a rubricas diferentes ({ $old_rubrics } versus { $new_rubrics }); um relatório de mudanças compara respostas às mesmas rubricas: liste as mesmas nos dois arquivos (a chave `rubrics` no início)
ui-diff-different-proposals = { $old } e { $new } parecem avaliar propostas diferentes ({ $differences }); use --force para compará-las mesmo assim
ui-difference-title = título “{ $old }” versus “{ $new }”
ui-difference-reference = referência “{ $old }” versus “{ $new }”
ui-difference-jurisdiction = jurisdição “{ $old }” versus “{ $new }”
ui-difference-stage = etapa “{ $old }” versus “{ $new }”
ui-difference-introduced = apresentada em { $old } versus { $new }
ui-difference-rubrics = rubricas { $old } versus { $new }
ui-difference-none = nenhuma
# `diff --fail-on-worse`: the overall rating, then each dimension that got worse (ui-diff-got-worse-dimension, one after the other).
ui-diff-got-worse = piorou: { $old } → { $new } no geral{ $dimensions }
ui-diff-got-worse-dimension = ; { $dimension }: { $old } → { $new }
ui-diff-swapped = warning: OLD ({ $old }) parece posterior a NEW ({ $new }): { $reasons }
    {"  "}help: o relatório de mudanças lê OLD como a versão anterior; se estiverem invertidos, execute `impact-brief diff { $new } { $old }`
ui-diff-swapped-stage = a fase dele ({ $old }) vem depois da de NEW ({ $new })
ui-diff-swapped-introduced = o texto dele foi apresentado ou publicado em { $old }, depois do de NEW ({ $new })
ui-diff-swapped-assessed = ele foi avaliado em { $old }, depois de NEW ({ $new })
# Adds a reason to those before it: "A, and B, and C".
ui-diff-swapped-and = { $reasons }, e { $reason }
ui-migrate-nothing-to-do = { $file }: já responde às rubricas { $edition }.x (schema_version = { $edition }); nada a fazer
# What `migrate` did, a line per question; the first words are padded so that the questions line up.
ui-migrate-level = nível { $level }
ui-migrate-no-answer = sem resposta
# Written into the assessment file, above the words of an answer that migrate could not carry over.
ui-migrate-note-needs-answer = *Respondida para as rubricas { $edition }.x como `{ $from }` ({ $was }); a pergunta agora pede mais, por isso precisa de uma nova resposta.*
ui-migrate-note-also-answered = *Respondida também para as rubricas { $edition }.x como `{ $from }` ({ $was }), uma pergunta que esta substitui:*
ui-migrate-moved = transferida { $from } ({ $was }) → { $to } ({ $now })
ui-migrate-asks-more = responder   { $question } ({ $was }): a pergunta agora pede mais, então a resposta não é transferida; a justificativa anterior é mantida, marcada como desconhecida
ui-migrate-replaced = responder   { $question }: substitui { $old } ({ $was }), que perguntava algo diferente; a justificativa anterior é mantida, marcada como desconhecida
ui-migrate-new = nova        { $question }: acrescentada nas rubricas { $edition }.x; responda-a
ui-migrate-merged = mesclada    { $from } ({ $was }) em { $to }: o arquivo responde às duas; a resposta a { $to } é mantida, e a justificativa, as fontes e a recomendação da resposta anterior são acrescentadas a ela com uma nota
ui-migrate-read-only = { $file } é somente leitura, por isso não é reescrito; torne-o gravável primeiro, ou veja o resultado com --dry-run
ui-migrate-done = { $file }: migrado para as rubricas { $edition }.x; o original é mantido como { $backup }
ui-migrate-all-carried-over = Todas as respostas foram transferidas, e nenhuma pergunta é nova.
ui-migrate-needs-answers = { $count ->
        [one] { $count } pergunta precisa de resposta
       *[other] { $count } perguntas precisam de resposta
    }; até lá, o relatório marca a classificação do efeito como provisória. `impact-brief check { $file }` mostra a lista.
ui-migrate-backup-is-link = { $file } é um link; mova-o para outro lugar primeiro, para que nenhuma cópia de segurança anterior se perca e nada seja gravado em outro lugar
ui-migrate-backup-exists = { $file } já existe; mova-o para outro lugar primeiro, para que nenhuma cópia de segurança anterior se perca e nada seja gravado em outro lugar
ui-migrate-cannot-create-backup = não é possível criar a cópia de segurança { $file }
ui-migrate-cannot-write-backup = não é possível gravar a cópia de segurança { $file }
ui-schema-no-config-folder = não é possível saber onde fica sua pasta de configuração: nem XDG_CONFIG_HOME nem HOME está definida{ $system ->
        [windows] {" "}(nem APPDATA)
       *[other] {""}
    }
    {"  "}help: grave o esquema você mesmo com `impact-brief schema { $kind } > PATH` e defina { $variable }=PATH
ui-schema-installed-assessment = Os arquivos de avaliação que começam com `#:schema { $url }` (como os do init, do assistente e do migrate) agora têm autocompletar e verificação em editores com Taplo, como o Even Better TOML do VS Code.
ui-schema-variable-set = nota: { $variable } está definida, então os novos arquivos apontam para { $target } em vez disso
ui-schema-installed-rubric = Para que um arquivo de rubrica seja verificado, coloque `#:schema { $url }` na primeira linha.

## An answer that names another question for its advice (`advice_under`) when that question gives
## none. $question and $named are full question ids.
ui-check-advice-under-none = `{ $question }` remete sua recomendação a `{ $named }`, que não dá nenhuma, então o relatório não recomenda nada para nenhuma das duas
ui-check-advice-under-none-help = marque o dano que a proposta contém em `{ $named }` (ou escreva sua `recommendation`), ou dê a esta resposta uma recomendação própria e remova `advice_under`
ui-check-advice-under-no-concern-help = `{ $named }` não levanta nenhuma preocupação que exija recomendação (sua resposta não tem um nível abaixo do aceitável): dê a esta resposta uma recomendação própria (marque seus danos ou escreva `recommendation`) e remova `advice_under`
ui-check-advice-under-chain = `{ $question }` remete sua recomendação a `{ $named }`, que por sua vez remete a `{ $further }`: o relatório cita `{ $named }` sob essa recomendação, mas não `{ $question }`
ui-check-advice-under-chain-help = indique `{ $further }` em `advice_under` em vez disso: uma recomendação é remetida uma única vez, não ao longo de uma cadeia

## `rubric list` and `rubric show`: labels around the rubric's own texts (which come from its
## translation). $edition is a rubric edition number ("3" in "3.x").
ui-rubric-weight = peso
ui-rubric-question-count = { $count ->
    [one] { $count } pergunta
   *[other] { $count } perguntas
}
ui-rubric-header = { $title } ({ $id }, versão { $version }, peso { $weight })
ui-rubric-dimension-effect = efeito
ui-rubric-dimension-process = processo
ui-rubric-red-flag = sinal de alerta
ui-rubric-severe-red-flag = sinal de alerta grave
ui-rubric-acceptable-from-here = aceitável a partir daqui
ui-rubric-mechanisms = Mecanismos (marque os que a proposta contém):
ui-rubric-contained-by = contido por { $safeguards }
ui-rubric-since = Nova nas rubricas { $edition }.x.
ui-rubric-widened = Pede mais desde as rubricas { $edition }.x: uma resposta anterior precisa ser refeita.
ui-rubric-area = Área da triagem
ui-rubric-covers = Abrange
ui-rubric-replaces = Substitui (rubricas 1.x)
ui-rubric-applies-if = Feita apenas quando { $question } está no nível { $level } ou acima.
ui-rubric-sources = Fontes
ui-rubric-unknown = rubrica desconhecida `{ $id }`
ui-rubric-unknown-help = rubricas conhecidas: { $known }
ui-rubric-check-ok = { $file }: ok — rubrica `{ $id }` { $version } com { $count ->
    [one] { $count } pergunta
   *[other] { $count } perguntas
}

## The problems found in an assessment file once it is read (its TOML is valid): what is missing,
## unknown or out of range. Keys, ids and values in backticks or quotes stay as the file writes them.
ui-file-no-title = a proposta não tem título
ui-file-no-title-help = acrescente `title = "Nome do projeto de lei"` em [proposal]
ui-file-not-a-date = `{ $key }` deve ser uma data, não { $date }
ui-file-date-help = escreva as datas como 2026-12-05, sem aspas
ui-file-no-rubric = a avaliação não responde a nenhuma rubrica
ui-file-no-rubric-help = indique pelo menos uma, por exemplo rubrics = ["{ $example }"], ou remova a linha para usar as três
ui-file-unknown-rubric = rubrica desconhecida `{ $id }`
ui-file-unknown-rubric-help = rubricas conhecidas: { $known }
ui-file-rubric-twice = a rubrica `{ $id }` aparece duas vezes na lista
ui-file-rubric-twice-help = indique cada rubrica uma só vez
ui-file-answers-unknown-rubric = respostas para uma rubrica desconhecida `{ $id }`
ui-file-answers-unlisted-rubric-help = acrescente "{ $id }" a `rubrics = [...]` no início do arquivo, ou remova estas respostas
ui-file-answers-unknown-rubric-help = responda a uma das rubricas da avaliação: { $known }
ui-file-advice-under-self = `{ $question }` nomeia a si mesma em `advice_under`
ui-file-advice-under-self-help = indique as outras perguntas cuja recomendação também responde a esta
ui-file-advice-under-unknown = `advice_under` de `{ $question }` nomeia `{ $named }`, que não é uma pergunta desta avaliação
ui-file-advice-under-unlisted = `advice_under` de `{ $question }` nomeia `{ $named }`, mas a avaliação não responde à rubrica `{ $rubric }`
ui-file-advice-under-unlisted-help = acrescente "{ $rubric }" a `rubrics = [...]` no início do arquivo, ou nomeie uma pergunta das rubricas da avaliação
ui-file-unknown-effect = valor desconhecido `{ $value }` para `effect`
ui-file-unknown-effect-help = use um destes valores: { $known }
ui-file-unknown-concern = a preocupação esperada `{ $concern }` não é uma pergunta
ui-file-nearest-questions = as perguntas mais próximas: { $known }
ui-file-no-such-file-help = verifique o caminho; `impact-brief init ARQUIVO` cria um novo arquivo de avaliação
ui-file-did-you-mean = você quis dizer { $file }?
ui-file-too-long = `{ $field }` tem { $count } caracteres; um relatório admite no máximo { $limit }
ui-file-too-long-help = encurte-o e coloque o texto completo em um documento ao qual as evidências remetam
ui-file-too-long-evidence-help = indique um endereço mais curto para a mesma página (o link curto do próprio site, ou a página sem os seus parâmetros de rastreamento)
ui-file-unknown-question = pergunta desconhecida `{ $question }`
ui-file-unknown-question-help = perguntas válidas, da mais próxima à mais distante: { $known }
ui-file-status-process = `{ $question }` é uma pergunta de processo; "{ $status }" é para perguntas de efeito
ui-file-status-process-help = use um nível, ou status = "unknown" ou "not-applicable"
ui-file-no-mechanisms-help = `{ $question }` não tem mecanismos; remova `mechanisms`
ui-file-mechanisms-nearest-help = mecanismos de `{ $question }`, do mais próximo ao mais distante: { $known }
ui-file-unknown-mechanism = mecanismo desconhecido `{ $mechanism }` para `{ $question }`
ui-file-level-out-of-range = o nível { $level } está fora da escala de `{ $question }`
ui-file-level-out-of-range-help = use um nível de 0 (“{ $lowest }”) a { $top } (“{ $highest }”), ou status = "unknown"
ui-file-level-and-status = `{ $question }` tem ao mesmo tempo um nível e status = "{ $status }"
ui-file-level-and-status-help = mantenha `level` se a pergunta foi avaliada, ou `status` se não foi, mas não ambos

## What init says once it has written the file, and the hint about the editor schema ($state:
## missing or stale).
ui-init-wrote = { $file } gravado: preencha os níveis e depois execute `impact-brief check { $file }`
ui-schema-install-hint = O esquema que permite ao seu editor verificar este arquivo enquanto você digita { $state ->
    [missing] não está instalado
   *[stale] está desatualizado
}: execute `{ $command }`

## O que o sistema respondeu, em palavras: um arquivo ou uma pasta que não foi possível ler nem gravar.
ui-io-not-found = arquivo ou pasta inexistente
ui-io-permission-denied = permissão negada
ui-io-read-only = o disco é somente leitura
ui-io-storage-full = o disco está cheio
ui-io-is-a-folder = é uma pasta
ui-io-not-a-folder = uma parte do caminho é um arquivo, não uma pasta
ui-io-invalid-name = o nome não é válido aqui
ui-io-address-in-use = outro programa já usa essa porta

## A gravação das saídas: `render`, `batch`, `diff`, `panel`, `init`, `migrate`.
ui-output-is-folder = { $file } é uma pasta: indique um arquivo onde gravar
ui-output-cannot-write = não é possível gravar { $file }
ui-output-read-only = { $file } é somente leitura, por isso fica como está: torne-o gravável para que seja gravado de novo, ou grave o relatório em outro lugar
ui-output-edited-word = { $file } não é um documento do Word tal como o impact-brief o gravou (talvez tenha sido aberto e salvo depois, com comentários ou controle de alterações), por isso fica como está: mova-o ou renomeie-o para que o relatório seja gravado de novo, ou grave o relatório em outro lugar
ui-output-cannot-create-in = não é possível gravar { $file }: não é possível criar arquivos em { $folder } ({ $reason })
ui-output-cannot-write-into = não é possível gravar em { $folder } ({ $reason }); permita a gravação ou escolha outro `-o PASTA`
ui-output-folder-is-file = não é possível criar a pasta { $folder }: { $file } é um arquivo, não uma pasta; escolha outro caminho de saída
ui-output-cannot-create-folder = não é possível criar a pasta { $folder }
ui-output-over-itself = { $file } é o próprio arquivo que este comando lê e não será sobrescrito; escolha outro caminho de saída com -o
ui-output-over-input = { $file } é o arquivo de entrada { $input } com outro nome, que este comando lê, e não será sobrescrito; escolha outro caminho de saída com -o
ui-more-information = Para mais informações, experimente '--help'.
ui-output-unknown-extension = `-o { $file }`: o impact-brief não sabe o que gravar com essa extensão; termine o nome em .md, .pdf, .html, .docx (Word) ou .json, ou indique o formato com -f
ui-output-extension-disagrees = `-o` indica um arquivo .{ $extension }, mas foi pedido `-f { $format }`; faça-os coincidir
ui-output-toml = `-o { $file }`: um relatório não é gravado com .toml, a extensão das avaliações, que check, batch e serve leriam como uma; termine o nome em .md, .pdf, .html, .docx ou .json
ui-init-exists = { $file } já existe; o init nunca sobrescreve um arquivo
ui-init-exists-help = escolha outro nome, ou continue-o com `{ $command }`
ui-init-cannot-create = não é possível criar { $file }
ui-batch-cannot-read = não é possível lê-lo: { $reason }
ui-batch-output-link = { $path }, na pasta de saída, é um link: nenhum relatório é gravado através dele, pois ele pode levar para fora da pasta de saída; remova o link ou indique outro -o
ui-batch-skipped-fail-fast = ignorado após uma falha anterior (--fail-fast)
ui-batch-skipped-stopped = não gerado: a execução foi interrompida antes (Ctrl-C ou SIGTERM)
ui-batch-stopped = interrompido: { $done } de { $total } entradas processadas, { $left } não iniciadas; o índice ({ $index }) lista cada uma; execute o mesmo lote de novo para gerar o restante
ui-batch-stopped-at-once = interrompido de imediato: cada arquivo já gravado está completo, mas os relatórios em andamento podem ter alguns formatos novos e outros ainda não gravados, e o índice não foi gravado (se houver um índice, é de uma execução anterior); execute o lote de novo para atualizá-los
ui-batch-link-loop = warning: { $link } é um link que leva de volta a { $folder }, uma pasta acima dele: ele não é seguido, e o que está sob ele é lido uma vez, pelo próprio caminho
ui-batch-format-failed = o relatório { $format } não foi gravado: { $error }
ui-batch-panel-format-failed = o relatório de painel { $format } não foi gravado: { $error }
ui-batch-panel-member-failed = o relatório de painel não foi gravado: não foi possível ler { $file }, que pode ser um de seus membros; corrija-o e execute novamente
ui-batch-worker-stopped = erro interno: o processo que o gerava parou; é um defeito, por favor relate-o
ui-batch-internal-error = erro interno ao gerá-lo ({ $what }); é um defeito, por favor relate-o
ui-batch-outputs-removed = nota: as saídas de uma execução anterior foram removidas, pois esta execução não pôde atualizá-las: { $files }
ui-batch-outputs-kept = nota: foram mantidas, por serem do seu dono (somente leitura, ou uma cópia do Word salva depois), embora esta execução não tenha podido atualizá-las: { $files }
ui-batch-index-clash = as suas saídas substituiriam o índice do lote ({ $index }.md, .csv, .json); mude o nome do arquivo
ui-batch-same-names = as suas saídas teriam os mesmos nomes que as de { $file }; mude o nome de um dos dois arquivos

## clap's mistakes of the command line, said in the user's language. $arguments, $flag and
## $values are as the command line writes them (`<FILE>`, `--format <FORMAT>`, `md, pdf`).
ui-usage-missing = faltam argumentos obrigatórios: { $arguments }
ui-usage-invalid-value = valor “{ $value }” inválido para “{ $flag }”
ui-usage-possible-values = valores possíveis: { $values }
ui-usage-did-you-mean = você quis dizer “{ $suggested }”? Valores possíveis: { $values }
ui-usage-unknown-argument = argumento inesperado “{ $argument }”
ui-usage-similar-argument = existe um argumento parecido: “{ $suggested }”
ui-usage-unknown-command = comando desconhecido “{ $command }”
ui-usage-similar-command = existe um comando parecido: “{ $suggested }”
ui-usage-value-needed = “{ $flag }” precisa de um valor, e nenhum foi dado
ui-usage-version-no-command = --version não aceita comando (`impact-brief version` mostra o mesmo que --version --verbose)
ui-usage-command-needed = é preciso um comando, por exemplo `impact-brief wizard`; `impact-brief --help` lista todos
ui-usage-usage = Uso:
ui-help-commands = Comandos:
ui-help-arguments = Argumentos:
ui-help-options = Opções:
ui-help-default = padrão:
ui-help-help = Mostrar a ajuda
ui-help-help-more = Mostrar a ajuda (mais detalhes com '--help')
ui-help-help-summary = Mostrar a ajuda (um resumo com '-h')
ui-help-help-command = Mostrar esta mensagem, ou a ajuda do comando indicado
ui-help-possible-values = Valores possíveis:
ui-help-possible-values-line = [valores possíveis: { $values }]
