// Every expected value below is written out by hand from ../shared/domain-facts.md (Part 3 wins), never read
// from the table under test, so a wrong row fails here.
import { classifyClient, diagnose } from "../../../src/diagnosis";
import { LIFECYCLE } from "../../../src/diagnosis/tables/lifecycle";
import { CHANNEL_BUILDS, PERPETUAL_BUILDS } from "../../../src/diagnosis/tables/outlookWindows";
import { semiAnnualSupportMonths } from "../../../src/diagnosis/servicing";
import { compareVersions, parseVersion } from "../../../src/diagnosis/version";
import { facts } from "../../support/facts";
import { cited } from "../../support/sources";

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const NOV_25 = at("2026-11-25");
const windows = (version: string, now = NOV_25) =>
  classifyClient(
    facts({ problemClient: { app: "outlook-windows-classic", version } }),
    "outlook-windows-classic",
    now
  );
const mac = (version: string, now = NOV_25) =>
  classifyClient(facts({ problemClient: { app: "outlook-mac", version } }), "outlook-mac", now);

describe("lifecycle: end of support per product (Part 3)", () => {
  test.each([
    ["office-2010", "2020-10-13"],
    ["office-2013", "2023-04-11"],
    ["office-2016", "2025-10-14"],
    ["office-2019", "2025-10-14"],
    ["office-ltsc-2021", "2026-10-13"],
    ["office-ltsc-2024", "2029-10-09"],
    ["office-mac-2011", "2017-10-10"],
    ["office-2016-mac", "2020-10-13"],
    ["office-2019-mac", "2023-10-10"],
    ["office-ltsc-2021-mac", "2026-10-13"],
  ] as const)("%s ends %s, with a source", (product, end) => {
    expect(LIFECYCLE[product].endOfSupport).toBe(end);
    expect(cited(LIFECYCLE[product].source)).toMatch(/\[(MS|3P)/);
  });
});

describe("Outlook for Windows families", () => {
  test.each([
    // version, label, modern auth, can connect, supported on 2026-11-25, update route
    ["14.0.7268.5000", "Outlook 2010", "no", false, false, "replace"],
    ["15.0.4970.1000", "Outlook 2013", "needs-registry", false, false, "office-2013"],
    ["15.0.4971.1000", "Outlook 2013", "needs-registry", true, false, "office-2013"],
    ["16.0.4599.1000", "Outlook 2016 (MSI)", "yes", false, false, "organisation"],
    ["16.0.4600.1000", "Outlook 2016 (MSI)", "yes", true, false, "organisation"],
    ["16.0.5513.1000", "Outlook 2016 (MSI)", "yes", true, false, "organisation"],
    // Click-to-Run volume licences (PerpetualVL channels) update through Update Options [MS Update Office LTSC 2021].
    ["16.0.10336.20039", "Outlook 2019 (volume licence)", "yes", true, false, "perpetual-c2r"],
    ["16.0.14332.21017", "Outlook LTSC 2021", "yes", true, false, "perpetual-c2r"],
    ["16.0.17932.20328", "Outlook LTSC 2024", "yes", true, true, "perpetual-c2r"],
  ] as const)("%s → %s", (version, label, modernAuth, canConnect, supported, update) => {
    expect(windows(version)).toMatchObject({ label, modernAuth, canConnect, supported, update });
  });

  test("Outlook 2013's floor for Microsoft 365 is 15.0.4971.1000", () => {
    expect(windows("15.0.5589.1000").minimum).toBe("15.0.4971.1000");
  });

  test("LTSC 2021 is in support through 2026-10-13 and out of support from 2026-10-14", () => {
    expect(windows("16.0.14332.21017", at("2026-10-12")).supported).toBe(true);
    expect(windows("16.0.14332.21017", at("2026-10-13")).supported).toBe(true);
    expect(windows("16.0.14332.21017", at("2026-10-14")).supported).toBe(false);
    expect(windows("16.0.14332.21017").endOfSupport).toBe("2026-10-13");
  });

  test("Office 2016 and 2019 volume licence end on 2025-10-14", () => {
    expect(windows("16.0.10336.20039", at("2025-10-14")).supported).toBe(true);
    expect(windows("16.0.10336.20039", at("2025-10-15")).supported).toBe(false);
    expect(windows("16.0.5513.1000", at("2025-10-13")).supported).toBe(true);
    expect(windows("16.0.5513.1000", at("2025-10-15")).supported).toBe(false);
  });

  test("LTSC 2024 is Version 2408 build 17932 and supported until 2029-10-09", () => {
    expect(PERPETUAL_BUILDS.map((p) => [p.version, p.build])).toEqual([
      [2108, 14332],
      [2408, 17932],
    ]);
    expect(windows("16.0.17932.20328", at("2029-10-09")).supported).toBe(true);
    expect(windows("16.0.17932.20328", at("2029-10-10")).supported).toBe(false);
  });

  test("versions compare as numbers, not as text", () => {
    // As text "15.0.10000" < "15.0.4971" and "16.0.9999" > "16.0.10336"; as numbers it's the other way round.
    expect(compareVersions([15, 0, 10000], [15, 0, 4971])).toBe(1);
    expect(windows("15.0.10000.1000").canConnect).toBe(true);
    expect(windows("16.0.9999.1000").familyId).toBe("m365-apps");
    expect(windows("16.0.9999.1000").label).toBe(
      "Outlook for Microsoft 365 (Version 1706 or later)"
    );
  });
});

describe("Microsoft 365 Apps: Version → build (domain-facts §D and Part 3)", () => {
  test.each([
    [1706, 8229],
    [2408, 17928],
    [2409, 18025],
    [2410, 18129],
    [2411, 18227],
    [2412, 18324],
    [2501, 18429],
    [2502, 18526],
    [2503, 18623],
    [2504, 18730],
    [2505, 18827],
    [2506, 18925],
    [2507, 19029],
    [2508, 19127],
    [2509, 19231],
    [2510, 19328],
    [2511, 19426],
    [2512, 19530],
    [2601, 19628],
    [2602, 19725],
    [2603, 19822],
    [2604, 19929],
    [2605, 20026],
    [2606, 20131],
    [2607, 20228],
    [2608, 20326],
    [2609, 20430],
    [2610, 20520],
  ])("Version %i is build %i", (version, build) => {
    expect(windows(`16.0.${build}.20000`).label).toBe(
      `Outlook for Microsoft 365 (Version ${version})`
    );
  });

  test("every row has a source, and builds and versions rise together", () => {
    for (let i = 1; i < CHANNEL_BUILDS.length; i++) {
      const [prev, row] = [CHANNEL_BUILDS[i - 1], CHANNEL_BUILDS[i]];
      expect(row?.build).toBeGreaterThan(prev?.build ?? Infinity);
      expect(row?.version).toBeGreaterThan(prev?.version ?? Infinity);
      expect(cited(row?.source)).toMatch(/\[(MS|3P)\]/);
    }
  });

  test("below Version 1706 a build can't connect", () => {
    expect(windows("16.0.8000.1000")).toMatchObject({ canConnect: false, supported: false });
    expect(windows("16.0.8229.2000")).toMatchObject({ canConnect: true });
  });

  test("a build newer than the table is 'Version 2610 or later' and current, never a number it is not", () => {
    const c = windows("16.0.21500.20000");
    expect(c.label).toBe("Outlook for Microsoft 365 (Version 2610 or later)");
    expect(c).toMatchObject({ supported: true, newerThanKnown: true, versionKnown: true });
  });

  test("a build far beyond what the calendar allows, or a month 13, is unknown, never up to date (F12)", () => {
    expect(windows("16.0.99999.99999")).toMatchObject({ versionRejected: true, supported: null });
    expect(windows("Version 9999 (Build 99999.99999)")).toMatchObject({
      versionRejected: true,
      supported: null,
    });
    expect(windows("Version 2613")).toMatchObject({ versionRejected: true });
    expect(windows("Version 2712")).toMatchObject({ versionRejected: true });
    expect(windows("Version 2611")).toMatchObject({ versionRejected: false, supported: true });
  });

  test("a version typed from About Outlook is understood", () => {
    expect(
      parseVersion(
        "Microsoft® Outlook® for Microsoft 365 MSO (Version 2511 Build 16.0.19426.20186) 64-bit"
      )?.parts
    ).toEqual([16, 0, 19426, 20186]);
    expect(windows("Version 2609 (Build 20430.20088 Click-to-Run)").label).toBe(
      "Outlook for Microsoft 365 (Version 2609)"
    );
  });
});

describe("servicing by judgement date (Part 3 'Update channels')", () => {
  const build = (version: number) =>
    `16.0.${CHANNEL_BUILDS.find((r) => r.version === version)?.build}.20000`;
  const serviced = (version: number, day: string) => windows(build(version), at(day)).supported;

  test("on 2026-11-25 Version 2609 is current and 2510/2511 builds are out of servicing", () => {
    expect(serviced(2609, "2026-11-25")).toBe(true);
    expect(serviced(2511, "2026-11-25")).toBe(false);
    expect(serviced(2510, "2026-11-25")).toBe(false);
    expect(windows(build(2510)).staleSince).toBe("2025-10");
  });

  test.each([
    // version, last day serviced, first day out of servicing (second Tuesdays)
    [2510, "2026-02-09", "2026-02-10"], // Monthly Enterprise: two months after 2025-12-09
    [2607, "2026-11-09", "2026-11-10"],
    [2608, "2026-12-07", "2026-12-08"], // after the 2606 merge: Monthly Enterprise only
    [2609, "2027-01-11", "2027-01-12"],
    [2402, "2025-09-08", "2025-09-09"], // Semi-Annual from 2024-07-09, 14 months
    [2408, "2026-03-09", "2026-03-10"], // Semi-Annual from 2025-01-14, 14 months
    [2502, "2026-03-09", "2026-03-10"], // Semi-Annual from 2025-07-08, 6 + 2 months
    [2508, "2026-09-07", "2026-09-08"], // Semi-Annual from 2026-01-13, 6 + 2 months
    [2602, "2026-06-08", "2026-06-09"], // would have reached Semi-Annual in July 2026: merged, so Monthly only
  ])("Version %i is serviced through %s and out on %s", (version, last, out) => {
    expect(serviced(version, last)).toBe(true);
    expect(serviced(version, out)).toBe(false);
  });

  test("the Semi-Annual support length switches on 2025-07-08: 14 months before, 6 + 2 from that day", () => {
    expect(semiAnnualSupportMonths("2025-07-07")).toBe(14);
    expect(semiAnnualSupportMonths("2025-07-08")).toBe(8);
  });
});

describe("builds Microsoft never shipped are 'not a version Microsoft has released', never 'too old'", () => {
  test.each([
    "16.0.1", // below Office 2016's release build 16.0.4229
    "16.0.4228.1000",
    "15.0.12", // below Office 2013's release build 15.0.4420
    "16.0.17932.1", // LTSC 2024's updates are numbered 17932.20xxx
    "16.0.14332.99999",
    "16.0.10336.5",
  ])("%s is rejected", (version) => {
    expect(windows(version)).toMatchObject({ versionRejected: true, canConnect: null });
  });

  test.each([
    ["16.0.4229.1002", "Outlook 2016 (MSI)"],
    ["15.0.4420.1017", "Outlook 2013"],
    ["16.0.17932.20328", "Outlook LTSC 2024"],
    ["16.0.14332.20145", "Outlook LTSC 2021"],
  ])("%s (a shipped build) is still %s", (version, label) => {
    expect(windows(version)).toMatchObject({ versionRejected: false, label });
  });

  test("the diagnosis says the version isn't one Microsoft has released, not that it is too old", () => {
    const d = diagnose(
      facts({ problemClient: { app: "outlook-windows-classic", version: "16.0.1" } }),
      { now: NOV_25 }
    );
    const ids = d.findings.map((f) => f.id);
    expect(ids).toContain("client-version-unrecognised");
    expect(ids).not.toContain("client-below-minimum");
    expect(d.problemClient.label).not.toMatch(/older than/);
  });
});

describe("Outlook for Mac families (Part 3 'Lifecycle')", () => {
  test.each([
    ["14.7.7", "Outlook for Mac 2011", "no", false, "replace"],
    ["15.41", "Outlook 2016 for Mac", "yes", false, "mac-licence"],
    ["16.16.27", "Outlook 2016 for Mac", "yes", false, "mac-licence"],
    ["16.17", "Outlook 2019 for Mac", "yes", false, "mac-licence"],
    ["16.78.23100802", "Outlook 2019 for Mac", "yes", false, "mac-licence"],
    // Current licences, but built years ago: not "a current version" on 2026-11-25 (Part 3).
    ["16.79", "Outlook for Mac 16.79", "yes", false, "autoupdate"],
    ["16.102.25101829", "Outlook for Mac 16.102", "yes", false, "autoupdate"],
  ] as const)("%s → %s", (version, label, modernAuth, supported, update) => {
    expect(mac(version)).toMatchObject({ label, modernAuth, supported, update });
  });

  test("16.79 (November 2023) is current a month after release, and not current three years later", () => {
    expect(mac("16.79", at("2023-12-15"))).toMatchObject({ supported: true, staleSince: null });
    expect(mac("16.79")).toMatchObject({
      supported: false,
      releaseMonth: "2023-11",
      staleSince: "2023-11",
      macVersion: "16.79",
      newerThanKnown: false,
    });
  });

  test("a build's own date wins: 16.102.25101829 was built in October 2025, current until January 2026", () => {
    expect(mac("16.102.25101829", at("2026-01-31")).supported).toBe(true);
    expect(mac("16.102.25101829", at("2026-02-01"))).toMatchObject({
      supported: false,
      staleSince: "2025-10",
    });
    expect(mac("16.110.26061512")).toMatchObject({ supported: false, staleSince: "2026-06" });
  });

  test("the licence certificate: below 16.83 from 2026-07-13 only", () => {
    expect(mac("16.82", at("2026-07-12")).certificateExpired).toBe(false);
    expect(mac("16.82", at("2026-07-13")).certificateExpired).toBe(true);
    expect(mac("16.83", at("2026-07-13")).certificateExpired).toBe(false);
  });

  // Part 4: 16.113.3 shipped 2026-09-29, 16.113.4 (build 26100421) on 2026-10-06.
  test("16.113 is a known version: named as itself, September 2026, current through December 2026", () => {
    expect(mac("16.113.4", at("2026-12-31"))).toMatchObject({
      label: "Outlook for Mac 16.113",
      name: { term: "client.outlook-mac-version", params: { version: "16.113" } },
      releaseMonth: "2026-09",
      supported: true,
      newerThanKnown: false,
    });
    expect(mac("16.113.4", at("2027-01-01"))).toMatchObject({
      supported: false,
      staleSince: "2026-09",
    });
  });

  test("16.113's build number 26100421 dates it October 2026, so it stays current a month longer", () => {
    expect(mac("16.113.26100421", at("2027-01-31"))).toMatchObject({
      releaseMonth: "2026-10",
      supported: true,
    });
    expect(mac("16.113.26100421", at("2027-02-01"))).toMatchObject({
      supported: false,
      staleSince: "2026-10",
    });
  });

  test("16.103 is no longer beyond the table: November 2025, named as itself, not current on 2026-12-07", () => {
    expect(mac("16.103", at("2026-12-07"))).toMatchObject({
      label: "Outlook for Mac 16.103",
      releaseMonth: "2025-11",
      supported: false,
      newerThanKnown: false,
    });
  });

  test("a version newer than the release table is named as itself (never 'or later') and counts as current", () => {
    expect(mac("16.115", at("2026-12-07"))).toMatchObject({
      label: "Outlook for Mac 16.115",
      name: { term: "client.outlook-mac-version", params: { version: "16.115" } },
      supported: true,
      newerThanKnown: true,
      staleSince: null,
    });
  });

  test("Mac 2019 (16.78) was in support through 2023-10-10 and its licence stops at 16.78", () => {
    expect(mac("16.78", at("2023-10-10")).supported).toBe(true);
    expect(mac("16.78", at("2023-10-11")).supported).toBe(false);
    expect(mac("16.78").lastVersion).toBe("16.78");
    expect(mac("16.16").lastVersion).toBe("16.16");
  });

  test("a Mac version far beyond the calendar is unknown", () => {
    expect(mac("16.250")).toMatchObject({ versionRejected: true, supported: null });
  });
});

describe("hostVersion in Outlook on the web and new Outlook is the Exchange server's", () => {
  test.each(["OutlookWebApp", "newOutlookWindows"])(
    "%s: 15.20.x is never read as Outlook 2013",
    (hostName) => {
      const f = facts({
        host: { hostName, hostVersion: "15.20.9412.9", platform: "OfficeOnline" },
        problemClient: { app: "outlook-windows-classic", version: null },
      });
      const c = classifyClient(f, "outlook-windows-classic", NOV_25);
      expect(c.familyId).toBeNull();
      expect(c.versionKnown).toBe(false);
    }
  );

  test("classic Outlook's own version is used when the user gives none", () => {
    const f = facts({
      host: {
        hostName: "Outlook",
        hostVersion: "15.0.5589.1000",
        platform: "PC",
        officeVersion: "15.0.5589.1000",
      },
      problemClient: { app: "outlook-windows-classic", version: null },
    });
    expect(classifyClient(f, "outlook-windows-classic", NOV_25).label).toBe("Outlook 2013");
  });
});
