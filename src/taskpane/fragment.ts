// #facts=<base64url(UTF-8 JSON)> (docs/contract.md §3): decode a shared report for preview mode. The JSON goes through the
// same parser as the CLI's (parseFactsJson): the same cleaning, caps and date check, so the pane and `diagnose`
// agree on every report.

import { parseFactsJson, type Facts } from "../diagnosis";

export type FragmentResult =
  { kind: "none" } | { kind: "ok"; facts: Facts } | { kind: "error"; reason: string };

const MAX_FRAGMENT = 32 * 1024;

export function decodeBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new Error("not base64url");
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const padded = b64 + "=".repeat((4 - (b64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

export function encodeBase64Url(json: string): string {
  const bytes = new TextEncoder().encode(json);
  let binary = "";
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function readFactsFragment(hash: string, now: Date = new Date()): FragmentResult {
  const m = /^#?facts=(.*)$/.exec(hash);
  if (!m) return { kind: "none" };
  const payload = m[1] as string;
  if (payload.length > MAX_FRAGMENT) return { kind: "error", reason: "the link is too long" };
  let json: string;
  try {
    json = decodeBase64Url(payload);
  } catch {
    // Not an error of the pane: the banner names what is wrong with the link.
    return { kind: "error", reason: "it is not base64url-encoded UTF-8" };
  }
  const parsed = parseFactsJson(json, { now });
  if (parsed.ok) return { kind: "ok", facts: parsed.facts };
  return {
    kind: "error",
    reason:
      parsed.field === "(root)" && /not valid JSON/.test(parsed.message)
        ? "it is not valid JSON"
        : `field ${parsed.field}: ${parsed.message}`,
  };
}
