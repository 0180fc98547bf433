# The command line and the wizard.

## Choosing the language and starting.
ui-locale-unmatched = Aucune traduction pour la langue du système { $locale } : les messages sont en anglais. LANGUAGE fixe leur langue (l’une de { $languages }) ; --lang la fixe aussi pour les notes.
ui-no-terminal = error: l’assistant a besoin d’un terminal interactif, et l’entrée standard n’en est pas un
    {"  "}help: pour un usage scripté, créez un fichier à remplir avec `impact-brief init FICHIER`, complétez-le, puis lancez `impact-brief render FICHIER`
ui-needs-terminal = un terminal interactif est nécessaire

## Key hints, yes and no, and long texts typed on one line.
ui-keys-select = ↑↓ pour se déplacer, Entrée pour choisir, tapez pour filtrer
ui-keys-multi-select = ↑↓ pour se déplacer, Espace pour cocher, → pour tout cocher, ← pour tout décocher, tapez pour filtrer
ui-yes = oui
ui-no = non
ui-invalid-yes-no = Répondez oui ou non.
ui-summary-none = (aucun)
ui-summary-paragraphs = { $first }… ({ $count ->
        [one] { $count } paragraphe
       *[other] { $count } paragraphes
    })
ui-long-text-keeps = Entrée conserve : { $summary }
ui-long-text-inline-help = Entrée conserve le texte actuel ; tapez un paragraphe pour le remplacer, ou - pour l’effacer

## Answers refused.
ui-invalid-empty = ce champ ne peut pas être vide
ui-invalid-date = écrivez la date sous la forme AAAA-MM-JJ, par exemple 2026-03-01
ui-invalid-day = ce jour n’existe pas dans le calendrier : vérifiez le jour et le mois
ui-invalid-too-long-title = 500 caractères au plus pour un intitulé : l’intitulé officiel suffit
ui-invalid-too-long-finding = 5 000 caractères au plus : dites-le en une phrase ou deux, et donnez le détail sous « Pourquoi ? »
ui-invalid-too-long-text = 20 000 caractères au plus (quelque 3 000 mots) : placez le texte complet dans un document cité en source
ui-invalid-too-long-line = 500 caractères au plus : c’est une ligne du premier tableau de la note
ui-invalid-too-long-evidence = 2 000 caractères au plus : une référence ou une adresse web (une adresse plus longue ne peut pas être liée)

## The file.
ui-welcome = Évaluons une proposition législative. Appuyez sur Échap à tout moment pour arrêter.
ui-title = Quel est l’intitulé de la proposition ?
ui-title-help = Son intitulé officiel ou usuel, par exemple « Projet de loi sur la sécurité en ligne »
ui-save-as = Enregistrer l’évaluation sous
ui-save-as-help = Appuyez sur Entrée pour garder le nom affiché, ou tapez-en un autre. Vous pourrez revenir au fichier avec `impact-brief wizard` suivi de son nom.
ui-file-exists-resume = { $file } existe déjà. Reprendre plutôt ce fichier ?
ui-file-exists-resume-help = Non : choisir un autre nom (un fichier existant n’est jamais écrasé)
ui-cannot-create = Impossible de créer { $file } : { $error }. Choisissez un autre nom.
ui-read-only = { $file } est en lecture seule : aucune réponse ne pourrait y être enregistrée. Rendez-le modifiable (dans votre gestionnaire de fichiers, ou avec chmod u+w), puis recommencez.
ui-not-a-folder = { $file } est un fichier, pas un dossier : rien ne peut être enregistré dedans. Choisissez un autre nom.
ui-cannot-save-in = Les réponses ne peuvent pas être enregistrées dans { $folder } ({ $error }). Choisissez un fichier dans un dossier où vous pouvez écrire, comme votre dossier personnel.
ui-saving-as-toml = Enregistrement sous { $file } : les fichiers d’évaluation se terminent par .toml, que recherchent `impact-brief batch` et les éditeurs.
ui-saving-as-portable = Enregistrement sous { $file } : un nom fait de lettres sans accent, de chiffres, de - et de _ s’ouvre partout, y compris dans `impact-brief serve`.
ui-cannot-resume = Impossible de reprendre { $file } : il comporte des problèmes (énumérés ci-dessous). Corrigez-les, puis relancez `{ $command }` ; l’assistant n’écrase jamais un fichier qu’il ne peut pas lire.
ui-progress = { $answered ->
        [one] { $answered } question applicable sur { $total } a reçu une réponse
       *[other] { $answered } questions applicables sur { $total } ont reçu une réponse
    }{ $unsure ->
        [0] {""}
        [one] , et { $unsure } marquée « je ne sais pas encore »
       *[other] , et { $unsure } marquées « je ne sais pas encore »
    }.
ui-plan = Que souhaitez-vous faire ?
ui-plan-continue = Poursuivre avec les questions sans réponse ({ $count ->
    [one] { $count } restante
   *[other] { $count } restantes
})
ui-plan-continue-all-answered = Poursuivre (toutes les questions ont une réponse)
ui-plan-review = Revoir toutes les réponses
ui-plan-render = Produire la note maintenant
ui-intro-saving = Vos réponses sont enregistrées dans { $file } après chacune d’elles.
    Si vous vous arrêtez, reprenez avec : { $command }
ui-stopped-saved = Arrêt. Vos réponses sont enregistrées dans { $file }, sauf un texte que vous étiez en train de saisir.
    Pour reprendre, lancez : { $command }
ui-stopped-nothing-saved = Arrêt. Rien n’a été enregistré.
ui-prompt-stopped = <arrêté>

## The proposal.
ui-section-proposal = La proposition
ui-resume-proposal-again = Les informations sur la proposition figurent déjà dans le fichier. Les parcourir à nouveau ?
ui-resume-proposal-again-help = Non les conserve telles quelles ; « Réviser une réponse », une fois les questions terminées, permet aussi de les modifier
ui-jurisdiction = Territoire
ui-jurisdiction-help = Le pays ou la région dont ce texte deviendrait la loi ; séparez-en plusieurs par « ; » (facultatif)
ui-reference = Référence officielle
ui-reference-help = Un numéro de projet de loi ou une référence de document, par exemple « HL Bill 87 » (facultatif)
ui-kind = De quel type de mesure s’agit-il ?
ui-kind-help = La note la désigne ainsi partout (« la loi », « le règlement », « la demande »)
ui-stage = Où en est-elle ?
ui-stage-help = Son stade dans la procédure législative
ui-stage-request = Demande
ui-stage-idea = Idée
ui-stage-draft = Projet de texte
ui-stage-consultation = En consultation
ui-stage-in-legislature = Devant le Parlement
ui-stage-adopted = Adoptée
ui-stage-in-force = En vigueur
ui-stage-withdrawn = Retirée
ui-stage-rejected = Rejetée
ui-stage-not-sure = Je ne sais pas
ui-introduced = Date de dépôt ou de publication
ui-introduced-help = Facultatif ; appuyez sur Entrée pour passer
ui-date-placeholder = AAAA-MM-JJ
ui-url = Où peut-on lire le texte ?
ui-url-help = Une adresse web (facultatif)
ui-url-not-web = Une adresse web commence par https:// ou http:// et nomme un site, comme https://www.parlement.example/projet-12 ; laissez vide s’il n’y en a pas.
ui-url-has-space = Une adresse web ne contient pas d’espaces : supprimez-les ou remplacez-les par %20.
ui-url-kept-as-text = L’adresse enregistrée, « { $url } », n’est pas une adresse web : la note l’imprime comme texte, non comme lien. Entrée la garde ; donnez-en une qui commence par https:// pour qu’elle soit liée.
ui-summary = Résumé : que fait la proposition ?
ui-summary-help = Quelques phrases, avec vos propres mots (facultatif ; le Markdown est accepté)
ui-context = Contexte : pourquoi maintenant, et que doivent savoir les lecteurs ?
ui-context-help = Historique, textes connexes, qui la porte (facultatif ; le Markdown est accepté)

