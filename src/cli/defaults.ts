// What the help-desk and admin commands promise: exit codes, limits and usage text (docs/contract.md §2).

import { MAX_REPORT_BYTES } from "../diagnosis";
import { MAX_CONFIG_BYTES } from "../config/schema";

export const EXIT_OK = 0;
/** A bug in the command itself (never bad input): the message says so. */
export const EXIT_INTERNAL = 1;
/** Bad input or usage: one line on stderr, nothing on stdout. */
export const EXIT_BAD_INPUT = 2;

export const LIMITS = { report: MAX_REPORT_BYTES, config: MAX_CONFIG_BYTES } as const;

export type CommandName = "diagnose" | "config-check";

export const USAGE: Record<CommandName, string> = {
  diagnose: "usage: npm run --silent diagnose -- FILE|- [--text]",
  "config-check": "usage: npm run config:check -- FILE|-",
};

export const HELP: Record<CommandName, string> = {
  diagnose: [
    USAGE.diagnose,
    "",
    "Diagnoses a facts report (the JSON a user's Copy report or Send to IT carries) the way the pane did.",
    "FILE may be the JSON itself or what the user sent: the Copy report text, a reply or forward with > quoting,",
    "an HTML or quoted-printable mail body. One line on stderr says where the facts were found.",
    "",
    "  FILE      the report; - reads standard input. UTF-8 (with or without a BOM) or UTF-16 with a BOM.",
    "  --text    a summary to paste into a ticket instead of the diagnosis as JSON",
    "  --help    this text",
    "  --version the add-in's version",
    "",
    `Exit 0: the diagnosis on stdout. Exit 2: bad input (no facts found, not JSON, wrong schema, larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB),`,
    "one line on stderr naming the field. A report is judged as of its collectedAt date.",
  ].join("\n"),
  "config-check": [
    USAGE["config-check"],
    "",
    "Validates an organisation's config.json the way the pane does (docs/ADMIN.md, section 2), or the Entra app",
    "registration's manifest (downloaded from the Entra admin center) for the redirects sign-in needs: a",
    "Single-page application redirect brk-multihub://<add-in origin>, origin only, and https://…/dialog.html.",
    "",
    "  FILE      config.json or the app registration's manifest; - reads standard input",
    "  --help    this text",
    "  --version the add-in's version",
    "",
    "Exit 0: the effective settings (or the redirects found) on stdout. Exit 2: one line per problem on stderr.",
  ].join("\n"),
};
