// The help desk's contact for the start-up watchdog (src/watchdog), read from config.json on its own: the pane's
// config loader is in a chunk that, when the watchdog speaks, never arrived. Bounded (a few seconds, 64 KB) and text
// only: a name, an address and a phone number to read out, never a link.

export interface StartContact {
  name: string | null;
  email: string | null;
  phone: string | null;
}

const MAX_BYTES = 64 * 1024;
const EMAIL = /^[^\s@"'<>()[\]{},;:]{1,64}@[A-Za-z0-9.-]{1,190}$/;
const PHONE = /^[0-9+()\-./ ]{3,40}$/;

const textOf = (v: unknown, max: number, pattern?: RegExp): string | null => {
  if (typeof v !== "string") return null;
  const s = v
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, " ")
    .trim();
  if (!s || s.length > max || (pattern && !pattern.test(s))) return null;
  return s;
};

/** The contact config.json names next to `pageUrl`, or null (no file, no answer in time, nothing usable). */
export async function readStartContact(
  pageUrl: string,
  timeoutMs = 3_000
): Promise<StartContact | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(new URL("config.json", pageUrl).href, {
      cache: "no-store",
      credentials: "same-origin",
      signal: controller.signal,
    });
    if (!res.ok) return null;
    const text = await res.text();
    if (text.length > MAX_BYTES) return null;
    const config: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    const desk = (config as { helpDesk?: unknown } | null)?.helpDesk;
    if (typeof desk !== "object" || desk === null) return null;
    const d = desk as Record<string, unknown>;
    const contact = {
      name: textOf(d.name, 100),
      email: textOf(d.email, 254, EMAIL),
      phone: textOf(d.phone, 40, PHONE),
    };
    return contact.name || contact.email || contact.phone ? contact : null;
  } catch {
    // No file, not JSON, no answer in time: the watchdog shows Run again without a contact.
    return null;
  } finally {
    clearTimeout(timer);
  }
}
