import * as React from "react";

/**
 * After the person answers a question on the card (which app, which version), the card is replaced by the answer;
 * focus moves to the answer's heading, which reads the answer as its description: one announcement. The live
 * regions that would otherwise speak at the same moment (the answer, progress, the checks' summary) stay quiet
 * for that change.
 */
export interface AnswerFocus {
  /** Called by a question's choice, before the answer renders. */
  request(): void;
  /** Called by the answer heading once it is on screen: true once, if a choice asked for focus. */
  take(): boolean;
  /** Live regions are silent while the answer that a choice brought is being read out. */
  quiet: boolean;
}

export const AnswerFocusContext = React.createContext<AnswerFocus>({
  request: () => undefined,
  take: () => false,
  quiet: false,
});

export function useAnswerFocusState(): AnswerFocus {
  const pending = React.useRef(false);
  const [quiet, setQuiet] = React.useState(false);
  // Quiet until the person does something else on the page (a key or a click outside the choice just made).
  React.useEffect(() => {
    if (!quiet) return;
    const speak = () => setQuiet(false);
    const id = window.setTimeout(() => {
      window.addEventListener("keydown", speak, { once: true });
      window.addEventListener("pointerdown", speak, { once: true });
    }, 0);
    return () => {
      window.clearTimeout(id);
      window.removeEventListener("keydown", speak);
      window.removeEventListener("pointerdown", speak);
    };
  }, [quiet]);
  return React.useMemo(
    () => ({
      request: () => {
        pending.current = true;
        setQuiet(true);
      },
      take: () => {
        const was = pending.current;
        pending.current = false;
        return was;
      },
      quiet,
    }),
    [quiet]
  );
}

/** aria-live for a region that should be silent while a choice's answer is being announced. */
export const liveness = (quiet: boolean): "polite" | "off" => (quiet ? "off" : "polite");
