// A help desk receives reports the way users send them: the Copy report text pasted into a ticket, a reply or
// forward with "> " quoting, an HTML mail body, a quoted-printable one (a saved .eml). This finds the facts JSON in
// such text and says where it found it, so `diagnose` replays what actually arrives.

import { FACTS_MARKER } from "../diagnosis/report";

export interface Extracted {
  /** The JSON text of the facts object. */
  json: string;
  /** One line for stderr: where the facts were found, and what was undone to read them. */
  where: string;
}

/** A mail body in quoted-printable: soft line breaks ("=" at a line end) or encoded bytes such as =3D, =22, =C3=A9. */
const QP_SOFT_BREAK = /=\r?\n/;
const QP_BYTES = /=(?:3D|22|20|0A|0D|C[2-9A-F]|E[0-9A-F])/g;
const QP_HEADER = /content-transfer-encoding:\s*quoted-printable/i;
const HTML = /<(?:html|body|div|p|br|pre|span|table|font)\b[^>]*>/i;
const QUOTED_LINE = /^[ \t]*>/m;

export function looksQuotedPrintable(text: string): boolean {
  return (
    QP_HEADER.test(text) || QP_SOFT_BREAK.test(text) || (text.match(QP_BYTES)?.length ?? 0) >= 3
  );
}

/** Undoes quoted-printable: soft breaks go, =XX becomes that byte, and the bytes are read as UTF-8. */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  const utf8 = new TextEncoder();
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      const cp = joined.codePointAt(i) as number;
      const ch = String.fromCodePoint(cp);
      bytes.push(...utf8.encode(ch));
      i += ch.length - 1;
    }
  }
  return new TextDecoder("utf-8").decode(new Uint8Array(bytes));
}

const ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
};

/** Decodes named (the common ones) and numeric character references; an unknown one stays as it is. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** An HTML body as text: head, style and script go, block ends and <br> become line breaks, tags go, entities decode. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(head|style|script)\b[\s\S]*?<\/\1\s*>/gi, "")
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/(?:p|div|pre|tr|li|h\d|blockquote)\s*>/gi, "\n")
      .replace(/<[^>]*>/g, "")
  );
}

/** Removes reply quoting ("> ", ">> ", "> > ") from the start of every line. */
export function stripQuoting(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^(?:[ \t]*>)+ ?/, ""))
    .join("\n");
}

/**
 * The balanced JSON object that starts at `start` (a "{"), strings and escapes respected; null when it never
 * closes.
 */
function objectAt(text: string, start: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}") {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

/** True when the text is a JSON object with a `schema` member: a facts report, valid or not. */
function isFactsObject(json: string): boolean {
  try {
    const value: unknown = JSON.parse(json);
    return (
      typeof value === "object" && value !== null && !Array.isArray(value) && "schema" in value
    );
  } catch {
    return false;
  }
}

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/** The facts object in already-decoded text: after the report's marker if there is one, else the first that parses. */
function locate(text: string): { json: string; line: number; marker: boolean } | null {
  const marker = text.lastIndexOf(FACTS_MARKER);
  if (marker >= 0) {
    const start = text.indexOf("{", marker);
    const json = start >= 0 ? objectAt(text, start) : null;
    if (json && isFactsObject(json)) return { json, line: lineOf(text, start), marker: true };
  }
  for (let i = text.indexOf("{"); i >= 0; i = text.indexOf("{", i + 1)) {
    const json = objectAt(text, i);
    if (json && /"schema"/.test(json) && isFactsObject(json))
      return { json, line: lineOf(text, i), marker: false };
  }
  return null;
}

/**
 * Finds the facts in text a user sent. Tries the text as it is first, then with each layer of mail encoding
 * undone (quoted-printable, HTML, reply quoting) in the order mail applies them, so a plain pasted report is never
 * "decoded" by mistake. null when no facts object is anywhere in it.
 */
export function extractFacts(text: string): Extracted | null {
  const layers: { applies: (t: string) => boolean; undo: (t: string) => string; said: string }[] = [
    {
      applies: looksQuotedPrintable,
      undo: decodeQuotedPrintable,
      said: "quoted-printable decoded",
    },
    { applies: (t) => HTML.test(t), undo: htmlToText, said: "HTML tags removed" },
    { applies: (t) => QUOTED_LINE.test(t), undo: stripQuoting, said: "reply quoting (>) removed" },
  ];
  let current = text.replace(/\r\n?/g, "\n");
  const undone: string[] = [];
  const tryHere = () => {
    const found = locate(current);
    if (!found) return null;
    const place = found.marker
      ? `after "${FACTS_MARKER}" on line ${found.line}`
      : `on line ${found.line}`;
    const how = undone.length ? ` (${undone.join(", ")})` : "";
    return { json: found.json, where: `facts report found ${place}${how}` };
  };
  const first = tryHere();
  if (first) return first;
  for (const layer of layers) {
    if (!layer.applies(current)) continue;
    current = layer.undo(current).replace(/\r\n?/g, "\n");
    undone.push(layer.said);
    const found = tryHere();
    if (found) return found;
  }
  return null;
}
