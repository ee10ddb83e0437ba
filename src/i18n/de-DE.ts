// Deutsch (Deutschland). Same keys and {placeholders} as en-US (checked by test/unit/i18n.test.ts).
import type { Messages } from "./en-US";

export const deDE: Messages = {
  "catalogue.locale": "de-DE",
  "app.title": "Anmelde-Assistent",
  "app.loading": "Ihre Anmeldung wird geprüft…",
  "browser.intro":
    "Sie sind außerhalb von Outlook. Wählen Sie die App, die immer wieder nach Ihrem Kennwort fragt, und der Assistent zeigt Ihnen die Lösung.",
  "browser.ribbon":
    "{org} hat den Anmelde-Assistenten auch in Outlook bereitgestellt: Wenn Outlook noch startet, können Sie ihn dort im Menüband öffnen, um Outlook selbst zu prüfen.",
  "browser.checkAccount": "Mein Konto prüfen",
  "browser.checkAccountHelp":
    "Melden Sie sich mit Ihrem Arbeitskonto an, damit es auf Probleme geprüft wird. Danach kommen Sie auf diese Seite zurück.",
  "browser.officeMissing":
    "Die Add-in-Bibliothek von Outlook (office.js) wurde nicht geladen, daher wird Outlook selbst nicht geprüft. Die Anleitung unten gilt trotzdem.",
  "browser.onReadyTimeout":
    "Outlook hat nicht innerhalb von 10 Sekunden geantwortet, daher wird Outlook selbst nicht geprüft. Die Anleitung unten gilt trotzdem.",
  "report.header":
    "Ein Bericht, der mit Ihnen geteilt wurde: Das hat der Anmelde-Assistent am {date} in {where} angezeigt.",
  "report.headerNoDate":
    "Ein Bericht, der mit Ihnen geteilt wurde: Das hat der Anmelde-Assistent in {where} angezeigt.",
  "report.inBrowser": "einem Webbrowser außerhalb von Outlook",
  "report.unknownApp": "einer App, die er nicht bestimmen konnte",
  "report.badLink":
    "Der Bericht in diesem Link kann nicht gelesen werden: {reason}. Beantworten Sie stattdessen die Frage unten.",
  "examples.badge": "BEISPIEL",
  "examples.label": "Beispielsituation:",
  "examples.note":
    "Dies ist ein Beispiel für die IT und den Helpdesk, nicht die Situation einer bestimmten Person. Ein kopierter Bericht weist darauf hin.",
  "start.failed.heading": "Der Assistent konnte in Outlook nicht starten",
  "start.failed.officeMissing":
    "Die Add-in-Bibliothek von Outlook (office.js) wurde nicht geladen, daher konnte der Assistent nichts aus Outlook lesen.",
  "start.failed.onReadyTimeout":
    "Outlook hat dem Assistenten nicht innerhalb von 10 Sekunden geantwortet.",
  "start.failed.officeJsFailed":
    "Die Add-in-Bibliothek von Outlook (office.js) ist beim Lesen der Adresse dieser Seite abgebrochen, daher konnte der Assistent nichts aus Outlook lesen.",
  "start.failed.chunk":
    "Ein Teil des Assistenten wurde nicht geladen, oft weil er aktualisiert wurde, während Outlook ihn geöffnet hatte.",
  "start.failed.crashed": "Beim Start ist im Assistenten selbst ein Fehler aufgetreten.",
  "start.failed.next":
    "Wählen Sie „Erneut ausführen“. Wenn das wieder passiert, kopieren Sie die Details und senden Sie sie an Ihre IT-Abteilung.",
  "start.failed.read": "Was Outlook dem Assistenten mitgeteilt hat",
  "start.failed.nothingRead": "Nichts: Outlook hat nicht geantwortet.",
  "start.failed.runAgain": "Erneut ausführen",
  "start.failed.copy": "Details für die IT kopieren",
  "start.failed.copied":
    "Kopiert. Fügen Sie die Details in eine Nachricht an Ihre IT-Abteilung ein.",
  "start.failed.copyFailed":
    "Kopieren nicht möglich. Öffnen Sie „Details für die IT“ und kopieren Sie den Text dort.",
  "start.failed.details": "Details für die IT",
  "start.fact.app": "Outlook",
  "start.fact.version": "Version",
  "start.fact.platform": "Plattform",
  "start.fact.mailboxSet": "Postfach-API-Stufe",
  "start.localeFailed":
    "Der Text des Assistenten auf {language} wurde nicht geladen, daher wird er auf Englisch angezeigt. Schließen Sie den Bereich und öffnen Sie ihn erneut, um {language} zu erhalten.",
  "summary.org": "Bereitgestellt von {org}",
  "owner.none": "Nichts zu tun",
  "owner.user": "Das können Sie selbst beheben",
  "owner.it": "Nur Ihre IT kann das beheben",
  "ask.heading": "Welche App fragt ständig nach Ihrem Kennwort?",
  "ask.intro":
    "Mit {host} ist nichts falsch, soweit dieser Bereich es sehen kann. Wählen Sie die App, die ständig fragt, dann zeigt er Ihnen die Lösung.",
  "ask.this": "Dieses Outlook",
  "ask.otherComputer": "Outlook auf einem anderen Computer",
  "ask.mac": "Outlook auf einem Mac",
  "ask.phone": "Ein Telefon oder Tablet",
  "ask.other": "Eine andere App oder ein Gerät",
  "ask.phoneHeading": "Welche App auf dem Telefon oder Tablet?",
  "askVersion.heading": "Welches Outlook ist es?",
  "askVersion.help":
    "Auf diesem Computer zeigt Outlook es unter Datei › Office-Konto (auf dem Mac: Outlook › Über Outlook).",
  "askVersion.m365": "Microsoft 365 (Abonnement)",
  "askVersion.year": "{year}",
  "askVersion.older": "{year} oder älter",
  "askVersion.unsure": "Weiß ich nicht",
  "closesHost.app":
    "Der nächste Schritt schließt {client} und damit auch diesen Bereich. Ihre Häkchen bleiben erhalten: Öffnen Sie den Assistenten danach wieder, um weiterzumachen.",
  "closesHost.account":
    "Der nächste Schritt entfernt Ihr Geschäftskonto aus {client} auf diesem Gerät, und dieser Bereich verschwindet damit. Ihre E-Mails bleiben in Ihrem Postfach, und Sie fügen das Konto gleich danach wieder hinzu. Ihre Häkchen bleiben erhalten.",
  "closesHost.device":
    "Der nächste Schritt startet dieses Gerät neu, wodurch dieser Bereich geschlossen wird. Ihre Häkchen bleiben erhalten: Öffnen Sie den Assistenten danach wieder, um weiterzumachen.",
  "closesHost.browser":
    "Der nächste Schritt schließt Ihren Browser und damit auch diesen Bereich. Ihre Häkchen bleiben erhalten: Öffnen Sie den Assistenten danach wieder, um weiterzumachen.",
  "picker.label": "App, die ständig fragt",
  "picker.versionUnknown": "Version unbekannt",
  "picker.change": "Ändern",
  "picker.group.outlook": "Outlook",
  "picker.group.mail": "Andere Mail-Apps",
  "picker.group.devices": "Geräte und andere Apps",
  "picker.version": "Version (optional)",
  "picker.versionHelp.windows":
    "In Outlook: Datei › Office-Konto › Info zu Outlook. Kopieren Sie die Zeile, die mit „Microsoft® Outlook®“ oder „Version“ beginnt.",
  "picker.versionHelp.mac": "In Outlook: Outlook › Über Outlook.",
  "picker.versionHelp.other": "Meist unter Hilfe › Info oder in den Einstellungen der App.",
  "app.outlook-windows-classic": "Outlook für Windows (klassisch)",
  "app.outlook-windows-new": "Neues Outlook für Windows",
  "app.outlook-mac": "Outlook für Mac",
  "app.outlook-web": "Outlook im Web",
  "app.outlook-ios": "Outlook auf iPhone oder iPad",
  "app.outlook-android": "Outlook auf Android",
  "app.apple-mail-macos": "Apple Mail auf dem Mac",
  "app.apple-mail-ios": "Apple Mail auf iPhone oder iPad",
  "app.android-mail": "Mail-App auf Android",
  "app.thunderbird": "Thunderbird",
  "app.other-imap-pop": "Andere IMAP- oder POP-App",
  "app.device-smtp": "Drucker, Scanner oder sendende App",
  "app.other": "Etwas anderes",
  "client.outlook-2010": "Outlook 2010",
  "client.outlook-2013": "Outlook 2013",
  "client.outlook-2016-msi": "Outlook 2016 (MSI)",
  "client.outlook-2019-vl": "Outlook 2019 (Volumenlizenz)",
  "client.outlook-ltsc-2021": "Outlook LTSC 2021",
  "client.outlook-ltsc-2024": "Outlook LTSC 2024",
  "client.m365-version": "Outlook für Microsoft 365 (Version {version})",
  "client.m365-or-later": "Outlook für Microsoft 365 (Version {version} oder höher)",
  "client.m365-older": "Outlook für Microsoft 365 (älter als Version {version})",
  "client.outlook-mac-2011": "Outlook für Mac 2011",
  "client.outlook-mac-2016": "Outlook 2016 für Mac",
  "client.outlook-mac-2019": "Outlook 2019 für Mac",
  "client.outlook-mac-current": "Outlook für Mac",
  "client.outlook-mac-or-later": "Outlook für Mac ({version} oder höher)",
  "client.outlook-mac-version": "Outlook für Mac {version}",
  "client.m365": "Outlook für Microsoft 365",
  "client.outlook-2010-or-older": "Outlook 2010 oder älter",
  "client.outlook-2016": "Outlook 2016",
  "client.outlook-2019": "Outlook 2019",
  "client.outlook-2021": "Outlook 2021",
  "client.outlook-2024": "Outlook 2024",
  "client.outlook-mac-older": "Outlook für Mac 2011 oder älter",
  "client.outlook-mac-2021": "Outlook 2021 für Mac",
  "client.outlook-mac-2024": "Outlook 2024 für Mac",
  "why.heading": "Warum das passiert",
  "guide.heading": "So beheben Sie es",
  "guide.progress": "{done} von {total} erledigt",
  "guide.allDone":
    "Alle Schritte erledigt. Fragt es weiterhin nach Ihrem Kennwort, senden Sie den Bericht an Ihre IT.",
  "guide.clearTicks": "Häkchen entfernen",
  "guide.advanced": "Für Fortgeschrittene (für die IT)",
  "guide.forIt": "Für Ihre IT (auf Englisch)",
  "guide.handoff":
    "Senden Sie Ihrer IT den Bericht mit der Schaltfläche unten im Bereich: Er sagt ihr, was zu prüfen ist.",
  "guide.copy": "Kopieren",
  "guide.copied": "Kopiert",
  "guide.copyFailed": "Kopieren nicht möglich; markieren und kopieren Sie den Text selbst.",
  "guide.download": ".reg-Datei herunterladen",
  "guide.opensOutside": "(öffnet sich in Ihrem Browser)",
  "action.check-network": "Wieder online gehen",
  "action.register-mfa": "Eine Methode zum Bestätigen von Anmeldungen einrichten",
  "action.reset-password": "Ein neues Kennwort wählen",
  "action.clear-cached-credentials": "Neu anmelden, auf die neue Art",
  "action.enable-modern-auth-registry":
    "Übergangslösung: moderne Anmeldung per Registrierung einschalten",
  "action.update-client": "Die App aktualisieren oder ersetzen",
  "action.update-client.outlook-for-mac": "Zu Outlook für Mac wechseln",
  "action.switch-to-modern-auth": "Konto mit „Mit Microsoft anmelden“ einrichten",
  "action.use-app-password": "App-Kennwort verwenden (nur für dieses Gerät)",
  "action.contact-admin": "Ihre IT fragen",
  "action.none": "Nichts zu beheben",
  "checks.heading": "Was wir geprüft haben",
  "checks.tally.ok": "{count} OK",
  "checks.tally.problem": "{count, plural, one {# Problem} other {# Probleme}}",
  "checks.tally.notChecked": "{count} nicht prüfbar",
  "checks.liveOff":
    "Ihre IT hat die Live-Prüfungen nicht eingeschaltet, daher hat der Bereich nur dieses Gerät und die App angesehen. Das ist in Ordnung: Die Schritte oben hängen nicht davon ab.",
  "checks.runAgain": "Erneut prüfen",
  "part.failed":
    "Dieser Teil des Assistenten wurde nicht geladen. Die Antwort oben gilt weiterhin; wählen Sie „Erneut ausführen“, um den Rest zu laden.",
  "part.runAgain": "Erneut ausführen",
  "watchdog.failed":
    "Der Anmelde-Assistent konnte nicht starten: Ein Teil davon ist nicht angekommen. Wählen Sie „Erneut ausführen“; wenn es wieder passiert, wenden Sie sich an Ihre IT-Abteilung.",
  "watchdog.dialogFailed":
    "Die Anmeldung konnte nicht starten: Ein Teil dieser Seite ist nicht angekommen. Wählen Sie „Erneut ausführen“, oder schließen Sie dieses Fenster und versuchen Sie es noch einmal.",
  "watchdog.runAgain": "Erneut ausführen",
  "watchdog.helpDesk": "Ihre IT-Abteilung:",
  "checks.signIn": "Anmelden",
  "checks.signInHelp":
    "Melden Sie sich einmal an, damit der Assistent Ihr Postfach und Ihre Anmeldemethoden prüfen kann.",
  "checks.announce": "{check}: {status}",
  "check.network": "Internet",
  "check.client": "Ihre App",
  "check.token": "Ihr Arbeitskonto kann sich anmelden",
  "check.mailbox": "Ihr Postfach",
  "check.methods": "Ihre Anmeldemethoden",
  "status.pending": "Wird geprüft…",
  "status.ok": "OK",
  "status.problem": "Problem",
  "status.notChecked": "Nicht prüfbar",
  "status.notApplicable": "Betrifft diese App nicht",
  "detail.network.online": "Dieses Gerät ist online.",
  "detail.network.offline": "Dieses Gerät ist offline.",
  "detail.network.unknown": "Es war nicht erkennbar, ob dieses Gerät online ist.",
  "detail.network.elsewhere":
    "Dieses Gerät ist online, aber der Bereich kann das Gerät nicht prüfen, auf dem die fragende App läuft.",
  "detail.client.ok": "Aktuell, und sie meldet sich auf die moderne Art an.",
  "detail.client.selfUpdating": "Immer aktuell, und sie meldet sich auf die moderne Art an.",
  "detail.client.store":
    "Sie meldet sich auf die moderne Art an; Updates kommen aus dem App Store.",
  "detail.client.noModernAuth":
    "Sie kann die Anmeldung, die Microsoft 365 verlangt, nicht verwenden.",
  "detail.client.belowMinimum": "Zu alt für Microsoft 365: Nötig ist mindestens {minimum}.",
  "detail.client.needsRegistry":
    "Sie meldet sich nur mit zwei Registrierungseinstellungen auf die moderne Art an.",
  "detail.client.versionUnknown":
    "Geben Sie oben die Version ein, damit der Bereich sie prüfen kann.",
  "detail.client.versionRejected": "Die angegebene Version hat Microsoft nie veröffentlicht.",
  "detail.client.cantSee": "Der Bereich kann diese App und ihre Einrichtung nicht sehen.",
  "detail.client.modernCapable":
    "Sie kann sich auf die moderne Art anmelden, aber der Bereich kann nicht sehen, wie sie eingerichtet ist.",
  "detail.client.ews":
    "{state, select, removed {Sie erreicht Microsoft 365 nicht mehr: EWS, das sie nutzt, ist endgültig abgeschaltet.} other {Sie erreicht Microsoft 365 über EWS, das Microsoft 365 abschaltet.}}",
  "detail.client.notCurrent":
    "Version {version} erschien im {released} und ist nicht mehr aktuell.",
  "detail.endOfSupport": "Kein Support mehr seit dem {endOfSupport}.",
  "detail.servicedUntil": "Keine Updates mehr seit dem {servicedUntil}.",
  "detail.newerThanKnown":
    "Neuer als die Versionen, die dieser Assistent kennt, daher als aktuell gewertet.",
  "detail.token.ok": "Sie können sich auf die moderne Art bei Microsoft 365 anmelden.",
  "detail.token.failed":
    "Die Anmeldung hat nicht funktioniert; die Einzelheiten für Ihre IT stehen im Bericht.",
  "detail.mailbox.ok": "Ihr Postfach antwortet, wenn Sie sich auf die moderne Art anmelden.",
  "detail.mailbox.failed":
    "Ihr Postfach hat nicht wie erwartet geantwortet; die Einzelheiten stehen im Bericht.",
  "detail.notConfigured": "Ihre IT hat diese Prüfung nicht eingeschaltet.",
  "detail.unsupported": "Dieses Outlook kann diese Prüfung nicht ausführen.",
  "detail.skipped": "Zuerst muss die Anmeldung funktionieren.",
  "detail.offline": "Dieses Gerät ist offline.",
  "detail.timeout": "Microsoft 365 hat nicht rechtzeitig geantwortet.",
  "detail.methods": "Sie können Anmeldungen bestätigen mit: {methods}.",
  "detail.methodsNone": "Es ist noch keine Methode zum Bestätigen von Anmeldungen eingerichtet.",
  "detail.methodsUnknown":
    "Der Bereich konnte nicht lesen, welche Methoden Sie eingerichtet haben.",
  "link.securityInfo": "Sicherheitsinformationen",
  "link.authenticatorDownload": "Microsoft Authenticator herunterladen",
  "link.sspr": "Kennwort zurücksetzen",
  "link.changePassword": "Kennwort ändern",
  "link.msaSecurity": "Sicherheit des Microsoft-Kontos",
  "link.outlookPasswordPromptDiag": "Microsoft-Problembehandlung für Kennwortabfragen",
  "link.connectivityAnalyzer": "Microsoft Remote Connectivity Analyzer",
  "link.modernAuthOffice2013": "Microsoft: Moderne Authentifizierung in älterem Outlook aktivieren",
  "link.updateOffice": "Microsoft: Welche Office-Versionen sich verbinden können",
  "link.macKeychainKb": "Microsoft: Outlook für Mac fragt ständig nach dem Kennwort",
  "link.appPasswordsHelp": "Microsoft: App-Kennwörter",
  "link.appleMailMac": "Apple: Mail-Account auf dem Mac hinzufügen",
  "link.appleMailIos": "Apple: Mail-Account auf dem iPhone hinzufügen",
  "link.thunderbirdOauth": "Mozilla: Thunderbird mit Microsoft OAuth",
  "link.outlookMobile": "Microsoft: Outlook für iOS und Android",
  "link.outlookForMac": "Outlook für Mac herunterladen",
  "link.smtpAuthTimeline": "Microsoft: Zeitplan für SMTP AUTH",
  "link.smtpAuthMailbox": "Microsoft: SMTP AUTH für ein Postfach zulassen",
  "link.outlookPromptAdminDiag": "Microsoft 365 Admin Center: Diagnose für Kennwortabfragen",
  "link.helpDesk": "Website von {name}",
  "handoff.heading": "Hilfe von der IT",
  "handoff.copy": "Bericht kopieren",
  "handoff.copyForIt": "Bericht für die IT kopieren",
  "handoff.copied": "Kopiert",
  "handoff.copiedStatus":
    "Bericht kopiert. Fügen Sie ihn in ein Ticket oder eine E-Mail an Ihre IT ein.",
  "handoff.copyFailed":
    "Der Bericht konnte nicht kopiert werden. Markieren Sie den Text unten und kopieren Sie ihn.",
  "handoff.send": "An die IT senden",
  "handoff.sent":
    "Eine neue Nachricht an die IT ist geöffnet. Prüfen Sie sie und wählen Sie Senden.",
  "handoff.mailto":
    "Ihre Mail-App sollte eine Nachricht an die IT öffnen. Falls nicht, verwenden Sie „Bericht kopieren“.",
  "handoff.sendFailed":
    "Es konnte keine neue Nachricht geöffnet werden. Verwenden Sie stattdessen „Bericht kopieren“.",
  "handoff.noAddress":
    "Ihre IT hat keine Helpdesk-Adresse hinterlegt. Kopieren Sie den Bericht und fügen Sie ihn im üblichen Kanal Ihres Helpdesks ein.",
  "handoff.contact": "{name}: {email} {phone}",
  "handoff.intro":
    "Hallo, der Anmelde-Assistent hat dieses Problem gefunden. Die Details stehen unten.",
  "handoff.userNote": "In meinen eigenen Worten:",
  "handoff.reportFacts": "Technische Details (Faktenbericht)",
  "prompt.heading": "Wie sieht die Kennwortabfrage aus? (optional)",
  "prompt.unknown": "Weiß nicht",
  "prompt.windows-security": "Ein kleines Windows-Sicherheitsfenster",
  "prompt.microsoft-window": "Das Microsoft-Anmeldefenster",
  "prompt.mac-keychain": "Ein Schlüsselbund-Dialog auf dem Mac",
  "prompt.other": "Etwas anderes",
  "note.label": "Sollte Ihre IT noch etwas wissen? (optional)",
  "note.hint":
    "In Ihren eigenen Worten, zum Beispiel seit wann es passiert. Geben Sie hier nie ein Kennwort ein.",
  "config.warning": "Konfigurationsprobleme (für Ihre IT): {fields}",
  "auth.cancelled":
    "Die Anmeldung wurde abgebrochen. Wählen Sie „Anmelden“, um es erneut zu versuchen.",
  "auth.popupBlocked":
    "Das Anmeldefenster wurde blockiert. Erlauben Sie Pop-ups für Outlook und wählen Sie dann „Anmelden“.",
  "auth.inProgress":
    "Ein Anmeldefenster ist bereits geöffnet. Schließen Sie die Anmeldung dort ab und wählen Sie dann „Erneut prüfen“.",
  "auth.failed": "Die Anmeldung hat nicht funktioniert ({code}).",
  "placeholder.email": "sie@example.com",
  "contact.it": "IT-Helpdesk",
  "contact.call": "Anrufen",
  "contact.email": "E-Mail",
  "contact.web": "Website",
  "handoff.askInstead": "Lieber die IT fragen",
  "sheet.title": "Ihr Bericht für die IT",
  "sheet.caveat":
    "Die Nachricht geht nur raus, wenn dieses Outlook E-Mails senden kann. Falls nicht, rufen Sie die IT an oder nutzen Sie deren Website:",
  "sheet.caveatNoContact":
    "Die Nachricht geht nur raus, wenn dieses Outlook E-Mails senden kann. Falls nicht, nutzen Sie weiter unten „Bericht kopieren“ und senden Sie ihn von einem anderen Gerät.",
  "sheet.close": "Schließen",
  "keep.open": "Im Browser öffnen",
  "keep.summary": "Schließt diesen Bereich: Schritte behalten",
  "keep.qr": "QR-Code oder drucken",
  "keep.qrLabel": "QR-Code mit dem Link zu diesen Schritten",
  "keep.print": "Schritte drucken",
  "resume.heading": "Wo Sie aufgehört haben",
  "resume.where": "Willkommen zurück: {done, plural, one {# Schritt} other {# Schritte}} erledigt.",
  "resume.next": "Als Nächstes: {step}",
  "resume.allDone": "Sie haben alle Schritte erledigt.",
  "resume.goNext": "Zum nächsten Schritt",
  "resume.check": "Prüfen, ob es jetzt funktioniert",
  "versionBox.label": "Oder geben Sie die Version ein, die Outlook anzeigt",
  "step.network.connection":
    "Prüfen Sie, ob WLAN oder Netzwerkkabel verbunden sind und der Flugmodus aus ist.",
  "step.network.vpn":
    "Wenn Sie ein VPN oder einen Proxy verwenden, trennen Sie es und versuchen Sie es erneut, oder fragen Sie die IT, ob Microsoft 365 darüber erreichbar ist.",
  "step.network.browser":
    "Öffnen Sie Outlook im Web in einem Browser. Lädt es auch nicht, liegt das Problem am Netzwerk, nicht an {generic, select, yes {der App} other {{client}}}.",
  "step.network.admin":
    "Die IT kann die Verbindung zu Microsoft 365 mit dem Remote Connectivity Analyzer von Microsoft testen.",
  "step.network.again":
    "Sobald Sie wieder online sind, öffnen Sie diesen Assistenten erneut, um zu prüfen, ob alles funktioniert.",
  "step.mfa.open":
    "Öffnen Sie die Sicherheitsinformationen und melden Sie sich mit Ihrem Geschäftskonto an.",
  "step.mfa.add":
    "Wenn keine Methode aufgeführt ist, wählen Sie „Anmeldemethode hinzufügen“ und dann Microsoft Authenticator.",
  "step.mfa.app":
    "Installieren Sie Microsoft Authenticator auf Ihrem Telefon und folgen Sie den Anweisungen. Richten Sie ihn auf demselben Telefon ein, auf dem Sie dies lesen? Wählen Sie dann die Option, per Link zu koppeln, statt den QR-Code zu scannen.",
  "step.mfa.return":
    "Wechseln Sie zurück zu {generic, select, yes {der App} other {{client}}}, melden Sie sich erneut an und bestätigen Sie die Anfrage auf Ihrem Telefon.",
  "step.reset.open": "Öffnen Sie die Seite zum Zurücksetzen des Kennworts.",
  "step.reset.verify":
    "Geben Sie Ihre geschäftliche Adresse ein, bestätigen Sie mit Ihrer registrierten Methode, dass Sie es sind, und wählen Sie ein neues Kennwort.",
  "step.reset.change":
    "Wenn Sie Ihr aktuelles Kennwort noch kennen, können Sie es stattdessen hier ändern.",
  "step.reset.signIn":
    "Melden Sie sich mit dem neuen Kennwort bei {generic, select, yes {der App} other {{client}}} an. Wird weiterhin das alte angeboten, entfernen Sie auch dort das gespeicherte Kennwort.",
  "step.gentleWin.signOut":
    "Wählen Sie in Outlook Datei › Office-Konto und dann Abmelden (unter Benutzerinformationen). Schließen Sie danach Outlook und die anderen Office-Apps.",
  "step.gentleWin.signIn":
    "Öffnen Sie Outlook wieder und melden Sie sich im Microsoft-Anmeldefenster mit Ihrem Arbeitskonto an. Geben Sie Ihr Kennwort nicht in ein kleines graues Windows-Sicherheitsfenster ein.",
  "step.gentleMac.signOut":
    "Wählen Sie in der Menüleiste Outlook › Abmelden. Beenden Sie danach Outlook und die anderen Office-Apps.",
  "step.gentleMac.signIn":
    "Öffnen Sie Outlook wieder und melden Sie sich im Microsoft-Anmeldefenster mit Ihrem Arbeitskonto an.",
  "step.gentle.approve":
    "Bestätigen Sie die Anmeldung auf Ihrem Telefon (Microsoft Authenticator) oder geben Sie den erhaltenen Code ein. Die Abfragen sollten aufhören.",
  "step.gentle.troubleshooter":
    "Fragt es weiterhin? Die Problembehandlung von Microsoft für Kennwortabfragen prüft diesen Computer auf die üblichen Ursachen.",
  "step.clearWin.close": "Schließen Sie Outlook und die anderen Office-Apps (Word, Excel, Teams).",
  "step.clearWin.open":
    "Öffnen Sie die Anmeldeinformationsverwaltung: Start wählen, „Anmeldeinformationsverwaltung“ eingeben, öffnen und „Windows-Anmeldeinformationen“ wählen.",
  "step.clearWin.remove":
    "Entfernen Sie unter „Generische Anmeldeinformationen“ alle Einträge, die mit MicrosoftOffice15_Data oder MicrosoftOffice16_Data beginnen, sowie alle mit Outlook oder Office16 im Namen.",
  "step.clearWin.list":
    "Oder listen Sie die Office-Einträge in der Eingabeaufforderung mit diesem Befehl auf:",
  "step.clearWin.delete":
    "Löschen Sie dann die Einträge für Ihre Adresse ({email}) mit diesen Befehlen. „Element nicht gefunden“ bedeutet, dass der Eintrag schon weg ist.",
  "step.clearWin.restart":
    "Starten Sie den Computer neu, öffnen Sie Outlook und melden Sie sich an, wenn das Microsoft-Anmeldefenster erscheint.",
  "step.clearMac.quit": "Beenden Sie Outlook und alle anderen Office-Apps.",
  "step.clearMac.open":
    "Öffnen Sie die Schlüsselbundverwaltung: Drücken Sie Befehl-Leertaste, geben Sie Schlüsselbundverwaltung ein und öffnen Sie sie.",
  "step.clearMac.delete":
    "Suchen Sie nach jedem dieser Namen und löschen Sie alle gefundenen Objekte (es kann mehrere ADAL-Objekte geben; löschen Sie alle):",
  "step.clearMac.restart":
    "Öffnen Sie Outlook wieder und melden Sie sich im Microsoft-Anmeldefenster an.",
  "step.clearPhone.remove":
    "Öffnen Sie in Outlook auf dem Telefon die Einstellungen, tippen Sie auf Ihr Geschäftskonto und wählen Sie „Konto löschen“ (nur von diesem Gerät).",
  "step.clearPhone.restart": "Starten Sie das Telefon neu.",
  "step.clearPhone.add":
    "Öffnen Sie Outlook, fügen Sie Ihr Geschäftskonto wieder hinzu, melden Sie sich auf der Microsoft-Seite an und bestätigen Sie die Anfrage.",
  "step.clearPhone.what":
    "Wenn Sie das Konto löschen, verschwinden Ihre geschäftlichen E-Mails, Termine und Kontakte nur aus {client} auf diesem Telefon. Sie bleiben in Ihrem Postfach und kommen zurück, sobald Sie das Konto im letzten Schritt wieder hinzufügen.",
  "step.clearWeb.signOut":
    "Wählen Sie in {client} oben rechts Ihr Bild oder Ihre Initialen und melden Sie sich ab.",
  "step.clearWeb.closeBrowser":
    "Schließen Sie alle Browserfenster (bzw. das neue Outlook) vollständig.",
  "step.clearWeb.signIn": "Öffnen Sie es wieder und melden Sie sich mit Ihrem Geschäftskonto an.",
  "step.clearWeb.readdNew":
    "Fragt das neue Outlook weiterhin? Öffnen Sie Einstellungen › Konten › E-Mail-Konten, entfernen Sie das Arbeitskonto (Verwalten › Entfernen) und fügen Sie es erneut hinzu.",
  "step.clearWeb.privateWindow":
    "Fragt es im Browser weiterhin? Öffnen Sie Outlook im Web in einem privaten Fenster. Klappt es dort, löschen Sie in diesem Browser die Cookies für die Microsoft-Anmeldung.",
  "step.clearApp.remove":
    "Entfernen Sie in {generic, select, yes {der App} other {{client}}} das gespeicherte Kennwort oder das Konto.",
  "step.clearApp.signIn": "Fügen Sie das Konto wieder hinzu und melden Sie sich an.",
  "step.reg2013.updateFirst":
    "Am besten: Ersetzen Sie {client}, für das es seit dem {endOfSupport} keinen Support mehr gibt, durch Outlook für Microsoft 365 oder das neue Outlook. Fragen Sie Ihre IT, wie.",
  "step.reg2013.updateBeforeEnd":
    "Am besten: Wechseln Sie von {client} zu Outlook für Microsoft 365 oder dem neuen Outlook, bevor der Support am {endOfSupport} endet. Fragen Sie Ihre IT, wie.",
  "step.reg2013.minimum":
    "Nur als Übergangslösung: Installieren Sie alle Updates für {client}, damit es mindestens Version {minimumBuild} hat (über Windows Update oder, wo vorhanden, Datei › Office-Konto › Updateoptionen).",
  "step.reg2013.close": "Schließen Sie Outlook.",
  "step.reg2013.apply":
    "Fügen Sie diese Registrierungswerte hinzu: Führen Sie die Befehle in der Eingabeaufforderung aus, oder laden Sie die .reg-Datei herunter und öffnen Sie sie.",
  "step.reg2013.restart": "Starten Sie Outlook und melden Sie sich im Microsoft-Anmeldefenster an.",
  "step.replace.why":
    "{client} kann die moderne Anmeldung, die Microsoft 365 verlangt, nicht nutzen, und kein Update ändert das. Seit dem {endOfSupport} gibt es keinen Support mehr, daher muss es ersetzt werden.",
  "step.replace.windows":
    "Bitten Sie Ihre IT, ein unterstütztes Outlook zu installieren, etwa Outlook für Microsoft 365 oder das neue Outlook für Windows.",
  "step.replace.mac": "Bitten Sie Ihre IT, das aktuelle Outlook für Mac zu installieren.",
  "step.replace.web":
    "Bis dahin können Sie Ihre E-Mails in Outlook im Web in einem beliebigen Browser lesen und senden.",
  "step.org.who":
    "{client} wird von Ihrer Organisation aktualisiert (über Windows Update, WSUS oder eigene Werkzeuge), nicht in Outlook selbst.",
  "step.org.minimum":
    "Für die Verbindung mit Microsoft 365 ist mindestens Version {minimum} nötig.",
  "step.org.outOfSupport":
    "Seit dem {endOfSupport} gibt es keinen Support mehr, auch nicht für das neueste Update.",
  "step.org.askMove":
    "Bitten Sie Ihre IT um ein unterstütztes Outlook, etwa Outlook für Microsoft 365 oder das neue Outlook.",
  "step.org.askUpdate": "Bitten Sie Ihre IT, die neuesten Updates dafür zu installieren.",
  "step.c2r.check": "Wählen Sie in Outlook Datei › Office-Konto, um Ihre Version zu sehen.",
  "step.c2r.belowMinimum": "Sie haben {client}; Microsoft 365 verlangt mindestens {minimum}.",
  "step.c2r.outOfServicing":
    "Sie haben {client}; diese Version bekommt seit dem {servicedUntil} keine Updates mehr.",
  "step.c2rPerpetual.meanwhile":
    "Installieren Sie bis dahin die neuesten Updates: Wählen Sie in Outlook Datei › Office-Konto › Updateoptionen › Jetzt aktualisieren und starten Sie Outlook danach neu.",
  "step.office2013.who":
    "{client} bekommt Updates entweder über Windows Update oder die Werkzeuge Ihrer Organisation oder, wenn unter Datei › Office-Konto „Updateoptionen“ angezeigt wird, dort (Updateoptionen › Jetzt aktualisieren).",
  "step.c2r.update":
    "Wählen Sie in Outlook Datei › Office-Konto › Updateoptionen › Jetzt aktualisieren und starten Sie Outlook danach neu.",
  "step.c2r.managed":
    "Fehlen die Updateoptionen oder sind sie ausgegraut, verwaltet Ihre Organisation die Updates: Bitten Sie Ihre IT, Office zu aktualisieren.",
  "step.updateWin.find":
    "Wählen Sie in Outlook Datei › Office-Konto, um zu sehen, welches Outlook Sie haben.",
  "step.updateWin.c2r":
    "Sehen Sie dort Updateoptionen, wählen Sie Updateoptionen › Jetzt aktualisieren und starten Sie Outlook danach neu.",
  "step.updateWin.managed":
    "Gibt es keine Schaltfläche „Updateoptionen“, aktualisiert Ihre Organisation Office (über Windows Update oder eigene Werkzeuge): Wenden Sie sich an Ihre IT.",
  "step.updateMac.autoupdate":
    "Wählen Sie in Outlook Hilfe › Nach Updates suchen und installieren Sie alles, was Microsoft AutoUpdate anbietet.",
  "step.updateMac.restart":
    "Starten Sie Outlook neu und melden Sie sich an, wenn das Microsoft-Anmeldefenster erscheint.",
  "step.macLicence.why":
    "Für {client} gibt es seit dem {endOfSupport} keinen Support mehr, und die Lizenz erhält nach Version {lastVersion} keine Updates.",
  "step.macLicence.ask":
    "Bitten Sie Ihre IT um eine aktuelle Lizenz (Microsoft 365 oder ein unterstütztes Office für Mac) oder um das aktuelle Outlook für Mac.",
  "step.selfUpdate.reopen":
    "{client} aktualisiert sich selbst: Schließen Sie es vollständig und öffnen Sie es erneut.",
  "step.selfUpdate.still":
    "Fragt es weiterhin nach dem Kennwort, melden Sie sich ab, schließen es und melden sich erneut an.",
  "step.updatePhone.store": "Aktualisieren Sie Outlook über den App Store oder Google Play.",
  "step.updatePhone.signIn": "Öffnen Sie Outlook und melden Sie sich bei Bedarf erneut an.",
  "step.outlookMac.install":
    "Laden Sie Outlook für Mac von Microsoft herunter oder bitten Sie Ihre IT, es zu installieren.",
  "step.outlookMac.add":
    "Öffnen Sie Outlook, fügen Sie Ihr Geschäftskonto hinzu und melden Sie sich auf der Microsoft-Seite an.",
  "step.outlookMac.web":
    "Bis dahin nutzen Sie Outlook im Web in Safari oder einem anderen Browser.",
  "step.updateOther.modern":
    "{generic, select, yes {Diese App} other {{client}}} kann sich nicht so anmelden, wie Microsoft 365 es verlangt. Nutzen Sie eine App, die „Mit Microsoft anmelden“ (OAuth) unterstützt.",
  "step.updateOther.outlook":
    "Outlook für iOS und Android, Outlook für Windows und Mac sowie Outlook im Web funktionieren.",
  "step.appleIos.delete":
    "Öffnen Sie Einstellungen › Apps › Mail › Mail-Accounts (bis iOS {oldIos}: Einstellungen › Mail › Accounts), tippen Sie auf das Geschäftskonto und wählen Sie „Account löschen“.",
  "step.appleIos.add":
    "Tippen Sie auf „Account hinzufügen“ › Microsoft Exchange, geben Sie Ihre geschäftliche Adresse ein und wählen Sie „Anmelden“ (nicht „Manuell konfigurieren“).",
  "step.appleIos.signIn":
    "Melden Sie sich auf der Microsoft-Seite an, bestätigen Sie die Anfrage und wählen Sie, was synchronisiert werden soll.",
  "step.appleMac.ewsNote":
    "Das hilft nur, solange Ihre Organisation EWS für Apple Mail eingeschaltet lässt, und ab dem {ewsRemovedOn} gar nicht mehr; dauerhaft hilft Outlook für Mac.",
  "step.appleMac.remove":
    "Öffnen Sie in Mail Einstellungen › Accounts, wählen Sie das Geschäftskonto und entfernen Sie es mit der Minus-Taste.",
  "step.appleMac.add":
    "Wählen Sie Mail › Account hinzufügen › Microsoft Exchange, geben Sie Name und geschäftliche Adresse ein und wählen Sie „Anmelden“.",
  "step.appleMac.signIn":
    "Melden Sie sich auf der Microsoft-Seite an und bestätigen Sie die Anfrage.",
  "step.thunderbird.incoming":
    "Öffnen Sie Konten-Einstellungen › Server-Einstellungen und stellen Sie die Authentifizierungsmethode auf OAuth2.",
  "step.thunderbird.outgoing":
    "Öffnen Sie Postausgang-Server (SMTP), bearbeiten Sie den Server dieses Kontos und stellen Sie die Authentifizierungsmethode auf OAuth2.",
  "step.thunderbird.servers":
    "Prüfen Sie die Server: eingehend IMAP über Port {imapPort} (oder POP über Port {popPort}) mit SSL/TLS, ausgehend SMTP über Port {smtpPort} mit STARTTLS. Die Servernamen:",
  "step.thunderbird.signIn":
    "Starten Sie Thunderbird neu und melden Sie sich im Microsoft-Fenster an. Verlangt es die Zustimmung eines Administrators, fragen Sie die IT.",
  "step.device.oauth":
    "Suchen Sie in den Mail-Einstellungen des Geräts oder der App nach „Mit Microsoft anmelden“, OAuth oder moderner Authentifizierung und verwenden Sie diese Option.",
  "step.device.firmware":
    "Gibt es keine solche Option, kann ein Firmware- oder Software-Update sie nachrüsten.",
  "step.device.admin":
    "Andernfalls kann Ihre IT einen anderen Versandweg einrichten, etwa High Volume Email von Microsoft (für E-Mails innerhalb Ihrer Organisation), ein Relay oder einen Connector.",
  "step.genericOauth.find":
    "Öffnen Sie die Kontoeinstellungen {generic, select, yes {der App} other {von {client}}} und suchen Sie nach „Mit Microsoft anmelden“, OAuth2 oder moderner Authentifizierung.",
  "step.genericOauth.readd":
    "Entfernen Sie das Konto und fügen Sie es mit dieser Option wieder hinzu. Ein einfaches Kennwort funktioniert mit Microsoft 365 nicht mehr.",
  "step.genericOauth.outlook":
    "Fehlt {generic, select, yes {der App} other {{client}}} diese Option, ist keine Verbindung mehr möglich: Nutzen Sie Outlook für iOS und Android oder Outlook im Web.",
  "step.appPw.why":
    "App-Kennwörter funktionieren mit Microsoft 365 nicht für Outlook, Apple Mail, Thunderbird oder andere Mail-Apps. Sie gehen nur noch für ein Gerät oder Programm, das E-Mails sendet (SMTP).",
  "step.appPw.whyOff":
    "Seit dem {offSince} schaltet Microsoft 365 die Kennwortanmeldung beim Senden von E-Mails (SMTP AUTH) standardmäßig aus. Ein App-Kennwort funktioniert nur, wenn Ihre IT sie für Ihre Organisation wieder eingeschaltet hat.",
  "step.appPw.mailbox":
    "SMTP AUTH muss außerdem für das Postfach erlaubt sein, von dem das Gerät sendet, und Exchange Online schaltet es standardmäßig aus: Bitten Sie Ihre IT, es zu erlauben. Noch besser: Bitten Sie um ein eigenes Postfach für das Gerät, statt Ihr persönliches zu verwenden.",
  "step.appPw.create":
    "Öffnen Sie die Sicherheitsinformationen, wählen Sie „Anmeldemethode hinzufügen“ › App-Kennwort, benennen Sie es nach dem Gerät (z. B. „Scanner 2. OG“) und kopieren Sie das Kennwort. Es wird nur einmal angezeigt.",
  "step.appPw.paste":
    "Tragen Sie in den Mail-Einstellungen (SMTP) des Geräts Ihre Adresse als Benutzernamen und das App-Kennwort als Kennwort ein, Port {smtpPort} mit STARTTLS und diesen Server. Speichern Sie und senden Sie eine Testnachricht.",
  "step.appPw.deadline":
    "Nach dem {deadline} (noch {days, plural, one {# Tag} other {# Tage}}) schaltet Microsoft 365 diese Art der Anmeldung standardmäßig aus. Bitten Sie Ihre IT vorher um eine dauerhafte Lösung.",
  "step.appPw.finalDate":
    "{when, select, upcoming {Microsoft kündigt in der {half, select, 1 {ersten} other {zweiten}} Jahreshälfte {year} an, wann das endgültig endet.} due {Microsoft will in der {half, select, 1 {ersten} other {zweiten}} Jahreshälfte {year}, die schon begonnen hat, ankündigen, wann das endgültig endet: Das Datum finden Sie im Zeitplan.} other {Microsoft wollte in der {half, select, 1 {ersten} other {zweiten}} Jahreshälfte {year} ankündigen, wann das endgültig endet; dieser Assistent kennt das Datum noch nicht, prüfen Sie daher den Zeitplan.}} Bitten Sie Ihre IT schon jetzt um eine dauerhafte Lösung.",
  "step.none.ok": "Alles, was der Assistent prüfen kann, funktioniert.",
  "step.none.pick":
    "Fragt eine App weiterhin nach Ihrem Kennwort, wählen Sie sie oben unter „App, die ständig fragt“.",
  "step.note.elsewhere":
    "{generic, select, yes {Führen Sie die Schritte dort aus, wo diese App läuft, nicht hier in {host}.} other {Führen Sie die Schritte dort aus, wo {client} läuft, nicht hier in {host}.}}",
  "step.note.noAppPassword":
    "App-Kennwörter funktionieren mit Microsoft 365 nicht für {generic, select, yes {Mail-Apps} other {{client}}}: Erstellen Sie keines.",
  "step.mfaSetup.moreInfo":
    "Wenn im Anmeldefenster „Weitere Informationen erforderlich“ steht, möchte Ihre Organisation, dass Sie einen zweiten Anmeldeschritt (MFA) einrichten. Wählen Sie „Weiter“ und richten Sie Microsoft Authenticator oder eine andere Methode ein. Oder richten Sie sie zuerst in den Sicherheitsinformationen ein und melden Sie sich dann erneut an.",
  "step.mfaSetup.noPhone":
    "Kein Smartphone? Wählen Sie „Ich möchte eine andere Methode einrichten“ und dann einen Anruf, eine SMS oder einen Sicherheitsschlüssel. Wenn nichts davon für Sie passt, bitten Sie die IT, Ihnen beim Einrichten zu helfen.",
  "finding.client-current":
    "{client} kann sich mit moderner Authentifizierung anmelden und ist aktuell.",
  "finding.client-no-modern-auth":
    "{client} kann die moderne Anmeldung, die Microsoft 365 verlangt, nicht verwenden und wird deshalb immer wieder nach Ihrem Kennwort fragen.",
  "finding.client-below-minimum":
    "{client} ist zu alt für Microsoft 365; nötig ist mindestens {minimum}.",
  "finding.client-needs-registry":
    "{client} kann die moderne Anmeldung erst verwenden, wenn zwei Registrierungseinstellungen eingeschaltet sind.",
  "finding.client-out-of-support":
    "Für {client} gibt es seit dem {endOfSupport} keinen Support mehr; planen Sie ein Update.",
  "finding.client-old-build":
    "{client} bekommt seit dem {servicedUntil} keine Updates mehr; mit den neuesten Updates funktioniert die Anmeldung weiter.",
  "finding.client-mac-not-current":
    "{client} erschien im {released}; Microsoft unterstützt nur aktuelle Versionen von Outlook für Mac. Installieren Sie daher die neuesten Updates mit Microsoft AutoUpdate.",
  "finding.client-mac-reduced-functionality":
    "Seit dem {since} öffnen sich Versionen von Office für Mac vor {fixedIn}, wie {client}, womöglich nur im Modus mit eingeschränkter Funktionalität (nur Lesen); ein Update mit Microsoft AutoUpdate behebt das.",
  "finding.client-version-unknown":
    "Welche Version von {client} Sie haben, ließ sich nicht erkennen; wählen Sie sie oben aus, um eine genauere Antwort zu erhalten.",
  "finding.client-version-unrecognised":
    "Die angegebene Version von {client} hat Microsoft so nicht veröffentlicht; kopieren Sie sie erneut aus dem Info-Fenster der App.",
  "finding.client-version-not-understood":
    "Wir haben die angegebene Version von {client} nicht erkannt, daher passen diese Schritte für jede Version. Wählen Sie sie aus der Liste, oder kopieren Sie sie aus dem Info-Fenster der App.",
  "finding.client-modern-auth-unknown":
    "{generic, select, yes {Diese App} other {{client}}} unterstützt die moderne Anmeldung (OAuth) vielleicht nicht; prüfen Sie die Kontoeinstellungen oder nutzen Sie stattdessen Outlook.",
  "finding.client-set-up-with-password":
    "{client} ist vermutlich mit einem Kennwort statt mit „Mit Microsoft anmelden“ eingerichtet, was Microsoft 365 nicht mehr akzeptiert.",
  "finding.cached-credentials-likely":
    "{client} hält vermutlich an einem alten gespeicherten Kennwort oder einer alten Anmeldung fest; wenn Sie sie entfernen, meldet es sich neu an.",
  "finding.host-differs":
    "{generic, select, yes {Führen Sie die Schritte dort aus, wo diese App läuft, nicht hier in {host}.} other {Führen Sie die Schritte dort aus, wo {client} läuft, nicht hier in {host}.}}",
  "finding.apple-mail-ews-retiring":
    "{client} verbindet sich über EWS mit Microsoft 365. Microsoft beginnt am {ewsOffFrom}, EWS abzuschalten, und schaltet es am {ewsRemovedOn} endgültig ab; dauerhaft hilft Outlook für Mac.",
  "finding.apple-mail-ews-off":
    "{client} verbindet sich über EWS mit Microsoft 365, und Microsoft schaltet EWS seit dem {ewsOffFrom} ab. Ihre IT kann es bis zum {ewsRemovedOn} noch zulassen; das Konto neu einzurichten hilft also nur, solange sie das tut. Ab dem {ewsRemovedOn} kann das niemand mehr, und dauerhaft hilft Outlook für Mac.",
  "finding.apple-mail-ews-removed":
    "{client} verbindet sich über EWS mit Microsoft 365, und EWS ist seit dem {ewsRemovedOn} endgültig abgeschaltet; niemand kann es wieder einschalten. Nutzen Sie Outlook für Mac oder Outlook im Web.",
  "finding.eas-minimum":
    "{state, select, upcoming {Ab dem {refusedFrom} lehnt Microsoft 365 Mail-Apps auf Telefonen ab, die für das aktuelle Exchange ActiveSync zu alt sind (ältere Versionen von iPhone-Mail, Gmail oder Samsung Email): Verbindet sich die App nicht mehr, aktualisieren Sie das System des Telefons oder die App, oder nutzen Sie Outlook für iOS und Android.} other {Seit dem {refusedFrom} lehnt Microsoft 365 Mail-Apps auf Telefonen ab, die für das aktuelle Exchange ActiveSync zu alt sind (ältere Versionen von iPhone-Mail, Gmail oder Samsung Email): Verbindet sich die App gar nicht, aktualisieren Sie das System des Telefons oder die App, oder nutzen Sie Outlook für iOS und Android.}}",
  "finding.new-outlook-switch":
    "Seit {month} stellt Microsoft Arbeitskonten einmalig auf das neue Outlook um. Sieht Outlook plötzlich anders aus und fragt nach einer Anmeldung, wurden Sie womöglich nur umgestellt: Melden Sie sich an, oder wechseln Sie mit dem Schalter „Neues Outlook“ oder über Hilfe › Zum klassischen Outlook wechseln zurück.",
  "finding.account-on-premises":
    "Ihr Postfach liegt auf dem eigenen Exchange-Server Ihrer Organisation, daher verwaltet Ihre IT die Anmeldung.",
  "finding.account-outlook-com":
    "Dies ist ein privates Outlook.com-Konto, daher gelten Einstellungen für Geschäftskonten hier nicht.",
  "finding.account-gmail":
    "Dies ist ein Gmail-Konto; Kennwort und Anmeldung werden von Google verwaltet, nicht von Microsoft.",
  "finding.offline":
    "Dieses Gerät ist offline, daher erreicht nichts Microsoft 365, bis die Verbindung wieder da ist.",
  "finding.network-timeout":
    "Microsoft 365 hat nicht rechtzeitig geantwortet; Ihr Netzwerk ist vielleicht langsam oder blockiert die Verbindung.",
  "finding.token-ok": "Sie können sich mit moderner Authentifizierung bei Microsoft 365 anmelden.",
  "finding.token-not-configured":
    "Ihre IT hat die Live-Anmeldeprüfung nicht eingeschaltet, daher beruht diese Diagnose auf dem, was der Bereich auf diesem Gerät sehen kann.",
  "finding.token-unsupported":
    "Dieses Outlook kann die Live-Anmeldeprüfung nicht ausführen, daher beruht diese Diagnose auf dem, was der Bereich auf diesem Gerät sehen kann.",
  "finding.token-timeout": "Die Anmeldeprüfung hat zu lange gedauert und wurde abgebrochen.",
  "finding.token-failed":
    "Die Live-Anmeldeprüfung hat nicht funktioniert; die Einzelheiten für Ihre IT stehen im Bericht.",
  "finding.signin-mfa-required":
    "Ihre Organisation verlangt jetzt bei der Anmeldung einen zweiten Schritt, der noch nicht abgeschlossen ist.",
  "finding.signin-mfa-registration-required":
    "Sie müssen zuerst eine Möglichkeit einrichten, Anmeldungen zu bestätigen, etwa die App Microsoft Authenticator.",
  "finding.signin-mfa-not-completed":
    "Der zweite Anmeldeschritt wurde nicht abgeschlossen; versuchen Sie es erneut und bestätigen Sie die Anfrage. Wenn die Authenticator-App Ihr Arbeitskonto auf diesem Telefon ablehnt (das tut sie auf gejailbreakten oder gerooteten Telefonen), richten Sie unter „Sicherheitsinformationen“ eine andere Methode oder ein anderes Telefon ein.",
  "finding.signin-blocked-by-policy":
    "Die Sicherheitsregeln Ihrer Organisation haben die Anmeldeprüfung dieses Assistenten blockiert; nur Ihre IT kann sie zulassen, und der Bericht sagt ihr, nach welcher Anmeldung sie suchen muss.",
  "finding.signin-device-not-compliant":
    "Ihre Organisation erlaubt die Anmeldung nur von verwalteten Geräten, und dieses erfüllt die Bedingungen noch nicht.",
  "finding.signin-account-locked":
    "Ihr Konto ist nach zu vielen Versuchen gesperrt; warten Sie eine Weile oder bitten Sie Ihre IT, es zu entsperren.",
  "finding.signin-password-expired":
    "Ihr Kennwort ist abgelaufen und muss geändert werden, bevor sich irgendetwas anmelden kann.",
  "finding.signin-wrong-password":
    "Das verwendete Kennwort ist falsch; meist ist ein altes gespeichertes Kennwort die Ursache.",
  "finding.signin-account-disabled":
    "Ihr Konto ist deaktiviert; nur Ihre IT kann es wieder aktivieren.",
  "finding.signin-session-revoked":
    "Ihre Anmeldung wurde beendet (z. B. nach einer Kennwortänderung); Sie müssen sich nur erneut anmelden.",
  "finding.signin-account-not-in-tenant":
    "Dieses Konto ist im Microsoft 365 Ihrer Organisation nicht bekannt; prüfen Sie die Adresse oder fragen Sie Ihre IT.",
  "finding.signin-consent-required":
    "Ihre IT muss den Zugriff dieses Assistenten noch genehmigen, bevor die Live-Prüfung laufen kann.",
  "finding.signin-app-misconfigured":
    "Dieser Assistent ist von Ihrer IT noch nicht richtig eingerichtet, daher kann die Live-Prüfung nicht laufen.",
  "finding.signin-user-not-assigned":
    "Ihre IT hat Ihnen noch keinen Zugriff auf die Live-Prüfung dieses Assistenten gegeben.",
  "finding.signin-popup-blocked":
    "Das Anmeldefenster wurde blockiert; erlauben Sie Pop-ups für Outlook und versuchen Sie es erneut.",
  "finding.signin-user-cancelled":
    "Das Anmeldefenster wurde geschlossen, bevor die Anmeldung fertig war.",
  "finding.signin-interaction-in-progress":
    "Ein Anmeldefenster ist bereits geöffnet; schließen Sie es zuerst ab.",
  "finding.signin-bridge-unavailable":
    "Dieses Outlook kann den Assistenten nicht selbst anmelden; „Anmelden“ öffnet stattdessen ein eigenes Anmeldefenster.",
  "finding.signin-no-network":
    "Die Anmeldung ist fehlgeschlagen, weil keine Netzwerkverbindung besteht.",
  "finding.signin-interaction-required":
    "Sie müssen sich noch einmal anmelden, bevor die Live-Prüfungen laufen können.",
  "finding.signin-no-sign-in-here":
    "Dieses Outlook kann den Assistenten nicht anmelden, deshalb läuft die Live-Prüfung hier nicht; die Diagnose stützt sich auf das, was der Bereich auf diesem Gerät sieht.",
  "finding.signin-cookies-blocked":
    "Ihr Browser blockiert die Cookies, die die Anmeldung in Outlook im Web braucht. Erlauben Sie Drittanbieter-Cookies für login.microsoftonline.com oder verwenden Sie die Outlook-App; „Anmelden“ öffnet jetzt ein eigenes Fenster, das ohne sie auskommt.",
  "finding.signin-host-sign-in-failed":
    "Das Anmeldefenster von Outlook selbst ist fehlgeschlagen, ein bekanntes Problem mancher Outlook-Versionen. Wählen Sie „Anmelden“, um ein eigenes Anmeldefenster zu verwenden, oder nutzen Sie Outlook im Web.",
  "finding.signin-sign-in-window-closed":
    "Das Anmeldefenster hat sich direkt nach dem Öffnen von selbst geschlossen. Wählen Sie „Anmelden“, um es erneut zu versuchen; schließt es sich wieder, verwenden Sie Outlook im Web im Browser.",
  "finding.signin-dialog-failed":
    "Das Anmeldefenster konnte wegen der Einrichtung des Assistenten nicht starten; nur Ihr IT-Team kann das beheben.",
  "finding.signin-add-in-load-failed":
    "Ein Teil des Assistenten wurde nicht geladen, oft weil er während der Nutzung aktualisiert wurde. Schließen Sie den Bereich und öffnen Sie ihn erneut.",
  "finding.signin-browser-unsupported":
    "Diesem Outlook-Fenster fehlt eine Browserfunktion, die die Anmeldung braucht; aktualisieren Sie Outlook oder verwenden Sie Outlook im Web.",
  "finding.signin-unknown-failure":
    "Die Anmeldeprüfung ist aus einem Grund fehlgeschlagen, den der Assistent nicht erkennen konnte; Ihr IT-Team sieht die Einzelheiten im Bericht.",
  "finding.mailbox-ok":
    "Ihr Postfach antwortet über moderne Authentifizierung, Microsoft 365 selbst funktioniert also für Sie.",
  "finding.mailbox-unauthorized":
    "Microsoft 365 hat die Anmeldung für Ihr Postfach abgelehnt; eine erneute Anmeldung behebt das meist.",
  "finding.mailbox-forbidden":
    "Der Zugriff auf Ihr Postfach wurde verweigert; nur Ihre IT kann das ändern.",
  "finding.mailbox-not-found":
    "Ihr Postfach ist nicht in Exchange Online (es liegt vielleicht auf dem eigenen Server Ihrer Organisation oder ist noch nicht lizenziert).",
  "finding.mailbox-throttled":
    "Microsoft 365 hat um eine Pause gebeten; die Postfachprüfung funktioniert gleich wieder.",
  "finding.mailbox-service-error":
    "Microsoft 365 hatte ein vorübergehendes Problem beim Antworten; versuchen Sie es später erneut.",
  "finding.mailbox-unreachable": "Ihr Postfach war über das Netzwerk nicht erreichbar.",
  "finding.mailbox-failed":
    "Die Postfachprüfung hat nicht funktioniert; die Einzelheiten für Ihre IT stehen im Bericht.",
  "finding.mailbox-timeout": "Ihr Postfach hat nicht rechtzeitig geantwortet.",
  "finding.mailbox-skipped":
    "Ihr Postfach wurde nicht geprüft, weil die Anmeldung nicht abgeschlossen wurde.",
  "finding.mfa-methods-ok": "Sie haben eine Möglichkeit, Anmeldungen zu bestätigen ({methods}).",
  "finding.mfa-method-missing":
    "Sie haben noch keine Möglichkeit eingerichtet, Anmeldungen zu bestätigen (z. B. die Authenticator-App), die Ihre Organisation verlangt.",
  "finding.mfa-methods-unknown":
    "Wir konnten nicht prüfen, welche Anmeldemethoden Sie eingerichtet haben.",
  "finding.app-password-not-for-outlook":
    "App-Kennwörter funktionieren mit Microsoft 365 nicht für {generic, select, yes {Mail-Apps} other {{client}}}: Erstellen Sie keines.",
  "finding.app-password-stopgap":
    "Mit einem App-Kennwort kann dieses Gerät weiter E-Mails senden, bis die Kennwortanmeldung beim Senden nach dem {deadline} standardmäßig ausgeschaltet wird (noch {days, plural, one {# Tag} other {# Tage}}).",
  "finding.app-password-after-deadline":
    "Ein App-Kennwort funktioniert nur, wenn Ihre IT die Kennwortanmeldung für den Versand wieder eingeschaltet hat.",
  "finding.app-passwords-disabled":
    "Ihre Organisation erlaubt keine App-Kennwörter, daher braucht das Gerät einen anderen Versandweg.",
  "finding.app-passwords-unavailable":
    "Mit der Anmeldesicherheit Ihrer Organisation gibt es keine App-Kennwörter, daher braucht das Gerät einen anderen Versandweg.",
  "finding.smtp-ask-admin":
    "Nur Ihre IT weiß, ob dieses Gerät mit einem App-Kennwort senden darf oder wie es stattdessen senden soll.",
  "finding.smtp-basic-auth-disabled":
    "Seit dem {offSince} schaltet Microsoft 365 die Kennwortanmeldung beim Senden von E-Mails standardmäßig aus; Ihre IT kann sie wieder einschalten oder das Gerät auf einen unterstützten Weg umstellen.",
  "finding.smtp-basic-auth-removed":
    "Seit dem {removedOn} akzeptiert Microsoft 365 keine Kennwortanmeldung beim Senden von E-Mails mehr; das Gerät braucht moderne Anmeldung (OAuth) oder einen anderen Versandweg.",
  "finding.smtp-on-premises":
    "Dieses Gerät sendet über den eigenen Mailserver Ihrer Organisation, den Ihre IT verwaltet.",
  "finding.smtp-consumer-basic-ended":
    "Outlook.com akzeptiert keine Kennwörter von Apps und Geräten mehr; das Gerät muss „Mit Microsoft anmelden“ unterstützen.",
  "finding.all-good": "Dieser Bereich kann kein Problem erkennen.",
  "finding.report-date-implausible":
    "Das Datum dieses Berichts ({date}) kann nicht stimmen, daher wurde er nach dem heutigen Stand beurteilt.",
  "finding.cause-saved-sign-in":
    "Seit MFA eingeführt wurde, lehnt Microsoft 365 das Kennwort oder die Anmeldung ab, die {generic, select, yes {die App} other {{client}}} vorher gespeichert hat. Deshalb wird immer wieder gefragt. Die Anmeldung muss einmal neu über das Microsoft-Anmeldefenster erfolgen.",
  "finding.cause-plain-password":
    "Microsoft 365 nimmt von Mail-Apps kein einfaches Kennwort mehr an: {generic, select, yes {Die App} other {{client}}} muss sich stattdessen über die Anmeldeseite von Microsoft (OAuth) anmelden.",
  "finding.cause-no-modern-auth":
    "Microsoft 365 akzeptiert nur die moderne Anmeldung über das Microsoft-Anmeldefenster, und die hat {client} nicht. Deshalb wird jedes Kennwort abgelehnt, nach dem es fragt.",
  "finding.cause-registry":
    "{client} meldet sich auf die alte Art nur mit Kennwort an, und das lehnt Microsoft 365 ab. Erst zwei Registrierungseinstellungen schalten die moderne Anmeldung ein.",
  "finding.cause-old-version":
    "Die Anmeldung bei Microsoft 365 ändert sich laufend, und nur Versionen, die noch Updates bekommen, halten Schritt. {client} bekommt keine mehr.",
  "finding.cause-mfa-registration":
    "Ihre Organisation verlangt jetzt einen zweiten Anmeldeschritt (MFA), und Microsoft 365 lässt {generic, select, yes {die App} other {{client}}} erst herein, wenn Sie einen eingerichtet haben.",
  "finding.cause-password-expired":
    "Die Kennwörter Ihrer Organisation laufen nach einer festen Zeit ab. Bis Sie ein neues wählen, lehnt Microsoft 365 das alte überall ab.",
  "finding.cause-policy":
    "Bei jeder Anmeldung prüft Microsoft 365 die Regeln Ihrer Organisation (bedingter Zugriff), und diese haben die Anmeldung abgelehnt.",
  "finding.cause-device-password":
    "Seit Ihre Organisation MFA eingeführt hat, lehnt Microsoft 365 das normale Kennwort ab, mit dem dieses Gerät E-Mails sendet.",
  "finding.cause-device-basic-off":
    "Seit dem {since} lehnt Microsoft 365 das Kennwort ab, mit dem dieses Gerät E-Mails sendet, außer die IT schaltet die Kennwort-Anmeldung zum Senden wieder ein.",
  "summary.check-network":
    "Sie sind offline oder Microsoft 365 ist nicht erreichbar, daher kann sich {generic, select, yes {die App} other {{client}}} nicht anmelden.",
  "summary.register-mfa":
    "Für {generic, select, yes {die App} other {{client}}} müssen Sie zuerst die Einrichtung der mehrstufigen Anmeldung (MFA) abschließen.",
  "summary.reset-password":
    "Ihr Kennwort ist abgelaufen, daher kann sich {generic, select, yes {die App} other {{client}}} erst anmelden, wenn Sie ein neues gewählt haben.",
  "summary.clear-cached-credentials":
    "{generic, select, yes {Die App} other {{client}}} bietet immer wieder ein altes Kennwort oder eine alte Anmeldung an, die Microsoft 365 ablehnt; wenn Sie sie entfernen und sich neu anmelden, sollten die Abfragen aufhören.",
  "summary.clear-cached-credentials.likely":
    "Meist beendet es die Fragen, wenn Sie sich bei {generic, select, yes {der App} other {{client}}} abmelden und auf die neue Art wieder anmelden.",
  "summary.enable-modern-auth-registry":
    "{client} kann sich mit den Sicherheitseinstellungen Ihrer Organisation erst anmelden, wenn zwei Registrierungseinträge gesetzt sind.",
  "summary.update-client":
    "{generic, select, yes {Die App} other {{client}}} kann sich nicht so anmelden, wie Microsoft 365 es verlangt; nutzen Sie eine App mit moderner Anmeldung.",
  "summary.update-client.replace":
    "{client} kann sich nicht bei Microsoft 365 anmelden, und kein Update ändert das: Es muss ersetzt werden.",
  "summary.update-client.below-minimum":
    "{client} ist zu alt für Microsoft 365: Nötig ist mindestens {minimum}.",
  "summary.update-client.needs-registry":
    "Für {client} gibt es seit dem {endOfSupport} keinen Support mehr, und die Anmeldung klappt nur mit zusätzlichen Registrierungseinträgen: Ersetzen Sie es oder setzen Sie die Einträge als Übergangslösung.",
  "summary.update-client.out-of-support":
    "Für {client} gibt es seit dem {endOfSupport} keinen Support mehr: Planen Sie mit Ihrer IT den Umstieg auf eine unterstützte Version.",
  "summary.update-client.out-of-servicing":
    "{client} bekommt seit dem {servicedUntil} keine Updates mehr: Installieren Sie die neuesten Updates.",
  "summary.update-client.not-current":
    "{client} erschien im {released} und ist nicht mehr aktuell: Aktualisieren Sie es mit Microsoft AutoUpdate.",
  "summary.update-client.mac-reduced-functionality":
    "{client} ist älter als {fixedIn} und öffnet sich daher seit dem {since} womöglich nur im Modus mit eingeschränkter Funktionalität (nur Lesen): Aktualisieren Sie es mit Microsoft AutoUpdate.",
  "summary.update-client.ews":
    "{state, select, removed {{client} erreicht Microsoft 365 nicht mehr: Microsoft 365 hat EWS, das es nutzt, endgültig abgeschaltet. Nutzen Sie Outlook für Mac oder Outlook im Web.} other {{client} verbindet sich über EWS mit Microsoft 365, und Microsoft 365 schaltet EWS ab, ab dem {ewsRemovedOn} endgültig: Dauerhaft hilft Outlook für Mac.}}",
  "summary.switch-to-modern-auth":
    "{generic, select, yes {Die App} other {{client}}} muss mit „Mit Microsoft anmelden“ neu eingerichtet werden.",
  "summary.switch-to-modern-auth.likely":
    "Meist beendet es die Fragen, wenn Sie das Konto in {generic, select, yes {der App} other {{client}}} mit „Mit Microsoft anmelden“ (OAuth2) neu einrichten.",
  "summary.use-app-password": "Das Gerät kann vorerst mit einem App-Kennwort weiter Mails senden.",
  "summary.use-app-password.disabled-by-default":
    "Das Gerät kann nur dann mit einem App-Kennwort Mails senden, wenn Ihre IT die Kennwortanmeldung für den Mailversand wieder eingeschaltet hat.",
  "summary.contact-admin": "{reason} Nur Ihre IT kann das beheben.",
  "summary.none": "Alles, was dieser Bereich prüfen kann, funktioniert.",
  "summary.support.replace":
    "Diese Version kann sich außerdem gar nicht mit Microsoft 365 verbinden: Sie muss ersetzt werden.",
  "summary.support.below-minimum":
    "Diese Version ist außerdem zu alt für die Verbindung: Nötig ist mindestens {minimum}.",
  "summary.support.out-of-support":
    "Für diese Version gibt es außerdem seit dem {endOfSupport} keinen Support mehr; planen Sie ein Update.",
  "summary.support.out-of-servicing":
    "Diese Version bekommt außerdem seit dem {servicedUntil} keine Updates mehr; installieren Sie die neuesten Updates.",
  "summary.support.not-current":
    "Außerdem erschien {client} im {released} und ist nicht mehr aktuell: Aktualisieren Sie es mit Microsoft AutoUpdate.",
  "summary.support.mac-reduced-functionality":
    "Diese Version ist außerdem älter als {fixedIn} und öffnet sich seit dem {since} womöglich nur im Modus mit eingeschränkter Funktionalität (nur Lesen): Aktualisieren Sie sie mit Microsoft AutoUpdate.",
  "summary.support.ews":
    "{state, select, removed {Steigen Sie auf Outlook für Mac um: {client} erreicht Microsoft 365 nicht mehr, weil EWS, das es nutzt, endgültig abgeschaltet ist.} other {Dauerhaft hilft der Umstieg auf Outlook für Mac: {client} verbindet sich über EWS, das abgeschaltet wird, ab dem {ewsRemovedOn} endgültig.}}",
  "reason.policy":
    "Die Sicherheitsregeln Ihrer Organisation haben die Anmeldeprüfung dieses Assistenten von diesem Gerät oder Ort aus blockiert.",
  "reason.device":
    "Ihre Organisation erlaubt die Anmeldung nur von Geräten, die sie verwaltet, und dieses erfüllt die Bedingungen noch nicht.",
  "reason.locked": "Ihr Konto ist nach zu vielen Anmeldeversuchen gesperrt.",
  "reason.disabled": "Ihr Konto ist deaktiviert.",
  "reason.not-in-tenant": "Das Microsoft 365 Ihrer Organisation kennt dieses Konto nicht.",
  "reason.on-premises":
    "Ihr Postfach liegt auf dem eigenen Mailserver Ihrer Organisation, um den sich Ihre IT kümmert.",
  "reason.mailbox-forbidden": "Microsoft 365 hat den Zugriff auf Ihr Postfach verweigert.",
  "reason.mailbox-not-found":
    "Microsoft 365 findet Ihr Postfach nicht: Es liegt vielleicht auf einem eigenen Server Ihrer Organisation oder ist noch nicht lizenziert.",
  "reason.smtp-removed":
    "Microsoft 365 nimmt von Geräten, die Mails senden, kein Kennwort mehr an.",
  "reason.smtp-off":
    "Microsoft 365 hat die Kennwortanmeldung für Geräte, die Mails senden, ausgeschaltet, und nur Ihre IT kann sie wieder einschalten.",
  "reason.smtp-no-app-passwords":
    "Mit der Anmeldesicherheit Ihrer Organisation gibt es keine App-Kennwörter, daher braucht das Gerät einen anderen Weg, Mails zu senden.",
  "reason.smtp-app-passwords-off":
    "Ihre Organisation erlaubt keine App-Kennwörter, daher braucht das Gerät einen anderen Weg, Mails zu senden.",
  "reason.smtp-ask": "Nur Ihre IT weiß, wie dieses Gerät jetzt Mails senden soll.",
  "reason.smtp-lasting":
    "Ein App-Kennwort ist nur eine Übergangslösung: Das Gerät braucht vor dem Stichtag einen dauerhaften Weg, Mails zu senden.",
  "reason.assistant-setup":
    "Ihre IT muss die Live-Prüfungen dieses Assistenten noch fertig einrichten; die Schritte für Ihre App hängen nicht davon ab.",
  "reason.other": "Etwas, das nur Ihre IT ändern kann, verhindert die Anmeldung.",
  "method.microsoftAuthenticator": "Microsoft Authenticator",
  "method.phone": "Telefon (SMS oder Anruf)",
  "method.fido2": "Sicherheitsschlüssel oder Passkey (FIDO2)",
  "method.softwareOath": "Code aus einer Authentifizierungs-App (OATH)",
  "method.hardwareOath": "Hardware-Token (OATH)",
  "method.windowsHelloForBusiness": "Windows Hello for Business",
  "method.temporaryAccessPass": "Befristeter Zugriffspass",
  "method.platformCredential": "Plattform-Anmeldeinformationen (macOS)",
  "method.external": "Externe Authentifizierungsmethode",
  "method.password": "Kennwort",
  "method.email": "E-Mail (nur zum Zurücksetzen des Kennworts)",
};