## The assessors.
ui-section-assessors = Les évaluateurs
ui-assessors = Votre nom et votre organisation
ui-assessors-placeholder = Maria Okafor, section ISOC de Veridia
ui-assessors-help = Séparez plusieurs personnes par des points-virgules (;) : une virgule fait partie du nom
ui-stakeholder = Au nom de quel groupe de parties prenantes vous exprimez-vous ?
ui-stakeholder-help = Les évaluations de différents groupes peuvent être réunies avec `impact-brief panel`
ui-stakeholder-government = Gouvernement
ui-stakeholder-private-sector = Secteur privé
ui-stakeholder-civil-society = Société civile
ui-stakeholder-technical-community = Communauté technique
ui-stakeholder-academia = Milieu universitaire
ui-stakeholder-intergovernmental = Organisation intergouvernementale
ui-stakeholder-not-said = Je préfère ne pas le dire
ui-drafter = Votre organisation a-t-elle rédigé ou proposé ce texte ?
ui-drafter-help = Une note du panel l’indique et montre si les autres membres s’accordent sans votre évaluation
ui-date = Date de l’évaluation

## Screening and the questions.
ui-screening = Lesquels de ces domaines la proposition touche-t-elle ? Cochez chaque domaine qu’elle pourrait affecter.
ui-screening-help = Espace coche, Entrée valide. Les domaines cochés reçoivent leur question complète ; les autres sont enregistrés comme « écartés au tri préalable » (vous pourrez les réviser plus tard).
ui-screening-none = Vous n’avez coché aucun domaine. Enregistrer les { $count } comme écartés au tri préalable, sans examen ?
ui-screening-none-help = Espace coche un domaine de la liste. Répondez non pour y revenir ; oui seulement si la proposition n’en touche manifestement aucun.
ui-screening-result = { $count ->
        [one] { $count } domaine à évaluer
       *[other] { $count } domaines à évaluer
    } en détail ; { $screened_out ->
        [one] { $screened_out } écarté au tri préalable (non examiné : révisez-le si cela change)
       *[other] { $screened_out } écartés au tri préalable (non examinés : révisez-les si cela change)
    }.
ui-rubric-heading = { $rubric } (grille { $number } sur { $total })
ui-skipped = Question { $question } passée : { $reason }.
ui-condition = elle ne s’applique que lorsque { $question } est au niveau { $level }{ $level_text } ou plus
ui-condition-open = { $condition }, et { $question } reste ouverte (sans réponse, ou « { $not_sure } ») : elle sera posée une fois { $question } connue
ui-condition-level-text = {" "}(« { $text } »)
ui-unsure-left = { $count ->
        [one] { $count } question est marquée
       *[other] { $count } questions sont marquées
    } « { $not_sure } » ; choisissez « { $revise } » lorsque vous en saurez davantage.
ui-without-advice-left = { $count ->
        [one] Une réponse est
       *[other] { $count } réponses sont
    } sous le niveau acceptable sans atteinte cochée ni recommandation d’où que ce soit : la note { $count ->
        [one] la range parmi les préoccupations
       *[other] les range parmi les préoccupations
    } sans rien recommander ({ $questions }). Pour dire d’où vient la recommandation, choisissez « { $revise } » dans le menu de fin.
ui-running-score = { $rubric } : { $score } ({ $rating }), couverture { $coverage }
ui-no-score-yet = pas encore de score
ui-rating-no-effect-found = Aucun effet constaté
ui-rating-strong = Solide
ui-rating-adequate = Satisfaisant
ui-rating-weak = Faible
ui-rating-serious-concerns = Préoccupations graves
ui-rating-insufficient-evidence = Éléments insuffisants
ui-option-not-affected = Non concerné – j’ai vérifié et la proposition n’y touche pas
ui-option-screened-out = Écarté au tri préalable – non examiné (garder)
ui-option-not-sure = Je ne sais pas encore
ui-option-not-applicable = Sans objet
ui-ledger-points-to = Registre de la consultation : { $because }. Il indique le niveau { $level } pour cette question ; le choix du niveau vous appartient.
ui-why = Pourquoi ?
ui-why-help-level = Qu’est-ce qui, dans le texte ou la procédure, justifie ce niveau ? (recommandé : une note sans motifs ne peut pas être vérifiée, et `check` le signale ; le Markdown est accepté)
ui-why-help-not-sure = Que manque-t-il pour en juger, et où pourrait-on le trouver ? (facultatif)
ui-why-help-not-applicable = Pourquoi cette question ne s’applique-t-elle pas à la proposition ? (facultatif)
ui-why-help-not-affected = Qu’avez-vous vérifié, et pourquoi cela ne montre-t-il aucun effet ? (facultatif)
ui-why-help-red-flag = Cette réponse déclenche un signal d’alerte : expliquez pourquoi, avec les dispositions et les sources sur lesquelles elle repose (obligatoire ; le Markdown est accepté)
ui-red-flag-needs-reason = Un signal d’alerte doit être motivé avant d’être enregistré : qu’est-ce qui, dans le texte, le justifie ?
ui-red-flag-not-saved = Le signal d’alerte sur { $question } n’a pas été enregistré : il doit être motivé. La réponse est restée telle qu’elle était.
ui-red-flag-kept-unsure = Le signal d’alerte sur { $question } n’a pas été enregistré : il doit être motivé. Ce que vous avez écrit est conservé, avec la réponse « Je ne sais pas encore » : choisissez de nouveau le niveau et donnez le motif pour la terminer.
ui-answer-kept = Arrêt avant le motif : la réponse sur { $question } est restée telle qu’elle était.
ui-typed-not-saved = Ce que vous avez saisi n’a pas été enregistré ; le voici, à copier si besoin :
ui-finding = Que fait la proposition sur ce point ?
ui-finding-process = Qu’ont fait ses auteurs sur ce point ?
ui-finding-help = Une phrase, avec vos propres mots, sur cette proposition : la page 1 de la note cite ce constat (facultatif)
ui-provisions = Quelles dispositions ?
ui-provisions-help = Les articles sur lesquels il repose, séparés par des points-virgules, par exemple art. 5, al. 2 ; art. 12 (facultatif)
ui-mechanism-harm = Atteinte : { $label }
ui-mechanism-safeguard = Garantie : { $label }
ui-mechanisms = Lesquels de ces mécanismes la proposition comporte-t-elle ? Cochez chacun de ceux qu’elle contient, atteintes et garanties.
ui-mechanisms-help = Espace coche, Entrée valide. Les recommandations de la note découlent uniquement des atteintes cochées, et les points forts des garanties.
ui-advice-none = Cette réponse est en dessous de son niveau acceptable, mais aucune atteinte n’est cochée. Les recommandations de la note sur un effet découlent des atteintes cochées : en l’état, la note ne donne aucune recommandation pour cette réponse.
ui-advice = D’où doit venir sa recommandation ?
ui-advice-help = Le plus souvent, la proposition comporte l’une des atteintes de la liste : cochez-la. Votre propre recommandation remplace celle de la grille pour cette question ; celle d’une autre question est imprimée une seule fois, sous cette autre question, et mentionne aussi celle-ci.
ui-advice-tick = Cocher ce que fait la proposition (retour à la liste)
ui-advice-own = Rédiger notre propre recommandation
ui-advice-other = La recommandation d’une autre question y répond aussi
ui-advice-leave = La laisser sans recommandation pour l’instant
ui-advice-own-prompt = Votre recommandation aux rédacteurs du texte
ui-advice-own-help = Que doivent changer les rédacteurs ? Elle remplace, dans la note, la recommandation de la grille pour cette question (le Markdown est accepté).
ui-advice-own-edit-help = Votre propre recommandation pour cette question, qui remplace celle de la grille dans la note : gardez-la, modifiez-la, ou videz-la pour revenir à celle de la grille (le Markdown est accepté).
ui-advice-other-prompt = La recommandation de quelle question répond aussi à celle-ci ?
ui-advice-other-help = La recommandation de cette autre question, imprimée sous elle, nommera aussi cette question. Tapez pour filtrer la liste.
ui-advice-other-none-yet = « { $question } » ne donne encore aucune recommandation : elle n’est pas en dessous de son niveau acceptable, ou ne coche aucune atteinte et n’a pas de recommandation propre. Répondez-y de sorte qu’elle en donne une ; `impact-brief check` le signale tant que ce n’est pas le cas.
ui-evidence = Élément de preuve { $number }
ui-evidence-help = Un article, un document ou un lien par ligne ; appuyez sur Entrée sur une ligne vide pour terminer
ui-evidence-edit-help = Modifiez l’élément { $number } sur { $total }, ou effacez-le pour le supprimer

