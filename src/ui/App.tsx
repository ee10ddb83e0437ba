import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { ActionGuide } from "./ActionGuide";
import { ChecksList } from "./ChecksList";
import { HandOff } from "./HandOff";
import { Notice } from "./Notice";
import { ProblemClientPicker } from "./ProblemClientPicker";
import { SummaryCard } from "./SummaryCard";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
    "& h2": {
      fontSize: tokens.fontSizeBase400,
      lineHeight: tokens.lineHeightBase400,
      margin: `0 0 ${tokens.spacingVerticalS} 0`,
    },
  },
  title: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0 },
});

/** The whole pane. `before` holds mode-specific content (the preview banner and scenario picker). */
export function App(props: ViewProps & { before?: React.ReactNode; pending?: boolean }) {
  const styles = useStyles();
  const { model, t } = props;
  return (
    <main
      className={styles.root}
      data-testid="diagnosis"
      data-state={props.pending ? "pending" : "ready"}
      data-summary-action={model.diagnosis.summary.action}
    >
      <h1 className={styles.title}>{t("app.title")}</h1>
      {props.before}
      {model.configWarnings.length ? (
        <Notice intent="warning" testId="config-warning">
          {t("config.warning", { fields: model.configWarnings.join("; ") })}
        </Notice>
      ) : null}
      <SummaryCard model={model} t={t} />
      <ProblemClientPicker model={model} callbacks={props.callbacks} t={t} />
      <ChecksList model={model} callbacks={props.callbacks} t={t} />
      <ActionGuide {...props} />
      <HandOff {...props} />
    </main>
  );
}
