# What is wrong with a rubric file (`rubric check`, `--rubrics DIR`) or a rubric's translation:
# its ids, levels, weights, sources, mechanisms and conditions. Keys, ids and values in backticks
# stay as the file writes them.

## A level in a level_map. $level is a number as the file writes it; $text the file's text.
rubric-level-expected = um número de nível ou "not-affected"
rubric-level-negative = { $level } não é um nível; use 0 ou mais, ou "not-affected"
rubric-level-too-large = o nível { $level } é grande demais
rubric-level-not-a-level = `{ $text }` não é um nível; use um número de nível ou "not-affected"

## The rubric's own keys. $weight is the number as the file writes it; $max the largest weight.
rubric-id-invalid = o identificador de rubrica `{ $id }` não é válido
rubric-id-invalid-help = use letras minúsculas, algarismos e hifens, por exemplo `openness`
rubric-weight-range = o peso da rubrica, { $weight }, está fora do intervalo
rubric-weight-help = use um número positivo de até { $max }; os pesos são relativos, o usual é 1.0
rubric-no-questions = a rubrica não tem perguntas
rubric-no-questions-help = acrescente pelo menos uma tabela [[questions]]
rubric-source-twice = o identificador de fonte `{ $source }` aparece duas vezes
rubric-source-twice-help = dê a cada fonte seu próprio identificador

## A question's own keys. $id is the question's id; $count, $min, $max, $levels, $top and $red
## are numbers.
rubric-question-id-invalid = o identificador de pergunta `{ $id }` não é válido
rubric-id-chars-help = use letras minúsculas, algarismos e hifens
rubric-question-twice = o identificador de pergunta `{ $id }` aparece duas vezes na rubrica `{ $rubric }`
rubric-question-twice-help = cada pergunta precisa de seu próprio identificador
rubric-question-weight-range = a pergunta `{ $id }` tem peso { $weight }, fora do intervalo
rubric-question-level-count = a pergunta `{ $id }` tem { $count ->
        [one] { $count } nível
       *[other] { $count } níveis
    }; uma pergunta precisa de { $min } a { $max }
rubric-question-level-count-help = liste os textos dos níveis do pior para o melhor
rubric-question-red-flag = a pergunta `{ $id }` tem red_flag_at = { $red }, o que não deixa nenhum nível sem sinal de alerta
rubric-question-red-flag-help = red_flag_at deve ficar abaixo do nível mais alto
rubric-question-no-recommendation = a pergunta `{ $id }` não tem recomendação
rubric-question-no-recommendation-help = diga o que os redatores devem fazer quando ela fica abaixo do nível mais alto
rubric-question-acceptable = a pergunta `{ $id }` tem acceptable_at acima de seu nível mais alto
rubric-question-acceptable-help = use um nível de 0 a { $top }
rubric-question-level-recommendations = a pergunta `{ $id }` tem { $count } recomendações por nível para { $levels } níveis
rubric-question-level-recommendations-help = dê no máximo uma recomendação por nível, do pior para o melhor
rubric-question-no-dimension = a pergunta `{ $id }` não tem dimensão
rubric-question-no-dimension-help = acrescente `dimension = "effect"` (o que a proposta faz com a Internet) ou `dimension = "process"` (como ela foi elaborada)

## What a question covers. $tag is the unknown item; $known a list of ids.
rubric-covers-unknown = a pergunta `{ $id }` abrange um item desconhecido, `{ $tag }`
rubric-covers-unknown-help = itens conhecidos, do mais próximo ao mais distante: { $known }; `impact-brief rubric show openness` usa todos eles
rubric-effect-covers-nothing = a pergunta de efeito `{ $id }` não abrange nenhuma propriedade crítica nem nenhum habilitador
rubric-effect-covers-nothing-help = acrescente por exemplo `covers = ["data-confidentiality"]`; `impact-brief rubric show openness` os lista
rubric-effect-no-area = a pergunta de efeito `{ $id }` não tem área
rubric-effect-no-area-help = acrescente uma `area` curta e em linguagem simples, por exemplo `area = "Criptografia e mensagens privadas"`; a etapa de triagem do assistente a oferece

## What a question refers to. $cited is the source id the file cites; $known a list of ids.
rubric-unknown-source = a pergunta `{ $id }` cita uma fonte desconhecida, `{ $cited }`
rubric-unknown-source-add-help = acrescente-a a [[sources]]
rubric-known-sources-help = fontes conhecidas: { $known }
rubric-depends-on-itself = a pergunta `{ $id }` depende de si mesma
rubric-depends-on-itself-help = indique outra pergunta em applies_if