## The end: the menu, rendering and revising.
ui-menu = Et maintenant ?
ui-menu-render = Produire la note
ui-menu-revise = Réviser une réponse
ui-menu-lead = Choisir le constat placé en premier en page 1
ui-menu-mark-final = Marquer la note comme version définitive
ui-menu-mark-draft = Marquer de nouveau la note comme version provisoire
ui-menu-record = Enregistrer les contributions à la consultation
ui-menu-quit = Enregistrer et quitter
# Choosing the finding page 1 puts first (`lead` in the file).
ui-lead = Quel constat placer en premier en page 1 ?
ui-lead-help = La page 1 range les constats dans l’ordre de gravité de la méthode. Celui que vous choisissez passe en tête de sa liste, son conseil en tête des prochaines étapes, et la page 1 dit que c’est votre choix.
ui-lead-none = Aucun : garder l’ordre de la méthode
ui-lead-now-first = En premier actuellement
ui-lead-set = La page 1 place désormais « { $topic } » en premier.
ui-lead-cleared = La page 1 garde l’ordre de la méthode.
ui-lead-too-few = La page 1 n’a pas encore deux constats à ordonner : il n’y a rien à choisir.
ui-marked = La première page de la note indique désormais : { $status }.
# The other assessment files in the panel command the wizard suggests when it quits.
ui-saved-other-file = AUTRE.toml
ui-saved = { $file } enregistré.
    Pour produire la note plus tard : { $render }
    Pour modifier les réponses : { $resume }
    Avec les évaluations d’autres personnes sur la même proposition, produisez une note de panel :
      { $panel }
ui-formats = Quels formats ?
ui-formats-help = Espace coche un format, Entrée valide
ui-format-markdown = Markdown (.md) : pour la relecture et le suivi des modifications
ui-format-pdf = PDF (.pdf) : pour la publication
ui-format-docx = Word (.docx) : pour les commentaires et le suivi des modifications
ui-format-html = HTML (.html) : une page web
ui-format-json = JSON (.json) : pour les scripts
ui-formats-none = Aucun format choisi ; rien n’a été écrit.
ui-folder = Dans quel dossier écrire les fichiers ?
ui-cannot-render = Impossible de produire la note : { $error }
ui-wrote = { $file } écrit
ui-could-not-write = Impossible d’écrire { $file } : { $error }
ui-back = Retour
ui-revise = Quelle réponse souhaitez-vous modifier ?
ui-revise-help = Tapez pour filtrer, par exemple « ouverture »
ui-revise-does-not-apply = { $answer } (ne s’applique pas actuellement)
ui-revise-does-not-count = Remarque : cette réponse n’est pas prise en compte pour le moment : { $reason }.
ui-revise-counts-while-open = Remarque : { $reason } ; tant que { $question } reste ouverte, une réponse donnée ici compte, sauf si { $question } reçoit ensuite une réponse inférieure à ce niveau.
ui-applies-now = { $question } s’applique désormais :
ui-answer-not-sure = je ne sais pas encore
ui-answer-not-applicable = sans objet
ui-answer-not-affected = non concerné
ui-answer-screened-out = écarté au tri préalable
ui-answer-none = sans réponse

