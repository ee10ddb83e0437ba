// `diagnose` on what users actually send: the Copy report pasted into a ticket, a quoted reply, an HTML body and a
// quoted-printable .eml (hand-written fixtures in ./fixtures). It finds the facts, says where on stderr (one line),
// and exits 2 with one line when there are none.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnoseCommand } from "../../../src/cli/commands";
import { EXIT_BAD_INPUT, EXIT_OK } from "../../../src/cli/defaults";
import {
  decodeEntities,
  decodeQuotedPrintable,
  extractFacts,
  htmlToText,
  stripQuoting,
} from "../../../src/cli/extract";

const NOW = new Date("2026-11-25T12:00:00Z");
const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name));
const run = (name: string, text = false) =>
  diagnoseCommand({ kind: "ok", bytes: new Uint8Array(fixture(name)) }, name, { text, now: NOW });

describe("diagnose finds the facts in what users send", () => {
  test.each([
    [
      "copy-report.txt",
      'facts report found after "Facts report (JSON):" on line 30 in copy-report.txt',
      ["contact-admin"],
      "Outlook for Microsoft 365 (Version 2609)",
    ],
    [
      "reply-quoted.txt",
      'facts report found after "Facts report (JSON):" on line 14 (reply quoting (>) removed) in reply-quoted.txt',
      ["clear-cached-credentials", "update-client"],
      "Outlook 2016",
    ],
    [
      "html-body.html",
      'facts report found after "Facts report (JSON):" on line 9 (HTML tags removed) in html-body.html',
      ["reset-password"],
      "Outlook for Microsoft 365 (Version 2609)",
    ],
    [
      "qp-body.eml",
      'facts report found after "Facts report (JSON):" on line 12 (quoted-printable decoded) in qp-body.eml',
      ["update-client", "enable-modern-auth-registry"],
      "Outlook 2013",
    ],
  ])(
    "%s: exit 0, one stderr line saying where, the same diagnosis",
    (name, where, actions, label) => {
      const r = run(name);
      expect(r.exitCode).toBe(EXIT_OK);
      expect(r.stderr).toBe(`${where}\n`);
      const d = JSON.parse(r.stdout);
      expect(d.actions).toEqual(actions);
      expect(d.problemClient.label).toBe(label);
    }
  );

  test("HTML entities and quoted-printable bytes come back as the user's characters", () => {
    expect(run("html-body.html", true).stdout).toContain(
      'In the user\'s words: "Caf\\u00e9 Wi-Fi & office \\u2013 both"'
    );
    expect(run("qp-body.eml", true).stdout).toContain(
      'In the user\'s words: "It says \\u201center password\\u201d 3= times a day"'
    );
  });

  test("a message with no facts in it: exit 2, one line, nothing on stdout", () => {
    const r = run("no-facts.txt");
    expect(r.exitCode).toBe(EXIT_BAD_INPUT);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^no facts report found in no-facts\.txt: expected the JSON after "Facts report \(JSON\):"/
    );
  });

  test("facts found but broken: exit 2 naming the field, as for a JSON file", () => {
    const text = `Facts report (JSON):\n{"schema": 1, "host": {"nestedAppAuth": "yes"}, "problemClient": {}, "probes": {}}`;
    const r = diagnoseCommand({ kind: "ok", bytes: new TextEncoder().encode(text) }, "t.txt", {
      text: false,
      now: NOW,
    });
    expect(r.exitCode).toBe(EXIT_BAD_INPUT);
    expect(r.stderr).toMatch(/^invalid facts report: field host\.nestedAppAuth/);
  });

  test("a plain JSON report says nothing on stderr, as before", () => {
    const json = extractFacts(fixture("copy-report.txt").toString())?.json ?? "";
    const r = diagnoseCommand({ kind: "ok", bytes: new TextEncoder().encode(json) }, "r.json", {
      text: false,
      now: NOW,
    });
    expect(r).toMatchObject({ exitCode: EXIT_OK, stderr: "" });
  });
});

describe("the decoders", () => {
  test("quoted-printable: soft breaks join, =XX bytes become UTF-8", () => {
    expect(decodeQuotedPrintable("Caf=C3=A9 =E2=80=93 a=3Db, long li=\r\nne")).toBe(
      "Café – a=b, long line"
    );
  });
  test("entities: named and numeric", () => {
    expect(decodeEntities("&quot;a&quot; &amp; &#233; &#x2013; &unknown;")).toBe(
      '"a" & é – &unknown;'
    );
  });
  test("HTML: style goes, <br> and block ends break lines, tags go", () => {
    expect(htmlToText("<style>p{}</style><p>one<br>two</p><div>three</div>")).toBe(
      "one\ntwo\nthree\n"
    );
  });
  test("reply quoting, nested too", () => {
    expect(stripQuoting("> a\n>> b\n> > c\nd")).toBe("a\nb\nc\nd");
  });
  test("the first facts object is found without the marker too (a phone's short mail)", () => {
    const found = extractFacts(
      'Sent from my phone. Facts: {"schema":1,"host":{},"problemClient":{},"probes":{}} bye'
    );
    expect(found).toEqual({
      json: '{"schema":1,"host":{},"problemClient":{},"probes":{}}',
      where: "facts report found on line 1",
    });
  });
  test("braces in prose and JSON without a schema are not facts", () => {
    expect(extractFacts('I pressed {Enter} and got {"error": "x"}')).toBeNull();
  });
});

describe("diagnose reads version words as the pane does", () => {
  test.each([
    ["outlook 2010", "Outlook 2010", "no", false, "update-client"],
    ["LTSC 2021", "Outlook LTSC 2021", "yes", false, "clear-cached-credentials"],
    ["Office 2013", "Outlook 2013", "needs-registry", false, "update-client"],
    ["Microsoft 365", "Outlook for Microsoft 365", "yes", true, "clear-cached-credentials"],
  ])("%j → %s", (version, label, modernAuth, supported, first) => {
    const report = JSON.parse(extractFacts(fixture("reply-quoted.txt").toString())?.json ?? "{}");
    report.problemClient.version = version;
    const r = diagnoseCommand(
      { kind: "ok", bytes: new TextEncoder().encode(JSON.stringify(report)) },
      "r.json",
      { text: false, now: NOW }
    );
    const d = JSON.parse(r.stdout);
    expect([
      d.problemClient.label,
      d.problemClient.modernAuth,
      d.problemClient.supported,
      d.actions[0],
    ]).toEqual([label, modernAuth, supported, first]);
  });

  test("words it can't read are said to be unrecognised", () => {
    const report = JSON.parse(extractFacts(fixture("reply-quoted.txt").toString())?.json ?? "{}");
    report.problemClient.version = "the one with the blue icon";
    const r = diagnoseCommand(
      { kind: "ok", bytes: new TextEncoder().encode(JSON.stringify(report)) },
      "r.json",
      { text: true, now: NOW }
    );
    expect(r.stdout).toContain(
      "We didn't recognise the version you gave for Outlook for Windows (classic)"
    );
  });
});
