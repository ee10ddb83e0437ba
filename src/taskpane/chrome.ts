// The one locale-and-theme step: the user's catalogue and the Fluent theme, loaded side by side, each falling back
// (English, light) when its chunk doesn't load, with the failure in the trail. Every mode gets its chrome here.

import { enUS, loadMessages, pickLocale, translator, type Locale } from "../i18n";
import { loadTheme, pickTheme, type ThemeName } from "../ui/theme";
import { webLightTheme } from "../ui/lightTheme";
import { describeError, record } from "../util/errorLog";
import type { Chrome } from "./paneStore";

export const media = (q: string): boolean =>
  typeof window.matchMedia === "function" ? window.matchMedia(q).matches : false;

export interface ChromeWish {
  /** A language tag (Office's displayLanguage, `_host_Info`'s, the browser's). */
  language: string | null;
  /** Office's body background colour, when Office told it. */
  bodyBackgroundColor?: string | null;
  /** ?theme= outside Office (light, dark, highContrast). */
  requested?: string | null;
}

export function chromeNames(wish: ChromeWish): { locale: Locale; themeName: ThemeName } {
  return {
    locale: pickLocale(wish.language),
    themeName: pickTheme({
      requested: wish.requested ?? null,
      bodyBackgroundColor: wish.bodyBackgroundColor ?? null,
      forcedColors: media("(forced-colors: active)"),
      prefersDark: media("(prefers-color-scheme: dark)"),
    }),
  };
}

export async function loadChrome(wish: ChromeWish): Promise<Chrome> {
  const { locale, themeName } = chromeNames(wish);
  const [messages, theme] = await Promise.all([
    loadMessages(locale).catch((e: unknown) => {
      record("boot", "chunk_load_error", `locale ${locale}: ${describeError(e)}`, "error");
      return null;
    }),
    loadTheme(themeName).catch((e: unknown) => {
      record("boot", "chunk_load_error", `theme ${themeName}: ${describeError(e)}`, "error");
      return null;
    }),
  ]);
  return {
    lang: messages ? locale : "en-US",
    t: translator(messages ?? enUS),
    theme: theme ?? webLightTheme,
    themeName: theme ? themeName : "light",
    localeFailed: messages ? null : locale,
  };
}

/** The chrome as it is, or reloaded when Office's own language or theme differs from the first guess. */
export async function chromeFor(current: Chrome, wish: ChromeWish): Promise<Chrome> {
  const { locale, themeName } = chromeNames(wish);
  const sameLocale = current.lang === locale || current.localeFailed === locale;
  if (sameLocale && current.themeName === themeName) return current;
  return loadChrome(wish);
}
