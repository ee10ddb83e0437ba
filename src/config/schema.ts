// config.json: the organisation's settings, validated field by field with zod so one bad field doesn't throw
// away the good ones. Shared by the pane (loadConfig) and the admin command (npm run config:check).

import { z } from "zod";

const https = z
  .string()
  .max(2000)
  .refine((s) => {
    try {
      return new URL(s).protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an https:// URL");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Authorities the add-in may send users to: the Microsoft identity platform only. */
const authority = https.refine((s) => {
  const u = new URL(s);
  return ["login.microsoftonline.com", "login.microsoftonline.us", "login.partner.microsoftonline.cn"].includes(u.hostname) && !u.search && !u.hash;
}, "must be a Microsoft identity platform authority such as https://login.microsoftonline.com/<tenant-id>");

/** A path on the add-in's own origin: no scheme, no host, no "..". */
const sameOriginPath = z
  .string()
  .max(300)
  .refine((s) => !/^[a-z][a-z0-9+.-]*:/i.test(s) && !s.startsWith("//") && !s.split(/[\\/]/).includes(".."), "must be a path on the add-in's own site, e.g. assets/logo.png");

export const FIELD_SCHEMAS = {
  organizationName: z.string().trim().min(1).max(100),
  logoPath: sameOriginPath,
  auth: z.object({
    clientId: z.string().regex(GUID, "must be the Entra application (client) ID, a GUID"),
    authority: authority.optional(),
  }),
  mfaMode: z.enum(["conditionalAccess", "securityDefaults", "perUserMfa", "unknown"]),
  appPasswordsAllowed: z.boolean(),
  helpDesk: z.object({
    name: z.string().trim().min(1).max(100).optional(),
    email: z.string().max(254).email("must be an e-mail address").optional(),
    url: https.optional(),
    phone: z
      .string()
      .max(40)
      .regex(/^[0-9+()\-./ ]+$/, "must be a phone number")
      .optional(),
  }),
  links: z
    .array(z.object({ label: z.string().trim().min(1).max(80), url: https }))
    .max(10),
} as const;

type Fields = typeof FIELD_SCHEMAS;
export type OrgConfig = { [K in keyof Fields]?: z.infer<Fields[K]> };

export interface ConfigResult {
  config: OrgConfig;
  /** One line per bad field, naming it; for the admin. */
  warnings: string[];
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
    const schema = (FIELD_SCHEMAS as Record<string, z.ZodType>)[key];
    if (!schema) {
      warnings.push(`${key.slice(0, 60)}: unknown field (ignored)`);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) config[key] = parsed.data;
    else {
      const issue = parsed.error.issues[0];
      const path = [key, ...(issue?.path ?? []).map(String)].join(".");
      warnings.push(`${path}: ${issue?.message ?? "invalid"}`);
    }
  }
  return { config: config as OrgConfig, warnings };
}

/** Largest config.json accepted; a real one is under 2 KB. */
export const MAX_CONFIG_BYTES = 64 * 1024;

export function validateConfigText(text: string): ConfigResult {
  if (text.length > MAX_CONFIG_BYTES) return { config: {}, warnings: [`config.json: larger than ${MAX_CONFIG_BYTES / 1024} KB (ignored)`] };
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
  const urls = [config.helpDesk?.url, ...(config.links ?? []).map((l) => l.url)].filter((u): u is string => Boolean(u));
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
