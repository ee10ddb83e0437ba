// French typography puts a space before ":", ";", "!", "?" and inside « ». An ordinary space there lets a narrow pane
// start a line with the colon; a no-break space keeps the sign with its word. Applied once to the catalogue, so the
// translations stay readable and any new message gets it too.

const NBSP = "\u00a0";

/** The text with the spaces French sets before high punctuation and inside guillemets made unbreakable. */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;!?»])/g, `${NBSP}$1`).replace(/« /g, `«${NBSP}`);
}

/** Every message of a catalogue, with French spacing. */
export function withFrenchSpacing<M extends Record<string, string>>(messages: M): M {
  return Object.fromEntries(
    Object.entries(messages).map(([key, text]) => [key, frenchSpacing(text)])
  ) as M;
}