## The consultation ledger.
ui-ledger = Comment souhaitez-vous enregistrer les contributions ?
ui-ledger-add = Ajouter les contributions une par une
ui-ledger-import = Importer un fichier CSV
ui-consultation-opened = Quand la consultation s’est-elle ouverte ?
ui-consultation-closed = Quand s’est-elle close (dernier jour de réception des contributions) ?
ui-consultation-responded = Quand la réponse à la consultation a-t-elle été publiée ?
ui-consultation-date-help = AAAA-MM-JJ ; laissez vide si vous ne savez pas, ou si cela n’a pas encore eu lieu
ui-ledger-in-csv = Les contributions sont conservées dans le fichier CSV { $file }, à côté du fichier d’évaluation. Modifiez-les dans ce fichier, ou importez de nouveau le fichier modifié.
ui-submission-saved = Contribution { $id } enregistrée.
ui-submission-another = En ajouter une autre ?
ui-submission-id = Identifiant de la contribution
ui-submission-id-help = Unique dans le registre, par exemple S-01
ui-submission-id-refused = Cet identifiant ne peut pas être utilisé : { $problem }. Choisissez-en un autre.
ui-submitter = Qui l’a envoyée ?
ui-submitter-help = Une personne ou une organisation ; laissez vide pour une contribution anonyme
ui-submitter-group = À quel groupe appartient l’expéditeur ?
ui-submitter-government = Gouvernement
ui-submitter-private-sector = Secteur privé
ui-submitter-civil-society = Société civile
ui-submitter-technical-community = Communauté technique
ui-submitter-academia = Milieu universitaire
ui-submitter-intergovernmental = Organisation intergouvernementale
ui-submitter-individual = Particuliers
ui-submitter-unknown = Inconnu
ui-submission-provision = Quelle disposition du projet concerne-t-elle ?
ui-submission-provision-help = Par exemple « art. 12, al. 3 » ; laissez vide si elle porte sur l’ensemble de la proposition
ui-submission-asked = Que demandait-elle ?
ui-submission-asked-help = En une phrase ; laissez vide pour passer
ui-disposition = Quelle suite lui a été donnée ?
ui-disposition-help = Selon la réponse publiée
ui-disposition-accepted = Acceptée
ui-disposition-partially-accepted = Partiellement acceptée
ui-disposition-rejected = Rejetée
ui-disposition-out-of-scope = Hors champ
ui-disposition-deferred = Reportée
ui-disposition-not-answered = Sans réponse
ui-disposition-withdrawn = Retirée
ui-disposition-merged = Traitée avec une autre
ui-merged-into = Avec quelle contribution a-t-elle reçu une réponse commune ?
ui-merged-into-help = Tapez pour filtrer par identifiant
ui-reason = Quel motif la réponse a-t-elle donné ?
ui-reason-help = « Aucun motif donné » lorsque la réponse n’en donnait pas
ui-reason-legally-precluded = Impossibilité juridique
ui-reason-outside-mandate = Hors mandat
ui-reason-technically-infeasible = Infaisabilité technique
ui-reason-disproportionate-cost = Coût disproportionné
ui-reason-insufficient-evidence = Éléments insuffisants
ui-reason-addressed-elsewhere = Question traitée ailleurs
ui-reason-conflicts-with-objective = Contradiction avec l’objectif déclaré
ui-reason-outweighed-by-other-input = Autres contributions jugées plus déterminantes
ui-reason-none-given = Aucun motif donné
ui-reason-text = Le motif, dans les termes des rédacteurs
ui-reason-text-help = Cité ou résumé ; laissez vide pour passer
ui-reflected-in = Où le texte la reprend ou la traite (la disposition)
ui-reflected-in-help = par ex. art. 12 ; « question traitée ailleurs » ne compte comme motif légitime que si la disposition est nommée ici ; laissez vide pour passer
ui-csv-file = Quel fichier CSV ?
ui-csv-file-help = Une ligne d’en-tête nommant les colonnes (id, group et disposition obligatoires), une contribution par ligne
ui-import-problems = Rien n’a été importé : { $file } comporte des problèmes.
ui-import-replace = Le fichier d’évaluation contient { $count } contributions qui lui sont propres. Les remplacer par celles du fichier CSV ?
ui-import-replace-help = Non : les conserver et ne rien importer (un registre se trouve soit dans le fichier, soit dans un fichier CSV, pas dans les deux)
ui-import-kept = Rien n’a été importé ; les contributions du fichier d’évaluation sont conservées.
ui-import-cannot-copy = Rien n’a été importé : impossible de copier { $file } : { $error }
ui-imported = { $count ->
        [one] { $count } contribution importée
       *[other] { $count } contributions importées
    } depuis { $file } ; le fichier d’évaluation le désigne désormais dans submissions_file.
ui-ledger-no-suggestion = Le registre n’indique encore de niveau pour aucune question.

## `score`: the scorecard in the terminal (with the brief’s labels and the ui-rating-* words).
ui-score-title = { $heading } : { $title }
ui-score-coverage = couverture { $coverage }
ui-score-points = ({ $points } points)
ui-score-red-flags = { $count ->
        [one] { $count } signal d’alerte
       *[other] { $count } signaux d’alerte
    }
ui-score-verdict = { $dimension } : { $verdict }.
ui-score-dimension-effect = Effet sur l’Internet
ui-score-dimension-process = Processus
ui-score-effect-no-effect-found = Aucun effet constaté
ui-score-effect-protective = Protecteur
ui-score-effect-low-risk = Risque faible
ui-score-effect-harmful = Préjudiciable
ui-score-effect-serious-harm = Préjudice grave
ui-score-effect-insufficient-evidence = Éléments insuffisants
# An open question’s status in a list, for `score` and `check`.
ui-score-status-unknown = inconnu
ui-score-status-unanswered = sans réponse

## `check`: the summary of each file and the warnings about answers (errors in a file’s TOML
## itself are reported in English).
ui-check-problems = { $file } : { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    }
ui-check-ok = { $file } : valide — avec réponse : { $answered }, non concernées : { $not_affected }, écartées au tri préalable : { $screened_out }, inconnues : { $unknown }, sans réponse : { $unanswered }, sans objet : { $not_applicable }, { $not_asked ->
        [0] non posées : 0
       *[other] non posées (chacune dépend d’une autre réponse) : { $not_asked }
    }
ui-check-upgraded = rédigé pour les grilles { $from }.x ; lu en mémoire comme { $to }.x ({ $moved ->
        [one] { $moved } réponse déplacée
       *[other] { $moved } réponses déplacées
    }, { $needs_answer ->
        [one] { $needs_answer } appelle une nouvelle réponse
       *[other] { $needs_answer } appellent une nouvelle réponse
    }, { $new ->
        [one] { $new } nouvelle question
       *[other] { $new } nouvelles questions
    })
ui-check-upgraded-help = exécutez `impact-brief migrate { $file }` pour le réécrire (une copie de sauvegarde est conservée)
ui-check-asks-more = `{ $question }` demande désormais davantage qu’auparavant : cette réponse doit être refaite
ui-check-replaced = `{ $old }` est remplacée par `{ $new }`, qui porte sur autre chose
ui-check-answer-anew-help = répondez de nouveau à `{ $question }` ; l’ancienne justification y est conservée, marquée inconnue
ui-check-merged = `{ $old }` est remplacée par `{ $new }`, à laquelle le fichier répond aussi
ui-check-merged-help = la réponse à `{ $question }` est retenue ; la justification et les sources de l’ancienne réponse y sont ajoutées avec une note
ui-check-url-not-web = `url` n’est pas une adresse web : { $url }
ui-check-url-not-web-help = écrivez l’adresse où le texte peut être lu, en commençant par https:// ; la note imprime tout autre texte tel quel, sans lien
ui-check-not-asked = `{ $question }` ne s’applique pas, et cette réponse n’est donc pas comptée : elle ne s’applique que si `{ $condition }` est au niveau { $level } ou au-dessus
ui-check-not-asked-help = relevez `{ $condition }` si c’est ce que vous avez constaté, ou supprimez cette réponse
ui-check-lead-no-level = `{ $question }` porte `lead` mais n’a pas de niveau : il ne peut pas passer en tête et garde sa place habituelle
ui-check-lead-no-level-help = donnez-lui un niveau, ou retirez `lead = true`
ui-check-lead-twice = `{ $question }` porte `lead`, mais `{ $first }` aussi, qui vient avant dans le fichier et passe en tête
ui-check-lead-twice-help = ne gardez `lead = true` que sur le constat à placer en premier
ui-check-no-rationale = `{ $question }` a un niveau mais pas de justification
ui-check-no-rationale-help = ajoutez `rationale = "..."` : pourquoi ce niveau, avec les dispositions et les sources sur lesquelles il repose ; une note sans motifs ne peut pas être vérifiée
ui-check-no-finding = `{ $question }` n’a pas de constat
ui-check-no-finding-help = ajoutez `finding = "..."` : une phrase, avec vos propres mots, sur ce que fait la proposition sur ce point ; la page 1 la cite (à défaut, elle cite la première phrase de la justification)
ui-check-no-harm = `{ $question }` est en dessous de son niveau acceptable mais ne coche aucune atteinte : la note ne donne donc aucune recommandation à son sujet
ui-check-no-harm-help = cochez ce que fait la proposition dans `mechanisms = [...]` ({ $harms }), rédigez votre propre `recommendation`, ou indiquez dans `advice_under` la question dont la recommandation répond aussi à celle-ci
ui-check-severe-acceptable = `{ $question }` coche l’atteinte grave `{ $harm }` mais est au niveau { $level }, qui indique que l’atteinte est contenue
ui-check-severe-acceptable-help = abaissez le niveau, ou cochez la garantie qui la contient
ui-check-ledger-departs = `{ $question }` est au niveau { $level }, mais le registre de la consultation indique le niveau { $suggested }
ui-check-ledger-open = `{ $question }` est en suspens ; le registre de la consultation indique le niveau { $suggested }
ui-check-ledger-help = { $because } ; conservez votre niveau si vous en savez plus que ce que montre le registre

