// config.json: the organisation's settings, validated field by field with zod so one bad field doesn't throw
// away the good ones. Shared by the pane (loadConfig) and the admin command (npm run config:check).

import * as z from "zod/mini";

// zod/mini: the same validation as zod with a tree-shakable API, so the office chunk stays small.

const isHttpsUrl = (s: string) => {
  try {
    return new URL(s).protocol === "https:";
  } catch {
    return false;
  }
};

const https = z.string().check(z.maxLength(2000), z.refine(isHttpsUrl, "must be an https:// URL"));

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Authorities the add-in may send users to: the Microsoft identity platform only. */
const AUTHORITY_HOSTS = [
  "login.microsoftonline.com",
  "login.microsoftonline.us",
  "login.partner.microsoftonline.cn",
];
const authority = z.string().check(
  z.maxLength(2000),
  z.refine((s) => {
    if (!isHttpsUrl(s)) return false;
    const u = new URL(s);
    return AUTHORITY_HOSTS.includes(u.hostname) && !u.search && !u.hash;
  }, "must be a Microsoft identity platform authority such as https://login.microsoftonline.com/<tenant-id>")
);

/** A path on the add-in's own origin: no scheme, no host, no "..". */
const sameOriginPath = z.string().check(
  z.maxLength(300),
  z.refine(
    (s) =>
      !/^[a-z][a-z0-9+.-]*:/i.test(s) && !s.startsWith("//") && !s.split(/[\\/]/).includes(".."),
    "must be a path on the add-in's own site, e.g. assets/logo.png"
  )
);

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const HELP_DESK = {
  name: text(100),
  email: z.string().check(z.maxLength(254), z.email("must be an e-mail address")),
  url: https,
  phone: z.string().check(z.maxLength(40), z.regex(/^[0-9+()\-./ ]+$/, "must be a phone number")),
};

const LINK = z.object({ label: text(80), url: https });

export const FIELD_SCHEMAS = {
  organizationName: text(100),
  logoPath: sameOriginPath,
  auth: z.object({
    clientId: z.string().check(z.regex(GUID, "must be the Entra application (client) ID, a GUID")),
    authority: z.optional(authority),
  }),
  mfaMode: z.enum(["conditionalAccess", "securityDefaults", "perUserMfa", "unknown"]),
  appPasswordsAllowed: z.boolean(),
  helpDesk: z.object({
    name: z.optional(HELP_DESK.name),
    email: z.optional(HELP_DESK.email),
    url: z.optional(HELP_DESK.url),
    phone: z.optional(HELP_DESK.phone),
  }),
  links: z.array(LINK).check(z.maxLength(10)),
} as const;

type Fields = typeof FIELD_SCHEMAS;
export type OrgConfig = { [K in keyof Fields]?: z.infer<Fields[K]> };

export interface ConfigResult {
  config: OrgConfig;
  /** One line per bad field, naming it; for the admin. */
  warnings: string[];
}

type Issue = {
  code: string;
  message: string;
  expected?: unknown;
  values?: unknown[];
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
};

/** zod/mini ships no wording; these say what an admin must change. */
function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return `must be ${issue.expected === "array" ? "a list" : `a ${String(issue.expected)}`}`;
    case "invalid_value":
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return issue.origin === "string"
        ? "must not be empty"
        : `must have at least ${String(issue.minimum)} entries`;
    case "too_big":
      return issue.origin === "string"
        ? `must be at most ${String(issue.maximum)} characters`
        : `must have at most ${String(issue.maximum)} entries`;
    default:
      return issue.message && issue.message !== "Invalid input" ? issue.message : "is not valid";
  }
}

const IGNORED_KEYS = new Set(["$comment", "$schema"]);

/** Validates parsed JSON. Never throws. Good fields apply; each bad one gets a warning that names it. */
export function validateConfig(input: unknown): ConfigResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { config: {}, warnings: ["config.json: must be a JSON object"] };
  }
  const config: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (IGNORED_KEYS.has(key)) continue;
    // Own keys only: "toString" or "__proto__" in a config file must not reach Object.prototype.
    const schema = Object.prototype.hasOwnProperty.call(FIELD_SCHEMAS, key)
      ? (FIELD_SCHEMAS as Record<string, z.ZodMiniType>)[key]
      : undefined;
    if (!schema) {
      warnings.push(
        `${/^\w+$/.test(key) ? key.slice(0, 60) : JSON.stringify(key.slice(0, 60))}: unknown field (ignored)`
      );
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      config[key] = parsed.data;
      continue;
    }
    for (const issue of parsed.error.issues)
      warnings.push(`${[key, ...issue.path.map(String)].join(".")}: ${describeIssue(issue)}`);
    // Salvage the good parts of the two fields that hold several independent values.
    const partial =
      key === "helpDesk" ? goodHelpDesk(value) : key === "links" ? goodLinks(value) : null;
    if (partial) config[key] = partial;
  }
  return { config: config as OrgConfig, warnings };
}

function goodHelpDesk(value: unknown): Record<string, string> | null {
  if (typeof value !== "object" || value === null) return null;
  const out: Record<string, string> = {};
  for (const [k, schema] of Object.entries(HELP_DESK)) {
    const r = schema.safeParse((value as Record<string, unknown>)[k]);
    if (r.success) out[k] = r.data;
  }
  return Object.keys(out).length ? out : null;
}

function goodLinks(value: unknown): { label: string; url: string }[] | null {
  if (!Array.isArray(value)) return null;
  const good = value.slice(0, 10).flatMap((v) => {
    const r = LINK.safeParse(v);
    return r.success ? [r.data] : [];
  });
  return good.length ? good : null;
}

/** Largest config.json accepted; a real one is under 2 KB. */
export const MAX_CONFIG_BYTES = 64 * 1024;

export function validateConfigText(text: string): ConfigResult {
  if (text.length > MAX_CONFIG_BYTES)
    return {
      config: {},
      warnings: [`config.json: larger than ${MAX_CONFIG_BYTES / 1024} KB (ignored)`],
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { config: {}, warnings: ["config.json: not valid JSON (ignored)"] };
  }
  return validateConfig(value);
}

/** The host of the configured help-desk URL: the one extra domain links may open. */
export function helpDeskDomains(config: OrgConfig): string[] {
  const urls = [config.helpDesk?.url, ...(config.links ?? []).map((l) => l.url)].filter(
    (u): u is string => Boolean(u)
  );
  const domains = new Set<string>();
  for (const u of urls) {
    try {
      domains.add(new URL(u).hostname.toLowerCase());
    } catch {
      // validateConfig already rejected it.
    }
  }
  return [...domains];
}
