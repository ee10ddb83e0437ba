// Versions as people write them: each phrase gets the verdict its product implies, on the report's day
// (2026-11-24 here), and a phrase the engine can't read is said to be unrecognised.
import { diagnose, versionChoicesFor, type Diagnosis } from "../../../src/diagnosis";
import { readVersionWords } from "../../../src/diagnosis/versionWords";
import { enUS, translator } from "../../../src/i18n";
import { facts, NOW } from "../../support/facts";

const t = translator(enUS);
const judged = (app: string, version: string | null, collectedAt = "2026-11-24T08:30:00.000Z") =>
  diagnose(facts({ collectedAt, problemClient: { app, version } }), { now: NOW });
const windows = (version: string | null) => judged("outlook-windows-classic", version);
const mac = (version: string | null) => judged("outlook-mac", version);
const ids = (d: Diagnosis) => d.findings.map((f) => f.id);

interface Verdict {
  label: string;
  modernAuth: string;
  supported: boolean | null;
  actions: string[];
}
const verdict = (d: Diagnosis): Verdict => ({
  label: d.problemClient.label,
  modernAuth: d.problemClient.modernAuth,
  supported: d.problemClient.supported,
  actions: d.actions,
});

describe("Outlook for Windows named in words", () => {
  test.each<[string, Verdict]>([
    // No modern sign-in at all: replace it, nothing else helps.
    [
      "outlook 2010",
      { label: "Outlook 2010", modernAuth: "no", supported: false, actions: ["update-client"] },
    ],
    [
      "2010",
      { label: "Outlook 2010", modernAuth: "no", supported: false, actions: ["update-client"] },
    ],
    [
      "Outlook 2007",
      {
        label: "Outlook 2010 or older",
        modernAuth: "no",
        supported: false,
        actions: ["update-client"],
      },
    ],
    // Registry keys as a stopgap, replacing it as the fix.
    [
      "Office 2013",
      {
        label: "Outlook 2013",
        modernAuth: "needs-registry",
        supported: false,
        actions: ["update-client", "enable-modern-auth-registry"],
      },
    ],
    // Out of support since 2025-10-14: the usual fix first, then the move.
    [
      "2016",
      {
        label: "Outlook 2016",
        modernAuth: "yes",
        supported: false,
        actions: ["clear-cached-credentials", "update-client"],
      },
    ],
    [
      "Outlook 2016",
      {
        label: "Outlook 2016",
        modernAuth: "yes",
        supported: false,
        actions: ["clear-cached-credentials", "update-client"],
      },
    ],
    [
      "Office 2019",
      {
        label: "Outlook 2019",
        modernAuth: "yes",
        supported: false,
        actions: ["clear-cached-credentials", "update-client"],
      },
    ],
    // Out of support since 2026-10-13.
    [
      "LTSC 2021",
      {
        label: "Outlook LTSC 2021",
        modernAuth: "yes",
        supported: false,
        actions: ["clear-cached-credentials", "update-client"],
      },
    ],
    [
      "Office LTSC 2024",
      {
        label: "Outlook LTSC 2024",
        modernAuth: "yes",
        supported: true,
        actions: ["clear-cached-credentials"],
      },
    ],
    [
      "Outlook 2024",
      {
        label: "Outlook 2024",
        modernAuth: "yes",
        supported: true,
        actions: ["clear-cached-credentials"],
      },
    ],
    [
      "Microsoft 365",
      {
        label: "Outlook for Microsoft 365",
        modernAuth: "yes",
        supported: true,
        actions: ["clear-cached-credentials"],
      },
    ],
    [
      "office 365",
      {
        label: "Outlook for Microsoft 365",
        modernAuth: "yes",
        supported: true,
        actions: ["clear-cached-credentials"],
      },
    ],
    // Numbers still say more than words.
    [
      "Version 2408 (Build 17928.20156)",
      {
        label: "Outlook for Microsoft 365 (Version 2408)",
        modernAuth: "yes",
        supported: false,
        actions: ["clear-cached-credentials", "update-client"],
      },
    ],
    [
      "2408",
      {
        label: "Outlook for Microsoft 365 (Version 2408)",
        modernAuth: "yes",
        supported: false,
        actions: ["clear-cached-credentials", "update-client"],
      },
    ],
    [
      "16.0.5513.1000",
      {
        label: "Outlook 2016 (MSI)",
        modernAuth: "yes",
        supported: false,
        actions: ["clear-cached-credentials", "update-client"],
      },
    ],
    [
      "Microsoft Outlook 2016 MSO (Version 2609 Build 16.0.20430.20088) 64-bit",
      {
        label: "Outlook for Microsoft 365 (Version 2609)",
        modernAuth: "yes",
        supported: true,
        actions: ["clear-cached-credentials"],
      },
    ],
  ])("%j → %j", (typed, expected) => {
    expect(verdict(windows(typed))).toEqual(expected);
  });

  test("a year read as words is marked as such: no build, so no claim that it is up to date", () => {
    const d = windows("Outlook 2024");
    expect(d.assessment.versionRead).toBe("words");
    expect(ids(d)).not.toContain("client-current");
    expect(windows("16.0.17932.20130").assessment.versionRead).toBe("number");
  });

  test("Outlook 2010 in words: the steps say it has to be replaced, never sign out and in", () => {
    const d = windows("outlook 2010");
    const text = d.plan.flatMap((p) => p.steps.map((s) => t(s.key, s.params))).join("\n");
    expect(text).toMatch(/has to be replaced/);
    expect(d.actions).not.toContain("clear-cached-credentials");
    expect(d.summary.owner).toBe("it");
  });

  test("LTSC 2021 is judged by the report's date: in support before 2026-10-13, out after it", () => {
    expect(
      judged("outlook-windows-classic", "LTSC 2021", "2026-09-01T08:00:00.000Z").problemClient
        .supported
    ).toBe(true);
    expect(
      judged("outlook-windows-classic", "LTSC 2021", "2026-10-14T08:00:00.000Z").problemClient
        .supported
    ).toBe(false);
  });
});

