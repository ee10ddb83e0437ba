// Reads FILE or "-" (standard input) as bytes, never more than the limit: a 600 MB "report" is refused after its
// size is known (fstat) or after limit + 1 bytes of a pipe, not after loading it all (docs/decisions/003, F8).

import { closeSync, fstatSync, openSync, readSync } from "node:fs";

export type ReadResult =
  | { kind: "ok"; bytes: Uint8Array }
  | { kind: "too-large"; size: number | null }
  | { kind: "error"; code: string };

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

function readCapped(fd: number, limit: number): ReadResult {
  const stat = fstatSync(fd);
  if (stat.isDirectory()) return { kind: "error", code: "EISDIR" };
  if (stat.isFile() && stat.size > limit) return { kind: "too-large", size: stat.size };
  const buffer = Buffer.alloc(limit + 1);
  let used = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, used, buffer.length - used, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A non-blocking stdin with nothing yet: wait a moment and try again rather than failing.
      if (code === "EAGAIN") {
        Atomics.wait(PAUSE, 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    used += n;
    if (used > limit) return { kind: "too-large", size: null };
  }
  return { kind: "ok", bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, used) };
}

export function readInput(arg: string, limit: number): ReadResult {
  let fd: number | null = null;
  try {
    fd = arg === "-" ? 0 : openSync(arg, "r");
    return readCapped(fd, limit);
  } catch (e) {
    return { kind: "error", code: (e as NodeJS.ErrnoException).code ?? "EIO" };
  } finally {
    if (fd !== null && fd !== 0) closeSync(fd);
  }
}
