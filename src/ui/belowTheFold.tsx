// What the pane shows below the first screen loads in its own chunk: what was checked (with the check rows), and
// the hand-off section (the prompt's pictures, the note, the report formatter). App asks for it once the first
// screen is up, so it is there long before anyone scrolls to it or hands over a report.
//
// That chunk can fail to load after the first screen is up (a redeploy replaced the hashed files, the connection
// dropped): each part then fails alone, in place (LazyPart), and the answer above stays. A failed load is asked for
// once more before it counts as failed, and Run again asks afresh (React.lazy keeps a rejected load for good, so each
// attempt gets its own lazy component).
import * as React from "react";
import { importWithRetry } from "../util/chunkLoad";

function retryable<P extends object>(
  load: () => Promise<React.ComponentType<P>>
): (attempt: number) => React.LazyExoticComponent<React.ComponentType<P>> {
  const byAttempt = new Map<number, React.LazyExoticComponent<React.ComponentType<P>>>();
  return (attempt) => {
    let part = byAttempt.get(attempt);
    if (!part) {
      part = React.lazy(() => importWithRetry(load).then((c) => ({ default: c })));
      byAttempt.set(attempt, part);
    }
    return part;
  };
}

export const checksSection = retryable(() =>
  import(/* webpackChunkName: "pane-more" */ "./checks/ChecksSection").then((m) => m.ChecksSection)
);

export const handOffSection = retryable(() =>
  import(/* webpackChunkName: "pane-more" */ "./handoff/HandOffSection").then(
    (m) => m.HandOffSection
  )
);

export { loadReport } from "./handoff/loadReport";
