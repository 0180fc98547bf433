# The assessment in a browser (impact-brief serve).

## Every page
serve-skip = Aller au contenu
serve-nav-main = Navigation principale
serve-nav-all = Toutes les évaluations
serve-nav-assessment = Proposition et questions
serve-nav-scorecard = Tableau de résultats et note
serve-nav-ledger = Registre de la consultation
serve-nav-language = Langue
serve-footer = impact-brief fonctionne uniquement sur cet ordinateur : vos réponses sont enregistrées dans des fichiers de votre dossier et ne sont envoyées nulle part ailleurs.
serve-saved = Enregistré.

## Answers that are not pages
serve-error-not-found = Page introuvable.
serve-error-host = Accès refusé : ce serveur ne répond qu’à son adresse de bouclage locale.
serve-error-forbidden = Accès refusé.
serve-error-link-used = Accès refusé : ce lien a déjà été utilisé, ou ce n’est pas celui qu’impact-brief a affiché. Arrêtez `impact-brief serve` et relancez-le pour obtenir un nouveau lien.
serve-error-no-session = Accès refusé : ouvrez le lien que `impact-brief serve` a affiché dans le terminal.
serve-error-origin = Accès refusé : ce formulaire n’a pas été envoyé depuis une page d’impact-brief.
serve-error-too-large = Le formulaire est trop volumineux.
serve-error-too-long = Le texte du champ « { $field } » compte { $count } caractères ; une note en admet au plus { $limit }. Raccourcissez-le et placez le texte complet dans un document cité en source.
serve-error-unreadable = Le formulaire n’a pas pu être lu.
serve-error-method = Méthode non autorisée.
serve-error-busy = Trop de connexions à la fois : réessayez dans un instant.
serve-required = (obligatoire)
serve-error-title = Non enregistré :
serve-error-head-too-long = L’adresse et les en-têtes de la requête sont trop longs pour ce serveur (plus de 64 Ko) : rechargez la page, ou effacez les cookies de ce site.
serve-error-internal = Une erreur interne d’impact-brief a empêché d’afficher cette page. C’est un bogue : le terminal où tourne `impact-brief serve` indique ce qui s’est passé ; merci de le signaler. Le serveur continue, et chaque réponse enregistrée auparavant se trouve dans son fichier.
serve-error-csrf = Accès refusé : le jeton de sécurité du formulaire est absent. Rechargez la page et envoyez-le de nouveau.
serve-error-upload = Le fichier envoyé n’a pas pu être lu.
serve-error-page = La page n’a pas pu être affichée : { $error }

## The start page
serve-home-title = Évaluations
serve-home-heading = Évaluations d’impact
serve-home-intro = Évaluez un projet de loi au regard de son effet sur un Internet ouvert : répondez aux questions, consultez les appréciations et téléchargez une note à transmettre.
serve-home-list = Évaluations de ce dossier
serve-home-folder = Dossier :
serve-home-empty = Ce dossier ne contient encore aucune évaluation.
serve-home-progress-done = toutes les questions ont une réponse
serve-home-progress-left = { $count ->
    [one] { $count } question sur { $total } restante
   *[other] { $count } questions sur { $total } restantes
}
serve-home-has-problems = comporte des problèmes : ouvrez-la pour les voir
serve-home-blank = vide : commencez-la avec le formulaire ci-dessous, en indiquant ce nom dans son champ « Nom du fichier »
serve-home-unserved = Non ouverts ici
serve-home-unserved-name = { $file } : cette page n’ouvre que les noms faits de lettres sans accents, de chiffres, de - et de _. Renommez-le, par exemple en { $renamed }, puis rechargez la page.
serve-home-unserved-link = { $file } : un lien, qui pourrait mener hors de ce dossier. Copiez ici le fichier lui-même, puis rechargez la page.
serve-new-heading = Commencer une nouvelle évaluation
serve-new-title = Quel est l’intitulé de la proposition ?
serve-new-title-help = Son intitulé officiel ou usuel, par exemple « Projet de loi sur la sécurité en ligne ».
serve-new-file = Nom du fichier (facultatif)
serve-new-file-help = Enregistré dans le dossier ci-dessus ; formé à partir de l’intitulé s’il est laissé vide, avec l’extension .toml.
serve-new-file-rule = Lettres de A à Z, chiffres, « . », « _ » et « - » seulement : ni espaces ni accents
serve-new-submit = Commencer l’évaluation
serve-new-error-title = Donnez un intitulé à la proposition.
serve-new-error-name = Un nom de fichier ne peut contenir que des lettres, des chiffres, des points, des tirets et des traits de soulignement (pas de dossier), et ne doit pas commencer par un point.
serve-new-error-name-long = Un nom de fichier compte au plus { $limit } caractères, sans compter « .toml » ; celui-ci en compte { $count }.
serve-new-error-name-reserved = Le nom d’un nouveau fichier ne peut pas commencer par un tiret (une ligne de commande le lirait comme une option), ni être un nom que Windows réserve à un périphérique (CON, PRN, AUX, NUL, COM1 à COM9, LPT1 à LPT9).
serve-new-error-exists = { $file } existe déjà : ouvrez-le depuis la liste, ou choisissez un autre nom.
serve-new-error-create = { $file } n’a pas pu être créé : { $error }
serve-new-error-toml = Évaluation non créée

