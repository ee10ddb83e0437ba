// npm run config:check -- FILE|-
// Validates an organisation's config.json the way the pane does. Exit 0: valid (the effective settings are printed
// as JSON). Exit 2: unreadable, not JSON, or any bad field, one line per field on stderr.

import { validateConfigText } from "../config/schema";
import { EXIT_BAD_INPUT, EXIT_OK, fail, readInput } from "./input";

function main(argv: string[]): void {
  if (argv.length !== 1) fail("usage: npm run config:check -- FILE|-");
  let text: string;
  try {
    text = readInput(argv[0] as string);
  } catch (e) {
    fail(`cannot read ${argv[0]}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const { config, warnings } = validateConfigText(text);
  if (warnings.length) {
    for (const w of warnings) process.stderr.write(`${w}\n`);
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  process.stdout.write(`${JSON.stringify(config, null, 2)}\n`);
  process.exitCode = EXIT_OK;
}

main(process.argv.slice(2));
