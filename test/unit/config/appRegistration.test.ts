import { run, type CliIo } from "../../../src/cli/cli";
import { EXIT_BAD_INPUT, EXIT_OK } from "../../../src/cli/defaults";
import type { ReadResult } from "../../../src/cli/input";
import { checkAppRegistration, isAppRegistration } from "../../../src/config/appRegistration";

const ORIGIN = "addins.contoso.com";
const DIALOG = `https://${ORIGIN}/signin-assistant/dialog.html`;
const APP_ID = "11111111-1111-1111-1111-111111111111";

/** A registration as the Entra admin center's Manifest tab exports it (Microsoft Graph format). */
const graphManifest = (over: { spa?: string[]; web?: string[]; publicClient?: string[] } = {}) => ({
  id: "22222222-2222-2222-2222-222222222222",
  appId: APP_ID,
  displayName: "Sign-in Assistant",
  signInAudience: "AzureADMyOrg",
  spa: { redirectUris: over.spa ?? [DIALOG, `brk-multihub://${ORIGIN}`] },
  web: { redirectUris: over.web ?? [], implicitGrantSettings: { enableIdTokenIssuance: false } },
  publicClient: { redirectUris: over.publicClient ?? [] },
});

const check = (o: object) => checkAppRegistration(o as Record<string, unknown>);

describe("the app registration's redirects (NAA: brk-multihub as an SPA redirect, origin only)", () => {
  test("the right registration: no problem, no note, and the redirects listed by platform", () => {
    const r = check(graphManifest());
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.redirects.spa).toEqual([DIALOG, `brk-multihub://${ORIGIN}`]);
  });

  test.each([
    ["a path after the origin", `brk-multihub://${ORIGIN}/signin-assistant`],
    ["a trailing slash", `brk-multihub://${ORIGIN}/`],
  ])("%s is named, with the origin-only value to use", (_, uri) => {
    const r = check(graphManifest({ spa: [DIALOG, uri] }));
    expect(r.problems).toEqual([
      `spa.redirectUris[1]: ${uri} has a path; the value is the add-in's origin only: brk-multihub://${ORIGIN}`,
    ]);
  });

  test.each([
    ["web", "Web"],
    ["publicClient", "Mobile and desktop applications"],
  ] as const)(
    "brk-multihub registered under %s (the wrong platform type) is named",
    (platform, label) => {
      const r = check(graphManifest({ spa: [DIALOG], [platform]: [`brk-multihub://${ORIGIN}`] }));
      expect(r.problems).toEqual([
        expect.stringMatching(
          new RegExp(
            `^${platform}\\.redirectUris\\[0\\]: brk-multihub://${ORIGIN} is a ${label} redirect; brk-multihub must be a Single-page application redirect`
          )
        ),
      ]);
    }
  );

  test("no brk-multihub at all: NAA can't work (AADSTS700046)", () => {
    expect(check(graphManifest({ spa: [DIALOG] })).problems).toEqual([
      expect.stringContaining("spa.redirectUris: no brk-multihub://<add-in origin> redirect"),
    ]);
  });

  test("the dialog fallback's redirect missing, or registered as Web, is named", () => {
    expect(check(graphManifest({ spa: [`brk-multihub://${ORIGIN}`] })).problems).toEqual([
      expect.stringContaining("no https://<add-in address>/dialog.html redirect"),
    ]);
    expect(
      check(graphManifest({ spa: [`brk-multihub://${ORIGIN}`], web: [DIALOG] })).problems
    ).toEqual([
      expect.stringContaining(`web.redirectUris[0]: ${DIALOG} is a Web redirect`),
      expect.stringContaining("no https://<add-in address>/dialog.html redirect"),
    ]);
  });

  test("brk-multihub and the dialog on different origins are named", () => {
    const r = check(
      graphManifest({ spa: ["https://other.contoso.com/dialog.html", `brk-multihub://${ORIGIN}`] })
    );
    expect(r.problems).toEqual([
      expect.stringMatching(
        /^spa\.redirectUris\[0\]: https:\/\/other\.contoso\.com\/dialog\.html and .* name different origins/
      ),
    ]);
  });

  test("brk-multihub listed first is a note (office-js #5196), not a failure", () => {
    const r = check(graphManifest({ spa: [`brk-multihub://${ORIGIN}`, DIALOG] }));
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual([expect.stringContaining("AADSTS7000471")]);
  });

  test("the older Azure AD Graph format (replyUrlsWithType) is read the same way", () => {
    const old = {
      appId: APP_ID,
      replyUrlsWithType: [
        { url: DIALOG, type: "Spa" },
        { url: `brk-multihub://${ORIGIN}/go`, type: "Web" },
      ],
    };
    expect(check(old).problems).toEqual([
      expect.stringContaining(
        `replyUrlsWithType[1]: brk-multihub://${ORIGIN}/go is a Web redirect`
      ),
    ]);
  });

  test("a config.json is not taken for a registration", () => {
    expect(isAppRegistration({ organizationName: "Contoso", auth: { clientId: APP_ID } })).toBe(
      false
    );
    expect(isAppRegistration(graphManifest())).toBe(true);
    expect(isAppRegistration([graphManifest()])).toBe(false);
  });
});

describe("npm run config:check on a registration", () => {
  const file = (o: object): ReadResult => ({
    kind: "ok",
    bytes: new Uint8Array(Buffer.from(JSON.stringify(o))),
  });
  const io = (o: object): CliIo => ({
    read: () => file(o),
    now: () => new Date("2026-11-25T12:00:00Z"),
  });

  test("a good one: exit 0, the redirects on stdout", () => {
    const r = run(["config-check", "app.json"], io(graphManifest()));
    expect(r.exitCode).toBe(EXIT_OK);
    expect(JSON.parse(r.stdout)).toMatchObject({
      appRegistration: "ok",
      redirects: { spa: [DIALOG, `brk-multihub://${ORIGIN}`] },
    });
    expect(r.stderr).toBe("");
  });

  test("a path after the origin and the wrong platform: exit 2, one line each, nothing on stdout", () => {
    const r = run(
      ["config-check", "app.json"],
      io(
        graphManifest({
          spa: [DIALOG, `brk-multihub://${ORIGIN}/x`],
          web: [`brk-multihub://${ORIGIN}`],
        })
      )
    );
    expect(r.exitCode).toBe(EXIT_BAD_INPUT);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^web\.redirectUris\[0\]: .* is a Web redirect/),
      expect.stringMatching(/^spa\.redirectUris\[1\]: .* has a path/),
    ]);
  });

  test("a note alone still exits 0, the note on stderr", () => {
    const r = run(
      ["config-check", "app.json"],
      io(graphManifest({ spa: [`brk-multihub://${ORIGIN}`, DIALOG] }))
    );
    expect(r.exitCode).toBe(EXIT_OK);
    expect(r.stderr).toMatch(/^note: spa\.redirectUris\[0\]: brk-multihub is listed first/);
  });
});
