import { readFileSync } from "node:fs";
import { join } from "node:path";
import { encodeBase64Url, readFactsFragment } from "../../../src/taskpane/fragment";

const NOW = new Date("2026-11-25T12:00:00Z");
const report = () =>
  JSON.parse(readFileSync(join(__dirname, "../../../src/scenarios/password-expired.json"), "utf8"));
const link = (value: unknown) =>
  `#facts=${encodeBase64Url(typeof value === "string" ? value : JSON.stringify(value))}`;

test("a shared report is decoded and parsed", () => {
  const r = readFactsFragment(link(report()), NOW);
  expect(r.kind).toBe("ok");
});

test.each([
  ["no fragment", "", "none"],
  ["another fragment", "#section", "none"],
])("%s: nothing to read", (_, hash, kind) => {
  expect(readFactsFragment(hash, NOW).kind).toBe(kind);
});

test.each([
  ["longer than 32 KB", `#facts=${"A".repeat(33 * 1024)}`, "the link is too long"],
  ["not base64url", "#facts=%%%", "it is not base64url-encoded UTF-8"],
  [
    "invalid UTF-8",
    `#facts=${Buffer.from([0xff, 0xfe, 0xc3]).toString("base64url")}`,
    "it is not base64url-encoded UTF-8",
  ],
  ["not JSON", link("{oops"), "it is not valid JSON"],
  ["the wrong schema", link({ ...report(), schema: 2 }), "field schema: schema must be 1"],
  [
    "51 methods",
    link({
      ...report(),
      probes: {
        ...report().probes,
        authMethods: { status: "ok", methods: Array(51).fill("phone") },
      },
    }),
    /^field probes\.authMethods\.methods: .*at most 50/,
  ],
])("%s: a banner names what is wrong", (_, hash, reason) => {
  const r = readFactsFragment(hash, NOW);
  expect(r.kind).toBe("error");
  if (r.kind === "error") expect(r.reason).toMatch(reason);
});

test("the same parser as the CLI: bidi and controls stripped, errorCode pattern, implausible dates (B23, F11)", () => {
  const f = report();
  f.problemClient.version = "16.0 \u202eexe.txt\r\nforged";
  f.probes.token = {
    status: "failed",
    errorCode: "Sign-in failed; look it up at https://evil.example",
  };
  f.collectedAt = "2030-01-01T00:00:00Z";
  const r = readFactsFragment(link(f), NOW);
  expect(r.kind).toBe("ok");
  if (r.kind !== "ok") return;
  expect(r.facts.problemClient.version).toBe("16.0 exe.txt forged");
  expect(r.facts.probes.token.errorCode).toBeNull();
  expect(r.facts.collectedAt).toBeNull();
  expect(r.facts.collectedAtRejected).toBe("2030-01-01T00:00:00Z");
});

test("a UTF-8 BOM inside the link is tolerated", () => {
  expect(readFactsFragment(link(`\ufeff${JSON.stringify(report())}`), NOW).kind).toBe("ok");
});
