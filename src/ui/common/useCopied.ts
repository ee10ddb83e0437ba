import * as React from "react";

export type CopyState = "idle" | "copied" | "failed";

/** How long a copy button says "Copied" before it reads "Copy" again. */
export const COPIED_MS = 2000;

/** A copy action with its feedback: "copied" for two seconds, or "failed" until the next try. */
export function useCopied(copy: () => Promise<boolean>): [CopyState, () => Promise<boolean>] {
  const [state, setState] = React.useState<CopyState>("idle");
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  React.useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    []
  );
  const run = React.useCallback(async () => {
    const ok = await copy();
    setState(ok ? "copied" : "failed");
    if (timer.current) clearTimeout(timer.current);
    if (ok) timer.current = setTimeout(() => setState("idle"), COPIED_MS);
    return ok;
  }, [copy]);
  return [state, run];
}