## `batch` : l’index d’une exécution (index.md), dans la langue que demande `--lang`.
ui-index-title = Index du lot
ui-index-summary = { $inputs ->
    [one] { $inputs } fichier
   *[other] { $inputs } fichiers
  } : { $rendered ->
    [one] { $rendered } rendu
   *[other] { $rendered } rendus
  }, { $failed } en échec, { $skipped ->
    [one] { $skipped } ignoré
   *[other] { $skipped } ignorés
  }.
ui-index-input = Fichier
ui-index-proposal = Titre
ui-index-outputs = Fichiers produits
ui-index-error = Erreur

## `init` : les commentaires du fichier à remplir, dans la langue du fichier (`init --lang`).
ui-init-title = Évaluation d’impact d’une proposition législative.
ui-init-step-describe = Décrivez la proposition sous [proposal] et vous-même sous [assessment].
ui-init-step-answer = Répondez à chaque question ci-dessous : donnez à `level` l’un des nombres indiqués au-dessus d’elle (0 est le pire), et dites pourquoi dans `rationale`. Le Markdown est permis dans les textes longs. Si vous ne pouvez pas encore juger une question, écrivez status = "unknown" au lieu d’un niveau ; si elle ne s’applique pas à cette proposition, écrivez status = "not-applicable". Une question d’effet (ce que la proposition fait à l’Internet) accepte aussi status = "not-affected" : vous avez regardé, et la proposition ne touche pas ce domaine. Commencez par la liste du tri préalable ci-dessous : elle nomme chaque domaine d’effet en un seul endroit.
ui-init-step-check = Vérifiez le fichier avec `impact-brief check FICHIER` et produisez la note avec `impact-brief render FICHIER -f pdf`. Les éditeurs qui utilisent Taplo (comme l’extension Even Better TOML de VS Code) le vérifient pendant la saisie, grâce au schéma nommé sur la première ligne : voir `impact-brief schema --help`.
ui-init-screening-title = TRI PRÉALABLE : quels domaines la proposition touche-t-elle ?
ui-init-screening = Pour chaque domaine qu’elle ne touche pas, répondez à sa question ci-dessous par status = "not-affected" et dites dans `rationale` ce que vous avez vérifié (ou status = "screened-out" pour un domaine écarté d’un coup d’œil, sans examen). Répondez aux autres par un niveau, un constat (`finding`) en une phrase de votre main, les dispositions (`provisions`) sur lesquelles il repose et les mécanismes trouvés.
ui-init-mechanisms = Mécanismes : cochez ce que fait la proposition dans `mechanisms = [...]` :
ui-init-asked-only-when = Posée seulement lorsque { $question } est au niveau { $level } ou au-dessus.

## Progress and summary lines of render, batch, panel, diff, migrate and schema, their warnings
## and their errors (in the interface's language: `--lang`, else the system locale's).
ui-command-wrote = { $file } écrit
ui-batch-jobs-zero = --jobs doit valoir au moins 1
ui-batch-no-stdout = un lot écrit ses notes et leur index dans un dossier, pas sur la sortie standard ; indiquez `-o DIR`
ui-batch-output-is-input = le dossier de sortie est aussi un dossier d’entrée ; indiquez un autre `-o DIR`
ui-batch-same-file = remarque : { $file } est le même fichier que { $kept } : rendu une fois, sous le nom { $kept }
ui-batch-inside-output = warning: { $folder } est le dossier de sortie, qu’un lot ne lit pas : { $count ->
        [one] { $count } fichier d’évaluation qui s’y trouve n’est pas rendu ({ $files }) ; pour le rendre, déplacez-le
       *[other] { $count } fichiers d’évaluation qui s’y trouvent ne sont pas rendus ({ $files }) ; pour les rendre, déplacez-les
    } ailleurs ou choisissez un autre `-o DIR`
ui-batch-no-inputs = aucun fichier .toml trouvé sous { $paths } ; rien n’a été rendu
ui-batch-folder-empty = warning: aucun fichier .toml trouvé sous { $folder } ; rien n’en est rendu
# The progress bar's words: "12/40 briefs  3.1/s  9s left".
ui-batch-bar-briefs = notes
ui-batch-bar-left = reste { $eta }
ui-batch-progress-ok = [{ $done }/{ $total }] rendu : { $file }
ui-batch-progress-failed = [{ $done }/{ $total }] échec : { $file }
ui-batch-progress-skipped = [{ $done }/{ $total }] ignoré : { $file }
ui-batch-panels-written = { $count ->
        [one] { $count } note de panel écrite
       *[other] { $count } notes de panel écrites
    }
ui-batch-summary = { $ok ->
        [one] { $ok } sur { $total } rendu
       *[other] { $ok } sur { $total } rendus
    } dans { $folder }{ $failed ->
        [0] {""}
       *[other] , { $failed } en échec
    }{ $skipped ->
        [0] {""}
        [one] , { $skipped } ignoré
       *[other] , { $skipped } ignorés
    } ; index dans { $index }
ui-batch-fail-on = { $count ->
        [one] { $count } fichier a une appréciation « { $rating } » ou moins bonne
       *[other] { $count } fichiers ont une appréciation « { $rating } » ou moins bonne
    } (--fail-on) :
ui-batch-fail-on-input = { $file } : { $rating }
ui-render-formats-need-folder = plusieurs formats demandent un dossier : indiquez `-o DIR/` (ou omettez -o)
ui-render-typ-not-stdout = `-f typ` écrit un dossier et ne peut pas aller sur la sortie standard ; indiquez `-o DIR`
ui-render-watch-needs-files = --watch écrit des fichiers : indiquez `-o FILE` ou `-o DIR/`
ui-render-not-written = { $file } non écrit
ui-watch-watching = surveillance de { $files } ; Ctrl-C pour arrêter
ui-watch-stopped = surveillance arrêtée ; les sorties restent telles que rendues en dernier
ui-watch-kept-rubrics = les grilles sont restées telles qu’elles étaient
ui-watch-kept-templates = les modèles sont restés tels qu’ils étaient
ui-watch-problems = { $time } pas de rendu : { $file } comporte des problèmes ; le dernier résultat valide reste en place
ui-watch-format-failed = { $time } pas de rendu { $format } : { $error }
ui-watch-rendered = { $time } rendu de { $files } en { $ms } ms
ui-panel-in-subfolders = { $folder } ne contient aucune évaluation en propre ; { $count ->
        [one] son dossier { $folders } en contient
       *[other] ses dossiers { $folders } en contiennent
    } : indiquez le dossier d’une proposition (`impact-brief panel { $first }`), ou `impact-brief batch { $folder } --panels` pour une note de panel par dossier
