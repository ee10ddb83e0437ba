import * as React from "react";
import { describeError as describe, record } from "../../util/errorLog";

/** A rendering bug shows a readable message instead of a blank pane. */
export class ErrorBoundary extends React.Component<
  { children: React.ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  /** A render error is the pane's own bug: it goes into the trail the report carries for IT. */
  override componentDidCatch(error: unknown, info: React.ErrorInfo) {
    const where = /at (\w+)/.exec(info.componentStack ?? "")?.[1];
    record("ui", "render_error", `${where ? `in ${where}: ` : ""}${describe(error)}`, "error");
  }

  override render() {
    if (this.state.failed) {
      return (
        <main data-testid="diagnosis" data-state="error" role="alert" style={{ padding: 16 }}>
          <h1>Sign-in Assistant</h1>
          <p>
            Something went wrong while showing the diagnosis. Select Run again; if it happens again,
            contact your IT team.
          </p>
          {/* A plain button: the Fluent components may be what broke. */}
          <button type="button" data-testid="run-again" onClick={() => window.location.reload()}>
            Run again
          </button>
        </main>
      );
    }
    return this.props.children;
  }
}
