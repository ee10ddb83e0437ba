// English (United States): the reference catalogue. Every other locale has exactly these keys and placeholders.
// Messages that name the app use `{generic, select, yes {…} other {…{client}…}}`: for a kind of app ("Something
// else", "Mail app on Android") the sentence says "the app" instead of building a broken one from its name.

import type { StepKey } from "../diagnosis";
import { CLIENT_LABELS_EN } from "../diagnosis/clientLabels";
import { METHOD_NAMES_EN } from "../diagnosis/tables/authMethods";
import {
  FINDING_MESSAGES_EN,
  REASON_MESSAGES_EN,
  SUMMARY_MESSAGES_EN,
} from "../diagnosis/messages.en";

/** Keeps each text's literal type, so the translator can check a message's placeholders at the call site. */
type Prefixed<P extends string, T> = { [K in keyof T as `${P}${K & string}`]: T[K] };

function prefix<P extends string, T extends Record<string, string>>(
  p: P,
  table: T
): Prefixed<P, T> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [`${p}${k}`, v])) as Prefixed<
    P,
    T
  >;
}

const UI = {
  /** The catalogue's own language tag: dates and counts are formatted for it. */
  "catalogue.locale": "en-US",
  "app.title": "Sign-in Assistant",
  "app.loading": "Checking your sign-in…",
  "browser.intro":
    "You're outside Outlook. Choose the app that keeps asking for your password, and the assistant shows you the fix.",
  "browser.ribbon":
    "{org} has also added the Sign-in Assistant to Outlook: where Outlook still opens, you can open it from Outlook's ribbon to check that Outlook itself.",
  "browser.checkAccount": "Check my account",
  "browser.checkAccountHelp":
    "Sign in with your work account to check it for problems. You come back to this page afterwards.",
  "browser.officeMissing":
    "Outlook's add-in library (office.js) didn't load, so Outlook itself isn't checked. The guidance below still works.",
  "browser.onReadyTimeout":
    "Outlook didn't respond within 10 seconds, so Outlook itself isn't checked. The guidance below still works.",
  "report.header":
    "A report shared with you: what the Sign-in Assistant showed in {where} on {date}.",
  "report.headerNoDate": "A report shared with you: what the Sign-in Assistant showed in {where}.",
  "report.inBrowser": "a web browser outside Outlook",
  "report.unknownApp": "an app it couldn't name",
  "report.badLink":
    "The report in this link can't be read: {reason}. Answer the question below instead.",
  "examples.badge": "EXAMPLE",
  "examples.label": "Example situation:",
  "examples.note":
    "This is an example for IT and the help desk, not anyone's own situation. A copied report says so.",
  "start.failed.heading": "The assistant couldn't start in Outlook",
  "start.failed.officeMissing":
    "Outlook's add-in library (office.js) didn't load, so the assistant couldn't read anything from Outlook.",
  "start.failed.onReadyTimeout": "Outlook didn't answer the assistant within 10 seconds.",
  "start.failed.officeJsFailed":
    "Outlook's add-in library (office.js) stopped while reading this page's address, so the assistant couldn't read anything from Outlook.",
  "start.failed.chunk":
    "Part of the assistant didn't load, often because it was updated while Outlook had it open.",
  "start.failed.crashed": "The assistant ran into a problem of its own while starting.",
  "start.failed.next":
    "Select Run again. If this keeps happening, copy the details and send them to your IT team.",
  "start.failed.read": "What Outlook told the assistant",
  "start.failed.nothingRead": "Nothing: Outlook didn't answer.",
  "start.failed.runAgain": "Run again",
  "start.failed.copy": "Copy details for IT",
  "start.failed.copied": "Copied. Paste the details into a message to your IT team.",
  "start.failed.copyFailed": "Couldn't copy. Open Details for IT and copy the text from there.",
  "start.failed.details": "Details for IT",
  "start.fact.app": "Outlook",
  "start.fact.version": "Version",
  "start.fact.platform": "Platform",
  "start.fact.mailboxSet": "Mailbox API level",
  "start.localeFailed":
    "The {language} text of the assistant didn't load, so it is shown in English. Close the pane and open it again to get {language}.",
  "summary.org": "Provided by {org}",
  "owner.none": "Nothing to fix",
  "owner.user": "You can fix this",
  "owner.it": "Only IT can fix this",
  "ask.heading": "Which app keeps asking for your password?",
  "ask.intro":
    "Nothing is wrong with {host} that this pane can see. Choose the app that keeps asking, and it shows you the fix.",
  "ask.this": "This Outlook",
  "ask.otherComputer": "Outlook on another computer",
  "ask.mac": "Outlook on a Mac",
  "ask.phone": "A phone or tablet",
  "ask.other": "Another app or device",
  "ask.phoneHeading": "Which app on the phone or tablet?",
  "askVersion.heading": "Which Outlook is it?",
  "askVersion.help":
    "On that computer, Outlook shows it under File › Office Account (on a Mac: Outlook › About Outlook).",
  "askVersion.m365": "Microsoft 365 (subscription)",
  "askVersion.year": "{year}",
  "askVersion.older": "{year} or older",
  "askVersion.unsure": "Not sure",
  "closesHost.app":
    "The next step closes {client}, and this pane with it. Your ticks are kept: open the assistant again afterwards to carry on.",
  "closesHost.account":
    "The next step removes your work account from {client} on this device, and this pane goes with it. Your mail stays in your mailbox, and you add the account back right after. Your ticks are kept.",
  "closesHost.device":
    "The next step restarts this device, which closes this pane. Your ticks are kept: open the assistant again afterwards to carry on.",
  "closesHost.browser":
    "The next step closes your browser, and this pane with it. Your ticks are kept: open the assistant again afterwards to carry on.",
  "picker.label": "App that keeps asking",
  "picker.versionUnknown": "version unknown",
  "picker.change": "Change",
  "picker.group.outlook": "Outlook",
  "picker.group.mail": "Other mail apps",
  "picker.group.devices": "Devices and other apps",
  "picker.version": "Version (optional)",
  "picker.versionHelp.windows":
    "In Outlook: File › Office Account › About Outlook. Copy the line that starts with “Microsoft® Outlook®” or “Version”.",
  "picker.versionHelp.mac": "In Outlook: Outlook › About Outlook.",
  "picker.versionHelp.other": "Usually under Help › About, or in the app's settings.",
  "app.outlook-windows-classic": "Outlook for Windows (classic)",
  "app.outlook-windows-new": "New Outlook for Windows",
  "app.outlook-mac": "Outlook for Mac",
  "app.outlook-web": "Outlook on the web",
  "app.outlook-ios": "Outlook on iPhone or iPad",
  "app.outlook-android": "Outlook on Android",
  "app.apple-mail-macos": "Apple Mail on Mac",
  "app.apple-mail-ios": "Apple Mail on iPhone or iPad",
  "app.android-mail": "Mail app on Android",
  "app.thunderbird": "Thunderbird",
  "app.other-imap-pop": "Other IMAP or POP app",
  "app.device-smtp": "Printer, scanner or sending app",
  "app.other": "Something else",
  ...prefix("client.", CLIENT_LABELS_EN),
  "why.heading": "Why this happens",
  "guide.heading": "How to fix it",
  "guide.progress": "{done} of {total} done",
  "guide.allDone": "All steps done. If it still asks for your password, send the report to IT.",
  "guide.clearTicks": "Clear ticks",
  "guide.advanced": "Advanced (for IT)",
  "guide.forIt": "For your IT team",
  "guide.handoff":
    "Send IT the report with the button at the bottom of the pane: it tells them what to check.",
  "guide.copy": "Copy",
  "guide.copied": "Copied",
  "guide.copyFailed": "Couldn't copy; select the text and copy it yourself.",
  "guide.download": "Download .reg file",
  "guide.opensOutside": "(opens in your browser)",
  "action.check-network": "Get back online",
  "action.register-mfa": "Set up a way to approve sign-ins",
  "action.reset-password": "Choose a new password",
  "action.clear-cached-credentials": "Sign in again the new way",
  "action.enable-modern-auth-registry": "Stopgap: turn on modern sign-in with registry settings",
  "action.update-client": "Update or replace the app",
  "action.update-client.outlook-for-mac": "Move to Outlook for Mac",
  "action.switch-to-modern-auth": "Set the account up with “Sign in with Microsoft”",
  "action.use-app-password": "Use an app password (only for this device)",
  "action.contact-admin": "Ask your IT team",
  "action.none": "Nothing to fix",
  "checks.heading": "What we checked",
  "checks.tally.ok": "{count} OK",
  "checks.tally.problem": "{count, plural, one {# problem} other {# problems}}",
  "checks.tally.notChecked": "{count} couldn't check",
  "checks.liveOff":
    "Your IT team hasn't turned on the live checks, so the pane looked only at this device and the app. That's fine: the steps above don't depend on them.",
  "checks.runAgain": "Run the checks again",
  "part.failed":
    "This part of the assistant didn't load. The answer above still stands; select Run again to load the rest.",
  "part.runAgain": "Run again",
  "watchdog.failed":
    "The Sign-in Assistant couldn't start: part of it didn't arrive. Select Run again; if it happens again, contact your IT team.",
  "watchdog.dialogFailed":
    "Sign-in couldn't start: part of this page didn't arrive. Select Run again, or close this window and try again.",
  "watchdog.runAgain": "Run again",
  "watchdog.helpDesk": "Your IT team:",
  "checks.signIn": "Sign in",
  "checks.signInHelp": "Sign in once so the assistant can check your mailbox and sign-in methods.",
  "checks.announce": "{check}: {status}",
  "check.network": "Internet",
  "check.client": "Your app",
  "check.token": "Your work account can sign in",
  "check.mailbox": "Your mailbox",
  "check.methods": "Your sign-in methods",
  "status.pending": "Checking…",
  "status.ok": "OK",
  "status.problem": "Problem",
  "status.notChecked": "Couldn't check",
  "status.notApplicable": "Not about this app",
  "detail.network.online": "This device is online.",
  "detail.network.offline": "This device is offline.",
  "detail.network.unknown": "The pane couldn't tell whether this device is online.",
  "detail.network.elsewhere":
    "This device is online, but the pane can't check the device where the app that asks runs.",
  "detail.client.ok": "Up to date, and it signs in the modern way.",
  "detail.client.selfUpdating": "Always up to date, and it signs in the modern way.",
  "detail.client.store": "It signs in the modern way; updates come from the app store.",
  "detail.client.noModernAuth": "It can't use the sign-in Microsoft 365 requires.",
  "detail.client.belowMinimum": "Too old to connect to Microsoft 365: it needs at least {minimum}.",
  "detail.client.needsRegistry": "It signs in the modern way only with two registry settings.",
  "detail.client.versionUnknown": "Enter its version above so the pane can check it.",
  "detail.client.versionRejected": "The version given isn't one Microsoft has released.",
  "detail.client.cantSee": "The pane can't see this app or how it is set up.",
  "detail.client.modernCapable":
    "It can sign in the modern way, but the pane can't see how it is set up.",
  "detail.client.ews":
    "{state, select, removed {It can no longer reach Microsoft 365: EWS, which it uses, has been turned off for good.} other {It reaches Microsoft 365 through EWS, which Microsoft 365 is switching off.}}",
  "detail.client.notCurrent":
    "Version {version} came out in {released} and isn't current any more.",
  "detail.endOfSupport": "Out of support since {endOfSupport}.",
  "detail.servicedUntil": "No more updates since {servicedUntil}.",
  "detail.newerThanKnown":
    "Newer than the versions this assistant knows, so counted as up to date.",
  "detail.token.ok": "You can sign in to Microsoft 365 the modern way.",
  "detail.token.failed": "Signing in didn't work; the report has the details for IT.",
  "detail.mailbox.ok": "Your mailbox answers when you sign in the modern way.",
  "detail.mailbox.failed": "Your mailbox didn't answer as expected; the report has the details.",
  "detail.notConfigured": "Your IT team hasn't turned on this check.",
  "detail.unsupported": "This Outlook can't run this check.",
  "detail.skipped": "Signing in has to work first.",
  "detail.offline": "This device is offline.",
  "detail.timeout": "Microsoft 365 didn't answer in time.",
  "detail.methods": "You can approve sign-ins with {methods}.",
  "detail.methodsNone": "No way to approve sign-ins is set up yet.",
  "detail.methodsUnknown": "The pane couldn't read which methods you have set up.",
  "link.securityInfo": "Security info",
  "link.authenticatorDownload": "Microsoft Authenticator download",
  "link.sspr": "Password reset",
  "link.changePassword": "Change password",
  "link.msaSecurity": "Microsoft account security",
  "link.outlookPasswordPromptDiag": "Microsoft's password-prompt troubleshooter",
  "link.connectivityAnalyzer": "Microsoft Remote Connectivity Analyzer",
  "link.modernAuthOffice2013": "Microsoft: turn on modern authentication in older Outlook",
  "link.updateOffice": "Microsoft: which Office versions can connect",
  "link.macKeychainKb": "Microsoft: Outlook for Mac keeps prompting",
  "link.appPasswordsHelp": "Microsoft: app passwords",
  "link.appleMailMac": "Apple: add a mail account on Mac",
  "link.appleMailIos": "Apple: add a mail account on iPhone",
  "link.thunderbirdOauth": "Mozilla: Thunderbird with Microsoft OAuth",
  "link.outlookMobile": "Microsoft: Outlook for iOS and Android",
  "link.outlookForMac": "Get Outlook for Mac",
  "link.smtpAuthTimeline": "Microsoft: SMTP AUTH timeline",
  "link.smtpAuthMailbox": "Microsoft: allow SMTP AUTH for a mailbox",
  "link.outlookPromptAdminDiag": "Microsoft 365 admin center: password prompt diagnostics",
  "link.helpDesk": "{name} website",
  "handoff.heading": "Get help from IT",
  "handoff.copy": "Copy report",
  "handoff.copyForIt": "Copy report for IT",
  "handoff.copied": "Copied",
  "handoff.copiedStatus": "Report copied. Paste it into a ticket or an e-mail to IT.",
  "handoff.copyFailed": "Couldn't copy the report. Select the text below and copy it.",
  "handoff.send": "Send to IT",
  "handoff.sent": "A new message to IT is open. Check it and select Send.",
  "handoff.mailto": "Your mail app should open a message to IT. If it doesn't, use Copy report.",
  "handoff.sendFailed": "Couldn't open a new message. Use Copy report instead.",
  "handoff.noAddress":
    "Your IT team hasn't set a help-desk address. Copy the report and paste it into your help desk's usual channel.",
  "handoff.contact": "{name}: {email} {phone}",
  "handoff.intro": "Hello, the Sign-in Assistant found this problem. The details are below.",
  "handoff.userNote": "In my own words:",
  "handoff.reportFacts": "Technical details (facts report)",
  "prompt.heading": "What does the password prompt look like? (optional)",
  "prompt.unknown": "Not sure",
  "prompt.windows-security": "A small Windows Security box",
  "prompt.microsoft-window": "The Microsoft sign-in window",
  "prompt.mac-keychain": "A Mac keychain dialog",
  "prompt.other": "Something else",
  "note.label": "Anything else IT should know? (optional)",
  "note.hint": "In your own words, for example when it started. Never type a password here.",
  "config.warning": "Configuration problems (for your IT team): {fields}",
  "auth.cancelled": "Sign-in was cancelled. Select Sign in to try again.",
  "auth.popupBlocked":
    "The sign-in window was blocked. Allow pop-ups for Outlook, then select Sign in.",
  "auth.inProgress":
    "A sign-in window is already open. Finish it, then select Run the checks again.",
  "auth.failed": "Sign-in didn't work ({code}).",
  "placeholder.email": "you@example.com",
  "contact.it": "IT help desk",
  "contact.call": "Call",
  "contact.email": "E-mail",
  "contact.web": "Website",
  "handoff.askInstead": "Ask IT instead",
  "sheet.title": "Your report for IT",
  "sheet.caveat":
    "The message leaves only if this Outlook can send mail. If it can't, call IT or use their website:",
  "sheet.caveatNoContact":
    "The message leaves only if this Outlook can send mail. If it can't, use Copy report further down and send it from another device.",
  "sheet.close": "Close",
  "keep.open": "Open in your browser",
  "keep.summary": "This closes the pane: keep the steps",
  "keep.qr": "QR code or print",
  "keep.qrLabel": "QR code with the link to these steps",
  "keep.print": "Print the steps",
  "resume.heading": "Where you left off",
  "resume.where": "Welcome back: {done, plural, one {# step} other {# steps}} done.",
  "resume.next": "Next: {step}",
  "resume.allDone": "You've done every step.",
  "resume.goNext": "Go to the next step",
  "resume.check": "Check that it works now",
  "versionBox.label": "Or type the version that Outlook shows",
} as const;

