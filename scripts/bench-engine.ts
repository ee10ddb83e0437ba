// Engine throughput: diagnoses per second over every example report, a guard against accidentally quadratic rules.
import { diagnose, parseFacts, type Facts } from "../src/diagnosis";
import { SCENARIOS } from "../src/scenarios";

const facts: Facts[] = SCENARIOS.map((s) => {
  const p = parseFacts(s.facts);
  if (!p.ok) throw new Error(`${s.id}: ${p.field}`);
  return p.facts;
});
const now = new Date("2026-11-25T12:00:00Z");
for (let i = 0; i < 2000; i++) diagnose(facts[i % facts.length] as Facts, { now });
let n = 0;
const start = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < 1.5e9) {
  for (const f of facts) diagnose(f, { now });
  n += facts.length;
  elapsed = Number(process.hrtime.bigint() - start);
}
process.stdout.write(JSON.stringify({ diagnosesPerSecond: Math.round(n / (elapsed / 1e9)), fixtures: facts.length }));
