// config.json: the organisation's settings, validated field by field with zod so one bad field doesn't throw
// away the good ones. Shared by the pane (loadConfig), the admin command (npm run config:check) and the sign-in
// dialog page (its client ID and authority), so all three accept exactly the same file.

import * as z from "zod/mini";
import { isAllowedLink } from "../diagnosis";

// zod/mini: the same validation as zod with a tree-shakable API, so the office chunk stays small.

// ---------------------------------------------------------------------------------------------------------------
// URLs. Every URL in the file is refused with credentials (user:pass@, which also hides the real host), a port
// other than the default, or a host that is international or punycode (look-alikes such as xn--mcrosoft-…):
// a refused URL gets a warning naming its field, instead of being dropped silently by the pane (docs/decisions/003, F5).

/** Why a URL is refused, or null when it is fine. */
export function urlProblem(s: string): string | null {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u0020\u007f-\u009f]/.test(s))
    return "must not contain spaces or control characters";
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return "must be an https:// URL";
  }
  if (u.protocol !== "https:") return "must be an https:// URL";
  if (u.username || u.password) return "must not contain a user name or password";
  if (u.port) return "must use the default https port";
  // eslint-disable-next-line no-control-regex -- ASCII range check
  if (/[^\u0000-\u007f]/.test(s) || u.hostname.split(".").some((l) => l.startsWith("xn--")))
    return "must have a plain ASCII host name (international and punycode names are refused as possible look-alikes)";
  return null;
}

const checked = (problem: (s: string) => string | null) =>
  z.superRefine((s: string, ctx) => {
    const message = problem(s);
    if (message) ctx.addIssue({ code: "custom", message, input: s });
  });

const https = z.string().check(z.maxLength(2000), checked(urlProblem));

// ---------------------------------------------------------------------------------------------------------------
// Authority: the worldwide Microsoft identity platform, one tenant segment.

export const DEFAULT_AUTHORITY = "https://login.microsoftonline.com/organizations";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** Hosts of the worldwide cloud (login.microsoft.com is MSAL's alias of the first). */
const AUTHORITY_HOSTS = ["login.microsoftonline.com", "login.microsoft.com"];
/**
 * Sovereign clouds are refused rather than half-supported: the pane's Content-Security-Policy and its Graph address
 * (graph.microsoft.com) serve only the worldwide cloud, so a US Government or China tenant would pass the check
 * and then fail at run time (docs/decisions/003, F7). docs/ADMIN.md says so.
 */
const SOVEREIGN_HOSTS = [
  "login.microsoftonline.us",
  "login.partner.microsoftonline.cn",
  "login.chinacloudapi.cn",
  "login.microsoftonline.de",
];

export function authorityProblem(s: string): string | null {
  const url = urlProblem(s);
  if (url) return url;
  const u = new URL(s);
  const host = u.hostname.toLowerCase();
  if (SOVEREIGN_HOSTS.includes(host))
    return `${host} is a sovereign cloud, which this add-in doesn't support (it reaches only the worldwide cloud's sign-in and Microsoft Graph)`;
  if (!AUTHORITY_HOSTS.includes(host) || u.search || u.hash)
    return "must be a Microsoft identity platform authority such as https://login.microsoftonline.com/<tenant-id>";
  const m = /^\/([^/]+)\/?$/.exec(u.pathname);
  const tenant = m?.[1] ?? "";
  if (!(
    GUID.test(tenant) ||
    DOMAIN.test(tenant) ||
    tenant === "organizations" ||
    tenant === "common"
  ))
    return "must name one tenant: its ID (a GUID), a verified domain, organizations or common, e.g. https://login.microsoftonline.com/<tenant-id>";
  return null;
}

const authority = z.string().check(z.maxLength(2000), checked(authorityProblem));

// ---------------------------------------------------------------------------------------------------------------
// logoPath: a file under the add-in's own folder. The check runs on the URL the pane will resolve (WHATWG URL
// parsing turns "\" into "/", drops tabs and newlines, and reads %2e%2e as ".."), so nothing that resolves
// elsewhere passes (docs/decisions/003, F4).

const LOGO_PROBLEM = "must be a path under the add-in's own folder, e.g. assets/logo.png";

/** The logo's URL resolved against the page's folder, or null when it would leave that folder or origin. */
export function resolveLogoUrl(logoPath: string, pageUrl: string): string | null {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u0020\\]/.test(logoPath) || /%(2e|2f|5c)/i.test(logoPath)) return null;
  // A relative path only: no scheme (https:, data:, javascript:), no "..", whatever they would resolve to.
  if (/^[a-z][a-z0-9+.-]*:/i.test(logoPath) || logoPath.split("/").includes("..")) return null;
  let base: URL;
  let resolved: URL;
  try {
    base = new URL(".", pageUrl);
    resolved = new URL(logoPath, base);
  } catch {
    return null;
  }
  if (resolved.origin !== base.origin || !resolved.pathname.startsWith(base.pathname)) return null;
  if (resolved.search || resolved.hash || resolved.username || resolved.password) return null;
  return resolved.href;
}

/** Any folder serves for the check: a path that stays under one stays under every one. */
const CHECK_BASE = "https://addin.invalid/some/folder/taskpane.html";
const logoPath = z.string().check(
  z.maxLength(300),
  checked((s) => (resolveLogoUrl(s, CHECK_BASE) ? null : LOGO_PROBLEM))
);

// ---------------------------------------------------------------------------------------------------------------

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

// ---------------------------------------------------------------------------------------------------------------
// The help desk's host: links[] may also open it (exactly that host, no subdomains), so it must be one organisation's
// own host. A single label ("intranet", "com"), a public suffix ("com", "co.uk") or an IP literal would let a link
// open any site under it.

