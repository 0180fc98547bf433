# What is wrong with an assessment or rubric file as TOML, before its answers can be read: the
# file itself (its size, its encoding), a text, list or table left open, a key written twice, a
# value that is not what its key takes. Keys and values in backticks stay as the file writes them.

## The file itself, before it is read as TOML. $size and $limit are in megabytes, except in
## syntax-too-many-items, where $limit counts keys, values and tables; $error is the system's own
## message.
syntax-directory = isto é uma pasta, não um arquivo TOML
syntax-directory-help = indique um arquivo `.toml`, ou use `impact-brief batch DIR` para uma pasta
syntax-not-regular = isto não é um arquivo comum (é um pipe, um socket ou um dispositivo)
syntax-not-regular-help = indique um arquivo `.toml` salvo no disco
syntax-too-big = o arquivo tem { $size } MB, mais que o limite de { $limit } MB
syntax-larger-than-limit = o arquivo passa do limite de { $limit } MB
syntax-too-big-help = divida os textos longos em documentos vinculados e cite-os como evidências
syntax-utf16 = o arquivo está salvo como texto UTF-16, não UTF-8
syntax-utf16-help = salve-o com a codificação UTF-8 (o Bloco de Notas chama o UTF-16 de “Unicode”; escolha UTF-8 em “Salvar como”)
syntax-binary = isto é um arquivo binário, não um arquivo de texto TOML
syntax-binary-help = verifique o nome do arquivo; os arquivos de avaliação e de rubrica são texto simples
syntax-nul-byte = esta linha contém um caractere NUL (U+0000), que um arquivo de texto não contém
syntax-not-utf8 = o arquivo não é texto UTF-8 válido
syntax-not-utf8-help = salve o arquivo com a codificação UTF-8 (a maioria dos editores oferece isso em “Salvar como”)
syntax-empty = o arquivo está vazio
syntax-empty-help = `impact-brief init ARQUIVO` grava uma avaliação para preencher, com cada chave explicada
syntax-too-many-items = o arquivo tem mais de { $limit } chaves, valores e tabelas
syntax-too-many-items-help = mantenha um registro da consulta extenso em um arquivo CSV indicado em `submissions_file`; uma avaliação em si tem algumas centenas
syntax-unreadable = não é possível ler o arquivo: { $error }
syntax-unreadable-help = verifique o caminho
syntax-broken-link = é um link para { $target }, que não existe
syntax-broken-link-help = aponte o link para o arquivo de avaliação (foi movido ou renomeado?), ou apague o link

## The file's schema_version. $kind is `assessment` or `rubric`; $found is the value as the file
## writes it; $readable is a version or syntax-schema-versions.
syntax-no-schema-version = este arquivo de { $kind ->
        [rubric] rubrica
       *[other] avaliação
    } não tem schema_version
syntax-no-schema-version-help = acrescente `schema_version = { $version }` como primeira linha
syntax-schema-version-text = schema_version é um número, não o texto { $found }
syntax-schema-version-text-help = escreva-o sem aspas: schema_version = { $version }
syntax-schema-version-unsupported = schema_version { $found } não é compatível
syntax-schema-version-unsupported-help = esta versão do impact-brief lê schema_version { $readable }; atualize o impact-brief ou converta o arquivo
syntax-schema-versions = de { $first } a { $last }

## When a file has more problems than are shown.
syntax-more-problems = podem vir mais problemas desses tipos, não mostrados
syntax-more-problems-help = corrija os problemas acima e verifique o arquivo de novo
syntax-more-syntax-errors = { $count ->
        [one] mais { $count } erro de sintaxe não é mostrado
       *[other] mais { $count } erros de sintaxe não são mostrados
    }
syntax-more-syntax-errors-help = um arquivo tão danificado talvez não seja uma avaliação (um relatório gravado por `render`, por exemplo): indique o arquivo .toml da avaliação; senão, corrija os primeiros erros e verifique de novo

