// Reports from outside Outlook: a plain browser tab (context.mode "browser", with the device it runs on) and the
// bundled examples (example: true). The parser keeps the added fields, the engine asks first until the person names
// an app and offers their device's apps first, and the text report says where it came from.
import { diagnose, parseFacts, parseFactsJson, type Facts } from "../../../src/diagnosis";
import { DEVICE_APPS } from "../../../src/diagnosis/deviceApps";
import { formatTextSummary } from "../../../src/diagnosis/report";
import { diagnoseCommand } from "../../../src/cli/commands";
import { SCENARIOS } from "../../../src/scenarios";

const NOW = new Date("2026-12-07T12:00:00Z");

function browserReport(device: string, app: string | null = null, extra: object = {}): Facts {
  const p = parseFacts({
    schema: 1,
    collectedAt: "2026-12-07T10:00:00.000Z",
    host: {},
    problemClient: { app, version: null },
    probes: { online: true, token: { status: "not_configured" }, mailbox: {}, authMethods: {} },
    context: { mode: "browser", devicePlatform: device },
    ...extra,
  });
  if (!p.ok) throw new Error(p.field);
  return p.facts;
}

test("the parser keeps context and example; unknown words are unknown, wrong types are refused", () => {
  expect(browserReport("ios").context).toEqual({ mode: "browser", devicePlatform: "ios" });
  expect(browserReport("toaster").context).toEqual({ mode: "browser", devicePlatform: null });
  expect(browserReport("mac", null, { example: true }).example).toBe(true);
  expect(browserReport("mac", null, { example: false }).example).toBeUndefined();
  const bad = parseFactsJson(JSON.stringify({ ...browserReport("mac"), example: "yes" }));
  expect(bad).toMatchObject({ ok: false, field: "example" });
  const badContext = parseFactsJson(
    JSON.stringify({ ...browserReport("mac"), context: "browser" })
  );
  expect(badContext).toMatchObject({ ok: false, field: "context" });
  // A report without the added fields round-trips without them.
  const plain = parseFacts(SCENARIOS[0]?.facts);
  expect(plain.ok && "context" in plain.facts).toBe(false);
});

test.each(Object.keys(DEVICE_APPS))(
  "a browser report from %s with no app named is the question, with that device's apps first",
  (device) => {
    const d = diagnose(browserReport(device), { now: NOW });
    expect(d.ask.app).toBe(true);
    expect(d.actions).toEqual(["none"]);
    expect(d.ask.deviceApps).toEqual(DEVICE_APPS[device as keyof typeof DEVICE_APPS]);
    // No verdict about an app nobody named.
    expect(d.findings.map((f) => f.id).filter((id) => id.startsWith("client-"))).toEqual([]);
  }
);

test("once the app is named, a browser report gets that app's verdict, and the question is gone", () => {
  const d = diagnose(browserReport("ios", "apple-mail-ios"), { now: NOW });
  expect(d.ask.app).toBe(false);
  expect(d.problemClient.app).toBe("apple-mail-ios");
  expect(d.actions).not.toEqual(["none"]);
  expect(d.ask.deviceApps).toEqual(DEVICE_APPS.ios);
});

test("inside Outlook nothing changes: no device apps, and the host's own rules decide whether to ask", () => {
  for (const s of SCENARIOS) {
    const p = parseFacts(s.facts);
    if (!p.ok) throw new Error(s.id);
    expect([s.id, diagnose(p.facts, { now: NOW }).ask.deviceApps]).toEqual([s.id, []]);
  }
});

test("offline in a browser still counts while the app is unnamed", () => {
  const f = browserReport("windows");
  const d = diagnose({ ...f, probes: { ...f.probes, online: false } }, { now: NOW });
  expect(d.actions[0]).toBe("check-network");
});

test("the text report says where it came from; an example says so on its first line", () => {
  const f = browserReport("android", "outlook-android");
  const text = formatTextSummary(diagnose(f, { now: NOW }), f);
  expect(text).toContain(
    'Pane ran in: a web browser outside Outlook, on "android" (nothing read from Outlook)'
  );
  expect(text.split("\n")[0]).toMatch(/^Password prompts – /);
  const example = { ...f, example: true as const };
  const lines = formatTextSummary(diagnose(example, { now: NOW }), example).split("\n");
  expect(lines[0]).toBe(
    "EXAMPLE – not a user's report: a bundled example situation of the Sign-in Assistant"
  );
  expect(lines.join("\n")).toContain('"example": true');
});

test("diagnose (the CLI) judges a browser report as the pane does", () => {
  const f = browserReport("mac");
  const r = diagnoseCommand(
    { kind: "ok", bytes: new Uint8Array(Buffer.from(JSON.stringify(f))) },
    "report.json",
    { text: false, now: NOW }
  );
  expect(r.exitCode).toBe(0);
  const d = JSON.parse(r.stdout);
  expect(d.actions).toEqual(["none"]);
  expect(d.ask).toMatchObject({ app: true, version: false, deviceApps: DEVICE_APPS.mac });
  // The question is the one the pane asks inside Outlook: a computer first.
  expect(d.ask.choices.map((c: { id: string }) => c.id)).toEqual([
    "other-computer",
    "mac",
    "phone",
    "other",
  ]);
});
