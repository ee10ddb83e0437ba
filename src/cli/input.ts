// Shared by the diagnose and config:check commands: read FILE or "-" (stdin) as text.
import { readFileSync } from "node:fs";

export function readInput(arg: string): string {
  return arg === "-" ? readFileSync(0, "utf8") : readFileSync(arg, "utf8");
}

/** Exit codes, the same for every command: 0 done, 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

export function fail(line: string): never {
  process.stderr.write(`${line.replace(/\s+/g, " ").trim()}\n`);
  process.exit(EXIT_BAD_INPUT);
}
