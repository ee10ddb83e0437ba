// Bytes of a report or config file → text. Windows tools add byte-order marks: Notepad's "UTF-8 with BOM",
// PowerShell's Set-Content -Encoding UTF8, and Windows PowerShell 5.1's `>` writes UTF-16 LE with a BOM.

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be";

/** The encoding its byte-order mark names; UTF-8 without one. */
export function detectEncoding(bytes: Uint8Array): {
  encoding: TextEncodingName;
  bomLength: number;
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "utf-8", bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  return { encoding: "utf-8", bomLength: 0 };
}

/** Decodes with the encoding the BOM names, BOM removed. Invalid sequences become U+FFFD rather than failing. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { encoding, bomLength } = detectEncoding(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding === "utf-16be") {
    // TextDecoder's utf-16be isn't in every runtime (Node's small-ICU builds lack it): swap to LE first.
    const swapped = new Uint8Array(body.length - (body.length % 2));
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1] as number;
      swapped[i + 1] = body[i] as number;
    }
    return { text: new TextDecoder("utf-16le", { ignoreBOM: true }).decode(swapped), encoding };
  }
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(body), encoding };
}