describe("Outlook for Mac named in words", () => {
  test.each<[string, Verdict]>([
    [
      "16.89",
      {
        label: "Outlook for Mac 16.89",
        modernAuth: "yes",
        supported: false,
        actions: ["clear-cached-credentials", "update-client"],
      },
    ],
    [
      "Outlook 2019 for Mac",
      {
        label: "Outlook 2019 for Mac",
        modernAuth: "yes",
        supported: false,
        actions: ["clear-cached-credentials", "update-client"],
      },
    ],
    [
      "2021",
      {
        label: "Outlook 2021 for Mac",
        modernAuth: "yes",
        supported: false,
        actions: ["clear-cached-credentials", "update-client"],
      },
    ],
    [
      "Mac 2011",
      {
        label: "Outlook for Mac 2011",
        modernAuth: "no",
        supported: false,
        actions: ["update-client"],
      },
    ],
    [
      "Microsoft 365",
      {
        label: "Outlook for Mac",
        modernAuth: "yes",
        supported: true,
        actions: ["clear-cached-credentials"],
      },
    ],
  ])("%j → %j", (typed, expected) => {
    expect(verdict(mac(typed))).toEqual(expected);
  });

  test("Outlook 2021 for Mac: the licence step says out of support without a made-up last version", () => {
    const text = mac("2021")
      .plan.flatMap((p) => p.steps.map((s) => t(s.key, s.params)))
      .join("\n");
    expect(text).toMatch(/out of support since October 13, 2026/);
    expect(text).not.toMatch(/version \?/);
  });
});

describe("what the engine can't read, it says so", () => {
  test.each(["the blue one", "outlook", "3000", "xp"])(
    "%j on Windows → client-version-not-understood",
    (typed) => {
      const d = windows(typed);
      expect(ids(d)).toContain("client-version-not-understood");
      expect(d.why).toContain("client-version-not-understood");
      expect(d.assessment.versionNotUnderstood).toBe(true);
      expect(d.problemClient.label).toBe("Outlook for Windows (classic)");
    }
  );

  test("no version at all is unknown, not unrecognised", () => {
    const d = windows(null);
    expect(ids(d)).toContain("client-version-unknown");
    expect(ids(d)).not.toContain("client-version-not-understood");
  });

  test("words are read only for the apps whose version decides the fix", () => {
    expect(readVersionWords("Outlook 2016", "thunderbird")).toBeNull();
    expect(readVersionWords("Outlook 2016", "outlook-windows-classic")).toEqual({
      kind: "product",
      product: "win-2016",
    });
  });
});

describe("the version question's choices", () => {
  test.each(["outlook-windows-classic", "outlook-mac"] as const)(
    "%s: every choice's token reads back as the product it names",
    (app) => {
      const choices = versionChoicesFor(app);
      expect(choices.map((c) => c.id)).toEqual(
        app === "outlook-mac"
          ? ["m365", "2024", "2021", "2019", "2016", "older", "unsure"]
          : ["m365", "2024", "2021", "2019", "2016", "2013", "older", "unsure"]
      );
      for (const c of choices) {
        const d = judged(app, c.token);
        if (c.token === null) expect(d.assessment.versionKnown).toBe(false);
        else {
          expect(d.assessment.versionRead).toBe("words");
          // The label names the year the choice shows (Microsoft 365 aside).
          if (c.params.year) expect(d.problemClient.label).toContain(c.params.year);
        }
      }
    }
  );

  test('choosing "2016" gives the same verdict as typing 2016', () => {
    const token =
      versionChoicesFor("outlook-windows-classic").find((c) => c.id === "2016")?.token ?? null;
    expect(verdict(windows(token))).toEqual(verdict(windows("2016")));
  });

  test("the diagnosis offers the choices while the version is asked, not for the app the pane runs in", () => {
    expect(windows(null).ask.versionChoices.map((c) => c.id)).toContain("2016");
    expect(judged("thunderbird", null).ask.versionChoices).toEqual([]);
    const classicHost = diagnose(
      facts({
        host: {
          hostName: "Outlook",
          platform: "PC",
          officeVersion: "16.0.20430.20088",
          hostVersion: "16.0.20430.20088",
        },
      }),
      { now: NOW }
    );
    expect(classicHost.ask.versionChoices).toEqual([]);
  });
});
