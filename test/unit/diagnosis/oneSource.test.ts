// "To change what the add-in recommends for Outlook 2013, edit its table row": a test double of the tables with
// one row changed, and the diagnosis and the words on screen (English and German) follow it.
import type * as Diagnosis from "../../../src/diagnosis";
import type * as I18n from "../../../src/i18n";
import { facts } from "../../support/facts";

const OUTLOOK_2013 = {
  problemClient: { app: "outlook-windows-classic", version: "15.0.4990.1000" },
};
const NOW = new Date("2026-11-25T12:00:00Z");

interface Rendered {
  d: Diagnosis.Diagnosis;
  english: string;
  german: string;
}

/** Diagnoses Outlook 2013 with the given table changes and renders the answer and every step in two languages. */
async function withTables(change: {
  minimum?: number[];
  endOfSupport?: string;
}): Promise<Rendered> {
  let modules: { diagnosis: typeof Diagnosis; i18n: typeof I18n } | null = null;
  jest.isolateModules(() => {
    jest.doMock("../../../src/diagnosis/tables/outlookWindows", () => {
      const actual = jest.requireActual("../../../src/diagnosis/tables/outlookWindows");
      return {
        ...actual,
        WINDOWS_FAMILIES: actual.WINDOWS_FAMILIES.map((f: { id: string }) =>
          f.id === "outlook-2013" && change.minimum
            ? { ...f, minimumForMicrosoft365: change.minimum }
            : f
        ),
      };
    });
    jest.doMock("../../../src/diagnosis/tables/lifecycle", () => {
      const actual = jest.requireActual("../../../src/diagnosis/tables/lifecycle");
      return {
        ...actual,
        LIFECYCLE: {
          ...actual.LIFECYCLE,
          "office-2013": {
            ...actual.LIFECYCLE["office-2013"],
            endOfSupport: change.endOfSupport ?? actual.LIFECYCLE["office-2013"].endOfSupport,
          },
        },
      };
    });
    modules = {
      diagnosis: require("../../../src/diagnosis"),
      i18n: require("../../../src/i18n"),
    };
  });
  jest.dontMock("../../../src/diagnosis/tables/outlookWindows");
  jest.dontMock("../../../src/diagnosis/tables/lifecycle");
  const { diagnosis, i18n } = modules as unknown as {
    diagnosis: typeof Diagnosis;
    i18n: typeof I18n;
  };
  const d = diagnosis.diagnose(facts(OUTLOOK_2013), { now: NOW });
  const render = (t: I18n.Translate) =>
    [
      ...d.summary.parts.map((p) => t(`summary.${p.key}`, p.params)),
      ...d.plan.flatMap((p) => p.steps.map((s) => t(s.key, s.params))),
    ].join("\n");
  return {
    d,
    english: render(i18n.translator(i18n.enUS)),
    german: render(i18n.translator(await i18n.loadMessages("de-DE"))),
  };
}

test("with the real tables, Outlook 2013 15.0.4990 can connect with the registry keys and is out of support", async () => {
  const { d, english, german } = await withTables({});
  expect(d.actions).toEqual(["update-client", "enable-modern-auth-registry"]);
  expect(english).toContain("out of support since April 11, 2023");
  expect(english).toContain("at least version 15.0.4971.1000");
  expect(german).toContain("seit dem 11. April 2023");
  expect(german).toContain("mindestens Version 15.0.4971.1000");
});

test("raising the row's build floor changes the verdict and every sentence that names it", async () => {
  const { d, english, german } = await withTables({ minimum: [15, 0, 5000, 1000] });
  expect(d.assessment).toMatchObject({ canConnect: false, minimum: "15.0.5000.1000" });
  expect(d.findings.map((f) => f.id)).toContain("client-below-minimum");
  expect(d.summary.parts[0]?.key).toBe("update-client.below-minimum");
  expect(english).toContain("it needs at least 15.0.5000.1000");
  expect(english).toContain("at least version 15.0.5000.1000");
  expect(english).not.toContain("15.0.4971.1000");
  expect(german).toContain("15.0.5000.1000");
});

test("moving the product's end of support moves every date on screen, in every language", async () => {
  const { d, english, german } = await withTables({ endOfSupport: "2027-01-12" });
  // Still in support on 2026-11-25: no out-of-support finding, and the answer no longer says it.
  expect(d.findings.map((f) => f.id)).not.toContain("client-out-of-support");
  expect(d.summary.parts[0]?.key).toBe("update-client");
  expect(english).not.toContain("April 11, 2023");
  expect(english).toContain("before its support ends on January 12, 2027");
  expect(german).toContain("12. Januar 2027");
});
