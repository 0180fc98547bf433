# What is wrong with a consultation ledger: its dates, its submissions (in the assessment file or
# in the CSV file it names) and their ids, dispositions and reasons. Column names, keys and values
# in backticks stay as the file writes them.

## The consultation's own dates.
ledger-not-a-date = `{ $key }` deve ser uma data, não { $date }
ledger-date-help = escreva uma data sem aspas, como 2026-03-02
ledger-closed-before-opened = a consulta foi encerrada ({ $closed }) antes de ser aberta ({ $opened })
ledger-closed-before-opened-help = verifique as duas datas; `closed` é o último dia em que se receberam contribuições
ledger-responded-before-closed = a resposta ({ $responded }) tem data anterior ao encerramento da consulta ({ $closed })
ledger-responded-before-opened = a resposta ({ $responded }) tem data anterior à abertura da consulta ({ $opened })
ledger-responded-help = `responded` é a data em que foi publicada a resposta à consulta como um todo

## Where the submissions are written: tables in the assessment file, or the CSV file named by
## `submissions_file` ($path: the file's path as the system writes it; $reason: why it cannot be read).
ledger-tables-and-file = a consulta tem ao mesmo tempo tabelas `submissions` e um `submissions_file`
ledger-tables-and-file-help = mantenha as contribuições em um só lugar: as tabelas [[consultation.submissions]] ou o arquivo CSV
ledger-too-many-tables = o arquivo tem mais de { $limit } tabelas [[consultation.submissions]]
ledger-too-many-tables-help = mantenha um registro desse tamanho em um arquivo CSV indicado em `submissions_file` (até { $rows } linhas), ou agrupe as cópias de uma campanha em massa em uma só contribuição
ledger-file-unnamed = `submissions_file` não indica nenhum arquivo
ledger-file-unnamed-help = indique o arquivo CSV, por exemplo submissions_file = "submissions.csv", ou remova a linha para não manter nenhum arquivo de registro
ledger-file-outside = `submissions_file` deve indicar um arquivo da pasta do arquivo de avaliação, não `{ $name }`
ledger-file-outside-help = escreva um caminho relativo ao arquivo de avaliação, sem `..`, por exemplo submissions_file = "submissions.csv"
ledger-file-unreadable = não é possível ler o arquivo de contribuições { $path }: { $reason }
ledger-no-such-file = esse arquivo não existe
ledger-permission-denied = permissão negada
ledger-file-unreadable-help = o caminho é lido a partir da pasta em que está o arquivo de avaliação
ledger-file-leads-outside = o arquivo de contribuições { $path } leva para fora da pasta do arquivo de avaliação
ledger-file-leads-outside-help = copie o arquivo CSV para junto do arquivo de avaliação em vez de criar um link para ele
ledger-file-is-folder = { $path } é uma pasta, não um arquivo CSV
ledger-file-is-folder-help = indique o arquivo CSV, por exemplo submissions_file = "submissions.csv"
ledger-file-not-regular = { $path } não é um arquivo comum (é um pipe, um socket ou um dispositivo)
ledger-file-not-regular-help = indique um arquivo CSV salvo no disco, por exemplo submissions_file = "submissions.csv"

## The submissions CSV file as a file: its kind, size and encoding ($error: the system's or the
## CSV reader's own words).
ledger-csv-not-regular = este não é um arquivo comum (é um pipe, um socket, um dispositivo ou uma pasta)
ledger-csv-not-regular-help = indique um arquivo CSV salvo no disco
ledger-csv-too-large = o arquivo de contribuições ultrapassa o limite de { $limit } MB
ledger-csv-too-large-help = agrupe as cópias de uma campanha em massa em uma só linha, ou divida o registro por tema
ledger-csv-read-error = não é possível ler o arquivo: { $error }
ledger-csv-utf16 = o arquivo está salvo como texto UTF-16, não UTF-8
ledger-csv-save-as-utf8-help = salve-o como “CSV UTF-8” (a maioria das planilhas oferece essa opção em “Salvar como”)
ledger-csv-binary = este é um arquivo binário, não um arquivo de texto CSV
ledger-csv-binary-help = exporte a planilha como CSV (valores separados por vírgulas, UTF-8)
ledger-csv-not-utf8 = o arquivo não é um texto UTF-8 válido
ledger-csv-parse-error = não é possível ler o arquivo CSV: { $error }
ledger-csv-parse-error-help = salve o arquivo como CSV (valores separados por vírgulas, UTF-8)
ledger-csv-too-many-rows = o arquivo tem mais de { $limit } contribuições
ledger-csv-empty = o arquivo de contribuições não tem linha de cabeçalho nem contribuições
ledger-csv-empty-help = a primeira linha nomeia as colunas, por exemplo { $columns }

## The CSV file's header row.
ledger-header-not-comma-separated = a linha de cabeçalho tem uma só coluna: o arquivo não está separado por vírgulas
ledger-header-not-comma-separated-help = salve-o como CSV com vírgulas entre as células (em uma planilha: “CSV UTF-8 (delimitado por vírgulas)”)
ledger-unknown-column = coluna desconhecida `{ $name }`
ledger-unknown-column-help = colunas válidas, da mais próxima à mais distante: { $valid }
ledger-column-twice = a coluna `{ $name }` aparece duas vezes
ledger-column-twice-help = mantenha uma só coluna de cada nome
ledger-missing-column = a linha de cabeçalho não tem a coluna `{ $name }`
ledger-missing-column-help = a primeira linha nomeia as colunas; { $required } são obrigatórias