ui-panel-too-few = un panel nécessite au moins deux évaluations de la proposition, et { $count ->
        [0] aucune n’a été fournie
        [one] une seule a été fournie
       *[other] { $count } ont été fournies
    }
ui-panel-none-read = aucune évaluation n’a pu être lue
ui-panel-different-rubrics = { $first } et { $second } répondent à des grilles différentes ({ $what }) ; un panel compare des réponses aux mêmes grilles
ui-panel-forced = warning: { $first } et { $second } diffèrent ({ $what }) ; la note du panel présente la proposition telle que la décrit { $shown }
ui-panel-not-same-proposal = { $first } et { $second } n’évaluent pas la même proposition au même stade ({ $what }) ; ajoutez --force pour les réunir quand même
ui-panel-two-stages = { $first } et { $second } n’évaluent pas la même proposition au même stade ({ $what }) ; deux stades d’un même texte font l’objet d’une note d’évolution (`impact-brief diff OLD NEW`), pas d’un panel ; ajoutez --force pour les réunir quand même
ui-panel-upgraded = remarque : { $file } a été rédigé pour les grilles { $edition }.x ; il a été mis à niveau en mémoire vers les questions actuelles
ui-panel-copy = warning: { $file } contient les mêmes évaluateurs et les mêmes réponses que { $earlier } ; chacun compte comme une évaluation
ui-panel-languages = warning: les évaluations du panel sont rédigées dans plus d’une langue ({ $file } en { $other }) ; la note du panel est en { $lang }, celle du premier fichier : choisissez la langue avec --lang
ui-panel-named-twice = warning: { $file } est nommé deux fois ; il ne compte qu’une fois
ui-diff-same-file = warning: les deux chemins désignent le même fichier ({ $file }) : la note d’évolution le compare à lui-même
ui-diff-different-rubrics = { $old } et { $new } répondent à des grilles différentes ({ $old_rubrics } contre { $new_rubrics }) ; une note d’évolution compare des réponses aux mêmes grilles : indiquez les mêmes dans les deux fichiers (la clé `rubrics` en tête)
ui-diff-different-proposals = { $old } et { $new } semblent évaluer des propositions différentes ({ $differences }) ; ajoutez --force pour les comparer quand même
ui-difference-title = titre « { $old } » contre « { $new } »
ui-difference-reference = référence « { $old } » contre « { $new } »
ui-difference-jurisdiction = territoire « { $old } » contre « { $new } »
ui-difference-stage = étape « { $old } » contre « { $new } »
ui-difference-introduced = déposé le { $old } contre le { $new }
ui-difference-rubrics = grilles { $old } contre { $new }
ui-difference-none = aucune
# `diff --fail-on-worse`: the overall rating, then each dimension that got worse (ui-diff-got-worse-dimension, one after the other).
ui-diff-got-worse = en recul : { $old } → { $new } dans l’ensemble{ $dimensions }
ui-diff-got-worse-dimension = {"\u00A0"}; { $dimension } : { $old } → { $new }
ui-diff-swapped = warning: OLD ({ $old }) semble postérieur à NEW ({ $new }) : { $reasons }
    {"  "}help: la note d’évolution lit OLD comme la version antérieure ; s’ils sont inversés, lancez `impact-brief diff { $new } { $old }`
ui-diff-swapped-stage = son stade ({ $old }) vient après celui de NEW ({ $new })
ui-diff-swapped-introduced = son texte a été déposé ou publié le { $old }, après celui de NEW ({ $new })
ui-diff-swapped-assessed = il a été évalué le { $old }, après NEW ({ $new })
# Adds a reason to those before it: "A, and B, and C".
ui-diff-swapped-and = { $reasons }, et { $reason }
ui-migrate-nothing-to-do = { $file } : répond déjà aux grilles { $edition }.x (schema_version = { $edition }) ; rien à faire
# What `migrate` did, a line per question; the first words are padded so that the questions line up.
ui-migrate-level = niveau { $level }
ui-migrate-no-answer = sans réponse
# Written into the assessment file, above the words of an answer that migrate could not carry over.
ui-migrate-note-needs-answer = *Répondu pour les grilles { $edition }.x sous `{ $from }` ({ $was }) ; la question demande désormais davantage et appelle donc une nouvelle réponse.*
ui-migrate-note-also-answered = *Répondu aussi pour les grilles { $edition }.x sous `{ $from }` ({ $was }), une question que celle-ci remplace :*
ui-migrate-moved = déplacée  { $from } ({ $was }) → { $to } ({ $now })
ui-migrate-asks-more = répondre  { $question } ({ $was }) : la question demande désormais davantage, la réponse n’est donc pas reprise ; l’ancienne justification est conservée, marquée inconnue
ui-migrate-replaced = répondre  { $question } : elle remplace { $old } ({ $was }), qui portait sur autre chose ; l’ancienne justification est conservée, marquée inconnue
ui-migrate-new = nouvelle  { $question } : ajoutée dans les grilles { $edition }.x ; répondez-y
ui-migrate-merged = fusionnée { $from } ({ $was }) dans { $to } : le fichier répond aux deux ; la réponse à { $to } est conservée, et la justification, les sources et la recommandation de l’ancienne réponse y sont ajoutées avec une note
ui-migrate-read-only = { $file } est en lecture seule : il n’est donc pas réécrit ; rendez-le d’abord modifiable, ou voyez le résultat avec --dry-run
ui-migrate-done = { $file } : migré vers les grilles { $edition }.x ; l’original est conservé sous { $backup }
ui-migrate-all-carried-over = Toutes les réponses ont été reprises, et aucune question n’est nouvelle.
ui-migrate-needs-answers = { $count ->
        [one] { $count } question appelle une réponse
       *[other] { $count } questions appellent une réponse
    } ; d’ici là, la note marque l’appréciation de son effet comme provisoire. `impact-brief check { $file }` en donne la liste.
ui-migrate-backup-is-link = { $file } est un lien ; déplacez-le d’abord, pour qu’aucune sauvegarde antérieure ne soit perdue et que rien ne soit écrit ailleurs
ui-migrate-backup-exists = { $file } existe déjà ; déplacez-le d’abord, pour qu’aucune sauvegarde antérieure ne soit perdue et que rien ne soit écrit ailleurs
ui-migrate-cannot-create-backup = impossible de créer la copie de sauvegarde { $file }
ui-migrate-cannot-write-backup = impossible d’écrire la copie de sauvegarde { $file }
ui-schema-no-config-folder = impossible de savoir où se trouve votre dossier de configuration : ni XDG_CONFIG_HOME ni HOME n’est défini{ $system ->
        [windows] {" "}(ni APPDATA)
       *[other] {""}
    }
    {"  "}help: écrivez le schéma vous-même avec `impact-brief schema { $kind } > PATH`, et définissez { $variable }=PATH
ui-schema-installed-assessment = Les fichiers d’évaluation qui commencent par `#:schema { $url }` (c’est le cas de ceux que produisent init, l’assistant et migrate) bénéficient désormais de l’autocomplétion et de la vérification dans les éditeurs qui utilisent Taplo, comme l’extension Even Better TOML de VS Code.
ui-schema-variable-set = remarque : { $variable } est définie ; les nouveaux fichiers pointent donc plutôt vers { $target }
ui-schema-installed-rubric = Pour faire vérifier un fichier de grille, placez `#:schema { $url }` sur sa première ligne.