## Problems
serve-problem-back = Retour à toutes les évaluations
serve-problem-cannot-open = Ce fichier ne peut pas être ouvert
serve-problem-fix = Corrigez-le dans un éditeur de texte (ou exécutez `impact-brief check { $file }`), puis rechargez cette page. Il n’est jamais modifié tant qu’il comporte des problèmes.
serve-problem-blank = { $file } est vide. Commencez-y une évaluation : sur la page d’accueil, indiquez son titre et { $file } comme nom de fichier.
serve-problem-not-saved = Non enregistré
serve-problem-read-only = { $file } est en lecture seule : il n’est donc pas modifié. Rendez-le modifiable (dans votre gestionnaire de fichiers, ou avec chmod u+w), puis enregistrez de nouveau : le bouton Précédent de votre navigateur fait en général revenir ce que vous avez saisi.
serve-problem-folder-read-only = Le dossier de cette évaluation n’est pas accessible en écriture, or chaque enregistrement y écrit une nouvelle copie du fichier. Arrêtez serve, rendez le dossier modifiable (ou copiez l’évaluation dans un dossier où vous pouvez écrire, et servez celui-ci), puis enregistrez de nouveau : le bouton Précédent de votre navigateur fait en général revenir ce que vous avez saisi.
serve-problem-not-rendered = La note n’a pas pu être produite

## The assessment page
serve-assessment-file = Enregistré dans
serve-assessment-left = { $count ->
    [one] { $count } question restante.
   *[other] { $count } questions restantes.
}
serve-assessment-all-answered = Toutes les questions ont une réponse.
serve-assessment-go-screening = Passer à l’étape de tri préalable
serve-assessment-continue = Continuer avec la question suivante
serve-assessment-see-scorecard = Voir le tableau de résultats et télécharger la note
serve-proposal-heading = La proposition
serve-proposal-title = Intitulé
serve-proposal-kind = De quel type de mesure s’agit-il ?
serve-proposal-kind-none = Non précisé (la note parle d’une loi)
serve-proposal-jurisdiction = Territoire
serve-proposal-jurisdiction-help = Le pays ou la région dont ce texte serait le droit ; séparez-en plusieurs par « ; ».
serve-proposal-reference = Référence officielle
serve-proposal-reference-help = Un numéro de projet de loi ou une référence de document, par exemple « Projet de loi n° 87 ».
serve-proposal-stage = À quel stade en est-elle ?
serve-proposal-stage-none = Incertain
serve-proposal-introduced = Date de dépôt ou de publication
serve-proposal-url = Où peut-on lire le texte ?
serve-proposal-summary = Résumé : que fait la proposition ?
serve-proposal-summary-help = Quelques phrases avec vos propres mots (le Markdown est accepté).
serve-proposal-context = Contexte : pourquoi maintenant, et que doivent savoir les lecteurs ?
serve-proposal-submit = Enregistrer la proposition
serve-proposal-error-title = L’intitulé est obligatoire.
serve-proposal-error-date = { $field } : { $problem }
serve-proposal-error-choice = { $field } : choisissez l’une des options proposées.
serve-proposal-error-changed = La proposition ou les informations sur les évaluateurs ont été modifiées dans le fichier depuis l’ouverture de cette page (dans un autre onglet ou un éditeur), dans un champ que vous avez aussi modifié. Rien n’a été enregistré. Le tableau montre la valeur du fichier à côté de la vôtre ; le formulaire garde la vôtre, avec les autres modifications du fichier reprises. Pour conserver la vôtre, envoyez-le de nouveau.
serve-assessors-legend = Qui évalue
serve-assessors-names = Votre nom et votre organisation
serve-assessors-names-help = Une personne par ligne (une virgule fait partie du nom).
serve-assessors-group = Quel groupe de parties prenantes représentez-vous ?
serve-assessors-group-none = Je préfère ne pas le préciser
serve-assessors-drafter = Nous avons rédigé ou proposé ce texte
serve-assessors-drafter-help = La note du panel l’indique à côté de cette évaluation et montre si les autres membres s’accordent sans elle.
serve-assessors-final = Cette note est la version définitive
serve-assessors-final-help = Sa première page indique alors « Version définitive » au lieu de « Version provisoire ».
serve-assessors-date = Date de l’évaluation
serve-assessors-language = Langue de la note
serve-assessors-language-page = La langue de ces pages (non inscrite dans le fichier)
serve-assessors-language-help = Une langue choisie ici est enregistrée dans le fichier, et chacune de ses notes est rédigée dans cette langue.
serve-screening-heading = Tri préalable : quels domaines la proposition touche-t-elle ?
serve-screening-intro = Cochez chaque domaine que la proposition pourrait affecter. Les domaines cochés reçoivent leur question complète ; les autres sont consignés comme « écartés au tri préalable » (non examinés), ce que vous pourrez modifier ensuite sur la page de leur question.
serve-screening-legend = Domaines que la proposition pourrait affecter
serve-screening-confirm = { $count ->
    [one] Oui : la proposition ne touche manifestement aucun de ces domaines. Le consigner comme écarté au tri préalable, sans examen.
   *[other] Oui : la proposition ne touche manifestement aucun de ces domaines. Consigner les { $count } domaines comme écartés au tri préalable, sans examen.
}
serve-screening-submit = Enregistrer le tri préalable
serve-screening-error-none = Vous n’avez coché aucun domaine. Cela consigne tous les domaines comme écartés au tri préalable, sans examen. Cochez les domaines que la proposition pourrait affecter, ou confirmez ci-dessous qu’elle n’en touche aucun.
serve-screening-done-elsewhere = Le tri préalable de cette évaluation a déjà été fait, dans un autre onglet ou dans le fichier : les domaines cochés ici n’ont donc pas été enregistrés. Pour examiner un domaine écarté, ouvrez sa question dans la liste de l’évaluation et répondez-y.
serve-questions-heading = Questions