const STEPS = {
  "step.network.connection":
    "Check that Wi-Fi or the network cable is connected and flight mode is off.",
  "step.network.vpn":
    "If you use a VPN or a proxy, disconnect it and try again, or ask IT whether Microsoft 365 is allowed through it.",
  "step.network.browser":
    "Open Outlook on the web in a browser. If it doesn't load either, the network is the problem, not {generic, select, yes {the app} other {{client}}}.",
  "step.network.admin":
    "IT can test the connection to Microsoft 365 with Microsoft's Remote Connectivity Analyzer.",
  "step.network.again":
    "When you're back online, open this assistant again to check that everything works.",
  "step.mfa.open": "Open Security info and sign in with your work account.",
  "step.mfa.add":
    "If no method is listed, select Add sign-in method and choose Microsoft Authenticator.",
  "step.mfa.app":
    "Install Microsoft Authenticator on your phone and follow the prompts. Setting it up on the same phone you're reading this on? Choose the option to pair with a link instead of scanning the QR code.",
  "step.mfa.return":
    "Go back to {generic, select, yes {the app} other {{client}}}, sign in again, and approve the request on your phone.",
  "step.reset.open": "Open the password reset page.",
  "step.reset.verify":
    "Enter your work address, prove it's you with the method you registered, and choose a new password.",
  "step.reset.change": "If you still know your current password, you can change it here instead.",
  "step.reset.signIn":
    "Sign in to {generic, select, yes {the app} other {{client}}} with the new password. If it keeps offering the old one, remove the saved password from it too.",
  "step.gentleWin.signOut":
    "In Outlook, choose File › Office Account and select Sign out (under User Information). Then close Outlook and the other Office apps.",
  "step.gentleWin.signIn":
    "Open Outlook again and sign in with your work account in the Microsoft sign-in window. Don't type your password into a small grey Windows Security box.",
  "step.gentleMac.signOut":
    "In the menu bar, choose Outlook › Sign Out. Then quit Outlook and the other Office apps.",
  "step.gentleMac.signIn":
    "Open Outlook again and sign in with your work account in the Microsoft sign-in window.",
  "step.gentle.approve":
    "Approve the sign-in on your phone (Microsoft Authenticator) or enter the code you get. The prompts should stop.",
  "step.gentle.troubleshooter":
    "Still asked? Microsoft's password-prompt troubleshooter checks this computer for the usual causes.",
  "step.clearWin.close": "Close Outlook and the other Office apps (Word, Excel, Teams).",
  "step.clearWin.open":
    "Open Credential Manager: select Start, type Credential Manager, open it, and choose Windows Credentials.",
  "step.clearWin.remove":
    "Under Generic Credentials, remove every entry that starts with MicrosoftOffice15_Data or MicrosoftOffice16_Data, and any with Outlook or Office16 in the name.",
  "step.clearWin.list": "Or, in Command Prompt, list the Office entries with this command:",
  "step.clearWin.delete":
    "Then delete the ones for your address ({email}) with these commands. “Element not found” means the entry is already gone.",
  "step.clearWin.restart":
    "Restart the computer, open Outlook and sign in when the Microsoft sign-in window appears.",
  "step.clearMac.quit": "Quit Outlook and all other Office apps.",
  "step.clearMac.open":
    "Open Keychain Access: press Command-Space, type Keychain Access and open it.",
  "step.clearMac.delete":
    "Search for each of these names and delete every item found (there can be several ADAL items; delete them all):",
  "step.clearMac.restart":
    "Open Outlook again and sign in when the Microsoft sign-in window appears.",
  "step.clearPhone.remove":
    "In Outlook on your phone, open Settings, tap your work account, and choose Delete Account (from this device only).",
  "step.clearPhone.restart": "Restart the phone.",
  "step.clearPhone.add":
    "Open Outlook, add your work account again, sign in on the Microsoft page and approve the request.",
  "step.clearPhone.what":
    "Deleting the account removes your work mail, calendar and contacts from {client} on this phone only. They stay in your mailbox and come back when you add the account again in the last step.",
  "step.clearWeb.signOut":
    "In {client}, select your picture or initials at the top right and sign out.",
  "step.clearWeb.closeBrowser": "Close every browser window (or new Outlook) completely.",
  "step.clearWeb.signIn": "Open it again and sign in with your work account.",
  "step.clearWeb.readdNew":
    "Still asked in new Outlook? Open Settings › Accounts › Email accounts, remove the work account (Manage › Remove) and add it again.",
  "step.clearWeb.privateWindow":
    "Still asked in the browser? Try Outlook on the web in a private window. If that works, clear this browser's cookies for Microsoft sign-in.",
  "step.clearApp.remove":
    "In {generic, select, yes {the app} other {{client}}}, remove the saved password or the account.",
  "step.clearApp.signIn": "Add the account again and sign in.",
  "step.reg2013.updateFirst":
    "Best: replace {client}, which has been out of support since {endOfSupport}, with Outlook for Microsoft 365 or new Outlook. Ask IT how.",
  "step.reg2013.updateBeforeEnd":
    "Best: move from {client} to Outlook for Microsoft 365 or new Outlook before its support ends on {endOfSupport}. Ask IT how.",
  "step.reg2013.minimum":
    "Only as a stopgap: install all updates for {client} so it is at least version {minimumBuild} (through Windows Update or your organisation's tools or, where File › Office Account shows Update Options, from there).",
  "step.reg2013.close": "Close Outlook.",
  "step.reg2013.apply":
    "Add these registry values: run the commands in Command Prompt, or download the .reg file and open it.",
  "step.reg2013.restart": "Start Outlook and sign in when the Microsoft sign-in window appears.",
  "step.replace.why":
    "{client} can't use the modern sign-in Microsoft 365 requires, and no update adds it. It has been out of support since {endOfSupport}, so it has to be replaced.",
  "step.replace.windows":
    "Ask IT to install a supported Outlook for you, such as Outlook for Microsoft 365 or new Outlook for Windows.",
  "step.replace.mac": "Ask IT to install the current Outlook for Mac for you.",
  "step.replace.web": "Until then, read and send your mail in Outlook on the web, in any browser.",
  "step.org.who":
    "{client} is updated by your organisation (through Windows Update, WSUS or its own tools), not from inside Outlook.",
  "step.org.minimum": "To connect to Microsoft 365 it needs at least version {minimum}.",
  "step.org.outOfSupport":
    "It has been out of support since {endOfSupport}, so even its latest update is out of support.",
  "step.org.askMove":
    "Ask IT to move you to a supported Outlook, such as Outlook for Microsoft 365 or new Outlook.",
  "step.org.askUpdate": "Ask IT to install its latest updates.",
  "step.c2rPerpetual.meanwhile":
    "Until then, install its latest updates: in Outlook, choose File › Office Account › Update Options › Update Now, then restart Outlook.",
  "step.office2013.who":
    "{client} gets its updates either through Windows Update or your organisation's tools or, if File › Office Account shows Update Options, from there (Update Options › Update Now).",
  "step.c2r.check": "In Outlook, choose File › Office Account to see your version.",
  "step.c2r.belowMinimum": "You have {client}; Microsoft 365 needs at least {minimum}.",
  "step.c2r.outOfServicing": "You have {client}, which stopped getting updates on {servicedUntil}.",
  "step.c2r.update":
    "In Outlook, choose File › Office Account › Update Options › Update Now, then restart Outlook.",
  "step.c2r.managed":
    "If Update Options is missing or greyed out, your organisation manages updates: ask IT to update Office for you.",
  "step.updateWin.find": "In Outlook, choose File › Office Account to see which Outlook you have.",
  "step.updateWin.c2r":
    "If you see Update Options there, choose Update Options › Update Now, then restart Outlook.",
  "step.updateWin.managed":
    "If there is no Update Options button, your organisation updates Office (through Windows Update or its own tools): ask IT.",
  "step.updateMac.autoupdate":
    "In Outlook, choose Help › Check for Updates and install everything Microsoft AutoUpdate offers.",
  "step.updateMac.restart":
    "Restart Outlook and sign in when the Microsoft sign-in window appears.",
  "step.macLicence.why":
    "{client} has been out of support since {endOfSupport}, and its licence gets no updates after version {lastVersion}.",
  "step.macLicence.ask":
    "Ask IT for a current licence (Microsoft 365 or a supported Office for Mac), or for the current Outlook for Mac.",
  "step.selfUpdate.reopen": "{client} updates itself: close it completely and open it again.",
  "step.selfUpdate.still":
    "If it still asks for your password, sign out, close it and sign in again.",
  "step.updatePhone.store": "Update Outlook from the App Store or Google Play.",
  "step.updatePhone.signIn": "Open Outlook and sign in again if asked.",
  "step.outlookMac.install": "Get Outlook for Mac from Microsoft, or ask IT to install it.",
  "step.outlookMac.add": "Open Outlook, add your work account and sign in on the Microsoft page.",
  "step.outlookMac.web": "Until then, use Outlook on the web in Safari or another browser.",
  "step.updateOther.modern":
    "{generic, select, yes {This app} other {{client}}} can't sign in the way Microsoft 365 requires. Use an app that supports “Sign in with Microsoft” (OAuth).",
  "step.updateOther.outlook":
    "Outlook for iOS and Android, Outlook for Windows and Mac, and Outlook on the web all work.",
  "step.appleIos.delete":
    "Open Settings › Apps › Mail › Mail Accounts (on iOS {oldIos} and earlier: Settings › Mail › Accounts), tap the work account and choose Delete Account.",
  "step.appleIos.add":
    "Tap Add Account › Microsoft Exchange, enter your work address, then choose Sign In (not Configure Manually).",
  "step.appleIos.signIn":
    "Sign in on the Microsoft page, approve the request, and choose what to sync.",
  "step.appleMac.ewsNote":
    "This works only while your organisation keeps EWS on for Apple Mail, and from {ewsRemovedOn} not at all; for a lasting fix, use Outlook for Mac.",
  "step.appleMac.remove":
    "In Mail, open Settings › Accounts, select the work account and remove it with the minus button.",
  "step.appleMac.add":
    "Choose Mail › Add Account › Microsoft Exchange, enter your name and work address, then choose Sign In.",
  "step.appleMac.signIn": "Sign in on the Microsoft page and approve the request.",
  "step.thunderbird.incoming":
    "Open Account Settings › Server Settings and set Authentication method to OAuth2.",
  "step.thunderbird.outgoing":
    "Open Outgoing Server (SMTP), edit the server for this account and set Authentication method to OAuth2.",
  "step.thunderbird.servers":
    "Check the servers: incoming IMAP on port {imapPort} (or POP on port {popPort}) with SSL/TLS, outgoing SMTP on port {smtpPort} with STARTTLS. The server names:",
  "step.thunderbird.signIn":
    "Restart Thunderbird and sign in in the Microsoft window. If it says an admin must approve, ask IT.",
  "step.device.oauth":
    "In the device's or app's mail settings, look for “Sign in with Microsoft”, OAuth or Modern authentication, and use it.",
  "step.device.firmware": "If there is no such option, a firmware or software update may add it.",
  "step.device.admin":
    "Otherwise IT can set up another way to send, such as Microsoft's High Volume Email (for mail within your organisation), a relay or a connector.",
  "step.genericOauth.find":
    "Open {generic, select, yes {the app's} other {{client}'s}} account settings and look for “Sign in with Microsoft”, OAuth2 or Modern authentication.",
  "step.genericOauth.readd":
    "Remove the account and add it again, choosing that option. A plain password no longer works with Microsoft 365.",
  "step.genericOauth.outlook":
    "If {generic, select, yes {the app} other {{client}}} has no such option, it can't connect any more: use Outlook for iOS and Android or Outlook on the web.",
  "step.appPw.why":
    "App passwords don't work for Outlook, Apple Mail, Thunderbird or other mail apps with Microsoft 365. They still work only for a device or program that sends mail (SMTP).",
  "step.appPw.whyOff":
    "Since {offSince}, Microsoft 365 turns password sign-in for sending mail (SMTP AUTH) off by default. An app password works only if IT has turned it back on for your organisation.",
  "step.appPw.mailbox":
    "SMTP AUTH must also be allowed for the mailbox the device sends from, and Exchange Online turns it off by default: ask IT to allow it. Better still, ask IT for a mailbox just for the device instead of using your own.",
  "step.appPw.create":
    "Open Security info, select Add sign-in method › App password, name it after the device (for example “Scanner 2nd floor”), and copy the password. It is shown only once.",
  "step.appPw.paste":
    "In the device's mail (SMTP) settings, use your address as the user name and the app password as the password, port {smtpPort} with STARTTLS, and this server. Save and send a test.",
  "step.appPw.deadline":
    "After {deadline} ({days, plural, one {# day} other {# days}} left), Microsoft 365 turns this kind of sign-in off by default. Ask IT for a lasting fix before then.",
  "step.appPw.finalDate":
    "{when, select, upcoming {Microsoft will announce in the {half, select, 1 {first} other {second}} half of {year} when this stops for good.} due {Microsoft is to announce in the {half, select, 1 {first} other {second}} half of {year}, which has begun, when this stops for good: check the timeline for the date.} other {Microsoft planned to announce in the {half, select, 1 {first} other {second}} half of {year} when this stops for good; this assistant doesn't know that date yet, so check the timeline.}} Ask IT for a lasting fix now.",
  "step.none.ok": "Everything the assistant can check is working.",
  "step.none.pick":
    "If an app still asks for your password, choose it under “App that keeps asking” above.",
  "step.note.elsewhere":
    "{generic, select, yes {Do these steps where that app runs, not here in {host}.} other {Do these steps where {client} runs, not here in {host}.}}",
  "step.note.noAppPassword":
    "App passwords don't work for {generic, select, yes {mail apps} other {{client}}} with Microsoft 365: don't create one.",
  "step.mfaSetup.moreInfo":
    "If the sign-in window says “More information required”, your organisation wants you to set up a second sign-in step (MFA). Choose Next and follow the steps to set up Microsoft Authenticator or another method. Or set it up first in Security info, then sign in again.",
  "step.mfaSetup.noPhone":
    "No smartphone? Choose “I want to set up a different method” and pick a phone call, a text message or a security key. If none of these works for you, ask IT to help you set one up.",
} as const satisfies Record<StepKey, string>;

const EN = {
  ...UI,
  ...STEPS,
  ...prefix("finding.", FINDING_MESSAGES_EN),
  ...prefix("summary.", SUMMARY_MESSAGES_EN),
  ...prefix("reason.", REASON_MESSAGES_EN),
  ...prefix("method.", METHOD_NAMES_EN),
};

/** The English texts with their literal types: the translator reads each message's placeholders from these. */
export type EnglishMessages = typeof EN;
export type MessageKey = keyof EnglishMessages;
export type Messages = Record<MessageKey, string>;
export const enUS: Messages = EN;
