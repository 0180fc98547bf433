# The assessment in a browser (impact-brief serve).

## Every page
serve-skip = Ir para o conteúdo
serve-nav-main = Navegação principal
serve-nav-all = Todas as avaliações
serve-nav-assessment = Proposta e perguntas
serve-nav-scorecard = Quadro de resultados e relatório
serve-nav-ledger = Registro da consulta
serve-nav-language = Idioma
serve-footer = O impact-brief funciona somente neste computador: suas respostas são salvas em arquivos da sua pasta e não são enviadas para nenhum outro lugar.
serve-saved = Salvo.

## Answers that are not pages
serve-error-not-found = Página não encontrada.
serve-error-host = Acesso negado: este servidor responde somente em seu endereço local de loopback.
serve-error-forbidden = Acesso negado.
serve-error-link-used = Acesso negado: este link já foi usado, ou não é o que o impact-brief exibiu. Interrompa o `impact-brief serve` e inicie-o novamente para obter um novo link.
serve-error-no-session = Acesso negado: abra o link que o `impact-brief serve` exibiu no terminal.
serve-error-origin = Acesso negado: este formulário não foi enviado de uma página do impact-brief.
serve-error-too-large = O formulário é grande demais.
serve-error-too-long = O texto de “{ $field }” tem { $count } caracteres; um relatório admite no máximo { $limit }. Encurte-o e coloque o texto completo em um documento citado como fonte.
serve-error-unreadable = Não foi possível ler o formulário.
serve-error-method = Método não permitido.
serve-error-busy = Conexões demais ao mesmo tempo: tente de novo em instantes.
serve-required = (obrigatório)
serve-error-title = Não salvo:
serve-error-head-too-long = O endereço e os cabeçalhos da solicitação são longos demais para este servidor (mais de 64 KB): recarregue a página ou apague os cookies deste site.
serve-error-internal = Um erro interno do impact-brief impediu a exibição desta página. É um defeito: o terminal onde `impact-brief serve` está em execução diz o que aconteceu; por favor, relate-o. O servidor continua, e cada resposta salva antes está em seu arquivo.
serve-error-csrf = Acesso negado: falta ao formulário seu token de segurança. Recarregue a página e envie-o novamente.
serve-error-upload = Não foi possível ler o arquivo enviado.
serve-error-page = Não foi possível exibir a página: { $error }

## The start page
serve-home-title = Avaliações
serve-home-heading = Avaliações de impacto
serve-home-intro = Avalie um projeto de lei quanto ao seu efeito sobre uma Internet aberta: responda às perguntas, veja os vereditos e baixe um relatório para enviar.
serve-home-list = Avaliações nesta pasta
serve-home-folder = Pasta:
serve-home-empty = Ainda não há avaliações nesta pasta.
serve-home-progress-done = todas as perguntas respondidas
serve-home-progress-left = { $count ->
    [one] falta { $count } de { $total } perguntas
   *[other] faltam { $count } de { $total } perguntas
}
serve-home-has-problems = tem problemas: abra-a para vê-los
serve-home-blank = vazia: comece-a com o formulário abaixo, com este nome no campo “Nome do arquivo”
serve-home-unserved = Não abertos aqui
serve-home-unserved-name = { $file }: esta página só abre nomes feitos de letras sem acentos, algarismos, - e _. Renomeie-o, por exemplo para { $renamed }, e recarregue a página.
serve-home-unserved-link = { $file }: um link, que poderia levar para fora desta pasta. Copie o próprio arquivo para cá e recarregue a página.
serve-new-heading = Iniciar uma nova avaliação
serve-new-title = Qual é o título da proposta?
serve-new-title-help = Seu título oficial ou usual, por exemplo, “Projeto de Lei de Segurança Online”.
serve-new-file = Nome do arquivo (opcional)
serve-new-file-help = Salvo na pasta acima; se ficar vazio, é formado a partir do título, com a extensão .toml.
serve-new-file-rule = Apenas letras de A a Z, algarismos, “.”, “_” e “-”: sem espaços nem acentos
serve-new-submit = Iniciar a avaliação
serve-new-error-title = Dê um título à proposta.
serve-new-error-name = Um nome de arquivo pode conter somente letras, algarismos, pontos, hifens e sublinhados (sem pastas), e não pode começar com um ponto.
serve-new-error-name-long = Um nome de arquivo pode ter no máximo { $limit } caracteres, sem contar “.toml”; este tem { $count }.
serve-new-error-name-reserved = O nome de um arquivo novo não pode começar com um hífen (uma linha de comando o leria como uma opção), nem ser um nome que o Windows reserva a um dispositivo (CON, PRN, AUX, NUL, COM1 a COM9, LPT1 a LPT9).
serve-new-error-exists = { $file } já existe: abra-o a partir da lista ou escolha outro nome.
serve-new-error-create = Não foi possível criar { $file }: { $error }
serve-new-error-toml = Avaliação não criada

