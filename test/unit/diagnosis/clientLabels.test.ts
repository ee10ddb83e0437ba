// A client's name inside a sentence is rendered by the reader's catalogue: no English "(volume licence)",
// "or later" or "older than Version" in German, French or Spanish text (issue 10 review, item 2). The English
// label stays in the diagnosis JSON for IT.
import { diagnose } from "../../../src/diagnosis";
import { loadMessages, translator, type Locale } from "../../../src/i18n";
import { facts, NOW } from "../../support/facts";

const classic = (version: string) =>
  diagnose(facts({ problemClient: { app: "outlook-windows-classic", version } }), { now: NOW });

/** Every sentence the pane can show for a diagnosis: the answer, the findings and the steps. */
async function sentences(locale: Locale, version: string): Promise<string> {
  const t = translator(await loadMessages(locale));
  const d = classic(version);
  return [
    ...d.summary.parts.map((p) => t(`summary.${p.key}`, p.params)),
    ...d.findings.map((f) => t(`finding.${f.id}`, f.params)),
    ...d.plan.flatMap((p) => p.steps.map((s) => t(s.key, { email: "a@b.c", ...s.params }))),
  ].join("\n");
}

const ENGLISH_LABEL_PARTS = /volume licence|or later|older than|Outlook for Microsoft 365/;

describe("client names are translated where they appear in a sentence", () => {
  test.each([
    [
      "16.0.10336.20039",
      "Outlook 2019 (volume licence)",
      "(Volumenlizenz)",
      "(licence en volume)",
      "(licencia por volumen)",
    ],
    [
      "16.0.21500.20000",
      "Outlook for Microsoft 365 (Version 2610 or later)",
      "(Version 2610 oder höher)",
      "(version 2610 ou ultérieure)",
      "(versión 2610 o posterior)",
    ],
    [
      "16.0.8000.1000",
      "Outlook for Microsoft 365 (older than Version 1706)",
      "(älter als Version 1706)",
      "(antérieur à la version 1706)",
      "(anterior a la versión 1706)",
    ],
    ["16.0.20430.20088", "Outlook for Microsoft 365 (Version 2609)", null, null, null],
  ])(
    "%s: English label %s for IT, translated in sentences",
    async (version, english, de, fr, es) => {
      expect(classic(version).problemClient.label).toBe(english);
      const expected: [Locale, string | null][] = [
        ["de-DE", de],
        ["fr-FR", fr],
        ["es-ES", es],
      ];
      for (const [locale, phrase] of expected) {
        const text = await sentences(locale, version);
        expect([locale, text]).not.toEqual([locale, expect.stringMatching(ENGLISH_LABEL_PARTS)]);
        if (phrase) expect(text).toContain(phrase);
      }
    }
  );

  test("the version number is not grouped like an amount (no 2.610 in German)", async () => {
    const text = await sentences("de-DE", "16.0.21500.20000");
    expect(text).not.toContain("2.610");
  });
});
