// Picks a catalogue from Office.context.displayLanguage. English is bundled; the others load lazily, so the
// first paint never waits for a language the user doesn't use.

import { formatMessage, type Param, type Params } from "../diagnosis/format";
import { enUS, type EnglishMessages, type MessageKey, type Messages } from "./en-US";
import { withFrenchSpacing } from "./frenchSpacing";

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
      return withFrenchSpacing((await import(/* webpackChunkName: "locale-fr" */ "./fr-FR")).frFR);
    case "es-ES":
      return (await import(/* webpackChunkName: "locale-es" */ "./es-ES")).esES;
    default:
      return enUS;
  }
}

/** The names of a template's placeholders, read from its literal type ("{days, plural, …}" gives "days"). */
type PlaceholderNames<S> = S extends `${string}{${infer Body}}${infer Rest}`
  ? NameOf<Body> | PlaceholderNames<Rest>
  : never;
type NameOf<B extends string> = B extends `${infer Name},${string}`
  ? Name
  : B extends `${string} ${string}` | `#${string}` | ""
    ? never
    : B;

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * A literal key demands exactly its placeholders; a key chosen at run time (a union, such as a step's key)
 * takes whatever parameters its caller has, and a missing one stays visible in the text.
 */
export type ParamArgs<K extends MessageKey> =
  true extends IsUnion<K>
    ? [params?: Params]
    : [PlaceholderNames<EnglishMessages[K]>] extends [never]
      ? [params?: Params]
      : [params: Readonly<Record<PlaceholderNames<EnglishMessages[K]>, Param>> & Params];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

const isMessageKey = (key: string): key is MessageKey =>
  Object.prototype.hasOwnProperty.call(enUS, key);

export function translator(messages: Messages): Translate {
  const locale = messages["catalogue.locale"] || "en-US";
  const text = (key: MessageKey, params?: Params): string =>
    formatMessage(messages[key] || enUS[key] || key, params, {
      locale,
      term: (term, termParams) => (isMessageKey(term) ? text(term, termParams) : term),
    });
  return (key, ...params) => text(key, params[0]);
}

export { enUS, type MessageKey, type Messages };
