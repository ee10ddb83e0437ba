// What the pane shows below the first screen loads in its own chunk: what was checked (with the check rows), and
// the hand-off section (the prompt's pictures, the note, the report formatter). App asks for it once the first
// screen is up, so it is there long before anyone scrolls to it or hands over a report.
import * as React from "react";

export const ChecksSection = React.lazy(() =>
  import(/* webpackChunkName: "pane-more" */ "./checks/ChecksSection").then((m) => ({
    default: m.ChecksSection,
  }))
);

export const HandOffSection = React.lazy(() =>
  import(/* webpackChunkName: "pane-more" */ "./handoff/HandOffSection").then((m) => ({
    default: m.HandOffSection,
  }))
);

/** The report formatter and the message builder, for Copy report and Send to IT. */
export const loadReport = () => import(/* webpackChunkName: "pane-more" */ "./handoff/report");