## A CSV row whose cells do not line up with the header's columns ($line, $last: the lines the row
## starts and ends on; $quote: the line of the misplaced quote).
ledger-quote-help = feche uma célula entre aspas com aspas duplas logo antes da vírgula que vem depois dela, e escreva duas vezes as aspas duplas que ficam dentro de uma célula ("")
ledger-row-runs-on-note = a linha { $line } continua até a linha { $last }, pois uma célula entre aspas contém uma quebra de linha; se nenhuma era intencional, há aspas duplas não fechadas nela
ledger-row-text-after-quote = a linha { $line } continua até a linha { $last }: na linha { $quote }, há texto depois de aspas duplas que deveriam fechar uma célula
ledger-text-after-quote = há texto depois das aspas duplas que fecham uma célula
ledger-row-runs-to-the-end = a linha { $line } continua até o fim do arquivo: há aspas duplas nela que nunca são fechadas
ledger-row-runs-on = a linha { $line } continua até a linha { $last }: há aspas duplas nela que não são fechadas onde deveriam
ledger-row-too-many-cells = a linha tem { $cells } células, mas a linha de cabeçalho nomeia { $columns } colunas
ledger-row-too-many-cells-help = coloque entre aspas duplas uma célula que contenha uma vírgula ("um, dois"); nomeie mais uma coluna na linha de cabeçalho; remova uma vírgula que só encerra a linha
ledger-unnamed-cell = há um valor em uma coluna sem nome conhecido
ledger-unnamed-cell-help = nomeie a coluna na linha de cabeçalho, ou deixe suas células vazias

## One submission: its id, its values ($valid: the valid ones, nearest first where the message says
## so) and its dates.
ledger-no-id = a contribuição não tem identificador
ledger-no-id-help = dê a cada contribuição um identificador único, por exemplo S-001
ledger-empty-id = a contribuição tem um identificador vazio
ledger-empty-id-help = dê a cada contribuição um identificador único, por exemplo "S-001"
ledger-duplicate-id = identificador de contribuição duplicado `{ $id }`
ledger-duplicate-id-help = os identificadores devem ser únicos; o primeiro `{ $id }` está na linha { $line }
ledger-unique-ids-help = os identificadores devem ser únicos
ledger-no-group = a contribuição não tem grupo; valores válidos: { $valid }
ledger-no-disposition = a contribuição não tem encaminhamento; valores válidos: { $valid }
ledger-unknown-group = grupo desconhecido `{ $value }`; valores válidos, do mais próximo ao mais distante: { $valid }
ledger-unknown-disposition = encaminhamento desconhecido `{ $value }`; valores válidos, do mais próximo ao mais distante: { $valid }
ledger-unknown-reason = motivo desconhecido `{ $value }`; valores válidos, do mais próximo ao mais distante: { $valid }
ledger-value-help = use um dos valores indicados, escrito exatamente igual
ledger-no-such-day = `{ $key }` não é um dia que exista no calendário: `{ $text }`
ledger-no-such-day-help = verifique o dia e o mês
ledger-date-shape = `{ $key }` deve ser uma data como 2026-03-02, não `{ $text }`
ledger-date-shape-help = escreva a data como ano-mês-dia, por exemplo 2026-03-02
ledger-answered-before-submitted = a contribuição `{ $id }` foi respondida ({ $responded }) antes de ser enviada ({ $submitted })
ledger-answered-before-submitted-help = verifique as duas datas; `responded` é a data em que foi publicada a resposta a ela
ledger-not-answered-responded = a contribuição `{ $id }` está marcada como not-answered, mas tem data de resposta
ledger-not-answered-responded-help = remova `responded`, ou indique o encaminhamento que a resposta lhe deu

## Merged submissions ($ids: the nearest ids in the ledger; $chain: the ids a loop goes through).
ledger-merged-nowhere = a contribuição `{ $id }` está mesclada, mas não diz com qual
ledger-merged-nowhere-help = acrescente `merged_into` com o identificador da contribuição com a qual ela foi mesclada
ledger-merged-into-itself = a contribuição `{ $id }` está mesclada consigo mesma
ledger-merged-into-itself-help = indique a contribuição junto com a qual ela foi respondida
ledger-merged-into-unknown = a contribuição `{ $id }` está mesclada com `{ $target }`, que não está no registro
ledger-merged-into-unknown-help = indique o identificador de uma contribuição do registro
ledger-merged-into-unknown-nearest-help = indique o identificador de uma contribuição do registro; os mais próximos: { $ids }
ledger-not-merged = a contribuição `{ $id }` indica `merged_into`, mas não está mesclada
ledger-not-merged-help = escreva disposition = "merged", ou remova `merged_into`
ledger-merge-loop = as mesclagens { $chain } voltam sobre si mesmas
ledger-merge-loop-help = uma das contribuições da cadeia deve ter o encaminhamento que a resposta lhe deu

## After the first problems of a ledger.
ledger-more-problems = { $count ->
    [one] mais { $count } problema do registro da consulta não é mostrado
   *[other] mais { $count } problemas do registro da consulta não são mostrados
}
ledger-more-problems-help = corrija os problemas acima e verifique o arquivo novamente
