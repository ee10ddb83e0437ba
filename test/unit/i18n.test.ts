import { readFileSync } from "node:fs";
import { join } from "node:path";
import { placeholdersOf } from "../../src/diagnosis/format";
import { STEPS_KEYS_FOR_TEST } from "../support/stepKeys";
import { enUS, loadMessages, LOCALES, pickLocale, translator } from "../../src/i18n";
import { checkManifest } from "../support/manifestCheck";

describe("message catalogues", () => {
  test.each(LOCALES.filter((l) => l !== "en-US"))(
    "%s has exactly en-US's keys, each with the same placeholders",
    async (locale) => {
      const messages = await loadMessages(locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(enUS).sort());
      for (const [key, text] of Object.entries(enUS)) {
        expect([key, placeholdersOf(messages[key as keyof typeof enUS])]).toEqual([
          key,
          placeholdersOf(text),
        ]);
        expect(messages[key as keyof typeof enUS].trim().length).toBeGreaterThan(0);
      }
    }
  );

  test("every step the guide can show has a message", () => {
    for (const key of STEPS_KEYS_FOR_TEST()) expect(Object.keys(enUS)).toContain(key);
  });

  test.each([
    ["de-AT", "de-DE"],
    ["fr", "fr-FR"],
    ["FR-CA", "fr-FR"],
    ["es-MX", "es-ES"],
    ["en-GB", "en-US"],
    ["ja-JP", "en-US"],
    [null, "en-US"],
  ])("displayLanguage %s picks %s", (lang, locale) => {
    expect(pickLocale(lang)).toBe(locale);
  });

  test("the translator fills placeholders and falls back to English", () => {
    const t = translator({ ...enUS, "guide.progress": "" });
    expect(t("guide.progress", { done: 1, total: 3 })).toBe("1 of 3 steps done");
  });

  test("the manifest's localized names stay in step with the catalogues", async () => {
    const xml = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const r = checkManifest(xml, {
      base: "https://localhost:3000/",
      assetRoot: join(__dirname, "../.."),
      packageVersion: "1.0.0",
    });
    for (const locale of LOCALES) {
      const messages = await loadMessages(locale);
      expect([locale, r.locales[locale]?.displayName]).toEqual([locale, messages["app.title"]]);
    }
  });
});
