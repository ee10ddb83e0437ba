// The watchdog's words in the four languages, copied from the catalogues (src/i18n, keys "watchdog.*"): the
// watchdog runs when the catalogues may never arrive and must stay tiny. A unit test keeps the copies equal.

export const WATCHDOG_KEYS = [
  "watchdog.failed",
  "watchdog.dialogFailed",
  "watchdog.runAgain",
  "watchdog.helpDesk",
] as const;
export type WatchdogKey = (typeof WATCHDOG_KEYS)[number];

export const WATCHDOG_MESSAGES: Record<"en" | "de" | "fr" | "es", Record<WatchdogKey, string>> = {
  en: {
    "watchdog.failed":
      "The Sign-in Assistant couldn't start: part of it didn't arrive. Select Run again; if it happens again, contact your IT team.",
    "watchdog.dialogFailed":
      "Sign-in couldn't start: part of this page didn't arrive. Select Run again, or close this window and try again.",
    "watchdog.runAgain": "Run again",
    "watchdog.helpDesk": "Your IT team:",
  },
  de: {
    "watchdog.failed":
      "Der Anmelde-Assistent konnte nicht starten: Ein Teil davon ist nicht angekommen. Wählen Sie „Erneut ausführen“; wenn es wieder passiert, wenden Sie sich an Ihre IT-Abteilung.",
    "watchdog.dialogFailed":
      "Die Anmeldung konnte nicht starten: Ein Teil dieser Seite ist nicht angekommen. Wählen Sie „Erneut ausführen“, oder schließen Sie dieses Fenster und versuchen Sie es noch einmal.",
    "watchdog.runAgain": "Erneut ausführen",
    "watchdog.helpDesk": "Ihre IT-Abteilung:",
  },
  fr: {
    "watchdog.failed":
      "L'Assistant de connexion n'a pas pu démarrer : une partie n'est pas arrivée. Sélectionnez Réexécuter ; si cela se reproduit, contactez votre service informatique.",
    "watchdog.dialogFailed":
      "La connexion n'a pas pu démarrer : une partie de cette page n'est pas arrivée. Sélectionnez Réexécuter, ou fermez cette fenêtre et réessayez.",
    "watchdog.runAgain": "Réexécuter",
    "watchdog.helpDesk": "Votre service informatique :",
  },
  es: {
    "watchdog.failed":
      "El Asistente de inicio de sesión no ha podido iniciarse: una parte no ha llegado. Seleccione Volver a ejecutar; si vuelve a ocurrir, póngase en contacto con su departamento de TI.",
    "watchdog.dialogFailed":
      "El inicio de sesión no ha podido empezar: una parte de esta página no ha llegado. Seleccione Volver a ejecutar, o cierre esta ventana y vuelva a intentarlo.",
    "watchdog.runAgain": "Volver a ejecutar",
    "watchdog.helpDesk": "Su departamento de TI:",
  },
};
