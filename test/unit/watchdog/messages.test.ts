// The watchdog carries its own copy of four catalogue strings (it runs when the catalogues may never arrive): the
// copies must say exactly what the catalogues say.
import { deDE } from "../../../src/i18n/de-DE";
import { enUS } from "../../../src/i18n/en-US";
import { esES } from "../../../src/i18n/es-ES";
import { frFR } from "../../../src/i18n/fr-FR";
import { WATCHDOG_KEYS, WATCHDOG_MESSAGES } from "../../../src/watchdog/messages";

test.each([
  ["en", enUS],
  ["de", deDE],
  ["fr", frFR],
  ["es", esES],
] as const)("%s: the watchdog's words are the catalogue's", (lang, catalogue) => {
  for (const key of WATCHDOG_KEYS)
    expect({ key, text: WATCHDOG_MESSAGES[lang][key] }).toEqual({ key, text: catalogue[key] });
});
