// The pane when it could not start inside Outlook: an Office pane that says what failed, what it
// could read from Outlook, Run again (a reload) and a way to IT. It shows no guidance (nothing was diagnosed), no
// example and no preview banner. It lives in the initial bundle, so it works when a lazy chunk is what failed.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwise16Regular, Copy16Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { MessageKey, Translate } from "../../i18n";
import type { ErrorEntry } from "../../util/errorLog";
import type { StartFailureEnd } from "../../util/startEnd";
import { Notice } from "../common/Notice";
import { useCopied } from "../common/useCopied";
import { useSurfaceStyles } from "../surfaces";
import type { StartHostFacts } from "../types";

const REASON_KEY: Record<StartFailureEnd, MessageKey> = {
  "office-js-missing": "start.failed.officeMissing",
  "onready-timeout": "start.failed.onReadyTimeout",
  "office-js-failed": "start.failed.officeJsFailed",
  chunk: "start.failed.chunk",
  crashed: "start.failed.crashed",
};

export interface StartFailureProps {
  reason: StartFailureEnd;
  t: Translate;
  /** What Office answered (null when Office never became available). */
  host: StartHostFacts | null;
  /** The error trail at the time of the failure. */
  trail: ErrorEntry[];
  copyText(text: string): Promise<boolean>;
  reload(): void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    overflowWrap: "anywhere",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: { margin: 0 },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  details: {
    margin: 0,
    whiteSpace: "pre-wrap",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
  },
});

/** The facts shown and handed over: only what Office answered, labelled. */
function readFacts(host: StartHostFacts | null, t: Translate): [string, string][] {
  if (!host) return [];
  const rows: [string, string | null][] = [
    [t("start.fact.app"), host.hostName],
    [t("start.fact.version"), host.hostVersion],
    [t("start.fact.platform"), host.platform],
    [t("start.fact.mailboxSet"), host.mailboxRequirementSet],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== null);
}

/** The text Copy details puts on the clipboard: English labels would do, but the user's are the ones they see. */
export function failureDetails(props: Omit<StartFailureProps, "copyText" | "reload">): string {
  const { t, reason, host, trail } = props;
  return [
    `${t("app.title")}: ${t("start.failed.heading")}`,
    t(REASON_KEY[reason]),
    `reason: ${reason}`,
    ...readFacts(host, t).map(([k, v]) => `${k}: ${v}`),
    ...trail.map(
      (e) =>
        `${e.at} ${e.area} ${e.code}${e.detail ? ` (${e.detail})` : ""}${e.count > 1 ? ` ×${e.count}` : ""}`
    ),
  ].join("\n");
}

export function StartFailure(props: StartFailureProps) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { t, reason } = props;
  const facts = readFacts(props.host, t);
  const details = failureDetails(props);
  const [copied, copy] = useCopied(
    React.useCallback(() => props.copyText(details), [props, details])
  );
  return (
    <main
      className={styles.root}
      data-testid="diagnosis"
      data-mode="start-failure"
      data-state="error"
      data-first-screen="error"
      data-start-failure={reason}
    >
      <h1 className={styles.title}>{t("app.title")}</h1>
      <Notice intent="error" testId="start-failure">
        <h2 className={styles.heading}>{t("start.failed.heading")}</h2>
        <p className={styles.text} data-testid="start-failure-reason">
          {t(REASON_KEY[reason])}
        </p>
      </Notice>
      <p className={styles.text}>{t("start.failed.next")}</p>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<ArrowClockwise16Regular />}
          onClick={props.reload}
          data-testid="run-again"
          className={surface.touchButton}
        >
          {t("start.failed.runAgain")}
        </Button>
        <Button
          icon={<Copy16Regular />}
          onClick={() => void copy()}
          data-testid="handoff"
          className={surface.touchButton}
        >
          {t("start.failed.copy")}
        </Button>
      </div>
      <p className={surface.status} role="status" data-testid="handoff-status">
        {copied === "copied"
          ? t("start.failed.copied")
          : copied === "failed"
            ? t("start.failed.copyFailed")
            : ""}
      </p>
      <section aria-labelledby="start-read-heading">
        <h2 id="start-read-heading" className={styles.title}>
          {t("start.failed.read")}
        </h2>
        {facts.length ? (
          <dl className={styles.facts} data-testid="start-facts">
            {facts.map(([k, v]) => (
              <React.Fragment key={k}>
                <dt className={styles.term}>{k}</dt>
                <dd className={styles.value}>{v}</dd>
              </React.Fragment>
            ))}
          </dl>
        ) : (
          <p className={styles.text} data-testid="start-facts">
            {t("start.failed.nothingRead")}
          </p>
        )}
      </section>
      <details className={surface.disclosure}>
        <summary>{t("start.failed.details")}</summary>
        <pre className={styles.details} data-testid="start-details">
          {details}
        </pre>
      </details>
    </main>
  );
}
