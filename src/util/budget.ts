// A deadline shared by several calls. The signal aborts when the time is up (or when the work is over), so a call
// that is still sleeping before a retry wakes at once and sends nothing more.

export interface Budget {
  readonly signal: AbortSignal;
  /** Milliseconds left before the deadline; 0 once it has passed. */
  remainingMs(): number;
  /** Ends the budget early (the work is done): stops the timer and aborts whatever still waits on the signal. */
  end(): void;
}

export function startBudget(ms: number, now: () => number = Date.now): Budget {
  const controller = new AbortController();
  const deadline = now() + ms;
  const timer = setTimeout(() => controller.abort(), ms);
  return {
    signal: controller.signal,
    remainingMs: () => (controller.signal.aborted ? 0 : Math.max(0, deadline - now())),
    end: () => {
      clearTimeout(timer);
      controller.abort();
    },
  };
}

/** Resolves after `ms`, or as soon as `signal` aborts; never rejects. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
