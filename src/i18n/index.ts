// Picks a catalogue from Office.context.displayLanguage. English is bundled; the others load lazily, so the
// first paint never waits for a language the user doesn't use.

import { formatMessage } from "../diagnosis/format";
import { enUS, type MessageKey, type Messages } from "./en-US";

export const LOCALES = ["en-US", "de-DE", "fr-FR", "es-ES"] as const;
export type Locale = (typeof LOCALES)[number];

/** "de-AT" → de-DE, "fr" → fr-FR, anything unknown → en-US. */
export function pickLocale(displayLanguage: string | null | undefined): Locale {
  const lang = (displayLanguage ?? "").toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === lang);
  if (exact) return exact;
  const primary = lang.split(/[-_]/)[0];
  return LOCALES.find((l) => l.slice(0, 2) === primary) ?? "en-US";
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case "de-DE":
      return (await import(/* webpackChunkName: "locale-de" */ "./de-DE")).deDE;
    case "fr-FR":
      return (await import(/* webpackChunkName: "locale-fr" */ "./fr-FR")).frFR;
    case "es-ES":
      return (await import(/* webpackChunkName: "locale-es" */ "./es-ES")).esES;
    default:
      return enUS;
  }
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(messages: Messages): Translate {
  return (key, params) => formatMessage(messages[key] || enUS[key] || key, params);
}

export { enUS, type MessageKey, type Messages };