## The list of questions
serve-row-condition = Sans objet (condition)
serve-row-level = Niveau { $level }
serve-row-open = Sans réponse

## A question
serve-question-position = { $rubric }, question { $number } sur { $count }
serve-question-remaining = { $count ->
    [0] Questions
    [one] Questions ({ $count } restante)
   *[other] Questions ({ $count } restantes)
}
serve-question-guidance = Conseils
serve-question-answer = Votre réponse
serve-question-finding = Que fait la proposition sur ce point ?
serve-question-finding-process = Qu’ont fait ses auteurs sur ce point ?
serve-question-finding-help = Une phrase avec vos propres mots, sur cette proposition : la première page de la note la cite.
serve-question-lead = Placer ce constat en premier en page 1
serve-question-lead-help = Il passe alors en tête de sa liste en page 1, et son conseil en tête des prochaines étapes ; la page 1 dit que c’est votre choix. Un seul constat : le cocher ici décoche tout autre.
serve-question-lead-ticked = Placé en premier en page 1
serve-question-provisions = Quelles dispositions ?
serve-question-provisions-help = Les dispositions sur lesquelles elle repose, une par ligne ou séparées par « ; », par exemple art. 5, al. 2 ; art. 12.
serve-question-mechanisms = Que fait la proposition ? Cochez chaque mécanisme qu’elle comporte.
serve-question-mechanisms-help = Les recommandations de la note découlent uniquement des atteintes que vous cochez, et ses points forts des garanties.
serve-question-harms = Atteintes
serve-question-safeguards = Garanties
serve-question-rationale = Pourquoi cette réponse ?
serve-question-rationale-help = Ce qui, dans le texte ou la procédure, la justifie. Obligatoire pour un signal d’alerte. Le Markdown est accepté.
serve-question-evidence = Éléments de preuve
serve-question-evidence-help = Dispositions, documents ou liens, un par ligne.
serve-question-recommendation = Votre propre recommandation (facultatif)
serve-question-recommendation-help = Remplace, dans la note, la recommandation de la grille pour cette question.
serve-question-advice-under = Une autre question dont la recommandation répond aussi à celle-ci (facultatif)
serve-question-advice-under-none = Aucune
serve-question-advice-under-help = Pour une réponse en dessous de son niveau acceptable qui ne coche aucune atteinte : la note imprime une seule fois, sous cette autre question, sa recommandation, et y mentionne aussi la présente question.
serve-question-save-next = Enregistrer et passer à la question suivante
serve-question-save = Enregistrer
serve-question-condition = Cette question ne s’applique que si { $question } atteint le niveau { $level } ou plus, ce qui n’est pas le cas actuellement : vous pouvez la passer.
serve-autosave-unsaved = Pas encore enregistré : appuyez sur Enregistrer pour en connaître la raison.
serve-autosave-offline = Non enregistré : impact-brief est-il toujours en cours d’exécution ?
serve-status-not-affected = Non concerné : j’ai vérifié, et la proposition ne touche pas ce point
serve-status-unknown = Je ne sais pas encore
serve-status-not-applicable = Sans objet
serve-status-not-affected-short = Non concerné
serve-status-screened-out = Écarté au tri préalable (laissé non coché à l’étape de tri, non examiné)
serve-status-screened-out-short = Écarté au tri préalable
serve-answer-error-changed = Cette réponse a été modifiée dans le fichier depuis l’ouverture de cette page (dans un autre onglet ou un éditeur), dans un champ que vous avez aussi modifié. Rien n’a été enregistré. Le tableau montre la valeur du fichier à côté de la vôtre ; le formulaire ci-dessous garde la vôtre, avec les autres modifications du fichier reprises. Pour conserver la vôtre, enregistrez de nouveau.
serve-answer-saved-now = Enregistré dans le fichier à présent :
serve-answer-saved-none = sans réponse
serve-answer-error-level = Choisissez l’un des niveaux.
serve-answer-error-choice = Choisissez un niveau, ou l’une des options proposées après les niveaux (par exemple « Je ne sais pas encore »).
serve-answer-error-advice-under = La question indiquée pour sa recommandation ne figure pas dans la liste : choisissez-en une, ou Aucune.
serve-answer-error-red-flag = Cette réponse déclenche un signal d’alerte : expliquez pourquoi dans « Pourquoi cette réponse ? », avec les dispositions et les sources sur lesquelles elle repose, avant de l’enregistrer.
serve-conflict-field = Champ
serve-conflict-saved = Dans le fichier à présent
serve-conflict-typed = Dans votre formulaire
serve-conflict-outcome = Ce que contient le formulaire à présent
serve-conflict-both = Modifié ici et dans le fichier : le formulaire garde votre valeur ; enregistrer de nouveau l’écrit à la place de celle du fichier.
serve-conflict-taken = Modifié seulement dans le fichier : le formulaire contient à présent la valeur du fichier, qu’un enregistrement conserve.
serve-conflict-empty = (vide)
serve-conflict-ticked = coché
serve-conflict-not-ticked = non coché
serve-conflict-mechanisms = Atteintes et garanties cochées

