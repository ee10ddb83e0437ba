// npm run --silent diagnose -- FILE|- [--text]
// Prints one diagnosis as JSON (or a paste-ready text summary) and exits 0; bad input exits 2 with one line on
// stderr naming the offending field and nothing on stdout (contract §2).

import { diagnose, formatTextSummary, parseFactsJson } from "../diagnosis";
import { EXIT_OK, fail, readInput } from "./input";

const USAGE = "usage: npm run --silent diagnose -- FILE|- [--text]";

function main(argv: string[]): void {
  const text = argv.includes("--text");
  const files = argv.filter((a) => a !== "--text");
  if (files.length !== 1 || (files[0] as string).startsWith("--")) fail(USAGE);
  let raw: string;
  try {
    raw = readInput(files[0] as string);
  } catch (e) {
    fail(`cannot read ${files[0]}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const parsed = parseFactsJson(raw);
  if (!parsed.ok) fail(`invalid facts report: field ${parsed.field}: ${parsed.message}`);
  const result = diagnose(parsed.facts, { now: new Date() });
  process.stdout.write(
    text ? `${formatTextSummary(result, parsed.facts)}\n` : `${JSON.stringify(result, null, 2)}\n`
  );
  process.exitCode = EXIT_OK;
}

main(process.argv.slice(2));