## Problems
serve-problem-back = Voltar para todas as avaliações
serve-problem-cannot-open = Não é possível abrir este arquivo
serve-problem-fix = Corrija-o em um editor de texto (ou execute `impact-brief check { $file }`) e recarregue esta página. O arquivo nunca é alterado enquanto tiver problemas.
serve-problem-blank = { $file } está vazio. Comece nele uma avaliação: na página inicial, informe o título e { $file } como nome do arquivo.
serve-problem-not-saved = Não salvo
serve-problem-read-only = { $file } é somente leitura, por isso não é alterado. Torne-o gravável (no seu gerenciador de arquivos, ou com chmod u+w) e salve de novo: o botão Voltar do navegador costuma trazer de volta o que você digitou.
serve-problem-folder-read-only = Não é possível gravar na pasta desta avaliação, e cada salvamento grava ali uma nova cópia do arquivo. Pare o serve, torne a pasta gravável (ou copie a avaliação para uma pasta em que você possa gravar e sirva essa) e salve de novo: o botão Voltar do navegador costuma trazer de volta o que você digitou.
serve-problem-not-rendered = Não foi possível gerar o relatório

## The assessment page
serve-assessment-file = Salvo em
serve-assessment-left = { $count ->
    [one] Falta { $count } pergunta.
   *[other] Faltam { $count } perguntas.
}
serve-assessment-all-answered = Todas as perguntas têm resposta.
serve-assessment-go-screening = Ir para a etapa de triagem
serve-assessment-continue = Continuar com a próxima pergunta
serve-assessment-see-scorecard = Ver o quadro de resultados e baixar o relatório
serve-proposal-heading = A proposta
serve-proposal-title = Título
serve-proposal-kind = Que tipo de medida é?
serve-proposal-kind-none = Não informado (o relatório a chama de lei)
serve-proposal-jurisdiction = Jurisdição
serve-proposal-jurisdiction-help = O país ou a região de cuja legislação ela faria parte; separe vários com “;”.
serve-proposal-reference = Referência oficial
serve-proposal-reference-help = Um número de projeto de lei ou uma referência de documento, por exemplo, “PL 2630/2020”.
serve-proposal-stage = Em que etapa ela está?
serve-proposal-stage-none = Não se sabe
serve-proposal-introduced = Data de apresentação ou publicação
serve-proposal-url = Onde o texto pode ser lido?
serve-proposal-summary = Resumo: o que a proposta faz?
serve-proposal-summary-help = Algumas frases com suas próprias palavras (Markdown é aceito).
serve-proposal-context = Contexto: por que agora, e o que mais os leitores devem saber?
serve-proposal-submit = Salvar a proposta
serve-proposal-error-title = O título é obrigatório.
serve-proposal-error-date = { $field }: { $problem }
serve-proposal-error-choice = { $field }: escolha uma das opções da lista.
serve-proposal-error-changed = A proposta ou os dados dos avaliadores mudaram no arquivo desde que esta página foi aberta (em outra aba ou em um editor), em um campo que você também mudou. Nada foi salvo. A tabela mostra o valor do arquivo ao lado do seu; o formulário mantém o seu, com as outras mudanças do arquivo incorporadas. Para manter o seu, envie-o novamente.
serve-assessors-legend = Quem avalia
serve-assessors-names = Seu nome e sua organização
serve-assessors-names-help = Uma pessoa por linha (uma vírgula faz parte do nome).
serve-assessors-group = Que grupo de partes interessadas você representa?
serve-assessors-group-none = Prefiro não informar
serve-assessors-drafter = Redigimos ou propusemos este texto
serve-assessors-drafter-help = O relatório do painel indica isso ao lado desta avaliação e mostra quanto os demais membros concordam sem ela.
serve-assessors-final = Este relatório é a versão final
serve-assessors-final-help = Sua primeira página passa a indicar “Versão final” em vez de “Versão preliminar”.
serve-assessors-date = Data da avaliação
serve-assessors-language = Idioma do relatório
serve-assessors-language-page = O idioma destas páginas (não gravado no arquivo)
serve-assessors-language-help = Um idioma escolhido aqui é salvo no arquivo, e todos os seus relatórios são redigidos nesse idioma.
serve-screening-heading = Triagem: quais áreas a proposta atinge?
serve-screening-intro = Marque cada área que a proposta possa afetar. As áreas marcadas recebem sua pergunta completa; as demais são registradas como “descartadas na triagem” (não examinadas), o que você pode alterar depois na página da pergunta.
serve-screening-legend = Áreas que a proposta pode afetar
serve-screening-confirm = { $count ->
    [one] Sim: a proposta claramente não atinge nenhuma destas áreas. Registrá-la como descartada na triagem, sem exame.
   *[other] Sim: a proposta claramente não atinge nenhuma destas áreas. Registrar as { $count } como descartadas na triagem, sem exame.
}
serve-screening-submit = Salvar a triagem
serve-screening-error-none = Você não marcou nenhuma área. Isso registra todas as áreas como descartadas na triagem, sem exame. Marque as áreas que a proposta possa afetar, ou confirme abaixo que ela não atinge nenhuma.
serve-screening-done-elsewhere = A triagem desta avaliação já foi feita, em outra aba ou no arquivo, por isso as áreas marcadas aqui não foram salvas. Para examinar uma área deixada de fora, abra a pergunta dela na lista da avaliação e responda-a.
serve-questions-heading = Perguntas

