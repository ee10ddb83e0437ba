// A warning the guide says (the app password's deadline) is said there, once, and marked with its finding, so the
// pane still shows every warning with its data-finding.
import { diagnose, parseFacts } from "../../../src/diagnosis";
import { SCENARIOS } from "../../../src/scenarios";

test("the printer's app-password deadline: a note in the guide carrying app-password-stopgap, not a line under Why", () => {
  const raw = SCENARIOS.find((s) => s.id === "printer-smtp-per-user-mfa")?.facts;
  const parsed = parseFacts(raw);
  if (!parsed.ok) throw new Error(parsed.message);
  const d = diagnose(parsed.facts, { now: new Date("2026-12-07T12:00:00Z") });
  expect(d.findings.find((f) => f.id === "app-password-stopgap")?.severity).toBe("warning");
  expect(d.why).not.toContain("app-password-stopgap");
  const card = d.plan.find((p) => p.action === "use-app-password");
  const marked = card?.steps.filter((s) => s.finding === "app-password-stopgap") ?? [];
  expect(marked.map((s) => [s.key, s.kind])).toEqual([["step.appPw.deadline", "note"]]);
});
