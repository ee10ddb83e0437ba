// Español (España). Same keys and {placeholders} as en-US (checked by test/unit/i18n.test.ts).
import type { Messages } from "./en-US";

export const esES: Messages = {
  "catalogue.locale": "es-ES",
  "app.title": "Asistente de inicio de sesión",
  "app.loading": "Comprobando su inicio de sesión…",
  "browser.intro":
    "Está fuera de Outlook. Elija la aplicación que le pide la contraseña una y otra vez, y el asistente le mostrará la solución.",
  "browser.ribbon":
    "{org} también ha añadido el Asistente de inicio de sesión a Outlook: si Outlook aún se abre, puede abrirlo desde la cinta de Outlook para comprobar el propio Outlook.",
  "browser.checkAccount": "Comprobar mi cuenta",
  "browser.checkAccountHelp":
    "Inicie sesión con su cuenta profesional para comprobar si tiene problemas. Después volverá a esta página.",
  "browser.officeMissing":
    "La biblioteca de complementos de Outlook (office.js) no se cargó, así que no se comprueba el propio Outlook. Las instrucciones de abajo siguen siendo válidas.",
  "browser.onReadyTimeout":
    "Outlook no respondió en 10 segundos, así que no se comprueba el propio Outlook. Las instrucciones de abajo siguen siendo válidas.",
  "report.header":
    "Un informe compartido con usted: lo que mostró el Asistente de inicio de sesión en {where} el {date}.",
  "report.headerNoDate":
    "Un informe compartido con usted: lo que mostró el Asistente de inicio de sesión en {where}.",
  "report.inBrowser": "un navegador web fuera de Outlook",
  "report.unknownApp": "una aplicación que no pudo identificar",
  "report.badLink":
    "El informe de este enlace no se puede leer: {reason}. Responda a la pregunta de abajo.",
  "examples.badge": "EJEMPLO",
  "examples.label": "Situación de ejemplo:",
  "examples.note":
    "Esto es un ejemplo para TI y el servicio de asistencia, no la situación real de nadie. Un informe copiado lo indica.",
  "start.failed.heading": "El asistente no pudo iniciarse en Outlook",
  "start.failed.officeMissing":
    "La biblioteca de complementos de Outlook (office.js) no se cargó, así que el asistente no pudo leer nada de Outlook.",
  "start.failed.onReadyTimeout": "Outlook no respondió al asistente en 10 segundos.",
  "start.failed.officeJsFailed":
    "La biblioteca de complementos de Outlook (office.js) se detuvo al leer la dirección de esta página, así que el asistente no pudo leer nada de Outlook.",
  "start.failed.chunk":
    "Una parte del asistente no se cargó, a menudo porque se actualizó mientras Outlook lo tenía abierto.",
  "start.failed.crashed": "El asistente tuvo un problema propio al iniciarse.",
  "start.failed.next":
    "Seleccione Volver a ejecutar. Si sigue ocurriendo, copie los detalles y envíelos a su equipo de TI.",
  "start.failed.read": "Lo que Outlook le indicó al asistente",
  "start.failed.nothingRead": "Nada: Outlook no respondió.",
  "start.failed.runAgain": "Volver a ejecutar",
  "start.failed.copy": "Copiar detalles para TI",
  "start.failed.copied": "Copiado. Pegue los detalles en un mensaje para su equipo de TI.",
  "start.failed.copyFailed":
    "No se pudo copiar. Abra Detalles para TI y copie el texto desde allí.",
  "start.failed.details": "Detalles para TI",
  "start.fact.app": "Outlook",
  "start.fact.version": "Versión",
  "start.fact.platform": "Plataforma",
  "start.fact.mailboxSet": "Nivel de API del buzón",
  "start.localeFailed":
    "El texto del asistente en {language} no se cargó, así que se muestra en inglés. Cierre el panel y vuelva a abrirlo para verlo en {language}.",
  "summary.org": "Proporcionado por {org}",
  "owner.none": "Nada que arreglar",
  "owner.user": "Puede arreglarlo usted",
  "owner.it": "Solo TI puede arreglarlo",
  "ask.heading": "¿Qué aplicación le pide la contraseña una y otra vez?",
  "ask.intro":
    "Este panel no ve ningún problema en {host}. Elija la aplicación que sigue pidiendo la contraseña y le mostrará la solución.",
  "ask.this": "Este Outlook",
  "ask.otherComputer": "Outlook en otro equipo",
  "ask.mac": "Outlook en un Mac",
  "ask.phone": "Un teléfono o tableta",
  "ask.other": "Otra aplicación o dispositivo",
  "ask.phoneHeading": "¿Qué aplicación del teléfono o la tableta?",
  "askVersion.heading": "¿Qué Outlook es?",
  "askVersion.help":
    "En ese equipo, Outlook lo muestra en Archivo › Cuenta de Office (en un Mac: Outlook › Acerca de Outlook).",
  "askVersion.m365": "Microsoft 365 (suscripción)",
  "askVersion.year": "{year}",
  "askVersion.older": "{year} o anterior",
  "askVersion.unsure": "No lo sé",
  "closesHost.app":
    "El siguiente paso cierra {client} y, con él, este panel. Sus marcas se conservan: después, vuelva a abrir el asistente para continuar.",
  "closesHost.account":
    "El siguiente paso quita su cuenta profesional de {client} en este dispositivo, y este panel desaparece con ella. Su correo se queda en su buzón y usted vuelve a añadir la cuenta justo después. Sus marcas se conservan.",
  "closesHost.device":
    "El siguiente paso reinicia este dispositivo, lo que cierra este panel. Sus marcas se conservan: después, vuelva a abrir el asistente para continuar.",
  "closesHost.browser":
    "El siguiente paso cierra su navegador y, con él, este panel. Sus marcas se conservan: después, vuelva a abrir el asistente para continuar.",
  "picker.label": "Aplicación que pide la contraseña",
  "picker.versionUnknown": "versión desconocida",
  "picker.change": "Cambiar",
  "picker.group.outlook": "Outlook",
  "picker.group.mail": "Otras aplicaciones de correo",
  "picker.group.devices": "Dispositivos y otras aplicaciones",
  "picker.version": "Versión (opcional)",
  "picker.versionHelp.windows":
    "En Outlook: Archivo › Cuenta de Office › Acerca de Outlook. Copie la línea que empieza por «Microsoft® Outlook®» o «Versión».",
  "picker.versionHelp.mac": "En Outlook: Outlook › Acerca de Outlook.",
  "picker.versionHelp.other":
    "Suele estar en Ayuda › Acerca de, o en la configuración de la aplicación.",
  "app.outlook-windows-classic": "Outlook para Windows (clásico)",
  "app.outlook-windows-new": "Nuevo Outlook para Windows",
  "app.outlook-mac": "Outlook para Mac",
  "app.outlook-web": "Outlook en la Web",
  "app.outlook-ios": "Outlook en iPhone o iPad",
  "app.outlook-android": "Outlook en Android",
  "app.apple-mail-macos": "Apple Mail en Mac",
  "app.apple-mail-ios": "Apple Mail en iPhone o iPad",
  "app.android-mail": "App de correo en Android",
  "app.thunderbird": "Thunderbird",
  "app.other-imap-pop": "Otra app IMAP o POP",
  "app.device-smtp": "Impresora, escáner o app que envía",
  "app.other": "Otra cosa",
  "client.outlook-2010": "Outlook 2010",
  "client.outlook-2013": "Outlook 2013",
  "client.outlook-2016-msi": "Outlook 2016 (MSI)",
  "client.outlook-2019-vl": "Outlook 2019 (licencia por volumen)",
  "client.outlook-ltsc-2021": "Outlook LTSC 2021",
  "client.outlook-ltsc-2024": "Outlook LTSC 2024",
  "client.m365-version": "Outlook para Microsoft 365 (versión {version})",
  "client.m365-or-later": "Outlook para Microsoft 365 (versión {version} o posterior)",
  "client.m365-older": "Outlook para Microsoft 365 (anterior a la versión {version})",
  "client.outlook-mac-2011": "Outlook para Mac 2011",
  "client.outlook-mac-2016": "Outlook 2016 para Mac",
  "client.outlook-mac-2019": "Outlook 2019 para Mac",
  "client.outlook-mac-current": "Outlook para Mac",
  "client.outlook-mac-or-later": "Outlook para Mac ({version} o posterior)",
  "client.outlook-mac-version": "Outlook para Mac {version}",
  "client.m365": "Outlook para Microsoft 365",
  "client.outlook-2010-or-older": "Outlook 2010 o anterior",
  "client.outlook-2016": "Outlook 2016",
  "client.outlook-2019": "Outlook 2019",
  "client.outlook-2021": "Outlook 2021",
  "client.outlook-2024": "Outlook 2024",
  "client.outlook-mac-older": "Outlook para Mac 2011 o anterior",
  "client.outlook-mac-2021": "Outlook 2021 para Mac",
  "client.outlook-mac-2024": "Outlook 2024 para Mac",
  "why.heading": "Por qué pasa",
  "guide.heading": "Cómo solucionarlo",
  "guide.progress": "{done} de {total} hechos",
  "guide.allDone":
    "Todos los pasos hechos. Si sigue pidiendo la contraseña, envíe el informe a TI.",
  "guide.clearTicks": "Quitar marcas",
  "guide.advanced": "Avanzado (para TI)",
  "guide.forIt": "Para su departamento de TI (en inglés)",
  "guide.handoff":
    "Envíe el informe a TI con el botón de la parte inferior del panel: les dice qué comprobar.",
  "guide.copy": "Copiar",
  "guide.copied": "Copiado",
  "guide.copyFailed": "No se pudo copiar; seleccione el texto y cópielo usted.",
  "guide.download": "Descargar archivo .reg",
  "guide.opensOutside": "(se abre en el navegador)",
  "action.check-network": "Volver a tener conexión",
  "action.register-mfa": "Configurar una forma de aprobar inicios de sesión",
  "action.reset-password": "Elegir una contraseña nueva",
  "action.clear-cached-credentials": "Volver a iniciar sesión de la forma nueva",
  "action.enable-modern-auth-registry":
    "Solución provisional: activar el inicio de sesión moderno con el registro",
  "action.update-client": "Actualizar o sustituir la aplicación",
  "action.update-client.outlook-for-mac": "Cambiar a Outlook para Mac",
  "action.switch-to-modern-auth": "Configurar la cuenta con «Iniciar sesión con Microsoft»",
  "action.use-app-password": "Usar una contraseña de aplicación (solo para este dispositivo)",
  "action.contact-admin": "Consultar a su departamento de TI",
  "action.none": "Nada que corregir",
  "checks.heading": "Qué hemos comprobado",
  "checks.tally.ok": "{count} bien",
  "checks.tally.problem": "{count, plural, one {# problema} other {# problemas}}",
  "checks.tally.notChecked": "{count} sin poder comprobar",
  "checks.liveOff":
    "Su departamento de TI no ha activado las comprobaciones en directo, así que el panel solo ha mirado este dispositivo y la aplicación. No pasa nada: los pasos de arriba no dependen de ellas.",
  "checks.runAgain": "Volver a comprobar",
  "part.failed":
    "Esta parte del asistente no se ha cargado. La respuesta de arriba sigue siendo válida; seleccione Volver a ejecutar para cargar el resto.",
  "part.runAgain": "Volver a ejecutar",
  "watchdog.failed":
    "El Asistente de inicio de sesión no ha podido iniciarse: una parte no ha llegado. Seleccione Volver a ejecutar; si vuelve a ocurrir, póngase en contacto con su departamento de TI.",
  "watchdog.dialogFailed":
    "El inicio de sesión no ha podido empezar: una parte de esta página no ha llegado. Seleccione Volver a ejecutar, o cierre esta ventana y vuelva a intentarlo.",
  "watchdog.runAgain": "Volver a ejecutar",
  "watchdog.helpDesk": "Su departamento de TI:",
  "checks.signIn": "Iniciar sesión",
  "checks.signInHelp":
    "Inicie sesión una vez para que el asistente pueda comprobar su buzón y sus métodos de inicio de sesión.",
  "checks.announce": "{check}: {status}",
  "check.network": "Internet",
  "check.client": "Su aplicación",
  "check.token": "Su cuenta profesional puede iniciar sesión",
  "check.mailbox": "Su buzón",
  "check.methods": "Sus métodos de inicio de sesión",
  "status.pending": "Comprobando…",
  "status.ok": "Correcto",
  "status.problem": "Problema",
  "status.notChecked": "No se pudo comprobar",
  "status.notApplicable": "No afecta a esta aplicación",
  "detail.network.online": "Este dispositivo está en línea.",
  "detail.network.offline": "Este dispositivo está sin conexión.",
  "detail.network.unknown": "No se pudo saber si este dispositivo está en línea.",
  "detail.network.elsewhere":
    "Este dispositivo tiene conexión, pero el panel no puede comprobar el dispositivo donde se ejecuta la aplicación que pide la contraseña.",
  "detail.client.ok": "Actualizada, e inicia sesión de la forma moderna.",
  "detail.client.selfUpdating": "Siempre actualizada, e inicia sesión de la forma moderna.",
  "detail.client.store":
    "Inicia sesión de la forma moderna; las actualizaciones llegan de la tienda de aplicaciones.",
  "detail.client.noModernAuth": "No puede usar el inicio de sesión que exige Microsoft 365.",
  "detail.client.belowMinimum":
    "Demasiado antigua para conectarse a Microsoft 365: necesita al menos {minimum}.",
  "detail.client.needsRegistry":
    "Solo inicia sesión de la forma moderna con dos valores del registro.",
  "detail.client.versionUnknown": "Escriba su versión arriba para que el panel pueda comprobarla.",
  "detail.client.versionRejected": "La versión indicada no es una que Microsoft haya publicado.",
  "detail.client.cantSee": "El panel no puede ver esta aplicación ni cómo está configurada.",
  "detail.client.modernCapable":
    "Puede iniciar sesión de la forma moderna, pero el panel no ve cómo está configurada.",
  "detail.client.ews":
    "{state, select, removed {Ya no puede llegar a Microsoft 365: EWS, que es lo que usa, está apagado definitivamente.} other {Llega a Microsoft 365 por EWS, que Microsoft 365 está desactivando.}}",
  "detail.client.notCurrent": "La versión {version} salió en {released} y ya no está al día.",
  "detail.endOfSupport": "Sin soporte desde el {endOfSupport}.",
  "detail.servicedUntil": "Sin actualizaciones desde el {servicedUntil}.",
  "detail.newerThanKnown":
    "Más reciente que las versiones que conoce este asistente, así que se considera actualizado.",
  "detail.token.ok": "Puede iniciar sesión en Microsoft 365 de la forma moderna.",
  "detail.token.failed": "El inicio de sesión no funcionó; el informe tiene los detalles para TI.",
  "detail.mailbox.ok": "Su buzón responde cuando inicia sesión de la forma moderna.",
  "detail.mailbox.failed": "Su buzón no respondió como se esperaba; el informe tiene los detalles.",
  "detail.notConfigured": "Su departamento de TI no ha activado esta comprobación.",
  "detail.unsupported": "Este Outlook no puede hacer esta comprobación.",
  "detail.skipped": "Primero tiene que funcionar el inicio de sesión.",
  "detail.offline": "Este dispositivo está sin conexión.",
  "detail.timeout": "Microsoft 365 no respondió a tiempo.",
  "detail.methods": "Puede aprobar inicios de sesión con {methods}.",
  "detail.methodsNone": "Aún no hay ninguna forma de aprobar inicios de sesión.",
  "detail.methodsUnknown": "El panel no pudo leer qué métodos tiene configurados.",
  "link.securityInfo": "Información de seguridad",
  "link.authenticatorDownload": "Descargar Microsoft Authenticator",
  "link.sspr": "Restablecimiento de contraseña",
  "link.changePassword": "Cambiar contraseña",
  "link.msaSecurity": "Seguridad de la cuenta Microsoft",
  "link.outlookPasswordPromptDiag": "Solucionador de Microsoft para peticiones de contraseña",
  "link.connectivityAnalyzer": "Microsoft Remote Connectivity Analyzer",
  "link.modernAuthOffice2013":
    "Microsoft: activar la autenticación moderna en versiones antiguas de Outlook",
  "link.updateOffice": "Microsoft: qué versiones de Office pueden conectarse",
  "link.macKeychainKb": "Microsoft: Outlook para Mac pide la contraseña una y otra vez",
  "link.appPasswordsHelp": "Microsoft: contraseñas de aplicación",
  "link.appleMailMac": "Apple: añadir una cuenta de correo en Mac",
  "link.appleMailIos": "Apple: añadir una cuenta de correo en iPhone",
  "link.thunderbirdOauth": "Mozilla: Thunderbird con OAuth de Microsoft",
  "link.outlookMobile": "Microsoft: Outlook para iOS y Android",
  "link.outlookForMac": "Descargar Outlook para Mac",
  "link.smtpAuthTimeline": "Microsoft: calendario de SMTP AUTH",
  "link.smtpAuthMailbox": "Microsoft: permitir SMTP AUTH para un buzón",
  "link.outlookPromptAdminDiag":
    "Centro de administración de Microsoft 365: diagnóstico de solicitudes de contraseña",
  "link.helpDesk": "Sitio web de {name}",
  "handoff.heading": "Pedir ayuda a TI",
  "handoff.copy": "Copiar informe",
  "handoff.copyForIt": "Copiar informe para TI",
  "handoff.copied": "Copiado",
  "handoff.copiedStatus": "Informe copiado. Péguelo en un ticket o en un correo a TI.",
  "handoff.copyFailed": "No se pudo copiar el informe. Seleccione el texto de abajo y cópielo.",
  "handoff.send": "Enviar a TI",
  "handoff.sent": "Hay un mensaje nuevo para TI abierto. Revíselo y seleccione Enviar.",
  "handoff.mailto":
    "Su aplicación de correo debería abrir un mensaje para TI. Si no, use «Copiar informe».",
  "handoff.sendFailed": "No se pudo abrir un mensaje nuevo. Use «Copiar informe» en su lugar.",
  "handoff.noAddress":
    "Su departamento de TI no ha configurado una dirección de soporte. Copie el informe y péguelo en el canal habitual de su soporte.",
  "handoff.contact": "{name}: {email} {phone}",
  "handoff.intro":
    "Hola, el Asistente de inicio de sesión ha encontrado este problema. Los detalles están abajo.",
  "handoff.userNote": "Con mis propias palabras:",
  "handoff.reportFacts": "Detalles técnicos (informe de datos)",
  "prompt.heading": "¿Cómo es la petición de contraseña? (opcional)",
  "prompt.unknown": "No lo sé",
  "prompt.windows-security": "Un cuadro pequeño de Seguridad de Windows",
  "prompt.microsoft-window": "La ventana de inicio de sesión de Microsoft",
  "prompt.mac-keychain": "Un cuadro del llavero en el Mac",
  "prompt.other": "Otra cosa",
  "note.label": "¿Algo más que deba saber TI? (opcional)",
  "note.hint":
    "Con sus propias palabras, por ejemplo desde cuándo pasa. Nunca escriba aquí una contraseña.",
  "config.warning": "Problemas de configuración (para su departamento de TI): {fields}",
  "auth.cancelled":
    "Se canceló el inicio de sesión. Seleccione «Iniciar sesión» para volver a intentarlo.",
  "auth.popupBlocked":
    "Se bloqueó la ventana de inicio de sesión. Permita las ventanas emergentes para Outlook y seleccione «Iniciar sesión».",
  "auth.inProgress":
    "Ya hay una ventana de inicio de sesión abierta. Termínela y luego seleccione «Volver a comprobar».",
  "auth.failed": "El inicio de sesión no funcionó ({code}).",
  "placeholder.email": "usted@example.com",
  "contact.it": "Soporte técnico",
  "contact.call": "Llamar",
  "contact.email": "Correo",
  "contact.web": "Sitio web",
  "handoff.askInstead": "Mejor preguntar a TI",
  "sheet.title": "Su informe para TI",
  "sheet.caveat":
    "El mensaje solo sale si este Outlook puede enviar correo. Si no puede, llame a TI o use su sitio web:",
  "sheet.caveatNoContact":
    "El mensaje solo sale si este Outlook puede enviar correo. Si no puede, use «Copiar informe» más abajo y envíelo desde otro dispositivo.",
  "sheet.close": "Cerrar",
  "keep.open": "Abrir en el navegador",
  "keep.summary": "Cierra este panel: guardar los pasos",
  "keep.qr": "Código QR o imprimir",
  "keep.qrLabel": "Código QR con el enlace a estos pasos",
  "keep.print": "Imprimir los pasos",
  "resume.heading": "Dónde se quedó",
  "resume.where": "Bienvenido de nuevo: {done, plural, one {# paso hecho} other {# pasos hechos}}.",
  "resume.next": "Siguiente: {step}",
  "resume.allDone": "Ha hecho todos los pasos.",
  "resume.goNext": "Ir al paso siguiente",
  "resume.check": "Comprobar que ya funciona",
  "versionBox.label": "O escriba la versión que muestra Outlook",
  "step.network.connection":
    "Compruebe que la Wi-Fi o el cable de red están conectados y que el modo avión está desactivado.",
  "step.network.vpn":
    "Si usa una VPN o un proxy, desconéctelo y vuelva a intentarlo, o pregunte a TI si Microsoft 365 está permitido a través de él.",
  "step.network.browser":
    "Abra Outlook en la web en un navegador. Si tampoco carga, el problema es la red, no {generic, select, yes {la aplicación} other {{client}}}.",
  "step.network.admin":
    "TI puede probar la conexión con Microsoft 365 con el Remote Connectivity Analyzer de Microsoft.",
  "step.network.again":
    "Cuando vuelva a tener conexión, abra de nuevo este asistente para comprobar que todo funciona.",
  "step.mfa.open": "Abra Información de seguridad e inicie sesión con su cuenta profesional.",
  "step.mfa.add":
    "Si no aparece ningún método, seleccione «Agregar método de inicio de sesión» y elija Microsoft Authenticator.",
  "step.mfa.app":
    "Instale Microsoft Authenticator en el teléfono y siga las indicaciones. ¿Lo configura en el mismo teléfono en el que lee esto? Elija entonces la opción de vincular con un enlace en lugar de escanear el código QR.",
  "step.mfa.return":
    "Vuelva a {generic, select, yes {la aplicación} other {{client}}}, inicie sesión de nuevo y apruebe la solicitud en el teléfono.",
  "step.reset.open": "Abra la página de restablecimiento de contraseña.",
  "step.reset.verify":
    "Escriba su dirección profesional, demuestre que es usted con el método registrado y elija una contraseña nueva.",
  "step.reset.change": "Si aún sabe su contraseña actual, puede cambiarla aquí.",
  "step.reset.signIn":
    "Inicie sesión en {generic, select, yes {la aplicación} other {{client}}} con la contraseña nueva. Si sigue ofreciendo la antigua, quite también allí la contraseña guardada.",
  "step.gentleWin.signOut":
    "En Outlook, elija Archivo › Cuenta de Office y seleccione Cerrar sesión (en Información de usuario). Después cierre Outlook y las demás aplicaciones de Office.",
  "step.gentleWin.signIn":
    "Vuelva a abrir Outlook e inicie sesión con su cuenta profesional en la ventana de inicio de sesión de Microsoft. No escriba la contraseña en un pequeño cuadro gris de Seguridad de Windows.",
  "step.gentleMac.signOut":
    "En la barra de menús, elija Outlook › Cerrar sesión. Después salga de Outlook y de las demás aplicaciones de Office.",
  "step.gentleMac.signIn":
    "Vuelva a abrir Outlook e inicie sesión con su cuenta profesional en la ventana de inicio de sesión de Microsoft.",
  "step.gentle.approve":
    "Apruebe el inicio de sesión en el teléfono (Microsoft Authenticator) o escriba el código que reciba. Las peticiones deberían parar.",
  "step.gentle.troubleshooter":
    "¿Sigue pidiéndola? El solucionador de problemas de Microsoft para peticiones de contraseña busca las causas habituales en este equipo.",
  "step.clearWin.close": "Cierre Outlook y las demás aplicaciones de Office (Word, Excel, Teams).",
  "step.clearWin.open":
    "Abra el Administrador de credenciales: seleccione Inicio, escriba Administrador de credenciales, ábralo y elija Credenciales de Windows.",
  "step.clearWin.remove":
    "En Credenciales genéricas, quite cada entrada que empiece por MicrosoftOffice15_Data o MicrosoftOffice16_Data, y las que lleven Outlook u Office16 en el nombre.",
  "step.clearWin.list":
    "O bien, en el Símbolo del sistema, liste las entradas de Office con este comando:",
  "step.clearWin.delete":
    "Después elimine las de su dirección ({email}) con estos comandos. «Elemento no encontrado» significa que la entrada ya no existe.",
  "step.clearWin.restart":
    "Reinicie el equipo, abra Outlook e inicie sesión cuando aparezca la ventana de inicio de sesión de Microsoft.",
  "step.clearMac.quit": "Salga de Outlook y de todas las demás aplicaciones de Office.",
  "step.clearMac.open":
    "Abra Acceso a Llaveros: pulse Comando-Espacio, escriba Acceso a Llaveros y ábralo.",
  "step.clearMac.delete":
    "Busque cada uno de estos nombres y elimine todos los elementos que aparezcan (puede haber varios elementos ADAL; elimínelos todos):",
  "step.clearMac.restart":
    "Vuelva a abrir Outlook e inicie sesión cuando aparezca la ventana de inicio de sesión de Microsoft.",
  "step.clearPhone.remove":
    "En Outlook en el teléfono, abra Configuración, toque su cuenta profesional y elija Eliminar cuenta (solo de este dispositivo).",
  "step.clearPhone.restart": "Reinicie el teléfono.",
  "step.clearPhone.add":
    "Abra Outlook, vuelva a añadir su cuenta profesional, inicie sesión en la página de Microsoft y apruebe la solicitud.",
  "step.clearPhone.what":
    "Al eliminar la cuenta, su correo, calendario y contactos del trabajo desaparecen de {client} solo en este teléfono. Siguen en su buzón y vuelven cuando añade de nuevo la cuenta en el último paso.",
  "step.clearWeb.signOut":
    "En {client}, seleccione su foto o sus iniciales arriba a la derecha y cierre la sesión.",
  "step.clearWeb.closeBrowser":
    "Cierre por completo todas las ventanas del navegador (o el nuevo Outlook).",
  "step.clearWeb.signIn": "Vuelva a abrirlo e inicie sesión con su cuenta profesional.",
  "step.clearWeb.readdNew":
    "¿El nuevo Outlook sigue pidiéndola? Abra Configuración › Cuentas › Cuentas de correo electrónico, quite la cuenta profesional (Administrar › Quitar) y vuelva a agregarla.",
  "step.clearWeb.privateWindow":
    "¿Sigue pidiéndola en el navegador? Pruebe Outlook en la web en una ventana privada. Si así funciona, borre en este navegador las cookies del inicio de sesión de Microsoft.",
  "step.clearApp.remove":
    "En {generic, select, yes {la aplicación} other {{client}}}, quite la contraseña guardada o la cuenta.",
  "step.clearApp.signIn": "Vuelva a añadir la cuenta e inicie sesión.",
  "step.reg2013.updateFirst":
    "Lo mejor: sustituya {client}, que no tiene soporte desde el {endOfSupport}, por Outlook para Microsoft 365 o el nuevo Outlook. Pregunte a TI cómo hacerlo.",
  "step.reg2013.updateBeforeEnd":
    "Lo mejor: pase de {client} a Outlook para Microsoft 365 o al nuevo Outlook antes de que termine su soporte el {endOfSupport}. Pregunte a TI cómo hacerlo.",
  "step.reg2013.minimum":
    "Solo como solución provisional: instale todas las actualizaciones de {client} para que tenga al menos la versión {minimumBuild} (con Windows Update, o en Archivo › Cuenta de Office › Opciones de actualización si existe).",
  "step.reg2013.close": "Cierre Outlook.",
  "step.reg2013.apply":
    "Añada estos valores del registro: ejecute los comandos en el Símbolo del sistema, o descargue el archivo .reg y ábralo.",
  "step.reg2013.restart":
    "Inicie Outlook e inicie sesión cuando aparezca la ventana de inicio de sesión de Microsoft.",
  "step.replace.why":
    "{client} no puede usar el inicio de sesión moderno que exige Microsoft 365, y ninguna actualización lo añade. No tiene soporte desde el {endOfSupport}, así que hay que sustituirlo.",
  "step.replace.windows":
    "Pida a TI que le instale un Outlook con soporte, como Outlook para Microsoft 365 o el nuevo Outlook para Windows.",
  "step.replace.mac": "Pida a TI que le instale la versión actual de Outlook para Mac.",
  "step.replace.web":
    "Mientras tanto, lea y envíe su correo en Outlook en la Web, desde cualquier navegador.",
  "step.org.who":
    "{client} lo actualiza su organización (con Windows Update, WSUS o sus propias herramientas), no desde Outlook.",
  "step.org.minimum": "Para conectarse a Microsoft 365 necesita al menos la versión {minimum}.",
  "step.org.outOfSupport":
    "No tiene soporte desde el {endOfSupport}, así que ni siquiera su última actualización tiene soporte.",
  "step.org.askMove":
    "Pida a TI que le pase a un Outlook con soporte, como Outlook para Microsoft 365 o el nuevo Outlook.",
  "step.org.askUpdate": "Pida a TI que instale sus últimas actualizaciones.",
  "step.c2r.check": "En Outlook, elija Archivo › Cuenta de Office para ver su versión.",
  "step.c2r.belowMinimum": "Tiene {client}; Microsoft 365 necesita al menos {minimum}.",
  "step.c2r.outOfServicing":
    "Tiene {client}, que no recibe actualizaciones desde el {servicedUntil}.",
  "step.c2rPerpetual.meanwhile":
    "Mientras tanto, instale sus últimas actualizaciones: en Outlook, elija Archivo › Cuenta de Office › Opciones de actualización › Actualizar ahora y reinicie Outlook.",
  "step.office2013.who":
    "{client} recibe las actualizaciones por Windows Update o las herramientas de su organización o, si en Archivo › Cuenta de Office aparece Opciones de actualización, desde ahí (Opciones de actualización › Actualizar ahora).",
  "step.c2r.update":
    "En Outlook, elija Archivo › Cuenta de Office › Opciones de actualización › Actualizar ahora y reinicie Outlook.",
  "step.c2r.managed":
    "Si no aparece Opciones de actualización o está atenuado, su organización gestiona las actualizaciones: pida a TI que actualice Office.",
  "step.updateWin.find": "En Outlook, elija Archivo › Cuenta de Office para ver qué Outlook tiene.",
  "step.updateWin.c2r":
    "Si ve Opciones de actualización, elija Opciones de actualización › Actualizar ahora y reinicie Outlook.",
  "step.updateWin.managed":
    "Si no hay botón Opciones de actualización, su organización actualiza Office (con Windows Update o sus propias herramientas): consulte a TI.",
  "step.updateMac.autoupdate":
    "En Outlook, elija Ayuda › Buscar actualizaciones e instale todo lo que ofrezca Microsoft AutoUpdate.",
  "step.updateMac.restart":
    "Reinicie Outlook e inicie sesión cuando aparezca la ventana de inicio de sesión de Microsoft.",
  "step.macLicence.why":
    "{client} no tiene soporte desde el {endOfSupport}, y su licencia no recibe actualizaciones después de la versión {lastVersion}.",
  "step.macLicence.ask":
    "Pida a TI una licencia actual (Microsoft 365 o un Office para Mac con soporte), o la versión actual de Outlook para Mac.",
  "step.selfUpdate.reopen": "{client} se actualiza solo: ciérrelo por completo y vuelva a abrirlo.",
  "step.selfUpdate.still":
    "Si sigue pidiendo la contraseña, cierre sesión, ciérrelo y vuelva a iniciar sesión.",
  "step.updatePhone.store": "Actualice Outlook desde App Store o Google Play.",
  "step.updatePhone.signIn": "Abra Outlook y vuelva a iniciar sesión si se lo pide.",
  "step.outlookMac.install": "Descargue Outlook para Mac de Microsoft o pida a TI que lo instale.",
  "step.outlookMac.add":
    "Abra Outlook, agregue su cuenta profesional e inicie sesión en la página de Microsoft.",
  "step.outlookMac.web": "Mientras tanto, use Outlook en la Web en Safari u otro navegador.",
  "step.updateOther.modern":
    "{generic, select, yes {Esta aplicación} other {{client}}} no puede iniciar sesión como exige Microsoft 365. Use una aplicación compatible con «Iniciar sesión con Microsoft» (OAuth).",
  "step.updateOther.outlook":
    "Outlook para iOS y Android, Outlook para Windows y Mac, y Outlook en la Web funcionan.",
  "step.appleIos.delete":
    "Abra Ajustes › Apps › Mail › Cuentas de correo (en iOS {oldIos} y anteriores: Ajustes › Mail › Cuentas), toque la cuenta profesional y elija Eliminar cuenta.",
  "step.appleIos.add":
    "Toque Añadir cuenta › Microsoft Exchange, escriba su dirección profesional y elija Iniciar sesión (no Configurar manualmente).",
  "step.appleIos.signIn":
    "Inicie sesión en la página de Microsoft, apruebe la solicitud y elija qué sincronizar.",
  "step.appleMac.ewsNote":
    "Esto solo funciona mientras su organización mantenga EWS activado para Apple Mail, y a partir del {ewsRemovedOn} ya no funcionará; la solución duradera es Outlook para Mac.",
  "step.appleMac.remove":
    "En Mail, abra Ajustes › Cuentas, seleccione la cuenta profesional y quítela con el botón menos.",
  "step.appleMac.add":
    "Elija Mail › Añadir cuenta › Microsoft Exchange, escriba su nombre y su dirección profesional y elija Iniciar sesión.",
  "step.appleMac.signIn": "Inicie sesión en la página de Microsoft y apruebe la solicitud.",
  "step.thunderbird.incoming":
    "Abra Configuración de las cuentas › Configuración del servidor y ponga el método de autenticación en OAuth2.",
  "step.thunderbird.outgoing":
    "Abra Servidor de salida (SMTP), edite el servidor de esta cuenta y ponga el método de autenticación en OAuth2.",
  "step.thunderbird.servers":
    "Compruebe los servidores: entrante IMAP en el puerto {imapPort} (o POP en el puerto {popPort}) con SSL/TLS, saliente SMTP en el puerto {smtpPort} con STARTTLS. Los nombres de los servidores:",
  "step.thunderbird.signIn":
    "Reinicie Thunderbird e inicie sesión en la ventana de Microsoft. Si indica que un administrador debe aprobarlo, consulte a TI.",
  "step.device.oauth":
    "En la configuración de correo del dispositivo o la aplicación, busque «Iniciar sesión con Microsoft», OAuth o Autenticación moderna, y úsela.",
  "step.device.firmware":
    "Si no hay esa opción, una actualización del firmware o del software puede añadirla.",
  "step.device.admin":
    "Si no, TI puede configurar otra forma de enviar, como High Volume Email de Microsoft (para correo dentro de su organización), un relé o un conector.",
  "step.genericOauth.find":
    "Abra la configuración de la cuenta {generic, select, yes {de la aplicación} other {de {client}}} y busque «Iniciar sesión con Microsoft», OAuth2 o Autenticación moderna.",
  "step.genericOauth.readd":
    "Quite la cuenta y vuelva a añadirla eligiendo esa opción. Una contraseña sola ya no funciona con Microsoft 365.",
  "step.genericOauth.outlook":
    "Si {generic, select, yes {la aplicación} other {{client}}} no tiene esa opción, ya no puede conectarse: use Outlook para iOS y Android u Outlook en la web.",
  "step.appPw.why":
    "Las contraseñas de aplicación no sirven para Outlook, Apple Mail, Thunderbird ni otras apps de correo con Microsoft 365. Solo siguen funcionando para un dispositivo o programa que envía correo (SMTP).",
  "step.appPw.whyOff":
    "Desde el {offSince}, Microsoft 365 desactiva de forma predeterminada el inicio de sesión con contraseña para enviar correo (SMTP AUTH). Una contraseña de aplicación solo funciona si TI lo ha vuelto a activar para su organización.",
  "step.appPw.mailbox":
    "SMTP AUTH también debe estar permitido para el buzón desde el que envía el dispositivo, y Exchange Online lo desactiva de forma predeterminada: pida a TI que lo permita. Mejor aún, pida un buzón propio para el dispositivo en lugar de usar el suyo.",
  "step.appPw.create":
    "Abra Información de seguridad, seleccione Agregar método de inicio de sesión › Contraseña de aplicación, póngale el nombre del dispositivo (por ejemplo «Escáner 2.ª planta») y copie la contraseña. Solo se muestra una vez.",
  "step.appPw.paste":
    "En la configuración de correo (SMTP) del dispositivo, use su dirección como nombre de usuario y la contraseña de aplicación como contraseña, el puerto {smtpPort} con STARTTLS y este servidor. Guarde y envíe una prueba.",
  "step.appPw.deadline":
    "Después del {deadline} ({days, plural, one {queda # día} other {quedan # días}}), Microsoft 365 desactiva este tipo de inicio de sesión de forma predeterminada. Pida a TI una solución duradera antes de esa fecha.",
  "step.appPw.finalDate":
    "{when, select, upcoming {Microsoft anunciará en el {half, select, 1 {primer} other {segundo}} semestre de {year} cuándo deja de funcionar definitivamente.} due {Microsoft debe anunciar en el {half, select, 1 {primer} other {segundo}} semestre de {year}, que ya ha empezado, cuándo deja de funcionar definitivamente: consulte el calendario.} other {Microsoft tenía previsto anunciar en el {half, select, 1 {primer} other {segundo}} semestre de {year} cuándo deja de funcionar definitivamente; este asistente aún no conoce la fecha, así que consulte el calendario.}} Pida ya a TI una solución duradera.",
  "step.none.ok": "Todo lo que el asistente puede comprobar funciona.",
  "step.none.pick":
    "Si alguna aplicación sigue pidiendo la contraseña, elíjala arriba en «Aplicación que pide la contraseña».",
  "step.note.elsewhere":
    "{generic, select, yes {Siga estos pasos donde se ejecuta esa aplicación, no aquí en {host}.} other {Siga estos pasos donde se ejecuta {client}, no aquí en {host}.}}",
  "step.note.noAppPassword":
    "Las contraseñas de aplicación no funcionan para {generic, select, yes {las aplicaciones de correo} other {{client}}} con Microsoft 365: no cree ninguna.",
  "step.mfaSetup.moreInfo":
    "Si la ventana de inicio de sesión dice «Se necesita más información», su organización quiere que configure un segundo paso de inicio de sesión (MFA). Elija Siguiente y configure Microsoft Authenticator u otro método. O configúrelo primero en Información de seguridad y vuelva a iniciar sesión.",
  "step.mfaSetup.noPhone":
    "¿No tiene smartphone? Elija «Quiero configurar otro método» y luego una llamada, un SMS o una llave de seguridad. Si nada de esto le sirve, pida ayuda a TI para configurar uno.",
  "finding.client-current":
    "{client} puede iniciar sesión con autenticación moderna y está al día.",
  "finding.client-no-modern-auth":
    "{client} no puede usar el inicio de sesión moderno que exige Microsoft 365, así que seguirá pidiéndole la contraseña.",
  "finding.client-below-minimum":
    "{client} es demasiado antiguo para conectarse a Microsoft 365; necesita al menos {minimum}.",
  "finding.client-needs-registry":
    "{client} solo puede usar el inicio de sesión moderno después de activar dos opciones del registro.",
  "finding.client-out-of-support":
    "{client} no tiene soporte desde el {endOfSupport}, así que planifique actualizarlo.",
  "finding.client-old-build":
    "{client} no recibe actualizaciones desde el {servicedUntil}; instalar las últimas actualizaciones mantiene el inicio de sesión funcionando.",
  "finding.client-mac-not-current":
    "{client} salió en {released}; Microsoft solo admite versiones actuales de Outlook para Mac, así que instale las últimas actualizaciones con Microsoft AutoUpdate.",
  "finding.client-mac-reduced-functionality":
    "Desde el {since}, las versiones de Office para Mac anteriores a la {fixedIn}, como {client}, pueden abrirse solo en modo de funcionalidad reducida (solo lectura); actualizar con Microsoft AutoUpdate lo soluciona.",
  "finding.client-version-unknown":
    "No se pudo saber qué versión de {client} tiene; elíjala arriba para obtener una respuesta más precisa.",
  "finding.client-version-unrecognised":
    "La versión indicada para {client} no es una que Microsoft haya publicado; cópiela de nuevo desde la ventana «Acerca de» de la aplicación.",
  "finding.client-version-not-understood":
    "No hemos reconocido la versión indicada para {client}, así que estos pasos sirven para cualquier versión. Elíjala de la lista o cópiela desde la ventana «Acerca de» de la aplicación.",
  "finding.client-modern-auth-unknown":
    "Puede que {generic, select, yes {esta aplicación} other {{client}}} no admita el inicio de sesión moderno (OAuth); revise la configuración de la cuenta o use Outlook en su lugar.",
  "finding.client-set-up-with-password":
    "{client} probablemente está configurado con una contraseña en lugar de «Iniciar sesión con Microsoft», algo que Microsoft 365 ya no acepta.",
  "finding.cached-credentials-likely":
    "{client} probablemente guarda una contraseña o un inicio de sesión antiguos; quitarlos le permite iniciar sesión de nuevo.",
  "finding.host-differs":
    "{generic, select, yes {Siga estos pasos donde se ejecuta esa aplicación, no aquí en {host}.} other {Siga estos pasos donde se ejecuta {client}, no aquí en {host}.}}",
  "finding.apple-mail-ews-retiring":
    "{client} se conecta a Microsoft 365 mediante EWS, que Microsoft empieza a desactivar el {ewsOffFrom} y apaga definitivamente el {ewsRemovedOn}; la solución duradera es Outlook para Mac.",
  "finding.apple-mail-ews-off":
    "{client} se conecta a Microsoft 365 mediante EWS, que Microsoft está desactivando desde el {ewsOffFrom}. Su departamento de TI todavía puede permitirlo hasta el {ewsRemovedOn}, así que volver a agregar la cuenta solo ayuda mientras lo haga; a partir del {ewsRemovedOn} ya nadie puede, y la solución duradera es Outlook para Mac.",
  "finding.apple-mail-ews-removed":
    "{client} se conecta a Microsoft 365 mediante EWS, que está apagado definitivamente desde el {ewsRemovedOn} y nadie puede volver a activar; use Outlook para Mac u Outlook en la Web.",
  "finding.eas-minimum":
    "{state, select, upcoming {A partir del {refusedFrom}, Microsoft 365 rechaza las apps de correo de teléfonos demasiado antiguas para el Exchange ActiveSync actual (versiones antiguas de Mail del iPhone, Gmail o Samsung Email): si la app deja de conectarse, actualice el sistema del teléfono o la app, o use Outlook para iOS y Android.} other {Desde el {refusedFrom}, Microsoft 365 rechaza las apps de correo de teléfonos demasiado antiguas para el Exchange ActiveSync actual (versiones antiguas de Mail del iPhone, Gmail o Samsung Email): si la app no se conecta en absoluto, actualice el sistema del teléfono o la app, o use Outlook para iOS y Android.}}",
  "finding.new-outlook-switch":
    "Desde {month}, Microsoft cambia una vez las cuentas profesionales al nuevo Outlook. Si Outlook de repente se ve distinto y le pide iniciar sesión, puede que simplemente le hayan cambiado: inicie sesión o vuelva con el botón «Nuevo Outlook» o en Ayuda › Ir a Outlook clásico.",
  "finding.account-on-premises":
    "Su buzón está en el servidor Exchange propio de su organización, así que su departamento de TI gestiona cómo inicia sesión.",
  "finding.account-outlook-com":
    "Es una cuenta personal de Outlook.com, así que no se le aplican las opciones de las cuentas profesionales.",
  "finding.account-gmail":
    "Es una cuenta de Gmail; su contraseña e inicio de sesión los gestiona Google, no Microsoft.",
  "finding.offline":
    "Este dispositivo está sin conexión, así que nada puede llegar a Microsoft 365 hasta que vuelva la conexión.",
  "finding.network-timeout":
    "Microsoft 365 no respondió a tiempo; puede que su red sea lenta o lo esté bloqueando.",
  "finding.token-ok": "Puede iniciar sesión en Microsoft 365 con autenticación moderna.",
  "finding.token-not-configured":
    "Su departamento de TI no ha activado la comprobación de inicio de sesión en directo, así que este diagnóstico usa lo que el panel ve en este dispositivo.",
  "finding.token-unsupported":
    "Este Outlook no puede hacer la comprobación de inicio de sesión en directo, así que este diagnóstico usa lo que el panel ve en este dispositivo.",
  "finding.token-timeout": "La comprobación de inicio de sesión tardó demasiado y se detuvo.",
  "finding.token-failed":
    "La comprobación de inicio de sesión en directo no funcionó; el informe tiene los detalles para TI.",
  "finding.signin-mfa-required":
    "Su organización ahora pide un segundo paso al iniciar sesión y todavía no se ha completado.",
  "finding.signin-mfa-registration-required":
    "Antes de iniciar sesión debe configurar una forma de aprobar los inicios de sesión, como la app Microsoft Authenticator.",
  "finding.signin-mfa-not-completed":
    "El segundo paso del inicio de sesión no se completó; vuelva a intentarlo y apruebe la solicitud. Si la aplicación Authenticator rechaza su cuenta profesional en este teléfono (lo hace en teléfonos con jailbreak o rooteados), configure otro método u otro teléfono en Información de seguridad.",
  "finding.signin-blocked-by-policy":
    "Las reglas de seguridad de su organización bloquearon la comprobación de inicio de sesión de este asistente; solo su departamento de TI puede permitirla, y el informe le indica qué inicio de sesión buscar.",
  "finding.signin-device-not-compliant":
    "Su organización solo permite iniciar sesión desde dispositivos que gestiona, y este todavía no cumple los requisitos.",
  "finding.signin-account-locked":
    "Su cuenta está bloqueada tras demasiados intentos; espere un rato o pida a su departamento de TI que la desbloquee.",
  "finding.signin-password-expired":
    "Su contraseña ha caducado y debe cambiarse antes de que nada pueda iniciar sesión.",
  "finding.signin-wrong-password":
    "La contraseña que se usa es incorrecta; suele deberse a una contraseña antigua guardada.",
  "finding.signin-account-disabled":
    "Su cuenta está desactivada; solo su departamento de TI puede volver a activarla.",
  "finding.signin-session-revoked":
    "Su sesión se cerró (por ejemplo, tras cambiar la contraseña); solo tiene que volver a iniciar sesión.",
  "finding.signin-account-not-in-tenant":
    "El Microsoft 365 de su organización no conoce esta cuenta; revise la dirección o consulte a su departamento de TI.",
  "finding.signin-consent-required":
    "Su departamento de TI aún tiene que aprobar el acceso de este asistente para que se pueda hacer la comprobación en directo.",
  "finding.signin-app-misconfigured":
    "Su departamento de TI todavía no ha configurado bien este asistente, así que la comprobación en directo no puede hacerse.",
  "finding.signin-user-not-assigned":
    "Su departamento de TI aún no le ha dado acceso a la comprobación en directo de este asistente.",
  "finding.signin-popup-blocked":
    "Se bloqueó la ventana de inicio de sesión; permita las ventanas emergentes para Outlook y vuelva a intentarlo.",
  "finding.signin-user-cancelled": "La ventana de inicio de sesión se cerró antes de terminar.",
  "finding.signin-interaction-in-progress":
    "Ya hay una ventana de inicio de sesión abierta; termínela primero.",
  "finding.signin-bridge-unavailable":
    "Este Outlook no puede iniciar la sesión del asistente por sí solo; «Iniciar sesión» abre en su lugar una ventana de inicio de sesión aparte.",
  "finding.signin-no-network": "El inicio de sesión falló porque no hay conexión de red.",
  "finding.signin-interaction-required":
    "Tiene que iniciar sesión una vez más para que puedan ejecutarse las comprobaciones en directo.",
  "finding.signin-no-sign-in-here":
    "Este Outlook no puede iniciar la sesión del asistente, así que la comprobación en directo no puede ejecutarse aquí; el diagnóstico se basa en lo que el panel ve en este dispositivo.",
  "finding.signin-cookies-blocked":
    "Su navegador bloquea las cookies que necesita el inicio de sesión dentro de Outlook en la Web. Permita las cookies de terceros para login.microsoftonline.com o use la aplicación Outlook; «Iniciar sesión» abre ahora una ventana aparte que funciona sin ellas.",
  "finding.signin-host-sign-in-failed":
    "La ventana de inicio de sesión de Outlook falló, un problema conocido de algunas versiones de Outlook. Seleccione «Iniciar sesión» para usar una ventana de inicio de sesión aparte, o use Outlook en la Web.",
  "finding.signin-sign-in-window-closed":
    "La ventana de inicio de sesión se cerró sola justo después de abrirse. Seleccione «Iniciar sesión» para volver a intentarlo; si se vuelve a cerrar, use Outlook en la Web en su navegador.",
  "finding.signin-dialog-failed":
    "La ventana de inicio de sesión no pudo abrirse por cómo está configurado el asistente; solo su equipo de TI puede solucionarlo.",
  "finding.signin-add-in-load-failed":
    "Una parte del asistente no se cargó, a menudo porque se actualizó mientras estaba abierto. Cierre el panel y vuelva a abrirlo.",
  "finding.signin-browser-unsupported":
    "A esta ventana de Outlook le falta una función del navegador que el inicio de sesión necesita; actualice Outlook o use Outlook en la Web.",
  "finding.signin-unknown-failure":
    "La comprobación del inicio de sesión falló por un motivo que el asistente no pudo identificar; su equipo de TI ve los detalles en el informe.",
  "finding.mailbox-ok":
    "Su buzón responde con autenticación moderna, así que Microsoft 365 funciona para usted.",
  "finding.mailbox-unauthorized":
    "Microsoft 365 rechazó el inicio de sesión de su buzón; volver a iniciar sesión suele arreglarlo.",
  "finding.mailbox-forbidden":
    "Se denegó el acceso a su buzón; solo su departamento de TI puede cambiarlo.",
  "finding.mailbox-not-found":
    "Su buzón no está en Exchange Online (puede estar en el servidor propio de su organización o no tener licencia todavía).",
  "finding.mailbox-throttled":
    "Microsoft 365 pidió ir más despacio; la comprobación del buzón volverá a funcionar en un momento.",
  "finding.mailbox-service-error":
    "Microsoft 365 tuvo un problema temporal al responder; vuelva a intentarlo más tarde.",
  "finding.mailbox-unreachable": "No se pudo llegar a su buzón por la red.",
  "finding.mailbox-failed":
    "La comprobación del buzón no funcionó; el informe tiene los detalles para TI.",
  "finding.mailbox-timeout": "Su buzón no respondió a tiempo.",
  "finding.mailbox-skipped": "Su buzón no se comprobó porque el inicio de sesión no se completó.",
  "finding.mfa-methods-ok": "Tiene una forma de aprobar los inicios de sesión ({methods}).",
  "finding.mfa-method-missing":
    "No ha configurado una forma de aprobar los inicios de sesión (como la app Authenticator), algo que su organización exige.",
  "finding.mfa-methods-unknown":
    "No pudimos comprobar qué métodos de inicio de sesión tiene configurados.",
  "finding.app-password-not-for-outlook":
    "Las contraseñas de aplicación no funcionan para {generic, select, yes {las aplicaciones de correo} other {{client}}} con Microsoft 365: no cree ninguna.",
  "finding.app-password-stopgap":
    "Una contraseña de aplicación permite que este dispositivo siga enviando correo hasta que el inicio de sesión con contraseña para enviar correo se desactive de forma predeterminada después del {deadline} ({days, plural, one {queda # día} other {quedan # días}}).",
  "finding.app-password-after-deadline":
    "Una contraseña de aplicación solo funciona si su departamento de TI ha vuelto a activar el inicio de sesión con contraseña para enviar correo.",
  "finding.app-passwords-disabled":
    "Su organización no permite contraseñas de aplicación, así que el dispositivo necesita otra forma de enviar correo.",
  "finding.app-passwords-unavailable":
    "Con la seguridad de inicio de sesión de su organización no existen contraseñas de aplicación, así que el dispositivo necesita otra forma de enviar correo.",
  "finding.smtp-ask-admin":
    "Solo su departamento de TI sabe si este dispositivo puede enviar con una contraseña de aplicación o cómo debe enviar en su lugar.",
  "finding.smtp-basic-auth-disabled":
    "Desde el {offSince}, Microsoft 365 desactiva de forma predeterminada el inicio de sesión con contraseña para enviar correo; TI puede volver a activarlo o pasar el dispositivo a un método compatible.",
  "finding.smtp-basic-auth-removed":
    "Desde el {removedOn}, Microsoft 365 ya no acepta el inicio de sesión con contraseña para enviar correo; el dispositivo necesita inicio de sesión moderno (OAuth) u otra forma de enviar.",
  "finding.smtp-on-premises":
    "Este dispositivo envía a través del servidor de correo propio de su organización, que gestiona su departamento de TI.",
  "finding.smtp-consumer-basic-ended":
    "Outlook.com ya no acepta contraseñas de aplicaciones ni dispositivos; el dispositivo debe admitir «Iniciar sesión con Microsoft».",
  "finding.all-good": "Este panel no ve nada que esté mal.",
  "finding.report-date-implausible":
    "La fecha de este informe ({date}) no puede ser correcta, así que se ha evaluado con la fecha de hoy.",
  "finding.cause-saved-sign-in":
    "Desde que se activó la MFA, Microsoft 365 rechaza la contraseña o el inicio de sesión que {generic, select, yes {la aplicación} other {{client}}} guardó antes, por eso lo pide una y otra vez. Hay que volver a iniciar sesión a través de la ventana de inicio de sesión de Microsoft.",
  "finding.cause-plain-password":
    "Microsoft 365 ya no acepta una contraseña simple de las apps de correo: {generic, select, yes {la aplicación} other {{client}}} tiene que iniciar sesión a través de la página de inicio de sesión de Microsoft (OAuth).",
  "finding.cause-no-modern-auth":
    "Microsoft 365 solo acepta el inicio de sesión moderno a través de la ventana de Microsoft, y {client} no lo tiene, así que rechaza cada contraseña que pide.",
  "finding.cause-registry":
    "{client} inicia sesión a la antigua, solo con contraseña, y Microsoft 365 lo rechaza; solo dos valores del Registro activan el inicio de sesión moderno.",
  "finding.cause-old-version":
    "El inicio de sesión en Microsoft 365 cambia continuamente y solo las versiones que siguen recibiendo actualizaciones se mantienen al día; {client} ya no las recibe.",
  "finding.cause-mfa-registration":
    "Su organización exige ahora un segundo paso de inicio de sesión (MFA), y Microsoft 365 no deja entrar a {generic, select, yes {la aplicación} other {{client}}} hasta que haya configurado uno.",
  "finding.cause-password-expired":
    "Las contraseñas de su organización caducan pasado un tiempo; hasta que elija una nueva, Microsoft 365 rechaza la antigua en todas partes.",
  "finding.cause-policy":
    "Cada vez que algo inicia sesión, Microsoft 365 comprueba las reglas de su organización (acceso condicional), y estas han rechazado este inicio de sesión.",
  "finding.cause-device-password":
    "Desde que su organización activó la MFA, Microsoft 365 rechaza la contraseña normal que este dispositivo usa para enviar correo.",
  "finding.cause-device-basic-off":
    "Desde el {since}, Microsoft 365 rechaza la contraseña que este dispositivo usa para enviar correo, salvo que TI vuelva a activar el inicio de sesión con contraseña para enviar.",
  "summary.check-network":
    "No tiene conexión o no se puede llegar a Microsoft 365, así que {generic, select, yes {la aplicación} other {{client}}} no puede iniciar sesión.",
  "summary.register-mfa":
    "Para {generic, select, yes {la aplicación} other {{client}}}, primero tiene que terminar de configurar el inicio de sesión multifactor (MFA).",
  "summary.reset-password":
    "Su contraseña ha caducado, así que {generic, select, yes {la aplicación} other {{client}}} no podrá iniciar sesión hasta que elija una nueva.",
  "summary.clear-cached-credentials":
    "{generic, select, yes {La aplicación} other {{client}}} ofrece una y otra vez una contraseña o un inicio de sesión antiguos que Microsoft 365 rechaza; quitarlos y volver a iniciar sesión debería detener las peticiones.",
  "summary.clear-cached-credentials.likely":
    "Lo más habitual es que las peticiones paren al cerrar sesión en {generic, select, yes {la aplicación} other {{client}}} y volver a iniciarla de la forma nueva.",
  "summary.enable-modern-auth-registry":
    "{client} no puede iniciar sesión con la configuración de seguridad de su organización hasta que se activen dos valores del Registro.",
  "summary.update-client":
    "{generic, select, yes {La aplicación} other {{client}}} no puede iniciar sesión como exige Microsoft 365; use una aplicación compatible con el inicio de sesión moderno.",
  "summary.update-client.replace":
    "{client} no puede iniciar sesión en Microsoft 365 y ninguna actualización lo cambia: hay que sustituirlo.",
  "summary.update-client.below-minimum":
    "{client} es demasiado antiguo para conectarse a Microsoft 365: necesita al menos {minimum}.",
  "summary.update-client.needs-registry":
    "{client} no tiene soporte desde el {endOfSupport} y solo puede iniciar sesión con valores adicionales del Registro: sustitúyalo o active esos valores como solución provisional.",
  "summary.update-client.out-of-support":
    "{client} no tiene soporte desde el {endOfSupport}: planifique con TI el cambio a una versión con soporte.",
  "summary.update-client.out-of-servicing":
    "{client} no recibe actualizaciones desde el {servicedUntil}: instale las últimas actualizaciones.",
  "summary.update-client.not-current":
    "{client} salió en {released} y ya no está al día: actualícelo con Microsoft AutoUpdate.",
  "summary.update-client.mac-reduced-functionality":
    "{client} es anterior a la {fixedIn}, así que desde el {since} puede abrirse solo en modo de funcionalidad reducida (solo lectura): actualícelo con Microsoft AutoUpdate.",
  "summary.update-client.ews":
    "{state, select, removed {{client} ya no puede llegar a Microsoft 365: Microsoft 365 ha apagado definitivamente EWS, que es lo que usa. Use Outlook para Mac u Outlook en la Web.} other {{client} se conecta a Microsoft 365 mediante EWS, que Microsoft 365 está desactivando, definitivamente a partir del {ewsRemovedOn}: la solución duradera es Outlook para Mac.}}",
  "summary.switch-to-modern-auth":
    "Hay que volver a configurar {generic, select, yes {la aplicación} other {{client}}} con «Iniciar sesión con Microsoft».",
  "summary.switch-to-modern-auth.likely":
    "Lo más habitual es que las peticiones paren al volver a configurar la cuenta en {generic, select, yes {la aplicación} other {{client}}} con «Iniciar sesión con Microsoft» (OAuth2).",
  "summary.use-app-password":
    "Por ahora, el dispositivo puede seguir enviando correo con una contraseña de aplicación.",
  "summary.use-app-password.disabled-by-default":
    "El dispositivo solo puede enviar correo con una contraseña de aplicación si TI ha vuelto a activar el inicio de sesión con contraseña para el envío.",
  "summary.contact-admin": "{reason} Solo su departamento de TI puede resolverlo.",
  "summary.none": "Todo lo que este panel puede comprobar funciona.",
  "summary.support.replace":
    "Además, esta versión no puede conectarse en absoluto a Microsoft 365: hay que sustituirla.",
  "summary.support.below-minimum":
    "Además, esta versión es demasiado antigua para conectarse: necesita al menos {minimum}.",
  "summary.support.out-of-support":
    "Además, esta versión no tiene soporte desde el {endOfSupport}, así que planifique una actualización.",
  "summary.support.out-of-servicing":
    "Además, esta versión no recibe actualizaciones desde el {servicedUntil}, así que instale las últimas actualizaciones.",
  "summary.support.not-current":
    "Además, {client} salió en {released} y ya no está al día: actualícelo con Microsoft AutoUpdate.",
  "summary.support.mac-reduced-functionality":
    "Además, esta versión es anterior a la {fixedIn}, así que desde el {since} puede abrirse solo en modo de funcionalidad reducida (solo lectura): actualícela con Microsoft AutoUpdate.",
  "summary.support.ews":
    "{state, select, removed {Pase a Outlook para Mac: {client} ya no puede llegar a Microsoft 365, porque EWS, que es lo que usa, está apagado definitivamente.} other {Para una solución duradera, pase a Outlook para Mac: {client} se conecta mediante EWS, que se está desactivando, definitivamente a partir del {ewsRemovedOn}.}}",
  "reason.policy":
    "Las reglas de seguridad de su organización bloquearon la comprobación de inicio de sesión de este asistente desde este dispositivo o lugar.",
  "reason.device":
    "Su organización solo permite iniciar sesión desde dispositivos que administra, y este aún no cumple los requisitos.",
  "reason.locked": "Su cuenta está bloqueada tras demasiados intentos de inicio de sesión.",
  "reason.disabled": "Su cuenta está desactivada.",
  "reason.not-in-tenant": "El Microsoft 365 de su organización no reconoce esta cuenta.",
  "reason.on-premises":
    "Su buzón está en el servidor de correo propio de su organización, del que se ocupa su departamento de TI.",
  "reason.mailbox-forbidden": "Microsoft 365 denegó el acceso a su buzón.",
  "reason.mailbox-not-found":
    "Microsoft 365 no encuentra su buzón: puede estar en un servidor propio de su organización o no tener licencia todavía.",
  "reason.smtp-removed":
    "Microsoft 365 ya no acepta contraseñas de los dispositivos que envían correo.",
  "reason.smtp-off":
    "Microsoft 365 ha desactivado el inicio de sesión con contraseña para los dispositivos que envían correo, y solo TI puede volver a activarlo.",
  "reason.smtp-no-app-passwords":
    "Con la seguridad de inicio de sesión de su organización no existen contraseñas de aplicación, así que el dispositivo necesita otra forma de enviar correo.",
  "reason.smtp-app-passwords-off":
    "Su organización no permite contraseñas de aplicación, así que el dispositivo necesita otra forma de enviar correo.",
  "reason.smtp-ask":
    "Solo su departamento de TI sabe cómo debe enviar correo ahora este dispositivo.",
  "reason.smtp-lasting":
    "Una contraseña de aplicación solo es una solución provisional: el dispositivo necesita una forma duradera de enviar correo antes de la fecha límite.",
  "reason.assistant-setup":
    "Su departamento de TI aún tiene que terminar de configurar las comprobaciones en directo de este asistente; los pasos para su aplicación no dependen de ellas.",
  "reason.other": "Algo que solo su departamento de TI puede cambiar impide el inicio de sesión.",
  "method.microsoftAuthenticator": "Microsoft Authenticator",
  "method.phone": "Teléfono (SMS o llamada)",
  "method.fido2": "Llave de seguridad o clave de acceso (FIDO2)",
  "method.softwareOath": "Código de una aplicación de autenticación (OATH)",
  "method.hardwareOath": "Token de hardware (OATH)",
  "method.windowsHelloForBusiness": "Windows Hello para empresas",
  "method.temporaryAccessPass": "Pase de acceso temporal",
  "method.platformCredential": "Credencial de plataforma (macOS)",
  "method.external": "Método de autenticación externo",
  "method.password": "Contraseña",
  "method.email": "Correo electrónico (solo para restablecer la contraseña)",
};