## The list of questions
serve-row-condition = Não se aplica (condição)
serve-row-level = Nível { $level }
serve-row-open = Sem resposta

## A question
serve-question-position = { $rubric }, pergunta { $number } de { $count }
serve-question-remaining = { $count ->
    [0] Perguntas
    [one] Perguntas (falta { $count })
   *[other] Perguntas (faltam { $count })
}
serve-question-guidance = Orientações
serve-question-answer = Sua resposta
serve-question-finding = O que a proposta faz neste ponto?
serve-question-finding-process = O que fizeram os seus autores neste ponto?
serve-question-finding-help = Uma frase com suas próprias palavras, sobre esta proposta: a primeira página do relatório a cita.
serve-question-lead = Colocar esta constatação em primeiro lugar na página 1
serve-question-lead-help = Ela passa a encabeçar sua lista na página 1, e sua recomendação os próximos passos; a página 1 diz que é escolha sua. Uma só constatação: marcá-la aqui desmarca qualquer outra.
serve-question-lead-ticked = Em primeiro lugar na página 1
serve-question-provisions = Quais dispositivos?
serve-question-provisions-help = Os dispositivos em que ela se baseia, um por linha ou separados por “;”, por exemplo, art. 5º, § 2º; art. 12.
serve-question-mechanisms = O que a proposta faz? Marque cada mecanismo que ela contém.
serve-question-mechanisms-help = As recomendações do relatório vêm somente dos danos que você marcar, e os pontos fortes, das salvaguardas.
serve-question-harms = Danos
serve-question-safeguards = Salvaguardas
serve-question-rationale = Por que esta resposta?
serve-question-rationale-help = O que, no texto ou no processo, a sustenta. Obrigatório para um sinal de alerta. Markdown é aceito.
serve-question-evidence = Evidências
serve-question-evidence-help = Dispositivos, documentos ou links, um por linha.
serve-question-recommendation = Sua própria recomendação (opcional)
serve-question-recommendation-help = Substitui no relatório a recomendação da rubrica para esta pergunta.
serve-question-advice-under = Outra pergunta cuja recomendação também responde a esta (opcional)
serve-question-advice-under-none = Nenhuma
serve-question-advice-under-help = Para uma resposta abaixo do nível aceitável que não marca nenhum dano: o relatório imprime uma única vez a recomendação dessa outra pergunta, sob essa pergunta, e cita ali também esta.
serve-question-save-next = Salvar e ir para a próxima pergunta
serve-question-save = Salvar
serve-question-condition = Esta pergunta só se aplica quando { $question } está no nível { $level } ou acima, o que não ocorre agora: você pode pulá-la.
serve-autosave-unsaved = Ainda não salvo: clique em Salvar para ver o motivo.
serve-autosave-offline = Não salvo: o impact-brief ainda está em execução?
serve-status-not-affected = Não afetado: verifiquei, e a proposta não atinge este ponto
serve-status-unknown = Ainda não tenho certeza
serve-status-not-applicable = Não aplicável
serve-status-not-affected-short = Não afetado
serve-status-screened-out = Descartado na triagem (deixado sem marcar na etapa de triagem, não examinado)
serve-status-screened-out-short = Descartado na triagem
serve-answer-error-changed = Esta resposta mudou no arquivo desde que esta página foi aberta (em outra aba ou em um editor), em um campo que você também mudou. Nada foi salvo. A tabela mostra o valor do arquivo ao lado do seu; o formulário abaixo mantém o seu, com as outras mudanças do arquivo incorporadas. Para manter o seu, salve novamente.
serve-answer-saved-now = Salvo no arquivo agora:
serve-answer-saved-none = sem resposta
serve-answer-error-level = Escolha um dos níveis.
serve-answer-error-choice = Escolha um nível, ou uma das opções depois dos níveis (como “Ainda não tenho certeza”).
serve-answer-error-advice-under = A pergunta indicada para a recomendação não está na lista: escolha uma da lista, ou Nenhuma.
serve-answer-error-red-flag = Esta resposta gera um sinal de alerta: explique o motivo em “Por que esta resposta?”, com os dispositivos e as fontes em que se baseia, antes de salvá-la.
serve-conflict-field = Campo
serve-conflict-saved = No arquivo agora
serve-conflict-typed = No seu formulário
serve-conflict-outcome = O que o formulário contém agora
serve-conflict-both = Mudado aqui e no arquivo: o formulário mantém o seu valor; salvar novamente o grava no lugar do valor do arquivo.
serve-conflict-taken = Mudado só no arquivo: o formulário contém agora o valor do arquivo, que é mantido ao salvar.
serve-conflict-empty = (vazio)
serve-conflict-ticked = marcado
serve-conflict-not-ticked = não marcado
serve-conflict-mechanisms = Danos e salvaguardas marcados

