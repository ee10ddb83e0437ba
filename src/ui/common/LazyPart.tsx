import { Button } from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../../i18n";
import { isChunkLoadError } from "../../util/chunkLoad";
import { describeError, record } from "../../util/errorLog";
import { Notice } from "./Notice";

interface Props {
  /** Names the part for IT's trail and for tests (data-part). */
  name: string;
  t: Translate;
  /** The part, for this attempt (Run again starts the next one). */
  children: (attempt: number) => React.ReactNode;
}

/**
 * A part of the pane that loads after the first screen. If it fails (its chunk didn't load, or it threw), it says
 * so in its own place with Run again, and the rest of the pane (the answer, the steps, the way to IT) stays.
 */
export class LazyPart extends React.Component<Props, { failed: boolean; attempt: number }> {
  override state = { failed: false, attempt: 0 };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    const code = isChunkLoadError(error) ? "chunk_load_error" : "render_error";
    record("ui", code, `${this.props.name}: ${describeError(error)}`, "error");
  }

  private readonly retry = () => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));

  override render() {
    const { t, name } = this.props;
    if (!this.state.failed) return this.props.children(this.state.attempt);
    return (
      <div data-testid="part-failed" data-part={name}>
        <Notice intent="warning">
          <p style={{ margin: 0 }}>{t("part.failed")}</p>
          <Button size="small" onClick={this.retry} data-testid="part-run-again">
            {t("part.runAgain")}
          </Button>
        </Notice>
      </div>
    );
  }
}