## A text, list or inline table left open. $quotes is """ or ''', $quote is " or ', $line a line
## number; $code is a character's code in hexadecimal and $name one of the names below it.
syntax-text-open-closed-later = o texto que { $quotes } abre aqui não está fechado: as { $quotes } que deviam abrir o texto seguinte, na linha { $line }, o fecham em vez disso
syntax-text-open = o texto que { $quotes } abre aqui não está fechado
syntax-text-open-help = termine-o com { $quotes } em uma linha só para elas, depois da última linha dele
syntax-text-below-help = se o texto está nas linhas abaixo, abra-o com """ logo depois do `=` e termine-o com """ depois da última linha dele
syntax-list-open-here = a lista que `[` abre aqui não está fechada
syntax-inline-table-open-here = a tabela em linha que `{"{"}` abre aqui não está fechada
syntax-list-open = a lista que `[` abre não está fechada
syntax-inline-table-open = a tabela em linha que `{"{"}` abre não está fechada
syntax-list-open-help = feche-a com `]` depois do último valor
syntax-inline-table-open-help = feche-a com `{"}"}` depois do último valor
syntax-text-open-on-line = o texto que { $quote } abre nesta linha não está fechado antes de a linha terminar
syntax-text-open-on-line-help = feche-o com { $quote } na mesma linha; um texto de várias linhas abre e fecha com """
syntax-quote-in-text-help = uma " dentro de um texto o termina: escreva \" para cada uma, ou ponha o texto entre 'aspas simples'
syntax-quotes-unpaired = as aspas desta linha não formam pares: falta a um texto a sua aspa de abertura ou de fechamento
syntax-quotes-unpaired-help = cada texto abre e fecha com aspas na mesma linha, como em ["primeiro", "segundo"]; uma " dentro de um texto se escreve \"
syntax-quotes-unpaired-apostrophe-help = um texto que contém um apóstrofo (') vai entre "aspas duplas", como em ["D'Ávila"]
syntax-control-character = um texto contém um caractere de controle (U+{ $code }) que não pode ser escrito nele como está
syntax-control-character-named = um texto contém um caractere de controle (U+{ $code }, { $name }) que não pode ser escrito nele como está
syntax-invisible-character = esta linha contém um caractere invisível, U+{ $code } ({ $name }), onde só cabe um espaço comum ou nada
syntax-invisible-character-help = apague-o, e digite um espaço comum se for preciso um; os processadores de texto e alguns layouts de teclado o inserem
syntax-char-no-break-space = um espaço sem quebra
syntax-char-byte-order-mark = uma marca de ordem de bytes
syntax-char-soft-hyphen = um hífen condicional
syntax-char-wide-space = um espaço ideográfico
syntax-char-zero-width = um caractere de largura zero
syntax-carriage-return = um retorno de carro
syntax-escape = um caractere de escape
syntax-nul = um caractere NUL
syntax-control-character-help = remova-o; entre "aspas duplas" ele pode ser escrito como sequência de escape (\r, \u001B)
syntax-too-deep = as listas, tabelas ou chaves com pontos estão aninhadas fundo demais para serem lidas
syntax-too-deep-help = uma avaliação aninha poucos níveis no máximo: procure uma longa sequência de `[`, `{"{"}` ou pontos

## A table or a key written twice. $header is a table header as written (`[proposal]`), $table a
## table's name without brackets, except in syntax-key-twice-in, where it is its header; $line is
## the line of the first.
syntax-table-and-value = { $header } faz de `{ $key }` uma tabela, mas ela é um valor na linha { $line }
syntax-table-and-value-help = uma chave contém um valor ou uma tabela, não os dois: mantenha um
syntax-table-twice = a tabela { $header } está escrita duas vezes
syntax-table-twice-first = a tabela { $header } está escrita duas vezes; a primeira está na linha { $line }
syntax-table-twice-help = escreva { $header } uma só vez, com todas as chaves dela abaixo
syntax-dotted-key-adds = `{ $key }` acrescenta uma chave a [{ $table }], que já é uma tabela própria na linha { $line }
syntax-dotted-key-adds-help = escreva `{ $key }` em [{ $table }] em vez disso
syntax-key-twice = a chave `{ $key }` está escrita duas vezes
syntax-key-twice-first = a chave `{ $key }` está escrita duas vezes; a primeira está na linha { $line }
syntax-key-twice-in = a chave `{ $key }` está escrita duas vezes em { $table }
syntax-key-twice-in-first = a chave `{ $key }` está escrita duas vezes em { $table }; a primeira está na linha { $line }
syntax-key-twice-help = cada chave só pode aparecer uma vez em uma tabela; remova uma delas
syntax-list-of-tables = [[{ $name }]] cria uma lista de tabelas, mas o arquivo tem uma só [{ $name }]
syntax-list-of-tables-help = escreva [{ $name }], com colchetes simples

## A value that is not what its key takes. $value is the value as written, in backticks; $expected
## is one of the syntax-expected- messages (or the parser's own words), $found one of the
## syntax-found- messages, syntax-found-date, true or false.
syntax-not-a-date = `{ $key }` não está escrito como data: { $value }
syntax-no-date = `{ $key }` não tem data: nada vem depois do `=`
syntax-date-help = escreva as datas como 2026-12-05, sem aspas
syntax-no-such-day = o calendário não tem esse dia: { $date } (esse mês tem dias de 01 a { $last })
syntax-no-such-month = o calendário não tem esse mês: { $date } (os meses vão de 01 a 12)
syntax-value-help = verifique as aspas: texto vai entre "aspas", números e datas não
syntax-list-help = escreva uma lista entre colchetes, por exemplo { $key } = ["primeiro", "segundo"]
syntax-table-key-help = aqui a chave nomeia uma tabela própria, não um valor: verifique o cabeçalho [tabela] acima dela (uma resposta fica em [answers.RUBRICA.PERGUNTA])
syntax-level-not-number = `level` deve ser um número inteiro, não { $value }
syntax-level-help = um nível é um número inteiro de 0 ao nível mais alto da pergunta, sem aspas nem palavras: level = 3
syntax-not-boolean = `{ $key }` deve ser true ou false, não { $value }
syntax-boolean-help = escreva true ou false, sem aspas: { $key } = true
syntax-typographic-quotes = o texto de `{ $key }` abre ou fecha com uma aspa tipográfica, que o TOML não lê como tal
syntax-typographic-quotes-help = escreva o texto entre aspas retas ", não entre aspas tipográficas « » ou “ ”: { $key } = "…"
syntax-list-value-unquoted = cada valor de `{ $key }` precisa de "aspas": { $value }
syntax-not-a-list = `{ $key }` deve ser uma lista entre colchetes, não { $value }
syntax-quoted-list-help = escreva uma lista entre colchetes, cada valor entre aspas: { $key } = ["primeiro", "segundo"]
syntax-number-too-large = o número { $number } é grande demais
syntax-number-too-large-for = o número { $number } é grande demais para `{ $key }`
syntax-expected-not = esperava-se { $expected }, não { $found }
syntax-must-be = `{ $key }` deve ser { $expected }, não { $found }
syntax-no-value = `{ $key }` não tem valor: nada vem depois do `=`
syntax-not-in-quotes = o valor de `{ $key }` não está entre aspas: { $value }
syntax-text-or-list = `{ $key }` deve ser um texto entre "aspas", ou uma lista de textos entre colchetes
syntax-one-of-its-values = `{ $key }` deve ter um dos seus valores, entre "aspas"
syntax-cannot-read-value = não é possível ler o valor de `{ $key }`: { $value }
syntax-expected-whole-number = um número inteiro
syntax-expected-number = um número
syntax-expected-text = texto entre "aspas"
syntax-expected-boolean = true ou false
syntax-expected-list = uma lista entre colchetes
syntax-expected-table = uma tabela
syntax-expected-date = uma data
syntax-found-text = o texto { $text }
syntax-found-number = o número { $number }
syntax-found-list = uma lista
syntax-found-table = uma tabela
syntax-found-date = a data { $value }

## A key or a value the format does not have. $key and $value are in backticks; $expected is
## syntax-expected-one-of, syntax-expected-either or a single name in backticks; $names, $first
## and $second are names in backticks.
syntax-unknown-key = chave desconhecida { $key }; chaves possíveis aqui: { $expected }
syntax-unknown-value = valor desconhecido { $value }; valores possíveis: { $expected }
syntax-unknown-value-for = valor desconhecido { $value } para `{ $key }`; valores possíveis: { $expected }
syntax-expected-one-of = { $names }
syntax-expected-either = { $first } ou { $second }

## How to mend the commonest mistakes.
syntax-unknown-key-help = remova ou renomeie esta chave; as chaves permitidas aqui estão listadas acima
syntax-unknown-key-nearest-help = queria dizer `{ $nearest }`? Mude o nome da chave para esse
syntax-unknown-value-help = use um dos valores listados acima, escrito exatamente assim
syntax-missing-proposal-help = acrescente uma tabela [proposal] com o título da proposta: [proposal] e depois title = "Nome do projeto de lei"
syntax-missing-key-help = acrescente a chave que falta a esta tabela
syntax-whole-level-help = os níveis são números inteiros, de 0 ao nível mais alto da pergunta
syntax-single-value-help = esta chave aceita um único valor; verifique se não há [[colchetes duplos]] ou uma tabela onde deveria haver um valor
syntax-missing-comma-help = separe os valores de uma lista com vírgulas: falta a vírgula do valor anterior a este
syntax-one-a-line-help = escreva um `chave = valor` por linha; um texto que contém um apóstrofo (') vai entre "aspas duplas"
syntax-key-value-help = escreva `chave = valor`, com `=`; as chaves são as do formato, em inglês, em minúsculas
syntax-key-accent-help = as chaves são as do formato, palavras inglesas em minúsculas seja qual for o idioma do relatório (`jurisdiction`, `summary`): um arquivo criado com `impact-brief init` contém todas elas
syntax-backslash-help = entre "aspas duplas" uma barra invertida inicia uma sequência de escape: escreva \\ para uma, ou use 'aspas simples' (para um caminho do Windows)
syntax-unreadable-value-help = texto vai entre "aspas"; números se escrevem 2 ou 2.5, datas 2026-12-05, e sim ou não como true ou false
syntax-unquoted-help = falta um valor ou ele está sem aspas depois de `=`: texto vai entre "aspas", datas se escrevem 2026-12-05
syntax-close-string-help = feche o texto com a mesma aspa que o abriu; use """ para um texto de várias linhas
syntax-invalid-toml = TOML inválido