## The scorecard
serve-scorecard-title = Quadro de resultados
serve-scorecard-open = { $count ->
    [one] { $count } pergunta ainda está em aberto: os vereditos podem mudar.
   *[other] { $count } perguntas ainda estão em aberto: os vereditos podem mudar.
}
serve-scorecard-answer-next = Responder à próxima.
serve-scorecard-verdicts = Vereditos
serve-scorecard-figures = Pontuação { $score } · cobertura { $coverage }
serve-scorecard-figures-short = { $score }, cobertura { $coverage }
serve-scorecard-concerns = Principais preocupações
serve-scorecard-red-flag = Sinal de alerta:
serve-scorecard-by-rubric = Por rubrica
serve-scorecard-rubric = Rubrica
serve-scorecard-red-flags = Sinais de alerta
serve-download-heading = Baixar o relatório
serve-download-intro = Gerado agora a partir das suas respostas salvas, em { $language ->
    [fr] francês
    [es] espanhol
    [pt] português
   *[en] inglês
  }.
serve-download-pdf = (para publicar ou enviar)
serve-download-docx = (para editar com comentários)
serve-download-html = (uma única página web)
serve-download-md = (texto simples)

## The consultation ledger
serve-ledger-title = Registro da consulta
serve-ledger-intro = Registre o que a consulta pública recebeu e o que os redatores fizeram com isso; o relatório então informa como as opiniões foram consideradas.
serve-ledger-entries = Contribuições ({ $count })
serve-ledger-in-csv = As contribuições são mantidas no arquivo CSV ao lado do arquivo da avaliação:
serve-ledger-col-id = Identificador
serve-ledger-col-from = Remetente
serve-ledger-col-group = Grupo
serve-ledger-col-provision = Dispositivo
serve-ledger-col-asked = Pedido
serve-ledger-col-done = Encaminhamento
serve-ledger-none = Nenhuma registrada ainda.
serve-ledger-suggests = O que o registro sugere
serve-ledger-dates = Datas da consulta
serve-ledger-opened = Quando ela foi aberta?
serve-ledger-closed = Quando ela foi encerrada (último dia em que foram recebidas contribuições)?
serve-ledger-responded = Quando a resposta à consulta foi publicada?
serve-ledger-dates-changed = As datas foram alteradas em outro lugar (em outra aba ou no arquivo) desde que esta página foi aberta, por isso nada foi salvo. As datas que você digitou estão abaixo: compare-as com as do arquivo e salve de novo.
serve-ledger-dates-submit = Salvar as datas
serve-ledger-add = Adicionar uma contribuição
serve-ledger-add-id = Identificador da contribuição
serve-ledger-add-submitter = Quem a enviou?
serve-ledger-add-submitter-help = Uma pessoa ou uma organização; deixe vazio para uma contribuição anônima.
serve-ledger-add-group = A que grupo pertence o remetente?
serve-ledger-add-provision = A que dispositivo ela se refere?
serve-ledger-add-asked = O que ela pedia?
serve-ledger-add-disposition = Que encaminhamento lhe foi dado?
serve-ledger-add-merged = Se foi respondida junto com uma contribuição anterior: o identificador desta
serve-ledger-add-reason = Se foi rejeitada: o motivo dado na resposta
serve-ledger-add-reason-empty = — nenhum informado, ou não foi rejeitada —
serve-ledger-add-choose = — escolha —
serve-ledger-add-reason-text = O motivo nas palavras dos redatores
serve-ledger-add-reflected-in = Onde o texto a acolhe ou a trata (o dispositivo; “tratada em outro lugar” só conta como motivo com ele)
serve-ledger-add-submit = Adicionar a contribuição
serve-ledger-import = Importar um arquivo CSV
serve-ledger-import-intro = Uma linha de cabeçalho com os nomes das colunas (id, group e disposition são obrigatórias), uma contribuição por linha. O arquivo é verificado e depois salvo ao lado do arquivo da avaliação.
serve-ledger-import-file = Arquivo CSV
serve-ledger-import-replace = Substituir as contribuições registradas no arquivo da avaliação
serve-ledger-import-submit = Importar
serve-ledger-saved = Contribuição { $id } salva.
serve-ledger-error-csv = As contribuições são mantidas no arquivo CSV { $file }, ao lado do arquivo da avaliação. Edite-as lá, ou importe novamente o arquivo editado.
serve-ledger-error-id = Não é possível usar o identificador “{ $id }”: { $problem }. Escolha outro.
serve-ledger-error-merged = Uma contribuição mesclada indica a contribuição anterior com a qual foi respondida (seu identificador).
serve-ledger-error-merged-unknown = Nenhuma contribuição do registro tem o identificador “{ $id }”: indique a contribuição anterior com a qual esta foi respondida.
serve-ledger-error-closed-before-opened = A consulta não pode ter sido encerrada ({ $closed }) antes de ser aberta ({ $opened }). Verifique as duas datas.
serve-ledger-error-responded-before-closed = A resposta ({ $responded }) não pode ter data anterior ao encerramento da consulta ({ $closed }). Verifique as duas datas.
serve-ledger-error-responded-before-opened = A resposta ({ $responded }) não pode ter data anterior à abertura da consulta ({ $opened }). Verifique as duas datas.
serve-ledger-error-no-file = Escolha um arquivo CSV para importar.
serve-ledger-error-import = Nada foi importado: { $error }
serve-ledger-error-problems = Nada foi importado: o arquivo tem problemas.
serve-ledger-error-inline = { $count ->
    [one] Nada foi importado: o arquivo da avaliação já contém { $count } contribuição própria. Marque “Substituir as contribuições” para substituí-la pelas do arquivo CSV (um registro fica no arquivo da avaliação ou em um arquivo CSV, não em ambos).
   *[other] Nada foi importado: o arquivo da avaliação já contém { $count } contribuições próprias. Marque “Substituir as contribuições” para substituí-las pelas do arquivo CSV (um registro fica no arquivo da avaliação ou em um arquivo CSV, não em ambos).
}
serve-ledger-error-copy = Nada foi importado: não é possível copiar o arquivo: { $error }
serve-ledger-imported = { $count ->
    [one] { $count } contribuição importada de { $file }, salvo ao lado do arquivo da avaliação.
   *[other] { $count } contribuições importadas de { $file }, salvo ao lado do arquivo da avaliação.
}