/**
 * Public suffixes the check knows, beyond every single label (which is refused whatever it is): the second-level
 * registries of the Public Suffix List (publicsuffix.org/list) most likely to appear in an organisation's address.
 * A short table, not the whole list: an admin typing "https://co.uk/" is a mistake this catches; the full list is
 * thousands of entries the pane would have to ship.
 */
export const TWO_LEVEL_PUBLIC_SUFFIXES: ReadonlySet<string> = new Set([
  "co.uk",
  "org.uk",
  "ac.uk",
  "gov.uk",
  "ltd.uk",
  "plc.uk",
  "me.uk",
  "net.uk",
  "nhs.uk",
  "sch.uk",
  "com.au",
  "net.au",
  "org.au",
  "edu.au",
  "gov.au",
  "co.nz",
  "org.nz",
  "govt.nz",
  "ac.nz",
  "co.jp",
  "ne.jp",
  "or.jp",
  "ac.jp",
  "go.jp",
  "co.kr",
  "or.kr",
  "co.in",
  "net.in",
  "org.in",
  "gov.in",
  "ac.in",
  "co.za",
  "org.za",
  "gov.za",
  "ac.za",
  "com.br",
  "net.br",
  "org.br",
  "gov.br",
  "com.cn",
  "net.cn",
  "org.cn",
  "gov.cn",
  "com.hk",
  "com.sg",
  "com.tw",
  "com.my",
  "com.mx",
  "com.ar",
  "com.co",
  "com.tr",
  "com.pl",
  "com.es",
  "co.il",
  "co.at",
  "or.at",
  "github.io",
  "azurewebsites.net",
  "cloudapp.net",
  "blob.core.windows.net",
  "web.core.windows.net",
  "sharepoint.com",
  "onmicrosoft.com",
  "herokuapp.com",
  "netlify.app",
  "vercel.app",
  "pages.dev",
]);

/** Why a host can't be the help desk's own, or null when it can. */
export function helpDeskHostProblem(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host.startsWith("[") || /^\d+(\.\d+){0,3}$/.test(host) || /^0x/i.test(host))
    return `${hostname} is an IP address; use the help desk's host name`;
  if (!host.includes("."))
    return `${hostname} is a single-label host; use the help desk's full host name`;
  if (TWO_LEVEL_PUBLIC_SUFFIXES.has(host))
    return `${hostname} is a public suffix, not one organisation's host`;
  return null;
}

const helpDeskUrl = https.check(
  checked((s) => {
    try {
      return helpDeskHostProblem(new URL(s).hostname);
    } catch {
      // urlProblem already says the URL is bad.
      return null;
    }
  })
);

const HELP_DESK = {
  name: text(100),
  email: z.string().check(z.maxLength(254), z.email("must be an e-mail address")),
  url: helpDeskUrl,
  phone: z.string().check(z.maxLength(40), z.regex(/^[0-9+()\-./ ]+$/, "must be a phone number")),
};

const LINK = z.object({ label: text(80), url: https });

export const FIELD_SCHEMAS = {
  organizationName: text(100),
  logoPath,
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
  if (config.links) {
    const kept = allowedLinks(input as Record<string, unknown>, config as OrgConfig, warnings);
    if (kept.length) config.links = kept;
    else delete config.links;
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

/**
 * links[] may open only what the pane may open: the contract's Microsoft and vendor domains, or the help desk's
 * own host (helpDesk.url). Anything else is refused here, with its index, rather than silently shown as text.
 */
function allowedLinks(
  input: Record<string, unknown>,
  config: OrgConfig,
  warnings: string[]
): { label: string; url: string }[] {
  const raw = Array.isArray(input.links) ? (input.links as unknown[]) : [];
  const extra = helpDeskDomains(config);
  return (config.links ?? []).filter((link) => {
    if (isAllowedLink(link.url, extra)) return true;
    const index = raw.findIndex((r) => (r as { url?: unknown } | null)?.url === link.url);
    warnings.push(
      `links.${index}.url: must be on a Microsoft domain or on the help desk's host (helpDesk.url); ${new URL(link.url).hostname} is neither`
    );
    return false;
  });
}

/** Largest config.json accepted, in bytes (UTF-8); a real one is under 2 KB. */
export const MAX_CONFIG_BYTES = 64 * 1024;

export const CONFIG_TOO_LARGE_WARNING = `config.json: larger than ${MAX_CONFIG_BYTES / 1024} KB (ignored)`;

/** Validates the file's text. A leading byte-order mark is ignored, as browsers' fetch().text() does. */
export function validateConfigText(text: string): ConfigResult {
  // UTF-8 needs at most 3 bytes per UTF-16 unit: only near the limit is the exact count needed.
  if (
    text.length > MAX_CONFIG_BYTES ||
    (text.length * 3 > MAX_CONFIG_BYTES && utf8Length(text) > MAX_CONFIG_BYTES)
  )
    return { config: {}, warnings: [CONFIG_TOO_LARGE_WARNING] };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { config: {}, warnings: ["config.json: not valid JSON (ignored)"] };
  }
  return validateConfig(value);
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The host of the configured help-desk URL: the one extra host links may open (exactly it, no subdomains). */
export function helpDeskDomains(config: OrgConfig): string[] {
  const url = config.helpDesk?.url;
  if (!url) return [];
  try {
    const host = new URL(url).hostname.toLowerCase();
    // validateConfig refuses such a URL; a config assembled elsewhere gets the same answer.
    return helpDeskHostProblem(host) ? [] : [host];
  } catch {
    // validateConfig already refused it; nothing to allow.
    return [];
  }
}
