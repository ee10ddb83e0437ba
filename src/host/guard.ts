/** Runs a read that an older client may not support; any throw or undefined becomes null. */
export function guard<T>(read: () => T | undefined | null): T | null {
  try {
    const v = read();
    return v === undefined ? null : v;
  } catch {
    return null;
  }
}