## The kinds of measure
serve-kind-law = Lei
serve-kind-regulation = Regulamento
serve-kind-decree = Decreto
serve-kind-treaty = Tratado
serve-kind-court-order = Ordem judicial
serve-kind-request = Solicitação a um órgão global
serve-kind-private-network = Ação de uma rede privada
serve-kind-non-binding = Declaração ou texto não vinculante

## The stages of a proposal
serve-stage-request = Solicitação
serve-stage-idea = Ideia
serve-stage-draft = Minuta
serve-stage-consultation = Em consulta
serve-stage-in-legislature = No Poder Legislativo
serve-stage-adopted = Aprovada
serve-stage-in-force = Em vigor
serve-stage-withdrawn = Retirada
serve-stage-rejected = Rejeitada

## The stakeholder groups, and the groups of a consultation's submitters
serve-group-government = Governo
serve-group-private-sector = Setor privado
serve-group-civil-society = Sociedade civil
serve-group-technical-community = Comunidade técnica
serve-group-academia = Academia
serve-group-intergovernmental = Organização intergovernamental
serve-group-individual = Pessoas físicas
serve-group-unknown = Desconhecido

## What was done with a submission
serve-disposition-accepted = Aceita
serve-disposition-partially-accepted = Aceita parcialmente
serve-disposition-rejected = Rejeitada
serve-disposition-out-of-scope = Fora do escopo
serve-disposition-deferred = Adiada
serve-disposition-not-answered = Sem resposta
serve-disposition-withdrawn = Retirada
serve-disposition-merged = Mesclada com outra

