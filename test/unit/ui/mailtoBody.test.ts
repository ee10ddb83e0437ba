// The mail link a host without Office's new-message form gets (phones, Mailbox below 1.6): at most 2,000
// characters, so something must go when the user's note is long. The facts JSON stays whole and replayable, the
// findings stay, and the cut falls between lines (the note, last, between words), never inside a word or a value.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnose, parseFacts, type Facts } from "../../../src/diagnosis";
import { MAILTO_MAX_URL, MAILTO_SHORTENED_NOTE, mailtoUrl } from "../../../src/host/services";
import { translator } from "../../../src/i18n";
import { enUS } from "../../../src/i18n/en-US";
import { buildHandoff } from "../../../src/ui/handoff/report";
import type { ViewModel } from "../../../src/ui/types";

const NOW = new Date("2026-11-25T12:00:00Z");
const t = translator(enUS);

function model(): ViewModel {
  const raw = JSON.parse(
    readFileSync(join(__dirname, "../../../src/scenarios/password-expired.json"), "utf8")
  );
  const parsed = parseFacts(raw);
  if (!parsed.ok) throw new Error(parsed.message);
  const facts: Facts = parsed.facts;
  return {
    facts,
    diagnosis: diagnose(facts, { now: NOW }),
    hostApp: null,
    pendingProbes: new Set(),
    mode: "office",
    checksWired: false,
    orgName: "Contoso",
    logoUrl: null,
    helpDesk: { name: "IT", email: "servicedesk@contoso.example", phone: null, url: null },
    extraLinks: [],
    configWarnings: [],
    email: "",
    running: false,
    canSignIn: false,
    authMessage: null,
    extraLinkDomains: [],
  };
}

const bodyOf = (url: string) => decodeURIComponent(url.slice(url.indexOf("&body=") + 6));

describe.each([
  ["240 emoji", "😀".repeat(240)],
  ["500 Cyrillic letters in words", "Пароль снова и снова ".repeat(25).slice(0, 500)],
  ["500 CJK characters", "密码提示".repeat(125)],
])("a note of %s", (_, note) => {
  const m = model();
  const draft = buildHandoff(m, { ticked: {}, prompt: "microsoft-window", note }, t);
  const url = mailtoUrl(draft);
  const body = bodyOf(url);
  const lines = body.split("\n");

  test("the URL fits and says it was shortened", () => {
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_URL);
    expect(body.endsWith(MAILTO_SHORTENED_NOTE)).toBe(true);
  });

  test("the facts JSON comes first and whole: it parses and replays to the same diagnosis", () => {
    expect(lines[0]).toBe("Facts report (JSON):");
    const replayed = parseFacts(JSON.parse(lines[1] as string));
    if (!replayed.ok) throw new Error(replayed.message);
    expect(diagnose(replayed.facts, { now: NOW }).actions).toEqual(m.diagnosis.actions);
    expect(replayed.facts.userReport?.prompt).toBe("microsoft-window");
  });

  test("the cut falls between lines: every text line is whole, the findings are there", () => {
    const text = draft.textBody.split("\n");
    const whole = lines.slice(3).filter((l) => l !== "" && !MAILTO_SHORTENED_NOTE.includes(l));
    for (const l of whole.filter((l) => !l.startsWith(t("handoff.userNote"))))
      expect(text).toContain(l);
    expect(body).toContain("Findings:");
    for (const f of m.diagnosis.findings.filter(
      (f) => f.severity === "error" || f.severity === "warning"
    ))
      expect(body).toContain(f.message);
    expect(body).toContain(`Summary for IT: ${m.diagnosis.summary.forIt}`);
  });
});

test("a short note is kept whole, after the facts and the findings", () => {
  const m = model();
  const draft = buildHandoff(m, { ticked: {}, prompt: null, note: "It asks every morning." }, t);
  const body = bodyOf(mailtoUrl(draft));
  expect(body).toContain("\n\nIn my own words: It asks every morning.");
  expect(body.indexOf("It asks every morning.")).toBeGreaterThan(body.indexOf("[FAIL]"));
});
