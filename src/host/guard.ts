import { record } from "../util/errorLog";

/**
 * Runs a read that an older client may not support. `undefined` (an API the client doesn't have) becomes null
 * quietly; a throw becomes null too, but is recorded, because an API that exists and throws is worth IT's attention.
 */
export function guard<T>(read: () => T | undefined | null): T | null {
  try {
    const v = read();
    return v === undefined ? null : v;
  } catch (e) {
    record("host", "office_api_threw", e);
    return null;
  }
}
