// Issue 14: every sign-in failure other Outlook add-ins met in the field, replayed per client from the recorded
// fixtures (test/e2e/fixtures/authShapes.ts). Each ends in a named outcome in the report, a finding the person
// understands, Sign in offered only where it can help, and the raw shape in the report's error trail for IT. Where
// the add-in falls back to the Office dialog, one more Sign in goes through it and the checks pass.
// All replays start together, a few at a time (replayAll), so the file costs about as long as its slowest few.
import { useBrowserAndServer } from "../support/browser";
import { SHAPES, type ShapeCase } from "./fixtures/authShapes";
import { expectHonestPane, replayAll, type Replayed } from "./fixtures/replay";

const suite = useBrowserAndServer();

const GRAPH_SCOPES = [
  "https://graph.microsoft.com/Mail.ReadBasic",
  "https://graph.microsoft.com/UserAuthenticationMethod.Read",
];

const key = (shapeId: string, c: ShapeCase) => `${shapeId}/${c.profile}`;
let replayed: (key: string) => Promise<Replayed>;
beforeAll(() => {
  const specs = Object.fromEntries(
    SHAPES.flatMap((s) =>
      s.cases.map((c) => [
        key(s.id, c),
        { profile: c.profile, ...c.host, signIns: c.signIns + (c.thenDialogSignsIn ? 1 : 0) },
      ])
    )
  );
  replayed = replayAll(suite.browser, suite.server, specs);
});

async function check(c: ShapeCase, r: Replayed): Promise<void> {
  const at = r.steps[c.signIns];
  if (!at) throw new Error(`no report after ${c.signIns} sign-ins`);
  expect(r.facts.host.hostName).toBe(r.probe.host.hostName);
  expect(at.facts.probes.token).toEqual(c.token);
  expect(at.signInOffered).toBe(c.offer);
  expect(at.diagnosis.findings.map((f) => f.id)).toContain(c.finding);
  if (c.itNote) expect(at.diagnosis.adminNotes.join("\n")).toContain(c.itNote);
  const lines = (at.facts.errors ?? []).map((e) => `${e.area} ${e.code}: ${e.detail ?? ""}`);
  for (const start of c.trail)
    expect([start, lines.some((l) => l.startsWith(start))]).toEqual([start, true]);
  // Whatever the shape, every token request carried a resource scope (never OpenID scopes only).
  for (const t of r.tokenRequests)
    expect([t.method, t.scope.split(" ")]).toEqual([
      t.method,
      expect.arrayContaining(GRAPH_SCOPES),
    ]);
  if (c.thenDialogSignsIn) {
    expect(r.facts.probes.token).toEqual({ status: "ok", errorCode: null });
    expect(r.checks).toMatchObject({ token: "ok", mailbox: "ok", methods: "ok" });
    const dialogs = await r.probe.page.evaluate(
      () => (window as unknown as { __dialogs: string[] }).__dialogs
    );
    expect(dialogs).toHaveLength(1);
    expect(r.probe.graphTokens.every((t) => t === "Bearer fake-dialog-token")).toBe(true);
  }
  await expectHonestPane(r, c.thenDialogSignsIn ? "token-ok" : c.finding);
}

describe.each(SHAPES.map((s) => [s.id, s] as const))("%s", (id, shape) => {
  test.each(shape.cases.map((c) => [c.profile, c] as const))(
    `${shape.threads}: ${shape.what} (%s)`,
    async (_profile, c) => {
      const r = await replayed(key(id, c));
      try {
        await check(c, r);
      } finally {
        await r.probe.context.close();
      }
    }
  );
});
