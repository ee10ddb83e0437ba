// Whether an error is a lazy chunk (a script import()) that didn't load, in every browser's words:
// - webpack: a ChunkLoadError, "Loading chunk 123 failed." / "Loading CSS chunk 123 failed.";
// - Chromium (native import()): "Failed to fetch dynamically imported module: …";
// - Firefox: "error loading dynamically imported module";
// - WebKit (Safari, Outlook for Mac and iOS): "Importing a module script failed.".
// Imports nothing, so any room may ask (the start-up code, the auth room, the pane's lazy parts).

const CHUNK_MESSAGES =
  /Loading (CSS )?chunk \S+ failed|dynamically imported module|Importing a module script failed/i;

export function isChunkLoadError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return CHUNK_MESSAGES.test(String(error));
  const e = error as { name?: unknown; message?: unknown };
  if (e.name === "ChunkLoadError") return true;
  return CHUNK_MESSAGES.test(typeof e.message === "string" ? e.message : "");
}

/**
 * Loads a chunk, asking once more when the first attempt fails to load (a dropped connection, a server busy for a
 * moment). webpack forgets a failed chunk, so the second import() sends a fresh request. Other errors aren't retried.
 */
export async function importWithRetry<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (!isChunkLoadError(e)) throw e;
    return load();
  }
}