## An answer that names another question for its advice (`advice_under`) when that question gives
## none. $question and $named are full question ids.
ui-check-advice-under-none = `{ $question }` renvoie pour sa recommandation à `{ $named }`, qui n’en donne aucune : la note ne recommande rien pour l’une ni pour l’autre
ui-check-advice-under-none-help = cochez l’atteinte que la proposition comporte sous `{ $named }` (ou écrivez sa `recommendation`), ou donnez à cette réponse une recommandation propre et retirez `advice_under`
ui-check-advice-under-no-concern-help = `{ $named }` ne soulève aucune préoccupation appelant une recommandation (sa réponse n’a pas de niveau en dessous du niveau acceptable) : donnez à cette réponse une recommandation propre (cochez ses atteintes ou rédigez `recommendation`) et retirez `advice_under`
ui-check-advice-under-chain = `{ $question }` renvoie pour sa recommandation à `{ $named }`, qui renvoie lui-même à `{ $further }` : la note cite `{ $named }` sous cette recommandation, mais pas `{ $question }`
ui-check-advice-under-chain-help = indiquez plutôt `{ $further }` dans `advice_under` : une recommandation n’est transmise qu’une fois, pas le long d’une chaîne

## `rubric list` and `rubric show`: labels around the rubric's own texts (which come from its
## translation). $edition is a rubric edition number ("3" in "3.x").
ui-rubric-weight = poids
ui-rubric-question-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
ui-rubric-header = { $title } ({ $id }, version { $version }, poids { $weight })
ui-rubric-dimension-effect = effet
ui-rubric-dimension-process = processus
ui-rubric-red-flag = signal d’alerte
ui-rubric-severe-red-flag = signal d’alerte grave
ui-rubric-acceptable-from-here = acceptable à partir d’ici
ui-rubric-mechanisms = Mécanismes (cochez ceux que comporte la proposition) :
ui-rubric-contained-by = circonscrite par { $safeguards }
ui-rubric-since = Nouvelle dans les grilles { $edition }.x.
ui-rubric-widened = Demande davantage depuis les grilles { $edition }.x : une réponse antérieure doit être refaite.
ui-rubric-area = Domaine du tri préalable
ui-rubric-covers = Couvre
ui-rubric-replaces = Remplace (grilles 1.x)
ui-rubric-applies-if = Posée seulement lorsque { $question } est au niveau { $level } ou au-dessus.
ui-rubric-sources = Sources
ui-rubric-unknown = grille inconnue `{ $id }`
ui-rubric-unknown-help = grilles connues : { $known }
ui-rubric-check-ok = { $file } : valide — grille `{ $id }` { $version } à { $count ->
    [one] { $count } question
   *[other] { $count } questions
}

## The problems found in an assessment file once it is read (its TOML is valid): what is missing,
## unknown or out of range. Keys, ids and values in backticks or quotes stay as the file writes them.
ui-file-no-title = la proposition n’a pas de titre
ui-file-no-title-help = ajoutez `title = "Nom du projet de loi"` sous [proposal]
ui-file-not-a-date = `{ $key }` doit être une date, et non { $date }
ui-file-date-help = écrivez les dates sous la forme 2026-12-05, sans guillemets
ui-file-no-rubric = l’évaluation ne répond à aucune grille
ui-file-no-rubric-help = indiquez-en au moins une, par exemple rubrics = ["{ $example }"], ou supprimez la ligne pour utiliser les trois
ui-file-unknown-rubric = grille inconnue `{ $id }`
ui-file-unknown-rubric-help = grilles connues : { $known }
ui-file-rubric-twice = la grille `{ $id }` figure deux fois dans la liste
ui-file-rubric-twice-help = indiquez chaque grille une seule fois
ui-file-answers-unknown-rubric = réponses pour une grille inconnue `{ $id }`
ui-file-answers-unlisted-rubric-help = ajoutez "{ $id }" à `rubrics = [...]` en haut du fichier, ou supprimez ces réponses
ui-file-answers-unknown-rubric-help = répondez à l’une des grilles de l’évaluation : { $known }
ui-file-advice-under-self = `{ $question }` se désigne elle-même dans `advice_under`
ui-file-advice-under-self-help = indiquez les autres questions dont la recommandation répond aussi à celle-ci
ui-file-advice-under-unknown = `advice_under` de `{ $question }` désigne `{ $named }`, qui n’est pas une question de cette évaluation
ui-file-advice-under-unlisted = `advice_under` de `{ $question }` désigne `{ $named }`, mais l’évaluation ne répond pas à la grille `{ $rubric }`
ui-file-advice-under-unlisted-help = ajoutez "{ $rubric }" à `rubrics = [...]` en haut du fichier, ou désignez une question des grilles de l’évaluation
ui-file-unknown-effect = valeur inconnue `{ $value }` pour `effect`
ui-file-unknown-effect-help = utilisez l’une des valeurs suivantes : { $known }
ui-file-unknown-concern = la préoccupation attendue `{ $concern }` n’est pas une question
ui-file-nearest-questions = les questions les plus proches : { $known }
ui-file-no-such-file-help = vérifiez le chemin ; `impact-brief init FICHIER` crée un nouveau fichier d’évaluation
ui-file-did-you-mean = vouliez-vous dire { $file } ?
ui-file-too-long = `{ $field }` compte { $count } caractères ; une note en admet au plus { $limit }
ui-file-too-long-help = raccourcissez-le et placez le texte complet dans un document vers lequel renvoient les éléments de preuve
ui-file-too-long-evidence-help = donnez une adresse plus courte pour la même page (le lien court du site, ou la page sans ses paramètres de suivi)
ui-file-unknown-question = question inconnue `{ $question }`
ui-file-unknown-question-help = questions valides, de la plus proche à la plus éloignée : { $known }
ui-file-status-process = `{ $question }` est une question de processus ; "{ $status }" est réservé aux questions d’effet
ui-file-status-process-help = utilisez un niveau, ou status = "unknown" ou "not-applicable"
ui-file-no-mechanisms-help = `{ $question }` ne comporte aucun mécanisme ; supprimez `mechanisms`
ui-file-mechanisms-nearest-help = mécanismes de `{ $question }`, du plus proche au plus éloigné : { $known }
ui-file-unknown-mechanism = mécanisme inconnu `{ $mechanism }` pour `{ $question }`
ui-file-level-out-of-range = le niveau { $level } est hors de l’échelle de `{ $question }`
ui-file-level-out-of-range-help = utilisez un niveau de 0 (« { $lowest } ») à { $top } (« { $highest } »), ou status = "unknown"
ui-file-level-and-status = `{ $question }` a à la fois un niveau et status = "{ $status }"
ui-file-level-and-status-help = gardez `level` si la question a été appréciée, ou `status` si elle ne l’a pas été, mais pas les deux

## What init says once it has written the file, and the hint about the editor schema ($state:
## missing or stale).
ui-init-wrote = { $file } écrit : renseignez les niveaux, puis lancez `impact-brief check { $file }`
ui-schema-install-hint = Le schéma qui permet à votre éditeur de vérifier ce fichier pendant la saisie { $state ->
    [missing] n’est pas installé
   *[stale] n’est pas à jour
} : lancez `{ $command }`