## A question's level_map. $bad and $top are numbers.
rubric-level-map-several = a pergunta `{ $id }` tem um level_map, mas substitui várias perguntas
rubric-level-map-several-help = uma correspondência de níveis precisa de uma única pergunta anterior; remova-a, e as respostas das perguntas substituídas pedirão uma nova resposta
rubric-level-map-missing-level = o level_map de `{ $id }` aponta para o nível { $bad }, que a pergunta não tem
rubric-level-map-missing-level-help = faça cada nível anterior corresponder a um nível de 0 a { $top }, ou a "not-affected"
rubric-level-map-not-affected = o level_map de `{ $id }` aponta para "not-affected", que só as perguntas de efeito têm
rubric-level-map-not-affected-help = faça cada nível anterior corresponder a um nível desta pergunta

## A question's mechanisms. $name is the mechanism's id; $safeguard the id contained_by names;
## $known a list of ids.
rubric-process-mechanisms = a pergunta de processo `{ $id }` tem mecanismos
rubric-process-mechanisms-help = só as perguntas de efeito listam mecanismos; a orientação de uma pergunta de processo decorre de seu nível
rubric-effect-no-mechanisms = a pergunta de efeito `{ $id }` não lista nenhum mecanismo
rubric-effect-no-mechanisms-help = acrescente tabelas [[questions.mechanisms]]: os danos que uma medida pode causar aqui, com suas orientações, e as salvaguardas que os contêm
rubric-mechanism-id-invalid = o identificador de mecanismo `{ $name }` de `{ $id }` não é válido
rubric-mechanism-twice = o identificador de mecanismo `{ $name }` aparece duas vezes em `{ $id }`
rubric-mechanism-twice-help = cada mecanismo de uma pergunta precisa de seu próprio identificador
rubric-mechanism-no-label = o mecanismo `{ $name }` de `{ $id }` não tem rótulo
rubric-mechanism-no-label-help = diga em palavras simples o que a medida faz
rubric-harm-no-recommendation = o dano `{ $name }` de `{ $id }` não tem recomendação
rubric-harm-no-recommendation-help = diga o que mudar para que o dano desapareça ou fique contido
rubric-harm-not-safeguard = o dano `{ $name }` de `{ $id }` é contido por `{ $safeguard }`, que não é uma salvaguarda da pergunta
rubric-harm-not-safeguard-help = salvaguardas de `{ $id }`, da mais próxima à mais distante: { $known }
rubric-safeguard-advice = a salvaguarda `{ $name }` de `{ $id }` tem sinal de alerta, recomendação ou contained_by
rubric-safeguard-advice-help = só os danos levantam sinais de alerta e trazem orientações; uma salvaguarda é indicada por seu rótulo
rubric-mechanism-unknown-source = o mecanismo `{ $name }` de `{ $id }` cita uma fonte desconhecida, `{ $cited }`

## A rubrics folder and the dependencies between rubrics. $path is a file's path; $question a
## full question id (rubric.question); $level, $top are numbers; $error is the system's message.
rubric-location = rubrica `{ $id }`
rubric-defined-twice = o identificador de rubrica `{ $id }` também está definido em { $path }
rubric-defined-twice-help = dê a cada arquivo de rubrica seu próprio identificador, ou remova um dos dois arquivos
rubric-applies-if-unknown-rubric = o applies_if de `{ $id }` indica `{ $question }`, cuja rubrica é desconhecida
rubric-known-rubrics-help = rubricas conhecidas: { $known }
rubric-applies-if-unknown-question = o applies_if de `{ $id }` indica uma pergunta desconhecida, `{ $question }`
rubric-questions-of-help = perguntas de `{ $rubric }`: { $known }
rubric-applies-if-level = o applies_if de `{ $id }` pede o nível { $level } de `{ $question }`, que tem níveis de 0 a { $top }
rubric-applies-if-level-help = reduza min_level
rubric-cycle = a pergunta `{ $id }` depende de si mesma por meio de applies_if
rubric-cycle-help = quebre o ciclo: uma pergunta não pode, por meio de outras, depender da própria resposta
rubric-folder-unreadable = não foi possível ler a pasta de rubricas: { $error }
rubric-folder-unreadable-help = --rubrics espera uma pasta de arquivos de rubrica .toml

## A rubric's translation overlay. $id is a question id; $name a mechanism id; $count and
## $english are numbers; $problem is one of the messages below.
rubric-overlay-unknown-question = `{ $id }` não é uma pergunta da rubrica em inglês
rubric-overlay-question-problem = `{ $id }`: { $problem }
rubric-overlay-levels = { $count } níveis, o inglês tem { $english }
rubric-overlay-level-recommendations = { $count } recomendações por nível, o inglês tem { $english }
rubric-overlay-area = `area` aparece onde o inglês não a tem, ou falta onde a tem
rubric-overlay-recommendation = `recommendation` não corresponde ao inglês (um a tem, o outro não)
rubric-overlay-mechanism-missing = o mecanismo `{ $name }` não está traduzido
rubric-overlay-mechanism-recommendation = mecanismo `{ $name }`: `recommendation` não corresponde ao inglês
rubric-overlay-mechanism-unknown = o mecanismo `{ $name }` não está na pergunta em inglês