## A key the file must have and lacks; $key is the key in backticks.
syntax-missing-key = falta a chave { $key }
syntax-answer-without-question = a tabela [answers.{ $rubric }] contém uma resposta, mas o seu cabeçalho não diz a que pergunta responde
syntax-answer-without-question-help = acrescente o identificador da pergunta ao cabeçalho: [answers.{ $rubric }.PERGUNTA] (`impact-brief rubric show { $rubric }` os lista)

## As palavras do leitor TOML para um erro de sintaxe, ditas com simplicidade.
syntax-parser-missing-comma = falta uma vírgula entre dois valores da lista
syntax-parser-missing-comma-pairs = falta uma vírgula entre duas chaves da tabela em linha
syntax-parser-more-on-line = a linha continua depois do seu valor
syntax-parser-invalid-key = esta chave contém um caractere que uma chave não pode conter sem aspas (só letras, algarismos, - e _)
syntax-parser-key-accent = esta chave contém uma letra que uma chave não pode conter ({ $letter }): as chaves se escrevem com letras sem acento (a–z), algarismos, - e _
syntax-parser-key-without-value = esta chave não tem `=` nem valor
syntax-parser-missing-value = falta o valor depois de `=`
syntax-parser-bad-escape = uma barra invertida inicia um escape que o TOML não conhece
syntax-parser-equals-in-list = há um `=` dentro de uma lista, onde só vão valores
syntax-parser-extra-comma = uma vírgula a mais
syntax-parser-extra-equals = um `=` a mais
syntax-parser-missing-equals = falta um `=` entre uma chave e o seu valor
syntax-parser-unclosed-header = o cabeçalho da tabela não é fechado com `]`
syntax-parser-missing-table-open = aqui um `]` fecha o cabeçalho de uma tabela, mas nenhum `[` o abre
syntax-parser-missing-opening-quote = umas aspas fecham um texto que nenhumas aspas abriram
syntax-parser-unexpected-content = algo nesta linha não é TOML
syntax-parser-bad-number = este número não está escrito como o TOML escreve números
syntax-parser-empty-key = falta uma chave antes de `=`
syntax-parser-comment-control = este comentário contém um caractere de controle, um caractere invisível que o TOML não aceita em um comentário
syntax-parser-lone-carriage-return = aqui há um retorno de carro (U+000D) sem quebra de linha depois, o que o TOML não aceita fora de um texto
syntax-lone-carriage-return-help = salve o arquivo com finais de linha Unix (LF) ou Windows (CR LF): a configuração “finais de linha” de um editor faz isso
syntax-comment-control-help = remova-o (um editor que mostre os caracteres invisíveis o encontra)
syntax-header-help = o cabeçalho de uma tabela fica numa linha própria, entre `[` e `]`: [proposal], [answers.openness.encryption]
syntax-missing-comma-pairs-help = separe as chaves de uma tabela em linha com vírgulas: { "{" } title = "…", url = "…" { "}" }
syntax-extra-comma-help = uma vírgula vai entre dois valores, como em ["primeiro", "segundo"]: apague a que sobra, ou escreva o valor que falta antes dela
syntax-extra-equals-help = uma linha tem um só `=`, entre a chave e o seu valor; um texto que contém um `=` vai entre "aspas"
syntax-equals-in-list-help = uma lista contém apenas valores, como em ["primeiro", "segundo"]; um texto que contém um `=` vai entre "aspas"
syntax-missing-opening-quote-help = abra o texto com a mesma aspa que o fecha: "assim"
syntax-unexpected-content-help = cada linha do arquivo é um cabeçalho de [tabela], um `chave = valor` ou um # comentário; `impact-brief init ARQUIVO` grava um arquivo para comparar
