// The commands as pure functions: bytes and options in, { stdout, stderr, exitCode } out. cli.ts does the argv
// and process part, so tests run these in process.

import { diagnose, parseFactsJson } from "../diagnosis";
import { FACTS_MARKER, formatTextSummary } from "../diagnosis/report";
import { validateConfigText } from "../config/schema";
import { checkAppRegistration, isAppRegistration } from "../config/appRegistration";
import { decodeText } from "../util/decodeText";
import { EXIT_BAD_INPUT, EXIT_OK, HELP, LIMITS, USAGE, type CommandName } from "./defaults";
import { extractFacts } from "./extract";
import type { ReadResult } from "./input";

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Bad input: one line on stderr, nothing on stdout (docs/contract.md §2). */
export function fail(line: string): CommandResult {
  return { stdout: "", stderr: `${line.replace(/\s+/g, " ").trim()}\n`, exitCode: EXIT_BAD_INPUT };
}

const ok = (stdout: string): CommandResult => ({ stdout, stderr: "", exitCode: EXIT_OK });

export function helpCommand(command: CommandName): CommandResult {
  return ok(`${HELP[command]}\n`);
}

export function versionCommand(version: string): CommandResult {
  return ok(`${version}\n`);
}

export function usageError(command: CommandName, problem?: string): CommandResult {
  return fail(problem ? `${problem}; ${USAGE[command]}` : USAGE[command]);
}

/**
 * A size in the unit that shows it: KB below 1 MB (a 70 KB config against a 64 KB limit is not "0.1 MB"). Rounded
 * up, so a file just over a limit never reads as the limit itself.
 */
export function sizeText(bytes: number): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / 1024 / 1024, "MB"];
  const shown =
    value >= 10 || Number.isInteger(value) ? Math.ceil(value) : Math.ceil(value * 10) / 10;
  return `${shown} ${unit}`;
}

/**
 * UTF-32 (with or without a byte-order mark) and UTF-16 without one, told apart by where the zero bytes of ASCII
 * text fall: a JSON report starts with "{" or white space, all ASCII. UTF-16 with a BOM is decoded (decodeText).
 */
export function unsupportedEncoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (bytes.length >= 4) {
    if (a === 0xff && b === 0xfe && c === 0 && d === 0) return "UTF-32 (little-endian)";
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "UTF-32 (big-endian)";
    if (a !== 0 && b === 0 && c === 0 && d === 0) return "UTF-32 (little-endian)";
    if (a === 0 && b === 0 && c === 0 && d !== 0) return "UTF-32 (big-endian)";
  }
  if (bytes.length >= 2) {
    const bom = (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
    if (!bom && a !== 0 && b === 0 && (bytes.length < 4 || d === 0))
      return "UTF-16 (little-endian) without a byte-order mark";
    if (!bom && a === 0 && b !== 0 && (bytes.length < 4 || c === 0))
      return "UTF-16 (big-endian) without a byte-order mark";
  }
  return null;
}

/** The input's text, or the one line that says why there is none. */
function inputText(
  input: ReadResult,
  name: string,
  what: string,
  limit: number
): string | CommandResult {
  if (input.kind === "error") return fail(`cannot read ${name}: ${input.code}`);
  if (input.kind === "too-large") {
    const size = input.size === null ? `more than ${sizeText(limit)}` : sizeText(input.size);
    return fail(`${name} is ${size}; ${what} larger than ${sizeText(limit)} are refused`);
  }
  const { bytes } = input;
  // Encodings the reader doesn't decode get named, with what to do, instead of "not valid JSON".
  const unsupported = unsupportedEncoding(bytes);
  if (unsupported) return fail(`${name} looks like ${unsupported}; save it as UTF-8`);
  return decodeText(bytes).text;
}

export interface DiagnoseOptions {
  text: boolean;
  /** Today: the judgement date when the report has no plausible collectedAt, and the parse's "future" bound. */
  now: Date;
}

export function diagnoseCommand(
  input: ReadResult,
  name: string,
  options: DiagnoseOptions
): CommandResult {
  const text = inputText(input, name, "reports", LIMITS.report);
  if (typeof text !== "string") return text;
  // A file that is JSON (or meant to be: it starts like JSON) is read as the report itself, and its errors name
  // the field. Anything else is what users send (a pasted report, a reply, a mail body): find the facts in it.
  let json = text;
  let where = "";
  if (!looksLikeJson(text)) {
    const found = extractFacts(text);
    if (!found)
      return fail(
        `no facts report found in ${name}: expected the JSON after "${FACTS_MARKER}" (Copy report or Send to IT), or the facts JSON itself`
      );
    json = found.json;
    where = `${found.where} in ${name}\n`;
  }
  const parsed = parseFactsJson(json, { now: options.now });
  if (!parsed.ok) return fail(`invalid facts report: field ${parsed.field}: ${parsed.message}`);
  const result = diagnose(parsed.facts, { now: options.now });
  return {
    stdout: options.text
      ? `${formatTextSummary(result, parsed.facts)}\n`
      : `${JSON.stringify(result, null, 2)}\n`,
    stderr: where,
    exitCode: EXIT_OK,
  };
}

/** Starts like a JSON object, array, string or null (or is empty): read as JSON, as before, so its errors name the field. */
function looksLikeJson(text: string): boolean {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  return start === "" || /^(?:[[{"]|null\b)/.test(start);
}

/** An Entra app registration manifest, if that is what the file is (config-check accepts both). */
function appRegistration(text: string): Record<string, unknown> | null {
  try {
    const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    return isAppRegistration(json) ? json : null;
  } catch {
    // Not JSON: the config validation below says so, naming the file.
    return null;
  }
}

export function configCheckCommand(input: ReadResult, name: string): CommandResult {
  const text = inputText(input, name, "config files", LIMITS.config);
  if (typeof text !== "string") return text;
  const registration = appRegistration(text);
  if (registration) {
    const { problems, notes, redirects } = checkAppRegistration(registration);
    const stderr = [...problems, ...notes.map((n) => `note: ${n}`)];
    return {
      stdout: problems.length
        ? ""
        : `${JSON.stringify({ appRegistration: "ok", redirects }, null, 2)}\n`,
      stderr: stderr.length ? `${stderr.join("\n")}\n` : "",
      exitCode: problems.length ? EXIT_BAD_INPUT : EXIT_OK,
    };
  }
  const { config, warnings } = validateConfigText(text);
  if (warnings.length)
    return { stdout: "", stderr: `${warnings.join("\n")}\n`, exitCode: EXIT_BAD_INPUT };
  return ok(`${JSON.stringify(config, null, 2)}\n`);
}
