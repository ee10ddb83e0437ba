// Fetches config.json next to taskpane.html. One of the two modules allowed to call fetch.

import { MAX_CONFIG_BYTES, validateConfigText, type ConfigResult } from "./schema";

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
    if (!res.ok)
      return {
        config: {},
        warnings: [`config.json: the server answered HTTP ${res.status} (defaults used)`],
      };
    const length = Number(res.headers.get("content-length") ?? "0");
    if (length > MAX_CONFIG_BYTES) {
      controller.abort();
      return {
        config: {},
        warnings: [`config.json: larger than ${MAX_CONFIG_BYTES / 1024} KB (ignored)`],
      };
    }
    return validateConfigText(await res.text());
  } catch {
    return { config: {}, warnings: ["config.json: couldn't be loaded (defaults used)"] };
  } finally {
    clearTimeout(timer);
  }
}
