// Fetches config.json next to taskpane.html. One of the two modules allowed to call fetch.

import { decodeText } from "../util/decodeText";
import { record } from "../util/errorLog";
import {
  CONFIG_TOO_LARGE_WARNING,
  MAX_CONFIG_BYTES,
  validateConfigText,
  type ConfigResult,
} from "./schema";

/**
 * The body's bytes, reading no more than `max` + 1 of them: a huge file (or one with no Content-Length) is refused
 * after 64 KB, not after downloading all of it (docs/decisions/003, F14). null when it is larger than `max`.
 */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  const reader = res.body?.getReader();
  if (!reader) {
    const all = new Uint8Array(await res.arrayBuffer());
    return all.length > max ? null : all;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function loadConfig(baseUrl: string, timeoutMs = 5000): Promise<ConfigResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(new URL("config.json", baseUrl).href, {
      cache: "no-store",
      signal: controller.signal,
      credentials: "same-origin",
    });
    if (res.status === 404) return { config: {}, warnings: [] };
    if (!res.ok) {
      record("config", `http_${res.status}`);
      return {
        config: {},
        warnings: [`config.json: the server answered HTTP ${res.status} (defaults used)`],
      };
    }
    const length = Number(res.headers.get("content-length") ?? "0");
    const bytes = length > MAX_CONFIG_BYTES ? null : await readCapped(res, MAX_CONFIG_BYTES);
    if (!bytes) {
      controller.abort();
      record("config", "too_large");
      return { config: {}, warnings: [CONFIG_TOO_LARGE_WARNING] };
    }
    return validateConfigText(decodeText(bytes).text);
  } catch (e) {
    const timedOut = controller.signal.aborted;
    record("config", timedOut ? "timeout" : "load_failed", e);
    return {
      config: {},
      warnings: [
        timedOut
          ? `config.json: no answer within ${timeoutMs / 1000} s (defaults used)`
          : "config.json: couldn't be loaded (defaults used)",
      ],
    };
  } finally {
    clearTimeout(timer);
  }
}
