import { readFileSync } from "node:fs";
import { join } from "node:path";
import { STEP_KEYS } from "../../src/diagnosis";
import { placeholdersOf, pluralCategoriesOf } from "../../src/diagnosis/format";
import { enUS, loadMessages, LOCALES, pickLocale, translator, type Messages } from "../../src/i18n";
import { checkManifest } from "../support/manifestCheck";
import { reachableStepKeys } from "../support/stepKeys";

const catalogues = async (): Promise<[string, Messages][]> =>
  Promise.all(LOCALES.map(async (l) => [l, await loadMessages(l)] as [string, Messages]));

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

  test.each(LOCALES)(
    "%s names its own language, so dates and counts are formatted for it",
    async (locale) => {
      expect((await loadMessages(locale))["catalogue.locale"]).toBe(locale);
    }
  );

  test("every plural offers 'other' and only the categories its language has", async () => {
    for (const [locale, messages] of await catalogues()) {
      const allowed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [key, text] of Object.entries(messages)) {
        for (const [name, categories] of pluralCategoriesOf(text)) {
          expect([locale, key, name, categories.includes("other")]).toEqual([
            locale,
            key,
            name,
            true,
          ]);
          for (const c of categories)
            expect([locale, key, allowed.includes(c as Intl.LDMLPluralRule)]).toEqual([
              locale,
              key,
              true,
            ]);
        }
      }
    }
  });

  test("every step a guide can show has English words, and every listed step can be shown", () => {
    const reachable = reachableStepKeys();
    expect([...reachable].sort()).toEqual([...STEP_KEYS].sort());
    for (const key of reachable) expect(Object.keys(enUS)).toContain(key);
  });

  test("IT's notes stay in English, so every other language's 'For your IT team' says they are in English", async () => {
    const english: Record<string, RegExp> = {
      "de-DE": /Englisch/,
      "fr-FR": /anglais/,
      "es-ES": /inglés/,
    };
    for (const [locale, messages] of await catalogues())
      if (locale !== "en-US")
        expect([locale, messages["guide.forIt"]]).toEqual([
          locale,
          expect.stringMatching(english[locale] as RegExp),
        ]);
  });

  test("no catalogue writes a version, build, date or year into its text: they come from the tables", async () => {
    const facts = [
      /\b\d{4}-\d{2}-\d{2}\b/, // ISO dates
      /\d+\.\d+/, // versions and builds (15.0.4971.1000, 16.78)
      /\b(19|20)\d{2}\b/, // years ("April 2023")
      /Version \d/,
      /iOS \d/,
    ];
    for (const [locale, messages] of await catalogues()) {
      for (const [key, raw] of Object.entries(messages)) {
        // A client's name carries its product year ("Outlook 2019 for Mac"): a name, not a fact to keep current.
        const text = key.startsWith("client.")
          ? raw.replace(/\b(LTSC |Mac )?20(10|11|13|16|19|21|24)\b/g, "")
          : raw;
        for (const re of facts) expect([locale, key, re.test(text)]).toEqual([locale, key, false]);
      }
    }
  });

  test.each([
    ["en-US", "October 14, 2025"],
    ["de-DE", "14. Oktober 2025"],
    ["fr-FR", "14 octobre 2025"],
    ["es-ES", "14 de octubre de 2025"],
  ] as const)("%s formats dates its own way (%s)", async (locale, shown) => {
    const t = translator(await loadMessages(locale));
    const text = t("finding.client-out-of-support", {
      client: "Outlook 2016 (MSI)",
      endOfSupport: { date: "2025-10-14" },
    });
    expect(text).toContain(shown);
    expect(text).not.toContain("2025-10-14");
  });

  test.each([
    ["en-US", "1 day left", "2 days left"],
    ["de-DE", "noch 1 Tag", "noch 2 Tage"],
    ["fr-FR", "encore 1 jour", "encore 2 jours"],
    ["es-ES", "queda 1 día", "quedan 2 días"],
  ] as const)("%s counts days with its plural rules", async (locale, one, two) => {
    const t = translator(await loadMessages(locale));
    const deadline = { date: "2026-12-31" };
    expect(t("step.appPw.deadline", { deadline, days: 1 })).toContain(one);
    expect(t("step.appPw.deadline", { deadline, days: 2 })).toContain(two);
  });

  test("words inside a message come from the reader's catalogue, not as keys", async () => {
    const t = translator(await loadMessages("de-DE"));
    const text = t("finding.host-differs", {
      host: { term: "app.outlook-web" },
      client: { term: "app.thunderbird" },
      generic: "no",
    });
    expect(text).toContain("Outlook im Web");
    expect(text).not.toMatch(/detail\.|app\./);
    const methods = t("detail.methods", {
      methods: { list: [{ term: "method.phone" }, { term: "method.microsoftAuthenticator" }] },
    });
    expect(methods).toBe(
      "Sie können Anmeldungen bestätigen mit: Telefon (SMS oder Anruf) und Microsoft Authenticator."
    );
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
    expect(t("guide.progress", { done: 1, total: 3 })).toBe("1 of 3 done");
  });

  test("the manifest's localized names stay in step with the catalogues", async () => {
    const xml = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const r = checkManifest(xml, {
      base: "https://localhost:3000/",
      assetRoot: join(__dirname, "../.."),
      packageVersion: (
        JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
          version: string;
        }
      ).version,
    });
    for (const locale of LOCALES) {
      const messages = await loadMessages(locale);
      expect([locale, r.locales[locale]?.displayName]).toEqual([locale, messages["app.title"]]);
    }
  });
});

describe("French spacing", () => {
  test("no French message can break a line before a colon, semicolon, ! or ?, or inside « »", async () => {
    const fr = await loadMessages("fr-FR");
    const breakable = Object.entries(fr).filter(([, text]) => / [:;!?»]|« /.test(text));
    expect(breakable).toEqual([]);
    // The catalogue does use them: the check above is not vacuous.
    expect(Object.values(fr).some((text) => /\u00a0:/.test(text))).toBe(true);
  });
  test("other languages keep their ordinary spaces", async () => {
    const en = await loadMessages("en-US");
    expect(Object.values(en).some((text) => text.includes("\u00a0:"))).toBe(false);
  });
});
