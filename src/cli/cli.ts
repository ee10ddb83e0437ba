// The help-desk and admin commands' only contact with the process: argv in, stdout/stderr and exit code out.
//   npm run --silent diagnose -- FILE|- [--text]   → tsx src/cli/cli.ts diagnose …
//   npm run config:check -- FILE|-                 → tsx src/cli/cli.ts config-check …
// Everything else (reading, decoding, validating, formatting) is in input.ts and commands.ts.

import { parseArgs } from "node:util";
import { version } from "../../package.json";
import {
  configCheckCommand,
  diagnoseCommand,
  helpCommand,
  usageError,
  versionCommand,
  type CommandResult,
} from "./commands";
import { EXIT_INTERNAL, LIMITS, type CommandName } from "./defaults";
import { readInput } from "./input";

function isCommand(name: string | undefined): name is CommandName {
  return name === "diagnose" || name === "config-check";
}

export interface CliIo {
  read: typeof readInput;
  now(): Date;
}

const PROCESS_IO: CliIo = { read: readInput, now: () => new Date() };

/** argv (after the script) → the command's result. Exported so tests can drive the argv handling in process. */
export function run(argv: string[], io: CliIo = PROCESS_IO): CommandResult {
  const [command, ...rest] = argv;
  if (!isCommand(command))
    return usageError("diagnose", `unknown command ${JSON.stringify(command ?? "")}`);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
        ...(command === "diagnose" ? { text: { type: "boolean" } } : {}),
      },
    });
  } catch (e) {
    // node's own wording is long and suggests "--" tricks; name the offending option and show the usage. A boolean
    // given a value ("--text=1") is named as such, not as an unknown option.
    const message = (e as Error).message;
    const option = /'([^']+)'/.exec(message)?.[1];
    if (option && /does not take an argument/.test(message))
      return usageError(command, `option ${option} takes no value (write ${option} alone)`);
    return usageError(command, option ? `unknown option ${option}` : "bad arguments");
  }
  const { values, positionals } = parsed;
  if (values.help) return helpCommand(command);
  if (values.version) return versionCommand(version);
  if (positionals.length !== 1) return usageError(command);
  const file = positionals[0] as string;
  // Quoted, escapes and all: a saved attachment's name can carry terminal escape sequences.
  const name = file === "-" ? "standard input" : JSON.stringify(file);
  if (command === "config-check") return configCheckCommand(io.read(file, LIMITS.config), name);
  return diagnoseCommand(io.read(file, LIMITS.report), name, {
    text: values.text === true,
    now: io.now(),
  });
}

function main(): void {
  let result: CommandResult;
  try {
    result = run(process.argv.slice(2));
  } catch (e) {
    result = { stdout: "", stderr: `internal error: ${String(e)}\n`, exitCode: EXIT_INTERNAL };
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}

// Run only as the program (tsx src/cli/cli.ts …), not when a test imports run().
if (require.main === module) main();
