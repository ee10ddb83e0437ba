import { classifyClient } from "../../../src/diagnosis";
import { parseVersion } from "../../../src/diagnosis/version";
import { MAC_FAMILIES } from "../../../src/diagnosis/tables/outlookMac";
import {
  CHANNEL_BUILDS,
  PERPETUAL_BUILDS,
  WINDOWS_FAMILIES,
} from "../../../src/diagnosis/tables/outlookWindows";
import { facts, NOW } from "../../support/facts";

const windows = (version: string) =>
  classifyClient(
    facts({ problemClient: { app: "outlook-windows-classic", version } }),
    "outlook-windows-classic",
    NOW
  );
const mac = (version: string) =>
  classifyClient(facts({ problemClient: { app: "outlook-mac", version } }), "outlook-mac", NOW);

describe("Outlook for Windows families: every row", () => {
  test.each(WINDOWS_FAMILIES.map((f) => [f.id, f]))(
    "%s: at its first version and, where it has one, at its minimum",
    (_, f) => {
      const first = windows(f.from.concat([0, 0, 0]).slice(0, 4).join("."));
      expect(first.familyId).toBe(f.id);
      expect(first.label).toBe(f.label);
      expect(first.modernAuth).toBe(f.modernAuth);
      if (f.minimumForMicrosoft365) {
        const atMin = windows(f.minimumForMicrosoft365.join("."));
        expect(atMin.canConnect).toBe(true);
        const below = [...f.minimumForMicrosoft365];
        below[below.length - 1] = (below[below.length - 1] as number) - 1;
        if (below.join(".") >= f.from.join("."))
          expect(windows(below.join(".")).canConnect).toBe(false);
        // Every family listed here is past its end of support as of the test date.
        expect(atMin.supported).toBe(false);
      } else {
        expect(first.canConnect).toBe(false);
      }
    }
  );

  test("Outlook 2013 below 15.0.4971.1000 can't connect; at it, it needs the registry keys", () => {
    expect(windows("15.0.4970.1000")).toMatchObject({
      canConnect: false,
      modernAuth: "needs-registry",
    });
    expect(windows("15.0.4971.1000")).toMatchObject({
      canConnect: true,
      modernAuth: "needs-registry",
      supported: false,
    });
  });

  test("Outlook 2016 MSI below 16.0.4600.1000 can't connect", () => {
    expect(windows("16.0.4599.1000").canConnect).toBe(false);
    expect(windows("16.0.5513.1000")).toMatchObject({
      label: "Outlook 2016 (MSI)",
      canConnect: true,
      supported: false,
    });
  });
});

describe("Click-to-Run Version → build table: every row", () => {
  test.each(CHANNEL_BUILDS.map((r) => [r.version, r.build]))(
    "Version %i ↔ build %i",
    (version, build) => {
      const c = windows(`16.0.${build}.20000`);
      expect(c.label).toBe(`Outlook for Microsoft 365 (Version ${version})`);
      expect(c.modernAuth).toBe("yes");
      expect(c.canConnect).toBe(version >= 1706);
    }
  );

  test("build numbers rise with the version", () => {
    for (let i = 1; i < CHANNEL_BUILDS.length; i++) {
      expect((CHANNEL_BUILDS[i] as { build: number }).build).toBeGreaterThan(
        (CHANNEL_BUILDS[i - 1] as { build: number }).build
      );
      expect((CHANNEL_BUILDS[i] as { version: number }).version).toBeGreaterThan(
        (CHANNEL_BUILDS[i - 1] as { version: number }).version
      );
    }
  });

  test("current, old build (update) and out of support are told apart", () => {
    expect(windows("16.0.20228.20000")).toMatchObject({ supported: true, staleSince: null });
    expect(windows("16.0.17928.20000")).toMatchObject({
      supported: false,
      staleSince: "2024-08",
      canConnect: true,
    });
    expect(windows("16.0.8000.1000")).toMatchObject({ canConnect: false, supported: false });
  });

  test("a version typed from About Outlook is understood", () => {
    expect(
      parseVersion(
        "Microsoft® Outlook® for Microsoft 365 MSO (Version 2511 Build 16.0.19426.20186) 64-bit"
      )?.parts
    ).toEqual([16, 0, 19426, 20186]);
    expect(windows("Version 2511 (Build 19426.20186 Click-to-Run)").label).toBe(
      "Outlook for Microsoft 365 (Version 2511)"
    );
  });

  test.each(PERPETUAL_BUILDS.map((p) => [p.label, p.build]))(
    "%s (build %i) is recognised",
    (label, build) => {
      expect(windows(`16.0.${build}.20000`)).toMatchObject({
        label,
        modernAuth: "yes",
        canConnect: true,
      });
    }
  );
});

describe("Outlook for Mac families: every row", () => {
  test.each(MAC_FAMILIES.map((f) => [f.id, f]))("%s", (_, f) => {
    const c = mac(f.from.concat([0, 0]).slice(0, 3).join("."));
    expect(c).toMatchObject({
      familyId: f.id,
      label: f.label,
      modernAuth: f.modernAuth,
      supported: f.supported,
    });
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
      const c = classifyClient(f, "outlook-windows-classic", NOW);
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
    expect(classifyClient(f, "outlook-windows-classic", NOW).label).toBe("Outlook 2013");
  });
});