## Ce que le système a répondu, en mots : un fichier ou un dossier qu’il n’a pas été possible de lire ou d’écrire.
ui-io-not-found = fichier ou dossier introuvable
ui-io-permission-denied = permission refusée
ui-io-read-only = le disque est en lecture seule
ui-io-storage-full = le disque est plein
ui-io-is-a-folder = c’est un dossier
ui-io-not-a-folder = une partie du chemin est un fichier, non un dossier
ui-io-invalid-name = ce nom n’est pas valide ici
ui-io-address-in-use = un autre programme utilise déjà ce port

## L’écriture des sorties : `render`, `batch`, `diff`, `panel`, `init`, `migrate`.
ui-output-is-folder = { $file } est un dossier : indiquez un fichier où écrire
ui-output-cannot-write = impossible d’écrire { $file }
ui-output-read-only = { $file } est en lecture seule : il est donc laissé tel quel ; rendez-le modifiable pour qu’il soit réécrit, ou écrivez la note ailleurs
ui-output-edited-word = { $file } n’est pas un document Word tel qu’impact-brief l’a écrit (il a peut-être été ouvert et enregistré depuis, avec des commentaires ou des modifications suivies) : il est donc laissé tel quel ; déplacez-le ou renommez-le pour que la note soit réécrite, ou écrivez la note ailleurs
ui-output-cannot-create-in = impossible d’écrire { $file } : impossible de créer des fichiers dans { $folder } ({ $reason })
ui-output-cannot-write-into = impossible d’écrire dans { $folder } ({ $reason }) ; rendez-le accessible en écriture ou choisissez un autre `-o DOSSIER`
ui-output-folder-is-file = impossible de créer le dossier { $folder } : { $file } est un fichier, non un dossier ; choisissez un autre chemin de sortie
ui-output-cannot-create-folder = impossible de créer le dossier { $folder }
ui-output-over-itself = refus d’écrire { $file } par-dessus lui-même, que cette commande lit ; choisissez un autre chemin de sortie avec -o
ui-output-over-input = refus d’écrire { $file } par-dessus le fichier d’entrée { $input }, que cette commande lit ; choisissez un autre chemin de sortie avec -o
ui-more-information = Pour en savoir plus, essayez '--help'.
ui-output-unknown-extension = `-o { $file }` : impact-brief ne sait pas quoi écrire sous cette extension ; terminez le nom par .md, .pdf, .html, .docx (Word) ou .json, ou indiquez le format avec -f
ui-output-extension-disagrees = `-o` désigne un fichier .{ $extension } mais `-f { $format }` a été demandé ; accordez-les
ui-output-toml = `-o { $file }` : une note ne s’écrit pas sous .toml, l’extension des évaluations, que check, batch et serve liraient comme telle ; terminez le nom par .md, .pdf, .html, .docx ou .json
ui-init-exists = { $file } existe déjà ; init n’écrase jamais un fichier
ui-init-exists-help = choisissez un autre nom, ou poursuivez-le avec `{ $command }`
ui-init-cannot-create = impossible de créer { $file }
ui-batch-cannot-read = impossible de le lire : { $reason }
ui-batch-output-link = { $path }, dans le dossier de sortie, est un lien : aucune note n’est écrite à travers lui, car il peut mener hors du dossier de sortie ; supprimez le lien, ou donnez un autre -o
ui-batch-skipped-fail-fast = ignoré après un échec précédent (--fail-fast)
ui-batch-skipped-stopped = non produit : l’exécution a été arrêtée avant (Ctrl-C ou SIGTERM)
ui-batch-stopped = arrêté : { $done } entrées traitées sur { $total }, { $left } non commencées ; l’index ({ $index }) les énumère ; relancez le même lot pour produire le reste
ui-batch-stopped-at-once = arrêt immédiat : chaque fichier déjà écrit est complet, mais les notes en cours peuvent avoir certains formats nouveaux et d’autres pas encore écrits, et l’index n’a pas été écrit (un index présent vient d’une exécution précédente) ; relancez le lot pour les mettre à jour
ui-batch-link-loop = warning: { $link } est un lien qui ramène à { $folder }, un dossier au-dessus de lui : il n’est pas suivi, et ce qui se trouve sous lui est lu une fois, par son propre chemin
ui-batch-format-failed = la note { $format } n’a pas été écrite : { $error }
ui-batch-panel-format-failed = la note de panel { $format } n’a pas été écrite : { $error }
ui-batch-panel-member-failed = la note de panel n’a pas été écrite : { $file } n’a pas pu être lu et en est peut-être membre ; corrigez-le et relancez
ui-batch-worker-stopped = erreur interne : le processus qui la produisait s’est arrêté ; c’est un bogue, merci de le signaler
ui-batch-internal-error = erreur interne pendant sa production ({ $what }) ; c’est un bogue, merci de le signaler
ui-batch-outputs-removed = remarque : les sorties d’une exécution précédente ont été supprimées, car cette exécution n’a pas pu les mettre à jour : { $files }
ui-batch-outputs-kept = remarque : conservées, car elles appartiennent à leur propriétaire (en lecture seule, ou copie Word enregistrée depuis), bien que cette exécution n’ait pas pu les mettre à jour : { $files }
ui-batch-index-clash = ses sorties remplaceraient l’index du lot ({ $index }.md, .csv, .json) ; renommez le fichier
ui-batch-same-names = ses sorties porteraient les mêmes noms que celles de { $file } ; renommez l’un des deux fichiers

## clap's mistakes of the command line, said in the user's language. $arguments, $flag and
## $values are as the command line writes them (`<FILE>`, `--format <FORMAT>`, `md, pdf`).
ui-usage-missing = arguments requis non fournis : { $arguments }
ui-usage-invalid-value = valeur « { $value } » non valable pour « { $flag } »
ui-usage-possible-values = valeurs possibles : { $values }
ui-usage-did-you-mean = vouliez-vous dire « { $suggested } » ? Valeurs possibles : { $values }
ui-usage-unknown-argument = argument inattendu « { $argument } »
ui-usage-similar-argument = un argument proche existe : « { $suggested } »
ui-usage-unknown-command = commande inconnue « { $command } »
ui-usage-similar-command = une commande proche existe : « { $suggested } »
ui-usage-value-needed = « { $flag } » demande une valeur, et aucune n’a été donnée
ui-usage-version-no-command = --version ne prend pas de commande (`impact-brief version` affiche ce qu’affiche --version --verbose)
ui-usage-command-needed = une commande est nécessaire, par exemple `impact-brief wizard` ; `impact-brief --help` les énumère toutes
ui-usage-usage = Utilisation :
ui-help-commands = Commandes :
ui-help-arguments = Arguments :
ui-help-options = Options :
ui-help-default = par défaut :
ui-help-help = Afficher l’aide
ui-help-help-more = Afficher l’aide (plus de détails avec '--help')
ui-help-help-summary = Afficher l’aide (un résumé avec '-h')
ui-help-help-command = Afficher ce message, ou l’aide de la commande donnée
ui-help-possible-values = Valeurs possibles :
ui-help-possible-values-line = [valeurs possibles : { $values }]