## The scorecard
serve-scorecard-title = Tableau de résultats
serve-scorecard-open = { $count ->
    [one] { $count } question reste en suspens : les appréciations peuvent changer.
   *[other] { $count } questions restent en suspens : les appréciations peuvent changer.
}
serve-scorecard-answer-next = Répondre à la suivante.
serve-scorecard-verdicts = Appréciations
serve-scorecard-figures = Score { $score } · couverture { $coverage }
serve-scorecard-figures-short = { $score }, couverture { $coverage }
serve-scorecard-concerns = Principales préoccupations
serve-scorecard-red-flag = Signal d’alerte :
serve-scorecard-by-rubric = Par grille
serve-scorecard-rubric = Grille
serve-scorecard-red-flags = Signaux d’alerte
serve-download-heading = Télécharger la note
serve-download-intro = Produit à l’instant à partir de vos réponses enregistrées, en { $language ->
    [fr] français
    [es] espagnol
    [pt] portugais
   *[en] anglais
  }.
serve-download-pdf = (pour publier ou transmettre)
serve-download-docx = (pour modifier avec des commentaires)
serve-download-html = (une seule page web)
serve-download-md = (texte brut)

## The consultation ledger
serve-ledger-title = Registre de la consultation
serve-ledger-intro = Consignez ce que la consultation publique a reçu et ce que les rédacteurs en ont fait ; la note indique alors comment les avis ont été pris en compte.
serve-ledger-entries = Contributions ({ $count })
serve-ledger-in-csv = Les contributions sont conservées dans le fichier CSV situé à côté du fichier d’évaluation :
serve-ledger-col-id = Identifiant
serve-ledger-col-from = Auteur
serve-ledger-col-group = Groupe
serve-ledger-col-provision = Disposition visée
serve-ledger-col-asked = Demande
serve-ledger-col-done = Suite donnée
serve-ledger-none = Aucune contribution consignée pour l’instant.
serve-ledger-suggests = Ce que suggère le registre
serve-ledger-dates = Dates de la consultation
serve-ledger-opened = Quand s’est-elle ouverte ?
serve-ledger-closed = Quand s’est-elle close (dernier jour de réception des contributions) ?
serve-ledger-responded = Quand la réponse à la consultation a-t-elle été publiée ?
serve-ledger-dates-changed = Les dates ont été modifiées ailleurs (dans un autre onglet ou dans le fichier) depuis l’ouverture de cette page : rien n’a été enregistré. Les dates que vous avez saisies sont ci-dessous : comparez-les à celles du fichier, puis enregistrez de nouveau.
serve-ledger-dates-submit = Enregistrer les dates
serve-ledger-add = Ajouter une contribution
serve-ledger-add-id = Identifiant de la contribution
serve-ledger-add-submitter = Qui l’a envoyée ?
serve-ledger-add-submitter-help = Une personne ou une organisation ; laissez vide pour une contribution anonyme.
serve-ledger-add-group = À quel groupe appartient l’auteur ?
serve-ledger-add-provision = Quelle disposition concerne-t-elle ?
serve-ledger-add-asked = Que demandait-elle ?
serve-ledger-add-disposition = Quelle suite lui a été donnée ?
serve-ledger-add-merged = Si elle a reçu une réponse commune avec une contribution antérieure : l’identifiant de celle-ci
serve-ledger-add-reason = En cas de rejet : le motif donné dans la réponse
serve-ledger-add-reason-empty = — aucun motif donné, ou pas de rejet —
serve-ledger-add-choose = — choisir —
serve-ledger-add-reason-text = Le motif dans les termes des rédacteurs
serve-ledger-add-reflected-in = Où le texte la reprend ou la traite (la disposition ; « question traitée ailleurs » ne compte comme motif qu’avec elle)
serve-ledger-add-submit = Ajouter la contribution
serve-ledger-import = Importer un fichier CSV
serve-ledger-import-intro = Une ligne d’en-tête nommant les colonnes (id, group et disposition sont obligatoires), une contribution par ligne. Le fichier est vérifié, puis enregistré à côté du fichier d’évaluation.
serve-ledger-import-file = Fichier CSV
serve-ledger-import-replace = Remplacer les contributions consignées dans le fichier d’évaluation
serve-ledger-import-submit = Importer
serve-ledger-saved = Contribution { $id } enregistrée.
serve-ledger-error-csv = Les contributions sont conservées dans le fichier CSV { $file }, à côté du fichier d’évaluation. Modifiez-les dans ce fichier, ou importez de nouveau le fichier modifié.
serve-ledger-error-id = L’identifiant « { $id } » ne peut pas être utilisé : { $problem }. Choisissez-en un autre.
serve-ledger-error-merged = Une contribution fusionnée indique la contribution antérieure avec laquelle elle a reçu une réponse (son identifiant).
serve-ledger-error-merged-unknown = Aucune contribution du registre n’a l’identifiant « { $id } » : indiquez la contribution antérieure avec laquelle celle-ci a reçu sa réponse.
serve-ledger-error-closed-before-opened = La consultation ne peut pas avoir été close ({ $closed }) avant d’avoir été ouverte ({ $opened }). Vérifiez les deux dates.
serve-ledger-error-responded-before-closed = La réponse ({ $responded }) ne peut pas être datée d’avant la clôture de la consultation ({ $closed }). Vérifiez les deux dates.
serve-ledger-error-responded-before-opened = La réponse ({ $responded }) ne peut pas être datée d’avant l’ouverture de la consultation ({ $opened }). Vérifiez les deux dates.
serve-ledger-error-no-file = Choisissez un fichier CSV à importer.
serve-ledger-error-import = Rien n’a été importé : { $error }
serve-ledger-error-problems = Rien n’a été importé : le fichier comporte des problèmes.
serve-ledger-error-inline = { $count ->
    [one] Rien n’a été importé : le fichier d’évaluation contient déjà { $count } contribution. Cochez « Remplacer les contributions » pour la remplacer par celles du fichier CSV (un registre se trouve dans le fichier d’évaluation ou dans un fichier CSV, pas dans les deux).
   *[other] Rien n’a été importé : le fichier d’évaluation contient déjà { $count } contributions. Cochez « Remplacer les contributions » pour les remplacer par celles du fichier CSV (un registre se trouve dans le fichier d’évaluation ou dans un fichier CSV, pas dans les deux).
}
serve-ledger-error-copy = Rien n’a été importé : impossible de copier le fichier : { $error }
serve-ledger-imported = { $count ->
    [one] { $count } contribution importée depuis { $file }, enregistré à côté du fichier d’évaluation.
   *[other] { $count } contributions importées depuis { $file }, enregistré à côté du fichier d’évaluation.
}

