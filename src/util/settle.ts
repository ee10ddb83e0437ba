/**
 * How a promise ended, named for what happened: it gave a value, it was rejected, or its time ran out. Callers
 * decide what each means; a rejection is never silently turned into a timeout or a default.
 */
export type Settled<T> =
  { kind: "value"; value: T } | { kind: "rejected"; error: unknown } | { kind: "expired" };

/**
 * Waits for the promise for at most `ms`, or until `signal` aborts (whichever comes first). Never rejects, so a hung
 * Office callback or network call can't leave the pane waiting.
 */
export function settle<T>(
  promise: Promise<T>,
  ms: number,
  signal?: AbortSignal
): Promise<Settled<T>> {
  return new Promise<Settled<T>>((resolve) => {
    if (signal?.aborted) {
      resolve({ kind: "expired" });
      return;
    }
    const finish = (s: Settled<T>) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(s);
    };
    const onAbort = () => finish({ kind: "expired" });
    const timer = setTimeout(onAbort, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => finish({ kind: "value", value }),
      (error: unknown) => finish({ kind: "rejected", error })
    );
  });
}