## Why a submission was rejected
serve-reason-legally-precluded = Juridicamente impossível
serve-reason-outside-mandate = Fora do mandato
serve-reason-technically-infeasible = Tecnicamente inviável
serve-reason-disproportionate-cost = Custo desproporcional
serve-reason-insufficient-evidence = Evidências insuficientes
serve-reason-addressed-elsewhere = Tratada em outro lugar
serve-reason-conflicts-with-objective = Contrária ao objetivo declarado
serve-reason-outweighed-by-other-input = Outras contribuições prevaleceram
serve-reason-none-given = Nenhum informado

## The scorecard's dimensions and verdicts
serve-dimension-effect = Efeito na Internet
serve-dimension-process = Processo
serve-verdict-no-effect-found = Nenhum efeito constatado
serve-verdict-insufficient-evidence = Evidências insuficientes
serve-verdict-protective = Protetor
serve-verdict-low-risk = Risco baixo
serve-verdict-harmful = Prejudicial
serve-verdict-serious-harm = Dano grave
serve-verdict-strong = Sólido
serve-verdict-adequate = Adequado
serve-verdict-weak = Fraco
serve-verdict-serious-concerns = Preocupações graves

## What `serve` says in the terminal.
serve-terminal-serving = As avaliações de { $folder } estão disponíveis apenas neste computador, na porta { $port }.
    Abra o link acima no seu navegador se ele não abrir sozinho; ele funciona uma única vez.
    Pressione Ctrl-C para parar.
serve-terminal-stopped = Interrompido. Cada resposta dada está salva nos arquivos de { $folder }.
serve-terminal-no-browser = nota: não foi possível abrir um navegador ({ $error }); abra o link acima.
serve-terminal-no-desktop = nota: não há área de trabalho onde abrir um navegador; abra o link acima.
serve-terminal-cannot-open = não é possível abrir { $folder }
serve-terminal-not-a-folder = { $folder } não é uma pasta: indique a pasta cujas avaliações servir
serve-terminal-cannot-listen = não é possível escutar em 127.0.0.1:{ $port }
serve-terminal-cannot-listen-help = escolha outra porta com --port, ou omita --port para usar uma livre