## The kinds of measure
serve-kind-law = Loi
serve-kind-regulation = Règlement
serve-kind-decree = Décret
serve-kind-treaty = Traité
serve-kind-court-order = Décision de justice
serve-kind-request = Demande adressée à un organisme mondial
serve-kind-private-network = Action d’un réseau privé
serve-kind-non-binding = Déclaration ou texte non contraignant

## The stages of a proposal
serve-stage-request = Demande
serve-stage-idea = Idée
serve-stage-draft = Projet
serve-stage-consultation = En consultation
serve-stage-in-legislature = Devant le Parlement
serve-stage-adopted = Adopté
serve-stage-in-force = En vigueur
serve-stage-withdrawn = Retiré
serve-stage-rejected = Rejeté

## The stakeholder groups, and the groups of a consultation’s submitters
serve-group-government = Gouvernement
serve-group-private-sector = Secteur privé
serve-group-civil-society = Société civile
serve-group-technical-community = Communauté technique
serve-group-academia = Milieu universitaire
serve-group-intergovernmental = Organisation intergouvernementale
serve-group-individual = Particuliers
serve-group-unknown = Inconnu

## What was done with a submission
serve-disposition-accepted = Acceptée
serve-disposition-partially-accepted = Partiellement acceptée
serve-disposition-rejected = Rejetée
serve-disposition-out-of-scope = Hors champ
serve-disposition-deferred = Reportée
serve-disposition-not-answered = Sans réponse
serve-disposition-withdrawn = Retirée
serve-disposition-merged = Fusionnée avec une autre

