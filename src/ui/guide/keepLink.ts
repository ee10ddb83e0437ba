// The address that keeps the steps when the app the pane runs in closes: this same page, outside Outlook, with the
// diagnosis's facts (and the ticks so far) in the fragment, which the browser never sends to the server.

import qrcode from "qrcode-generator";
import type { Facts, UserReport } from "../../diagnosis";
import { encodeBase64Url } from "../../util/base64url";

/** The facts as the kept page needs them: what was read and the ticks, never the note or the pane's failures. */
export function keptFacts(facts: Facts, ticked: UserReport["ticked"]): Facts {
  const rest: Facts = { ...facts };
  delete rest.errors;
  delete rest.inputNotes;
  delete rest.userReport;
  return Object.keys(ticked).length
    ? { ...rest, userReport: { ticked, prompt: null, note: null } }
    : rest;
}

/** `taskpane.html#facts=…` on the address this page was served from (Outlook's query parameters left out). */
export function keepStepsUrl(
  facts: Facts,
  ticked: UserReport["ticked"],
  location: Pick<Location, "origin" | "pathname">
): string {
  return `${location.origin}${location.pathname}#facts=${encodeBase64Url(
    JSON.stringify(keptFacts(facts, ticked))
  )}`;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether the kept link may be shown as a link: it is this page's own address, over https (as every deployment
 * is), or on the developer's own machine.
 */
export function ownPageLink(url: string, location: Pick<Location, "origin">): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.origin !== location.origin || u.username || u.password) return false;
  return u.protocol === "https:" || (u.protocol === "http:" && LOOPBACK.has(u.hostname));
}

/**
 * The QR code of `text` as an SVG path of its dark modules (one unit per module) and the side in modules, quiet
 * zone included; null when the text is too long for a QR code. Low error correction: the code is read from a
 * screen, and the smallest modules scan best.
 */
export function qrPath(text: string): { d: string; size: number } | null {
  let qr: ReturnType<typeof qrcode>;
  try {
    qr = qrcode(0, "L");
    qr.addData(text, "Byte");
    qr.make();
  } catch {
    // "code length overflow": longer than a QR code holds. The link and Print still keep the steps.
    return null;
  }
  const n = qr.getModuleCount();
  const quiet = 4;
  const parts: string[] = [];
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++)
      if (qr.isDark(y, x)) parts.push(`M${x + quiet} ${y + quiet}h1v1h-1z`);
  return { d: parts.join(""), size: n + 2 * quiet };
}
