// Français (France). Same keys and {placeholders} as en-US (checked by test/unit/i18n.test.ts).
import type { Messages } from "./en-US";

export const frFR: Messages = {
  "catalogue.locale": "fr-FR",
  "app.title": "Assistant de connexion",
  "app.loading": "Vérification de votre connexion…",
  "browser.intro":
    "Vous êtes en dehors d'Outlook. Choisissez l'application qui vous redemande sans cesse votre mot de passe, et l'assistant vous montre la solution.",
  "browser.ribbon":
    "{org} a aussi ajouté l'Assistant de connexion à Outlook : si Outlook s'ouvre encore, vous pouvez l'ouvrir depuis le ruban d'Outlook pour vérifier Outlook lui-même.",
  "browser.checkAccount": "Vérifier mon compte",
  "browser.checkAccountHelp":
    "Connectez-vous avec votre compte professionnel pour le vérifier. Vous revenez ensuite sur cette page.",
  "browser.officeMissing":
    "La bibliothèque de compléments d'Outlook (office.js) ne s'est pas chargée : Outlook lui-même n'est donc pas vérifié. Les instructions ci-dessous restent valables.",
  "browser.onReadyTimeout":
    "Outlook n'a pas répondu dans les 10 secondes : Outlook lui-même n'est donc pas vérifié. Les instructions ci-dessous restent valables.",
  "report.header":
    "Un rapport partagé avec vous : ce que l'Assistant de connexion a affiché dans {where} le {date}.",
  "report.headerNoDate":
    "Un rapport partagé avec vous : ce que l'Assistant de connexion a affiché dans {where}.",
  "report.inBrowser": "un navigateur web, en dehors d'Outlook",
  "report.unknownApp": "une application qu'il n'a pas pu identifier",
  "report.badLink":
    "Le rapport de ce lien est illisible : {reason}. Répondez plutôt à la question ci-dessous.",
  "examples.badge": "EXEMPLE",
  "examples.label": "Situation d'exemple :",
  "examples.note":
    "Ceci est un exemple destiné au service informatique et au support, pas la situation réelle de quelqu'un. Un rapport copié l'indique.",
  "start.failed.heading": "L'assistant n'a pas pu démarrer dans Outlook",
  "start.failed.officeMissing":
    "La bibliothèque de compléments d'Outlook (office.js) ne s'est pas chargée, l'assistant n'a donc rien pu lire dans Outlook.",
  "start.failed.onReadyTimeout": "Outlook n'a pas répondu à l'assistant en 10 secondes.",
  "start.failed.officeJsFailed":
    "La bibliothèque de compléments d'Outlook (office.js) s'est arrêtée en lisant l'adresse de cette page : l'assistant n'a donc rien pu lire dans Outlook.",
  "start.failed.chunk":
    "Une partie de l'assistant ne s'est pas chargée, souvent parce qu'il a été mis à jour pendant qu'Outlook l'avait ouvert.",
  "start.failed.crashed": "L'assistant a rencontré un problème interne au démarrage.",
  "start.failed.next":
    "Sélectionnez Réexécuter. Si cela se reproduit, copiez les détails et envoyez-les à votre service informatique.",
  "start.failed.read": "Ce qu'Outlook a indiqué à l'assistant",
  "start.failed.nothingRead": "Rien : Outlook n'a pas répondu.",
  "start.failed.runAgain": "Réexécuter",
  "start.failed.copy": "Copier les détails pour l'informatique",
  "start.failed.copied": "Copié. Collez les détails dans un message à votre service informatique.",
  "start.failed.copyFailed":
    "Impossible de copier. Ouvrez Détails pour l'informatique et copiez le texte à partir de là.",
  "start.failed.details": "Détails pour l'informatique",
  "start.fact.app": "Outlook",
  "start.fact.version": "Version",
  "start.fact.platform": "Plateforme",
  "start.fact.mailboxSet": "Niveau d'API de la boîte aux lettres",
  "start.localeFailed":
    "Le texte de l'assistant en {language} ne s'est pas chargé, il est donc affiché en anglais. Fermez le volet et rouvrez-le pour l'obtenir en {language}.",
  "summary.org": "Fourni par {org}",
  "owner.none": "Rien à corriger",
  "owner.user": "Vous pouvez corriger cela",
  "owner.it": "Seul le service informatique peut corriger cela",
  "ask.heading": "Quelle application redemande sans cesse votre mot de passe ?",
  "ask.intro":
    "Ce volet ne voit aucun problème dans {host}. Choisissez l'application qui redemande le mot de passe, et il vous montre la solution.",
  "ask.this": "Cet Outlook",
  "ask.otherComputer": "Outlook sur un autre ordinateur",
  "ask.mac": "Outlook sur un Mac",
  "ask.phone": "Un téléphone ou une tablette",
  "ask.other": "Une autre application ou un appareil",
  "ask.phoneHeading": "Quelle application sur le téléphone ou la tablette ?",
  "askVersion.heading": "De quel Outlook s'agit-il ?",
  "askVersion.help":
    "Sur cet ordinateur, Outlook l'indique sous Fichier › Compte Office (sur un Mac : Outlook › À propos d'Outlook).",
  "askVersion.m365": "Microsoft 365 (abonnement)",
  "askVersion.year": "{year}",
  "askVersion.older": "{year} ou antérieur",
  "askVersion.unsure": "Je ne sais pas",
  "closesHost.app":
    "L'étape suivante ferme {client}, et ce volet avec. Vos coches sont conservées : rouvrez ensuite l'assistant pour continuer.",
  "closesHost.account":
    "L'étape suivante supprime votre compte professionnel de {client} sur cet appareil, et ce volet disparaît avec. Vos messages restent dans votre boîte aux lettres, et vous rajoutez le compte juste après. Vos coches sont conservées.",
  "closesHost.device":
    "L'étape suivante redémarre cet appareil, ce qui ferme ce volet. Vos coches sont conservées : rouvrez ensuite l'assistant pour continuer.",
  "closesHost.browser":
    "L'étape suivante ferme votre navigateur, et ce volet avec. Vos coches sont conservées : rouvrez ensuite l'assistant pour continuer.",
  "picker.label": "Application qui redemande le mot de passe",
  "picker.versionUnknown": "version inconnue",
  "picker.change": "Modifier",
  "picker.group.outlook": "Outlook",
  "picker.group.mail": "Autres applications de messagerie",
  "picker.group.devices": "Appareils et autres applications",
  "picker.version": "Version (facultatif)",
  "picker.versionHelp.windows":
    "Dans Outlook : Fichier › Compte Office › À propos d'Outlook. Copiez la ligne qui commence par « Microsoft® Outlook® » ou « Version ».",
  "picker.versionHelp.mac": "Dans Outlook : Outlook › À propos d'Outlook.",
  "picker.versionHelp.other":
    "En général sous Aide › À propos, ou dans les paramètres de l'application.",
  "app.outlook-windows-classic": "Outlook pour Windows (classique)",
  "app.outlook-windows-new": "Nouvel Outlook pour Windows",
  "app.outlook-mac": "Outlook pour Mac",
  "app.outlook-web": "Outlook sur le web",
  "app.outlook-ios": "Outlook sur iPhone ou iPad",
  "app.outlook-android": "Outlook sur Android",
  "app.apple-mail-macos": "Apple Mail sur Mac",
  "app.apple-mail-ios": "Apple Mail sur iPhone ou iPad",
  "app.android-mail": "App de messagerie Android",
  "app.thunderbird": "Thunderbird",
  "app.other-imap-pop": "Autre app IMAP ou POP",
  "app.device-smtp": "Imprimante, scanner ou app d'envoi",
  "app.other": "Autre chose",
  "client.outlook-2010": "Outlook 2010",
  "client.outlook-2013": "Outlook 2013",
  "client.outlook-2016-msi": "Outlook 2016 (MSI)",
  "client.outlook-2019-vl": "Outlook 2019 (licence en volume)",
  "client.outlook-ltsc-2021": "Outlook LTSC 2021",
  "client.outlook-ltsc-2024": "Outlook LTSC 2024",
  "client.m365-version": "Outlook pour Microsoft 365 (version {version})",
  "client.m365-or-later": "Outlook pour Microsoft 365 (version {version} ou ultérieure)",
  "client.m365-older": "Outlook pour Microsoft 365 (antérieur à la version {version})",
  "client.outlook-mac-2011": "Outlook pour Mac 2011",
  "client.outlook-mac-2016": "Outlook 2016 pour Mac",
  "client.outlook-mac-2019": "Outlook 2019 pour Mac",
  "client.outlook-mac-current": "Outlook pour Mac",
  "client.outlook-mac-or-later": "Outlook pour Mac ({version} ou ultérieure)",
  "client.outlook-mac-version": "Outlook pour Mac {version}",
  "client.m365": "Outlook pour Microsoft 365",
  "client.outlook-2010-or-older": "Outlook 2010 ou antérieur",
  "client.outlook-2016": "Outlook 2016",
  "client.outlook-2019": "Outlook 2019",
  "client.outlook-2021": "Outlook 2021",
  "client.outlook-2024": "Outlook 2024",
  "client.outlook-mac-older": "Outlook pour Mac 2011 ou antérieur",
  "client.outlook-mac-2021": "Outlook 2021 pour Mac",
  "client.outlook-mac-2024": "Outlook 2024 pour Mac",
  "why.heading": "Pourquoi cela arrive",
  "guide.heading": "Comment résoudre le problème",
  "guide.progress": "Étapes faites : {done} sur {total}",
  "guide.allDone":
    "Toutes les étapes sont faites. Si le mot de passe est encore demandé, envoyez le rapport au service informatique.",
  "guide.clearTicks": "Effacer les coches",
  "guide.advanced": "Avancé (pour le service informatique)",
  "guide.forIt": "Pour votre service informatique (en anglais)",
  "guide.handoff":
    "Envoyez le rapport au service informatique avec le bouton en bas du volet : il lui indique quoi vérifier.",
  "guide.copy": "Copier",
  "guide.copied": "Copié",
  "guide.copyFailed": "Copie impossible ; sélectionnez le texte et copiez-le vous-même.",
  "guide.download": "Télécharger le fichier .reg",
  "guide.opensOutside": "(s'ouvre dans votre navigateur)",
  "action.check-network": "Rétablir la connexion",
  "action.register-mfa": "Configurer un moyen d'approuver les connexions",
  "action.reset-password": "Choisir un nouveau mot de passe",
  "action.clear-cached-credentials": "Se reconnecter de la nouvelle façon",
  "action.enable-modern-auth-registry":
    "Solution provisoire : activer la connexion moderne par le registre",
  "action.update-client": "Mettre à jour ou remplacer l'application",
  "action.update-client.outlook-for-mac": "Passer à Outlook pour Mac",
  "action.switch-to-modern-auth": "Configurer le compte avec « Se connecter avec Microsoft »",
  "action.use-app-password":
    "Utiliser un mot de passe d'application (pour cet appareil uniquement)",
  "action.contact-admin": "Demander à votre service informatique",
  "action.none": "Rien à corriger",
  "checks.heading": "Ce que nous avons vérifié",
  "checks.tally.ok": "{count} OK",
  "checks.tally.problem": "{count, plural, one {# problème} other {# problèmes}}",
  "checks.tally.notChecked": "{count, plural, one {# non vérifiable} other {# non vérifiables}}",
  "checks.liveOff":
    "Votre service informatique n'a pas activé les vérifications en direct ; le volet n'a donc regardé que cet appareil et l'application. Ce n'est pas grave : les étapes ci-dessus n'en dépendent pas.",
  "checks.runAgain": "Relancer les vérifications",
  "part.failed":
    "Cette partie de l'assistant ne s'est pas chargée. La réponse ci-dessus reste valable ; sélectionnez Réexécuter pour charger le reste.",
  "part.runAgain": "Réexécuter",
  "watchdog.failed":
    "L'Assistant de connexion n'a pas pu démarrer : une partie n'est pas arrivée. Sélectionnez Réexécuter ; si cela se reproduit, contactez votre service informatique.",
  "watchdog.dialogFailed":
    "La connexion n'a pas pu démarrer : une partie de cette page n'est pas arrivée. Sélectionnez Réexécuter, ou fermez cette fenêtre et réessayez.",
  "watchdog.runAgain": "Réexécuter",
  "watchdog.helpDesk": "Votre service informatique :",
  "checks.signIn": "Se connecter",
  "checks.signInHelp":
    "Connectez-vous une fois pour que l'assistant puisse vérifier votre boîte aux lettres et vos méthodes de connexion.",
  "checks.announce": "{check} : {status}",
  "check.network": "Internet",
  "check.client": "Votre application",
  "check.token": "Votre compte professionnel peut se connecter",
  "check.mailbox": "Votre boîte aux lettres",
  "check.methods": "Vos méthodes de connexion",
  "status.pending": "Vérification…",
  "status.ok": "OK",
  "status.problem": "Problème",
  "status.notChecked": "Vérification impossible",
  "status.notApplicable": "Ne concerne pas cette application",
  "detail.network.online": "Cet appareil est en ligne.",
  "detail.network.offline": "Cet appareil est hors connexion.",
  "detail.network.unknown": "Impossible de savoir si cet appareil est en ligne.",
  "detail.network.elsewhere":
    "Cet appareil est en ligne, mais le volet ne peut pas vérifier l'appareil où fonctionne l'application qui redemande le mot de passe.",
  "detail.client.ok": "À jour, et elle se connecte de façon moderne.",
  "detail.client.selfUpdating": "Toujours à jour, et elle se connecte de façon moderne.",
  "detail.client.store":
    "Elle se connecte de façon moderne ; les mises à jour viennent du magasin d'applications.",
  "detail.client.noModernAuth": "Elle ne peut pas utiliser la connexion qu'exige Microsoft 365.",
  "detail.client.belowMinimum":
    "Trop ancienne pour se connecter à Microsoft 365 : il faut au moins {minimum}.",
  "detail.client.needsRegistry":
    "Elle ne se connecte de façon moderne qu'avec deux paramètres du registre.",
  "detail.client.versionUnknown":
    "Indiquez sa version plus haut pour que le volet puisse la vérifier.",
  "detail.client.versionRejected": "La version indiquée n'a jamais été publiée par Microsoft.",
  "detail.client.cantSee": "Le volet ne voit ni cette application ni sa configuration.",
  "detail.client.modernCapable":
    "Elle peut se connecter de façon moderne, mais le volet ne voit pas comment elle est configurée.",
  "detail.client.ews":
    "{state, select, removed {Elle ne peut plus accéder à Microsoft 365 : EWS, qu'elle utilise, est coupé définitivement.} other {Elle accède à Microsoft 365 par EWS, que Microsoft 365 est en train de désactiver.}}",
  "detail.client.notCurrent": "La version {version} est sortie en {released} et n'est plus à jour.",
  "detail.endOfSupport": "Plus pris en charge depuis le {endOfSupport}.",
  "detail.servicedUntil": "Plus de mises à jour depuis le {servicedUntil}.",
  "detail.newerThanKnown":
    "Plus récent que les versions connues de cet assistant, donc considéré comme à jour.",
  "detail.token.ok": "Vous pouvez vous connecter à Microsoft 365 de façon moderne.",
  "detail.token.failed":
    "La connexion n'a pas fonctionné ; le rapport contient les détails pour le service informatique.",
  "detail.mailbox.ok": "Votre boîte aux lettres répond quand vous vous connectez de façon moderne.",
  "detail.mailbox.failed":
    "Votre boîte aux lettres n'a pas répondu comme prévu ; le rapport contient les détails.",
  "detail.notConfigured": "Votre service informatique n'a pas activé cette vérification.",
  "detail.unsupported": "Cet Outlook ne peut pas effectuer cette vérification.",
  "detail.skipped": "La connexion doit d'abord fonctionner.",
  "detail.offline": "Cet appareil est hors connexion.",
  "detail.timeout": "Microsoft 365 n'a pas répondu à temps.",
  "detail.methods": "Vous pouvez approuver les connexions avec {methods}.",
  "detail.methodsNone": "Aucun moyen d'approuver les connexions n'est encore configuré.",
  "detail.methodsUnknown": "Le volet n'a pas pu lire les méthodes que vous avez configurées.",
  "link.securityInfo": "Informations de sécurité",
  "link.authenticatorDownload": "Télécharger Microsoft Authenticator",
  "link.sspr": "Réinitialisation du mot de passe",
  "link.changePassword": "Changer le mot de passe",
  "link.msaSecurity": "Sécurité du compte Microsoft",
  "link.outlookPasswordPromptDiag":
    "Utilitaire de résolution des demandes de mot de passe de Microsoft",
  "link.connectivityAnalyzer": "Microsoft Remote Connectivity Analyzer",
  "link.modernAuthOffice2013":
    "Microsoft : activer l'authentification moderne dans un ancien Outlook",
  "link.updateOffice": "Microsoft : versions d'Office qui peuvent se connecter",
  "link.macKeychainKb": "Microsoft : Outlook pour Mac redemande sans cesse",
  "link.appPasswordsHelp": "Microsoft : mots de passe d'application",
  "link.appleMailMac": "Apple : ajouter un compte de messagerie sur Mac",
  "link.appleMailIos": "Apple : ajouter un compte de messagerie sur iPhone",
  "link.thunderbirdOauth": "Mozilla : Thunderbird avec OAuth Microsoft",
  "link.outlookMobile": "Microsoft : Outlook pour iOS et Android",
  "link.outlookForMac": "Télécharger Outlook pour Mac",
  "link.smtpAuthTimeline": "Microsoft : calendrier SMTP AUTH",
  "link.smtpAuthMailbox": "Microsoft : autoriser SMTP AUTH pour une boîte aux lettres",
  "link.outlookPromptAdminDiag":
    "Centre d'administration Microsoft 365 : diagnostic des demandes de mot de passe",
  "link.helpDesk": "Site de {name}",
  "handoff.heading": "Obtenir de l'aide du service informatique",
  "handoff.copy": "Copier le rapport",
  "handoff.copyForIt": "Copier le rapport pour le service informatique",
  "handoff.copied": "Copié",
  "handoff.copiedStatus":
    "Rapport copié. Collez-le dans un ticket ou un e-mail au service informatique.",
  "handoff.copyFailed":
    "Impossible de copier le rapport. Sélectionnez le texte ci-dessous et copiez-le.",
  "handoff.send": "Envoyer au service informatique",
  "handoff.sent":
    "Un nouveau message au service informatique est ouvert. Vérifiez-le puis sélectionnez Envoyer.",
  "handoff.mailto":
    "Votre messagerie devrait ouvrir un message au service informatique. Sinon, utilisez « Copier le rapport ».",
  "handoff.sendFailed":
    "Impossible d'ouvrir un nouveau message. Utilisez plutôt « Copier le rapport ».",
  "handoff.noAddress":
    "Votre service informatique n'a pas défini d'adresse de support. Copiez le rapport et collez-le dans le canal habituel de votre support.",
  "handoff.contact": "{name} : {email} {phone}",
  "handoff.intro":
    "Bonjour, l'Assistant de connexion a trouvé ce problème. Les détails sont ci-dessous.",
  "handoff.userNote": "Avec mes propres mots :",
  "handoff.reportFacts": "Détails techniques (rapport de faits)",
  "prompt.heading": "À quoi ressemble la demande de mot de passe ? (facultatif)",
  "prompt.unknown": "Je ne sais pas",
  "prompt.windows-security": "Une petite fenêtre Sécurité Windows",
  "prompt.microsoft-window": "La fenêtre de connexion Microsoft",
  "prompt.mac-keychain": "Une fenêtre de trousseau sur Mac",
  "prompt.other": "Autre chose",
  "note.label": "Autre chose à signaler au service informatique ? (facultatif)",
  "note.hint":
    "Avec vos propres mots, par exemple depuis quand cela arrive. Ne saisissez jamais de mot de passe ici.",
  "config.warning": "Problèmes de configuration (pour votre service informatique) : {fields}",
  "auth.cancelled": "La connexion a été annulée. Sélectionnez « Se connecter » pour réessayer.",
  "auth.popupBlocked":
    "La fenêtre de connexion a été bloquée. Autorisez les fenêtres contextuelles pour Outlook, puis sélectionnez « Se connecter ».",
  "auth.inProgress":
    "Une fenêtre de connexion est déjà ouverte. Terminez-la, puis sélectionnez « Relancer les vérifications ».",
  "auth.failed": "La connexion n'a pas abouti ({code}).",
  "placeholder.email": "vous@example.com",
  "contact.it": "Service informatique",
  "contact.call": "Appeler",
  "contact.email": "E-mail",
  "contact.web": "Site web",
  "handoff.askInstead": "Demander plutôt au service informatique",
  "sheet.title": "Votre rapport pour le service informatique",
  "sheet.caveat":
    "Le message ne part que si cet Outlook peut envoyer des e-mails. Sinon, appelez le service informatique ou passez par son site :",
  "sheet.caveatNoContact":
    "Le message ne part que si cet Outlook peut envoyer des e-mails. Sinon, utilisez « Copier le rapport » plus bas et envoyez-le depuis un autre appareil.",
  "sheet.close": "Fermer",
  "keep.open": "Ouvrir dans le navigateur",
  "keep.summary": "Ferme ce volet : garder les étapes",
  "keep.qr": "Code QR ou impression",
  "keep.qrLabel": "Code QR contenant le lien vers ces étapes",
  "keep.print": "Imprimer les étapes",
  "resume.heading": "Où vous en étiez",
  "resume.where": "Bon retour : {done, plural, one {# étape faite} other {# étapes faites}}.",
  "resume.next": "Ensuite : {step}",
  "resume.allDone": "Vous avez fait toutes les étapes.",
  "resume.goNext": "Aller à l'étape suivante",
  "resume.check": "Vérifier que tout fonctionne",
  "versionBox.label": "Ou saisissez la version affichée par Outlook",
  "step.network.connection":
    "Vérifiez que le Wi-Fi ou le câble réseau est connecté et que le mode avion est désactivé.",
  "step.network.vpn":
    "Si vous utilisez un VPN ou un proxy, déconnectez-le et réessayez, ou demandez au service informatique si Microsoft 365 est autorisé.",
  "step.network.browser":
    "Ouvrez Outlook sur le web dans un navigateur. S'il ne se charge pas non plus, le problème vient du réseau, pas {generic, select, yes {de l'application} other {de {client}}}.",
  "step.network.admin":
    "Le service informatique peut tester la connexion à Microsoft 365 avec le Remote Connectivity Analyzer de Microsoft.",
  "step.network.again":
    "Une fois de nouveau en ligne, rouvrez cet assistant pour vérifier que tout fonctionne.",
  "step.mfa.open":
    "Ouvrez Informations de sécurité et connectez-vous avec votre compte professionnel.",
  "step.mfa.add":
    "Si aucune méthode n'apparaît, sélectionnez « Ajouter une méthode de connexion » puis Microsoft Authenticator.",
  "step.mfa.app":
    "Installez Microsoft Authenticator sur votre téléphone et suivez les instructions. Vous le configurez sur le téléphone sur lequel vous lisez ceci ? Choisissez alors l'option d'association par lien au lieu de scanner le code QR.",
  "step.mfa.return":
    "Revenez à {generic, select, yes {l'application} other {{client}}}, reconnectez-vous et approuvez la demande sur votre téléphone.",
  "step.reset.open": "Ouvrez la page de réinitialisation du mot de passe.",
  "step.reset.verify":
    "Saisissez votre adresse professionnelle, prouvez votre identité avec la méthode enregistrée et choisissez un nouveau mot de passe.",
  "step.reset.change":
    "Si vous connaissez encore votre mot de passe actuel, vous pouvez plutôt le changer ici.",
  "step.reset.signIn":
    "Connectez-vous à {generic, select, yes {l'application} other {{client}}} avec le nouveau mot de passe. Si l'ancien est encore proposé, supprimez aussi le mot de passe enregistré.",
  "step.gentleWin.signOut":
    "Dans Outlook, choisissez Fichier › Compte Office, puis Se déconnecter (sous Informations utilisateur). Fermez ensuite Outlook et les autres applications Office.",
  "step.gentleWin.signIn":
    "Rouvrez Outlook et connectez-vous avec votre compte professionnel dans la fenêtre de connexion Microsoft. Ne tapez pas votre mot de passe dans une petite fenêtre grise Sécurité Windows.",
  "step.gentleMac.signOut":
    "Dans la barre des menus, choisissez Outlook › Se déconnecter. Quittez ensuite Outlook et les autres applications Office.",
  "step.gentleMac.signIn":
    "Rouvrez Outlook et connectez-vous avec votre compte professionnel dans la fenêtre de connexion Microsoft.",
  "step.gentle.approve":
    "Approuvez la connexion sur votre téléphone (Microsoft Authenticator) ou saisissez le code reçu. Les demandes devraient s'arrêter.",
  "step.gentle.troubleshooter":
    "Toujours des demandes ? L'utilitaire de résolution des problèmes de Microsoft pour les demandes de mot de passe cherche les causes habituelles sur cet ordinateur.",
  "step.clearWin.close": "Fermez Outlook et les autres applications Office (Word, Excel, Teams).",
  "step.clearWin.open":
    "Ouvrez le Gestionnaire d'identification : sélectionnez Démarrer, tapez Gestionnaire d'identification, ouvrez-le et choisissez Informations d'identification Windows.",
  "step.clearWin.remove":
    "Sous Informations d'identification génériques, supprimez chaque entrée qui commence par MicrosoftOffice15_Data ou MicrosoftOffice16_Data, et celles dont le nom contient Outlook ou Office16.",
  "step.clearWin.list":
    "Ou, dans l'invite de commandes, listez les entrées Office avec cette commande :",
  "step.clearWin.delete":
    "Supprimez ensuite celles de votre adresse ({email}) avec ces commandes. « Élément introuvable » signifie que l'entrée a déjà disparu.",
  "step.clearWin.restart":
    "Redémarrez l'ordinateur, ouvrez Outlook et connectez-vous quand la fenêtre de connexion Microsoft apparaît.",
  "step.clearMac.quit": "Quittez Outlook et toutes les autres applications Office.",
  "step.clearMac.open":
    "Ouvrez Trousseaux d'accès : appuyez sur Commande-Espace, tapez Trousseaux d'accès et ouvrez-le.",
  "step.clearMac.delete":
    "Recherchez chacun de ces noms et supprimez tous les éléments trouvés (il peut y avoir plusieurs éléments ADAL ; supprimez-les tous) :",
  "step.clearMac.restart":
    "Rouvrez Outlook et connectez-vous dans la fenêtre de connexion Microsoft.",
  "step.clearPhone.remove":
    "Dans Outlook sur votre téléphone, ouvrez Paramètres, touchez votre compte professionnel et choisissez Supprimer le compte (de cet appareil uniquement).",
  "step.clearPhone.restart": "Redémarrez le téléphone.",
  "step.clearPhone.add":
    "Ouvrez Outlook, ajoutez de nouveau votre compte professionnel, connectez-vous sur la page Microsoft et approuvez la demande.",
  "step.clearPhone.what":
    "Supprimer le compte retire vos messages, votre calendrier et vos contacts professionnels de {client} sur ce téléphone uniquement. Ils restent dans votre boîte aux lettres et reviennent quand vous rajoutez le compte à la dernière étape.",
  "step.clearWeb.signOut":
    "Dans {client}, sélectionnez votre photo ou vos initiales en haut à droite et déconnectez-vous.",
  "step.clearWeb.closeBrowser":
    "Fermez complètement toutes les fenêtres du navigateur (ou le nouvel Outlook).",
  "step.clearWeb.signIn": "Rouvrez-le et connectez-vous avec votre compte professionnel.",
  "step.clearWeb.readdNew":
    "Toujours des demandes dans le nouvel Outlook ? Ouvrez Paramètres › Comptes › Comptes de messagerie, supprimez le compte professionnel (Gérer › Supprimer) et ajoutez-le à nouveau.",
  "step.clearWeb.privateWindow":
    "Toujours des demandes dans le navigateur ? Essayez Outlook sur le web dans une fenêtre de navigation privée. Si cela fonctionne, effacez les cookies de connexion Microsoft de ce navigateur.",
  "step.clearApp.remove":
    "Dans {generic, select, yes {l'application} other {{client}}}, supprimez le mot de passe enregistré ou le compte.",
  "step.clearApp.signIn": "Ajoutez de nouveau le compte et connectez-vous.",
  "step.reg2013.updateFirst":
    "Le mieux : remplacez {client}, qui n'est plus pris en charge depuis le {endOfSupport}, par Outlook pour Microsoft 365 ou le nouvel Outlook. Demandez à votre service informatique comment faire.",
  "step.reg2013.updateBeforeEnd":
    "Le mieux : passez de {client} à Outlook pour Microsoft 365 ou au nouvel Outlook avant la fin de sa prise en charge le {endOfSupport}. Demandez à votre service informatique comment faire.",
  "step.reg2013.minimum":
    "Seulement en solution provisoire : installez toutes les mises à jour de {client} pour atteindre au moins la version {minimumBuild} (par Windows Update, ou par Fichier › Compte Office › Options de mise à jour si ce menu existe).",
  "step.reg2013.close": "Fermez Outlook.",
  "step.reg2013.apply":
    "Ajoutez ces valeurs de registre : exécutez les commandes dans l'invite de commandes, ou téléchargez le fichier .reg et ouvrez-le.",
  "step.reg2013.restart":
    "Démarrez Outlook et connectez-vous dans la fenêtre de connexion Microsoft.",
  "step.replace.why":
    "{client} ne peut pas utiliser la connexion moderne exigée par Microsoft 365, et aucune mise à jour ne l'ajoute. Il n'est plus pris en charge depuis le {endOfSupport} : il faut le remplacer.",
  "step.replace.windows":
    "Demandez à votre service informatique d'installer un Outlook pris en charge, comme Outlook pour Microsoft 365 ou le nouvel Outlook pour Windows.",
  "step.replace.mac":
    "Demandez à votre service informatique d'installer la version actuelle d'Outlook pour Mac.",
  "step.replace.web":
    "En attendant, lisez et envoyez vos e-mails dans Outlook sur le web, depuis n'importe quel navigateur.",
  "step.org.who":
    "{client} est mis à jour par votre organisation (via Windows Update, WSUS ou ses propres outils), pas depuis Outlook.",
  "step.org.minimum":
    "Pour se connecter à Microsoft 365, il lui faut au moins la version {minimum}.",
  "step.org.outOfSupport":
    "Il n'est plus pris en charge depuis le {endOfSupport} : même sa dernière mise à jour ne l'est plus.",
  "step.org.askMove":
    "Demandez à votre service informatique de vous faire passer à un Outlook pris en charge, comme Outlook pour Microsoft 365 ou le nouvel Outlook.",
  "step.org.askUpdate":
    "Demandez à votre service informatique d'installer ses dernières mises à jour.",
  "step.c2r.check": "Dans Outlook, choisissez Fichier › Compte Office pour voir votre version.",
  "step.c2r.belowMinimum": "Vous avez {client} ; Microsoft 365 exige au moins {minimum}.",
  "step.c2r.outOfServicing":
    "Vous avez {client}, qui ne reçoit plus de mises à jour depuis le {servicedUntil}.",
  "step.c2rPerpetual.meanwhile":
    "En attendant, installez ses dernières mises à jour : dans Outlook, choisissez Fichier › Compte Office › Options de mise à jour › Mettre à jour, puis redémarrez Outlook.",
  "step.office2013.who":
    "{client} reçoit ses mises à jour soit par Windows Update ou les outils de votre organisation, soit, si Fichier › Compte Office affiche Options de mise à jour, depuis ce menu (Options de mise à jour › Mettre à jour).",
  "step.c2r.update":
    "Dans Outlook, choisissez Fichier › Compte Office › Options de mise à jour › Mettre à jour, puis redémarrez Outlook.",
  "step.c2r.managed":
    "Si Options de mise à jour manque ou est grisé, votre organisation gère les mises à jour : demandez à votre service informatique de mettre Office à jour.",
  "step.updateWin.find":
    "Dans Outlook, choisissez Fichier › Compte Office pour voir quel Outlook vous avez.",
  "step.updateWin.c2r":
    "Si vous y voyez Options de mise à jour, choisissez Options de mise à jour › Mettre à jour, puis redémarrez Outlook.",
  "step.updateWin.managed":
    "S'il n'y a pas de bouton Options de mise à jour, votre organisation met Office à jour (via Windows Update ou ses propres outils) : adressez-vous à votre service informatique.",
  "step.updateMac.autoupdate":
    "Dans Outlook, choisissez Aide › Rechercher les mises à jour et installez tout ce que Microsoft AutoUpdate propose.",
  "step.updateMac.restart":
    "Redémarrez Outlook et connectez-vous quand la fenêtre de connexion Microsoft apparaît.",
  "step.macLicence.why":
    "{client} n'est plus pris en charge depuis le {endOfSupport}, et sa licence ne reçoit plus de mises à jour après la version {lastVersion}.",
  "step.macLicence.ask":
    "Demandez à votre service informatique une licence actuelle (Microsoft 365 ou un Office pour Mac pris en charge), ou la version actuelle d'Outlook pour Mac.",
  "step.selfUpdate.reopen":
    "{client} se met à jour tout seul : fermez-le complètement, puis rouvrez-le.",
  "step.selfUpdate.still":
    "S'il demande encore votre mot de passe, déconnectez-vous, fermez-le et reconnectez-vous.",
  "step.updatePhone.store": "Mettez Outlook à jour depuis l'App Store ou Google Play.",
  "step.updatePhone.signIn": "Ouvrez Outlook et reconnectez-vous si on vous le demande.",
  "step.outlookMac.install":
    "Téléchargez Outlook pour Mac chez Microsoft, ou demandez à votre service informatique de l'installer.",
  "step.outlookMac.add":
    "Ouvrez Outlook, ajoutez votre compte professionnel et connectez-vous sur la page Microsoft.",
  "step.outlookMac.web":
    "En attendant, utilisez Outlook sur le web dans Safari ou un autre navigateur.",
  "step.updateOther.modern":
    "{generic, select, yes {Cette application} other {{client}}} ne peut pas se connecter comme l'exige Microsoft 365. Utilisez une application qui prend en charge « Se connecter avec Microsoft » (OAuth).",
  "step.updateOther.outlook":
    "Outlook pour iOS et Android, Outlook pour Windows et Mac, et Outlook sur le web fonctionnent tous.",
  "step.appleIos.delete":
    "Ouvrez Réglages › Apps › Mail › Comptes de messagerie (sur iOS {oldIos} et versions antérieures : Réglages › Mail › Comptes), touchez le compte professionnel et choisissez Supprimer le compte.",
  "step.appleIos.add":
    "Touchez Ajouter un compte › Microsoft Exchange, saisissez votre adresse professionnelle, puis choisissez Se connecter (et non Configurer manuellement).",
  "step.appleIos.signIn":
    "Connectez-vous sur la page Microsoft, approuvez la demande et choisissez ce qu'il faut synchroniser.",
  "step.appleMac.ewsNote":
    "Cela ne fonctionne que tant que votre organisation laisse EWS activé pour Apple Mail, et plus du tout à partir du {ewsRemovedOn} ; la solution durable est Outlook pour Mac.",
  "step.appleMac.remove":
    "Dans Mail, ouvrez Réglages › Comptes, sélectionnez le compte professionnel et supprimez-le avec le bouton moins.",
  "step.appleMac.add":
    "Choisissez Mail › Ajouter un compte › Microsoft Exchange, saisissez votre nom et votre adresse professionnelle, puis choisissez Se connecter.",
  "step.appleMac.signIn": "Connectez-vous sur la page Microsoft et approuvez la demande.",
  "step.thunderbird.incoming":
    "Ouvrez Paramètres des comptes › Paramètres serveur et réglez la méthode d'authentification sur OAuth2.",
  "step.thunderbird.outgoing":
    "Ouvrez Serveur sortant (SMTP), modifiez le serveur de ce compte et réglez la méthode d'authentification sur OAuth2.",
  "step.thunderbird.servers":
    "Vérifiez les serveurs : entrant IMAP sur le port {imapPort} (ou POP sur le port {popPort}) en SSL/TLS, sortant SMTP sur le port {smtpPort} en STARTTLS. Les noms des serveurs :",
  "step.thunderbird.signIn":
    "Redémarrez Thunderbird et connectez-vous dans la fenêtre Microsoft. S'il indique qu'un administrateur doit approuver, demandez au service informatique.",
  "step.device.oauth":
    "Dans les paramètres de messagerie de l'appareil ou de l'application, cherchez « Se connecter avec Microsoft », OAuth ou Authentification moderne, et utilisez cette option.",
  "step.device.firmware":
    "S'il n'y a pas d'option de ce type, une mise à jour du micrologiciel ou du logiciel peut l'ajouter.",
  "step.device.admin":
    "Sinon, le service informatique peut mettre en place un autre moyen d'envoi, comme High Volume Email de Microsoft (pour les e-mails internes à votre organisation), un relais ou un connecteur.",
  "step.genericOauth.find":
    "Ouvrez les paramètres de compte {generic, select, yes {de l'application} other {de {client}}} et cherchez « Se connecter avec Microsoft », OAuth2 ou Authentification moderne.",
  "step.genericOauth.readd":
    "Supprimez le compte et ajoutez-le de nouveau en choisissant cette option. Un simple mot de passe ne fonctionne plus avec Microsoft 365.",
  "step.genericOauth.outlook":
    "Si {generic, select, yes {l'application} other {{client}}} n'a pas cette option, la connexion n'est plus possible : utilisez Outlook pour iOS et Android ou Outlook sur le web.",
  "step.appPw.why":
    "Les mots de passe d'application ne fonctionnent pas pour Outlook, Apple Mail, Thunderbird ou d'autres apps de messagerie avec Microsoft 365. Ils ne servent plus qu'à un appareil ou programme qui envoie des e-mails (SMTP).",
  "step.appPw.whyOff":
    "Depuis le {offSince}, Microsoft 365 désactive par défaut la connexion par mot de passe pour l'envoi d'e-mails (SMTP AUTH). Un mot de passe d'application ne fonctionne que si votre service informatique l'a réactivée pour votre organisation.",
  "step.appPw.mailbox":
    "SMTP AUTH doit aussi être autorisé pour la boîte aux lettres depuis laquelle l'appareil envoie, et Exchange Online le désactive par défaut : demandez à votre service informatique de l'autoriser. Mieux encore, demandez une boîte aux lettres dédiée à l'appareil plutôt que d'utiliser la vôtre.",
  "step.appPw.create":
    "Ouvrez Informations de sécurité, sélectionnez Ajouter une méthode de connexion › Mot de passe d'application, nommez-le d'après l'appareil (par exemple « Scanner 2e étage ») et copiez le mot de passe. Il n'est affiché qu'une fois.",
  "step.appPw.paste":
    "Dans les paramètres de messagerie (SMTP) de l'appareil, indiquez votre adresse comme nom d'utilisateur et le mot de passe d'application comme mot de passe, le port {smtpPort} en STARTTLS et ce serveur. Enregistrez et envoyez un test.",
  "step.appPw.deadline":
    "Après le {deadline} ({days, plural, one {encore # jour} other {encore # jours}}), Microsoft 365 désactive ce type de connexion par défaut. Demandez une solution durable à votre service informatique avant cette date.",
  "step.appPw.finalDate":
    "{when, select, upcoming {Microsoft annoncera au {half, select, 1 {premier} other {second}} semestre {year} la date de l'arrêt définitif.} due {Microsoft doit annoncer au {half, select, 1 {premier} other {second}} semestre {year}, déjà commencé, la date de l'arrêt définitif : consultez le calendrier.} other {Microsoft prévoyait d'annoncer au {half, select, 1 {premier} other {second}} semestre {year} la date de l'arrêt définitif ; cet assistant ne la connaît pas encore, consultez donc le calendrier.}} Demandez dès maintenant une solution durable à votre service informatique.",
  "step.none.ok": "Tout ce que l'assistant peut vérifier fonctionne.",
  "step.none.pick":
    "Si une application demande encore votre mot de passe, choisissez-la plus haut sous « Application qui redemande le mot de passe ».",
  "step.note.elsewhere":
    "{generic, select, yes {Suivez ces étapes là où cette application est installée, pas ici dans {host}.} other {Suivez ces étapes là où {client} est installé, pas ici dans {host}.}}",
  "step.note.noAppPassword":
    "Les mots de passe d'application ne fonctionnent pas pour {generic, select, yes {les applications de messagerie} other {{client}}} avec Microsoft 365 : n'en créez pas.",
  "step.mfaSetup.moreInfo":
    "Si la fenêtre de connexion indique « Plus d'informations requises », votre organisation vous demande de configurer une deuxième étape de connexion (authentification multifacteur, MFA). Choisissez Suivant et configurez Microsoft Authenticator ou une autre méthode. Vous pouvez aussi la configurer d'abord dans Informations de sécurité, puis vous reconnecter.",
  "step.mfaSetup.noPhone":
    "Pas de smartphone ? Choisissez « Je veux configurer une autre méthode », puis un appel, un SMS ou une clé de sécurité. Si rien de cela ne vous convient, demandez à l'informatique de vous aider à en configurer une.",
  "finding.client-current":
    "{client} peut se connecter avec l'authentification moderne et est à jour.",
  "finding.client-no-modern-auth":
    "{client} ne peut pas utiliser la connexion moderne exigée par Microsoft 365 ; il redemandera donc sans cesse votre mot de passe.",
  "finding.client-below-minimum":
    "{client} est trop ancien pour se connecter à Microsoft 365 ; il faut au moins {minimum}.",
  "finding.client-needs-registry":
    "{client} ne peut utiliser la connexion moderne qu'une fois deux paramètres de registre activés.",
  "finding.client-out-of-support":
    "{client} n'est plus pris en charge depuis le {endOfSupport} : prévoyez une mise à jour.",
  "finding.client-old-build":
    "{client} ne reçoit plus de mises à jour depuis le {servicedUntil} ; installez les dernières mises à jour pour que la connexion continue de fonctionner.",
  "finding.client-mac-not-current":
    "{client} est sorti en {released} ; Microsoft ne prend en charge que les versions à jour d'Outlook pour Mac : installez les dernières mises à jour avec Microsoft AutoUpdate.",
  "finding.client-mac-reduced-functionality":
    "Depuis le {since}, les versions d'Office pour Mac antérieures à {fixedIn}, comme {client}, peuvent ne s'ouvrir qu'en mode de fonctionnalités réduites (lecture seule) ; une mise à jour avec Microsoft AutoUpdate règle le problème.",
  "finding.client-version-unknown":
    "Impossible de savoir quelle version de {client} vous avez ; choisissez-la plus haut pour une réponse plus précise.",
  "finding.client-version-unrecognised":
    "La version indiquée pour {client} n'a pas été publiée par Microsoft ; copiez-la de nouveau depuis la fenêtre « À propos » de l'application.",
  "finding.client-version-not-understood":
    "Nous n'avons pas reconnu la version indiquée pour {client} : ces étapes conviennent donc à toutes les versions. Choisissez-la dans la liste, ou copiez-la depuis la fenêtre « À propos » de l'application.",
  "finding.client-modern-auth-unknown":
    "{generic, select, yes {Cette application} other {{client}}} ne prend peut-être pas en charge la connexion moderne (OAuth) ; vérifiez ses paramètres de compte ou utilisez plutôt Outlook.",
  "finding.client-set-up-with-password":
    "{client} est probablement configuré avec un mot de passe plutôt qu'avec « Se connecter avec Microsoft », ce que Microsoft 365 n'accepte plus.",
  "finding.cached-credentials-likely":
    "{client} conserve probablement un ancien mot de passe ou une ancienne connexion ; les supprimer lui permet de se reconnecter proprement.",
  "finding.host-differs":
    "{generic, select, yes {Suivez ces étapes là où cette application est installée, pas ici dans {host}.} other {Suivez ces étapes là où {client} est installé, pas ici dans {host}.}}",
  "finding.apple-mail-ews-retiring":
    "{client} se connecte à Microsoft 365 via EWS, que Microsoft commence à désactiver le {ewsOffFrom} et coupe définitivement le {ewsRemovedOn} ; la solution durable est Outlook pour Mac.",
  "finding.apple-mail-ews-off":
    "{client} se connecte à Microsoft 365 via EWS, que Microsoft désactive depuis le {ewsOffFrom}. Votre service informatique peut encore l'autoriser jusqu'au {ewsRemovedOn} : rajouter le compte n'aide donc que tant qu'il le fait. À partir du {ewsRemovedOn}, plus personne ne le peut, et la solution durable est Outlook pour Mac.",
  "finding.apple-mail-ews-removed":
    "{client} se connecte à Microsoft 365 via EWS, coupé définitivement depuis le {ewsRemovedOn} ; personne ne peut le réactiver. Utilisez Outlook pour Mac ou Outlook sur le web.",
  "finding.eas-minimum":
    "{state, select, upcoming {À partir du {refusedFrom}, Microsoft 365 refuse les apps de messagerie des téléphones trop anciennes pour l'Exchange ActiveSync actuel (anciennes versions de Mail sur iPhone, Gmail ou Samsung Email) : si l'app ne se connecte plus, mettez à jour le système du téléphone ou l'app, ou utilisez Outlook pour iOS et Android.} other {Depuis le {refusedFrom}, Microsoft 365 refuse les apps de messagerie des téléphones trop anciennes pour l'Exchange ActiveSync actuel (anciennes versions de Mail sur iPhone, Gmail ou Samsung Email) : si l'app ne se connecte pas du tout, mettez à jour le système du téléphone ou l'app, ou utilisez Outlook pour iOS et Android.}}",
  "finding.new-outlook-switch":
    "Depuis {month}, Microsoft bascule une fois les comptes professionnels vers le nouvel Outlook. Si Outlook a soudain changé d'aspect et vous demande de vous connecter, vous avez peut-être simplement été basculé : connectez-vous, ou revenez en arrière avec le bouton « Nouvel Outlook » ou Aide › Revenir à Outlook classique.",
  "finding.account-on-premises":
    "Votre boîte aux lettres est sur le serveur Exchange de votre organisation, c'est donc votre service informatique qui gère sa connexion.",
  "finding.account-outlook-com":
    "Il s'agit d'un compte Outlook.com personnel ; les paramètres des comptes professionnels ne s'y appliquent pas.",
  "finding.account-gmail":
    "Il s'agit d'un compte Gmail ; son mot de passe et sa connexion sont gérés par Google, pas par Microsoft.",
  "finding.offline":
    "Cet appareil est hors ligne : rien ne peut joindre Microsoft 365 tant que la connexion n'est pas rétablie.",
  "finding.network-timeout":
    "Microsoft 365 n'a pas répondu à temps ; votre réseau est peut-être lent ou le bloque.",
  "finding.token-ok": "Vous pouvez vous connecter à Microsoft 365 avec l'authentification moderne.",
  "finding.token-not-configured":
    "Votre service informatique n'a pas activé la vérification de connexion en direct ; ce diagnostic repose donc sur ce que le volet voit sur cet appareil.",
  "finding.token-unsupported":
    "Cet Outlook ne peut pas effectuer la vérification de connexion en direct ; ce diagnostic repose donc sur ce que le volet voit sur cet appareil.",
  "finding.token-timeout": "La vérification de connexion a pris trop de temps et a été arrêtée.",
  "finding.token-failed":
    "La vérification de connexion en direct n'a pas fonctionné ; le rapport contient les détails pour le service informatique.",
  "finding.signin-mfa-required":
    "Votre organisation demande désormais une deuxième étape à la connexion, et elle n'a pas encore été effectuée.",
  "finding.signin-mfa-registration-required":
    "Vous devez configurer un moyen d'approuver les connexions, comme l'application Microsoft Authenticator, avant de pouvoir vous connecter.",
  "finding.signin-mfa-not-completed":
    "La deuxième étape de connexion n'a pas abouti ; réessayez et approuvez la demande. Si l'application Authenticator refuse votre compte professionnel sur ce téléphone (c'est le cas sur un téléphone jailbreaké ou rooté), configurez une autre méthode ou un autre téléphone dans Informations de sécurité.",
  "finding.signin-blocked-by-policy":
    "Les règles de sécurité de votre organisation ont bloqué la vérification de connexion de cet assistant ; seul votre service informatique peut l'autoriser, et le rapport lui indique quelle connexion rechercher.",
  "finding.signin-device-not-compliant":
    "Votre organisation n'autorise la connexion que depuis des appareils qu'elle gère, et celui-ci ne remplit pas encore les conditions.",
  "finding.signin-account-locked":
    "Votre compte est verrouillé après trop de tentatives ; patientez un moment ou demandez à votre service informatique de le déverrouiller.",
  "finding.signin-password-expired":
    "Votre mot de passe a expiré et doit être changé avant que quoi que ce soit puisse se connecter.",
  "finding.signin-wrong-password":
    "Le mot de passe utilisé est incorrect ; un ancien mot de passe enregistré en est la cause habituelle.",
  "finding.signin-account-disabled":
    "Votre compte est désactivé ; seul votre service informatique peut le réactiver.",
  "finding.signin-session-revoked":
    "Votre connexion a été fermée (par exemple après un changement de mot de passe) ; il suffit de vous reconnecter.",
  "finding.signin-account-not-in-tenant":
    "Ce compte n'est pas connu du Microsoft 365 de votre organisation ; vérifiez l'adresse ou demandez à votre service informatique.",
  "finding.signin-consent-required":
    "Votre service informatique doit encore approuver l'accès de cet assistant pour que la vérification en direct puisse s'exécuter.",
  "finding.signin-app-misconfigured":
    "Cet assistant n'est pas encore correctement configuré par votre service informatique ; la vérification en direct ne peut donc pas s'exécuter.",
  "finding.signin-user-not-assigned":
    "Votre service informatique ne vous a pas encore donné accès à la vérification en direct de cet assistant.",
  "finding.signin-popup-blocked":
    "La fenêtre de connexion a été bloquée ; autorisez les fenêtres contextuelles pour Outlook et réessayez.",
  "finding.signin-user-cancelled":
    "La fenêtre de connexion a été fermée avant la fin de la connexion.",
  "finding.signin-interaction-in-progress":
    "Une fenêtre de connexion est déjà ouverte ; terminez-la d'abord.",
  "finding.signin-bridge-unavailable":
    "Cet Outlook ne peut pas connecter l'assistant par lui-même ; « Se connecter » ouvre à la place une fenêtre de connexion distincte.",
  "finding.signin-no-network": "La connexion a échoué faute de connexion réseau.",
  "finding.signin-interaction-required":
    "Vous devez vous reconnecter une fois avant que les vérifications en direct puissent s'exécuter.",
  "finding.signin-no-sign-in-here":
    "Cet Outlook ne peut pas connecter l'assistant, la vérification en direct ne peut donc pas s'exécuter ici ; le diagnostic s'appuie sur ce que le volet voit sur cet appareil.",
  "finding.signin-cookies-blocked":
    "Votre navigateur bloque les cookies dont la connexion dans Outlook sur le web a besoin. Autorisez les cookies tiers pour login.microsoftonline.com ou utilisez l'application Outlook ; « Se connecter » ouvre désormais une fenêtre distincte qui s'en passe.",
  "finding.signin-host-sign-in-failed":
    "La fenêtre de connexion d'Outlook a échoué, un problème connu de certaines versions d'Outlook. Sélectionnez « Se connecter » pour utiliser une fenêtre de connexion distincte, ou utilisez Outlook sur le web.",
  "finding.signin-sign-in-window-closed":
    "La fenêtre de connexion s'est fermée d'elle-même juste après son ouverture. Sélectionnez « Se connecter » pour réessayer ; si elle se referme encore, utilisez Outlook sur le web dans votre navigateur.",
  "finding.signin-dialog-failed":
    "La fenêtre de connexion n'a pas pu démarrer à cause de la configuration de l'assistant ; seule votre équipe informatique peut corriger cela.",
  "finding.signin-add-in-load-failed":
    "Une partie de l'assistant ne s'est pas chargée, souvent parce qu'il a été mis à jour pendant qu'il était ouvert. Fermez le volet et rouvrez-le.",
  "finding.signin-browser-unsupported":
    "Il manque à cette fenêtre d'Outlook une fonction du navigateur nécessaire à la connexion ; mettez Outlook à jour ou utilisez Outlook sur le web.",
  "finding.signin-unknown-failure":
    "La vérification de la connexion a échoué pour une raison que l'assistant n'a pas pu identifier ; votre équipe informatique en voit le détail dans le rapport.",
  "finding.mailbox-ok":
    "Votre boîte aux lettres répond via l'authentification moderne : Microsoft 365 fonctionne donc pour vous.",
  "finding.mailbox-unauthorized":
    "Microsoft 365 a refusé la connexion à votre boîte aux lettres ; se reconnecter règle généralement le problème.",
  "finding.mailbox-forbidden":
    "L'accès à votre boîte aux lettres a été refusé ; seul votre service informatique peut changer cela.",
  "finding.mailbox-not-found":
    "Votre boîte aux lettres n'est pas dans Exchange Online (elle est peut-être sur le serveur de votre organisation, ou pas encore sous licence).",
  "finding.mailbox-throttled":
    "Microsoft 365 a demandé de ralentir ; la vérification de la boîte aux lettres fonctionnera de nouveau dans un instant.",
  "finding.mailbox-service-error":
    "Microsoft 365 a rencontré un problème temporaire ; réessayez plus tard.",
  "finding.mailbox-unreachable": "Votre boîte aux lettres n'a pas pu être jointe par le réseau.",
  "finding.mailbox-failed":
    "La vérification de la boîte aux lettres n'a pas fonctionné ; le rapport contient les détails pour le service informatique.",
  "finding.mailbox-timeout": "Votre boîte aux lettres n'a pas répondu à temps.",
  "finding.mailbox-skipped":
    "Votre boîte aux lettres n'a pas été vérifiée, car la connexion n'a pas abouti.",
  "finding.mfa-methods-ok": "Vous disposez d'un moyen d'approuver les connexions ({methods}).",
  "finding.mfa-method-missing":
    "Vous n'avez pas configuré de moyen d'approuver les connexions (comme l'application Authenticator), ce que votre organisation exige.",
  "finding.mfa-methods-unknown":
    "Nous n'avons pas pu vérifier quelles méthodes de connexion vous avez configurées.",
  "finding.app-password-not-for-outlook":
    "Les mots de passe d'application ne fonctionnent pas pour {generic, select, yes {les applications de messagerie} other {{client}}} avec Microsoft 365 : n'en créez pas.",
  "finding.app-password-stopgap":
    "Un mot de passe d'application permet à cet appareil de continuer à envoyer des e-mails jusqu'à ce que la connexion par mot de passe pour l'envoi soit désactivée par défaut après le {deadline} ({days, plural, one {encore # jour} other {encore # jours}}).",
  "finding.app-password-after-deadline":
    "Un mot de passe d'application ne fonctionne que si votre service informatique a réactivé la connexion par mot de passe pour l'envoi.",
  "finding.app-passwords-disabled":
    "Votre organisation n'autorise pas les mots de passe d'application ; l'appareil a donc besoin d'un autre moyen d'envoyer.",
  "finding.app-passwords-unavailable":
    "Les mots de passe d'application n'existent pas avec la sécurité de connexion de votre organisation ; l'appareil a donc besoin d'un autre moyen d'envoyer.",
  "finding.smtp-ask-admin":
    "Seul votre service informatique sait si cet appareil peut envoyer avec un mot de passe d'application, ou comment il doit envoyer autrement.",
  "finding.smtp-basic-auth-disabled":
    "Depuis le {offSince}, Microsoft 365 désactive par défaut la connexion par mot de passe pour l'envoi d'e-mails ; votre service informatique peut la réactiver ou faire passer l'appareil à une méthode prise en charge.",
  "finding.smtp-basic-auth-removed":
    "Depuis le {removedOn}, Microsoft 365 n'accepte plus la connexion par mot de passe pour l'envoi d'e-mails ; l'appareil a besoin de la connexion moderne (OAuth) ou d'un autre moyen d'envoi.",
  "finding.smtp-on-premises":
    "Cet appareil envoie via le serveur de messagerie de votre organisation, géré par votre service informatique.",
  "finding.smtp-consumer-basic-ended":
    "Outlook.com n'accepte plus les mots de passe des applications et appareils ; l'appareil doit prendre en charge « Se connecter avec Microsoft ».",
  "finding.all-good": "Ce volet ne voit aucun problème.",
  "finding.report-date-implausible":
    "La date de ce rapport ({date}) ne peut pas être juste : il a donc été évalué à la date d'aujourd'hui.",
  "finding.cause-saved-sign-in":
    "Depuis l'activation de l'authentification multifacteur (MFA), Microsoft 365 refuse le mot de passe ou la connexion que {generic, select, yes {l'application a enregistré} other {{client} a enregistré}} auparavant : d'où les demandes répétées. Il faut se reconnecter une fois par la fenêtre de connexion Microsoft.",
  "finding.cause-plain-password":
    "Microsoft 365 n'accepte plus de simple mot de passe venant des apps de messagerie : {generic, select, yes {l'application doit} other {{client} doit}} se connecter par la page de connexion de Microsoft (OAuth).",
  "finding.cause-no-modern-auth":
    "Microsoft 365 n'accepte que la connexion moderne par la fenêtre de connexion Microsoft, et {client} ne la connaît pas : chaque mot de passe qu'il demande est donc refusé.",
  "finding.cause-registry":
    "{client} se connecte à l'ancienne, avec un simple mot de passe, ce que Microsoft 365 refuse ; seuls deux paramètres du Registre activent la connexion moderne.",
  "finding.cause-old-version":
    "La connexion à Microsoft 365 évolue sans cesse, et seules les versions encore mises à jour suivent ; {client} ne l'est plus.",
  "finding.cause-mfa-registration":
    "Votre organisation exige désormais une deuxième étape de connexion (MFA), et Microsoft 365 refuse {generic, select, yes {l'application} other {{client}}} tant que vous n'en avez pas configuré une.",
  "finding.cause-password-expired":
    "Les mots de passe de votre organisation expirent au bout d'un certain temps ; tant que vous n'en choisissez pas un nouveau, Microsoft 365 refuse l'ancien partout.",
  "finding.cause-policy":
    "À chaque connexion, Microsoft 365 vérifie les règles de votre organisation (accès conditionnel), et elles ont refusé celle-ci.",
  "finding.cause-device-password":
    "Depuis que votre organisation a activé l'authentification multifacteur (MFA), Microsoft 365 refuse le mot de passe habituel que cet appareil utilise pour envoyer des e-mails.",
  "finding.cause-device-basic-off":
    "Depuis le {since}, Microsoft 365 refuse le mot de passe que cet appareil utilise pour envoyer des e-mails, sauf si l'informatique réactive la connexion par mot de passe pour l'envoi.",
  "summary.check-network":
    "Vous êtes hors connexion ou Microsoft 365 est injoignable, donc {generic, select, yes {l'application} other {{client}}} ne peut pas se connecter.",
  "summary.register-mfa":
    "Pour {generic, select, yes {l'application} other {{client}}}, vous devez d'abord terminer la configuration de la connexion multifacteur (MFA).",
  "summary.reset-password":
    "Votre mot de passe a expiré : {generic, select, yes {l'application} other {{client}}} ne pourra pas se connecter tant que vous n'en aurez pas choisi un nouveau.",
  "summary.clear-cached-credentials":
    "{generic, select, yes {L'application} other {{client}}} propose sans cesse un ancien mot de passe ou une ancienne connexion que Microsoft 365 refuse ; les supprimer et vous reconnecter devrait arrêter les demandes.",
  "summary.clear-cached-credentials.likely":
    "Le plus souvent, se déconnecter {generic, select, yes {de l'application} other {de {client}}} puis se reconnecter de la nouvelle façon met fin aux demandes.",
  "summary.enable-modern-auth-registry":
    "{client} ne peut pas se connecter avec les paramètres de sécurité de votre organisation tant que deux valeurs du Registre ne sont pas définies.",
  "summary.update-client":
    "{generic, select, yes {L'application} other {{client}}} ne peut pas se connecter comme l'exige Microsoft 365 ; utilisez une application qui prend en charge la connexion moderne.",
  "summary.update-client.replace":
    "{client} ne peut pas se connecter à Microsoft 365, et aucune mise à jour n'y change rien : il faut le remplacer.",
  "summary.update-client.below-minimum":
    "{client} est trop ancien pour se connecter à Microsoft 365 : il faut au moins {minimum}.",
  "summary.update-client.needs-registry":
    "{client} n'est plus pris en charge depuis le {endOfSupport} et ne peut se connecter qu'avec des valeurs du Registre supplémentaires : remplacez-le, ou définissez ces valeurs comme solution provisoire.",
  "summary.update-client.out-of-support":
    "{client} n'est plus pris en charge depuis le {endOfSupport} : prévoyez avec votre service informatique le passage à une version prise en charge.",
  "summary.update-client.out-of-servicing":
    "{client} ne reçoit plus de mises à jour depuis le {servicedUntil} : installez les dernières mises à jour.",
  "summary.update-client.not-current":
    "{client} est sorti en {released} et n'est plus à jour : mettez-le à jour avec Microsoft AutoUpdate.",
  "summary.update-client.mac-reduced-functionality":
    "{client} est antérieur à {fixedIn} : depuis le {since}, il peut ne s'ouvrir qu'en mode de fonctionnalités réduites (lecture seule). Mettez-le à jour avec Microsoft AutoUpdate.",
  "summary.update-client.ews":
    "{state, select, removed {{client} ne peut plus accéder à Microsoft 365 : Microsoft 365 a coupé définitivement EWS, qu'il utilise. Utilisez Outlook pour Mac ou Outlook sur le web.} other {{client} se connecte à Microsoft 365 via EWS, que Microsoft 365 est en train de désactiver, définitivement à partir du {ewsRemovedOn} : la solution durable est Outlook pour Mac.}}",
  "summary.switch-to-modern-auth":
    "{generic, select, yes {Il faut reconfigurer l'application} other {Il faut reconfigurer {client}}} avec « Se connecter avec Microsoft ».",
  "summary.switch-to-modern-auth.likely":
    "Le plus souvent, reconfigurer le compte dans {generic, select, yes {l'application} other {{client}}} avec « Se connecter avec Microsoft » (OAuth2) met fin aux demandes.",
  "summary.use-app-password":
    "L'appareil peut continuer à envoyer des messages pour l'instant avec un mot de passe d'application.",
  "summary.use-app-password.disabled-by-default":
    "L'appareil ne peut envoyer des messages avec un mot de passe d'application que si le service informatique a réactivé la connexion par mot de passe pour l'envoi.",
  "summary.contact-admin": "{reason} Seul votre service informatique peut résoudre ce problème.",
  "summary.none": "Tout ce que ce volet peut vérifier fonctionne.",
  "summary.support.replace":
    "En outre, cette version ne peut pas du tout se connecter à Microsoft 365 : il faut la remplacer.",
  "summary.support.below-minimum":
    "En outre, cette version est trop ancienne pour se connecter : il faut au moins {minimum}.",
  "summary.support.out-of-support":
    "En outre, cette version n'est plus prise en charge depuis le {endOfSupport} : prévoyez une mise à jour.",
  "summary.support.out-of-servicing":
    "En outre, cette version ne reçoit plus de mises à jour depuis le {servicedUntil} : installez les dernières mises à jour.",
  "summary.support.not-current":
    "Par ailleurs, {client} est sorti en {released} et n'est plus à jour : mettez-le à jour avec Microsoft AutoUpdate.",
  "summary.support.mac-reduced-functionality":
    "Cette version est aussi antérieure à {fixedIn} : depuis le {since}, elle peut ne s'ouvrir qu'en mode de fonctionnalités réduites (lecture seule). Mettez-la à jour avec Microsoft AutoUpdate.",
  "summary.support.ews":
    "{state, select, removed {Passez à Outlook pour Mac : {client} ne peut plus accéder à Microsoft 365, car EWS, qu'il utilise, est coupé définitivement.} other {Pour une solution durable, passez à Outlook pour Mac : {client} se connecte via EWS, qui est en cours de désactivation, définitivement à partir du {ewsRemovedOn}.}}",
  "reason.policy":
    "Les règles de sécurité de votre organisation ont bloqué la vérification de connexion de cet assistant depuis cet appareil ou cet endroit.",
  "reason.device":
    "Votre organisation n'autorise la connexion que depuis des appareils qu'elle gère, et celui-ci ne remplit pas encore les conditions.",
  "reason.locked": "Votre compte est verrouillé après trop de tentatives de connexion.",
  "reason.disabled": "Votre compte est désactivé.",
  "reason.not-in-tenant": "Le Microsoft 365 de votre organisation ne reconnaît pas ce compte.",
  "reason.on-premises":
    "Votre boîte aux lettres se trouve sur le serveur de messagerie de votre organisation, dont s'occupe votre service informatique.",
  "reason.mailbox-forbidden": "Microsoft 365 a refusé l'accès à votre boîte aux lettres.",
  "reason.mailbox-not-found":
    "Microsoft 365 ne trouve pas votre boîte aux lettres : elle se trouve peut-être sur un serveur de votre organisation, ou n'a pas encore de licence.",
  "reason.smtp-removed":
    "Microsoft 365 n'accepte plus de mot de passe des appareils qui envoient des messages.",
  "reason.smtp-off":
    "Microsoft 365 a désactivé la connexion par mot de passe pour les appareils qui envoient des messages, et seul le service informatique peut la réactiver.",
  "reason.smtp-no-app-passwords":
    "Les mots de passe d'application n'existent pas avec la sécurité de connexion de votre organisation ; l'appareil a donc besoin d'un autre moyen d'envoyer des messages.",
  "reason.smtp-app-passwords-off":
    "Votre organisation n'autorise pas les mots de passe d'application ; l'appareil a donc besoin d'un autre moyen d'envoyer des messages.",
  "reason.smtp-ask":
    "Seul votre service informatique sait comment cet appareil doit désormais envoyer des messages.",
  "reason.smtp-lasting":
    "Un mot de passe d'application n'est qu'une solution provisoire : l'appareil a besoin d'un moyen durable d'envoyer des messages avant la date limite.",
  "reason.assistant-setup":
    "Votre service informatique doit encore terminer la configuration des vérifications en direct de cet assistant ; les étapes pour votre application n'en dépendent pas.",
  "reason.other":
    "Quelque chose que seul votre service informatique peut modifier empêche la connexion.",
  "method.microsoftAuthenticator": "Microsoft Authenticator",
  "method.phone": "Téléphone (SMS ou appel)",
  "method.fido2": "Clé de sécurité ou clé d'accès (FIDO2)",
  "method.softwareOath": "Code d'une application d'authentification (OATH)",
  "method.hardwareOath": "Jeton matériel (OATH)",
  "method.windowsHelloForBusiness": "Windows Hello Entreprise",
  "method.temporaryAccessPass": "Passe d'accès temporaire",
  "method.platformCredential": "Informations d'identification de plateforme (macOS)",
  "method.external": "Méthode d'authentification externe",
  "method.password": "Mot de passe",
  "method.email": "E-mail (réinitialisation du mot de passe uniquement)",
};