## Why a submission was rejected
serve-reason-legally-precluded = Juridiquement impossible
serve-reason-outside-mandate = Hors du mandat
serve-reason-technically-infeasible = Techniquement irréalisable
serve-reason-disproportionate-cost = Coût disproportionné
serve-reason-insufficient-evidence = Éléments de preuve insuffisants
serve-reason-addressed-elsewhere = Question traitée ailleurs
serve-reason-conflicts-with-objective = Contraire à l’objectif déclaré
serve-reason-outweighed-by-other-input = D’autres contributions ont prévalu
serve-reason-none-given = Aucun motif donné

## The scorecard’s dimensions and verdicts
serve-dimension-effect = Effet sur l’Internet
serve-dimension-process = Processus
serve-verdict-no-effect-found = Aucun effet constaté
serve-verdict-insufficient-evidence = Éléments insuffisants
serve-verdict-protective = Protecteur
serve-verdict-low-risk = Risque faible
serve-verdict-harmful = Préjudiciable
serve-verdict-serious-harm = Préjudice grave
serve-verdict-strong = Solide
serve-verdict-adequate = Satisfaisant
serve-verdict-weak = Faible
serve-verdict-serious-concerns = Préoccupations graves

## What `serve` says in the terminal.
serve-terminal-serving = Les évaluations de { $folder } sont servies sur le port { $port } de cet ordinateur seulement.
    Ouvrez le lien ci-dessus dans votre navigateur s’il ne s’ouvre pas tout seul ; il ne sert qu’une fois.
    Appuyez sur Ctrl-C pour arrêter.
serve-terminal-stopped = Arrêté. Chaque réponse donnée est enregistrée dans les fichiers de { $folder }.
serve-terminal-no-browser = remarque : impossible d’ouvrir un navigateur ({ $error }) ; ouvrez le lien ci-dessus.
serve-terminal-no-desktop = remarque : pas de bureau où ouvrir un navigateur ; ouvrez le lien ci-dessus.
serve-terminal-cannot-open = impossible d’ouvrir { $folder }
serve-terminal-not-a-folder = { $folder } n’est pas un dossier : indiquez le dossier dont servir les évaluations
serve-terminal-cannot-listen = impossible d’écouter sur 127.0.0.1:{ $port }
serve-terminal-cannot-listen-help = choisissez un autre port avec --port, ou omettez --port pour en prendre un libre
