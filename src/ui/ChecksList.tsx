import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import {
  ArrowClockwise16Regular,
  ArrowSync16Regular,
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  PersonKey20Regular,
  SubtractCircle16Regular,
  Warning16Filled,
} from "@fluentui/react-icons";
import * as React from "react";
import type { CheckRow, CheckStatus } from "../diagnosis";
import type { MessageKey } from "../i18n";
import { useSurfaceStyles } from "./surfaces";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  name: { flexGrow: 1, minWidth: 0 },
  status: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    flexShrink: 0,
  },
  detail: { margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}` },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
    marginTop: tokens.spacingVerticalS,
  },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export const STATUS_KEY: Record<CheckStatus, MessageKey> = {
  pending: "status.pending",
  ok: "status.ok",
  failed: "status.failed",
  warning: "status.warning",
  notChecked: "status.notChecked",
};

function StatusIcon({ status }: { status: CheckStatus }) {
  const styles = useStyles();
  switch (status) {
    case "pending":
      return <ArrowSync16Regular className={styles.muted} aria-hidden />;
    case "ok":
      return <CheckmarkCircle16Filled className={styles.ok} aria-hidden />;
    case "failed":
      return <DismissCircle16Filled className={styles.failed} aria-hidden />;
    case "warning":
      return <Warning16Filled className={styles.warning} aria-hidden />;
    default:
      return <SubtractCircle16Regular className={styles.muted} aria-hidden />;
  }
}

function detailText(row: CheckRow, t: ViewProps["t"]): string[] {
  return row.detail.map((d) => t(d.key, d.params));
}

/** Each check is a native disclosure: keyboard and screen readers get expand/collapse without extra script. */
export function ChecksList({ model, callbacks, t }: Pick<ViewProps, "model" | "callbacks" | "t">) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const announcement = model.checks
    .filter((c) => c.status !== "pending")
    .map((c) =>
      t("checks.announce", {
        check: t(`check.${c.id}`),
        status: t(STATUS_KEY[c.status]),
      })
    )
    .join(". ");
  return (
    <section aria-labelledby="checks-heading">
      <div className={surface.sectionHeader}>
        <h2 id="checks-heading">{t("checks.heading")}</h2>
        {model.mode === "office" ? (
          <Button
            size="small"
            icon={<ArrowClockwise16Regular />}
            onClick={callbacks.onRunAgain}
            disabled={model.running}
            data-testid="run-again"
          >
            {t("checks.runAgain")}
          </Button>
        ) : null}
      </div>
      <ul className={styles.list} data-testid="checks">
        {model.checks.map((row) => (
          <li key={row.id} data-check={row.id} data-status={row.status}>
            <details className={surface.disclosure}>
              <summary>
                <span className={styles.name}>{t(`check.${row.id}`)}</span>
                <span className={styles.status}>
                  <StatusIcon status={row.status} />
                  <Text size={200}>{t(STATUS_KEY[row.status])}</Text>
                </span>
              </summary>
              <div className={styles.detail}>
                {detailText(row, t).map((line) => (
                  <Text as="p" size={200} key={line}>
                    {line}
                  </Text>
                ))}
              </div>
            </details>
          </li>
        ))}
      </ul>
      {model.canSignIn ? (
        <div className={styles.actions}>
          <Text size={200}>{t("checks.signInHelp")}</Text>
          <Button
            appearance="primary"
            icon={<PersonKey20Regular />}
            onClick={callbacks.onSignIn}
            data-testid="sign-in"
          >
            {t("checks.signIn")}
          </Button>
        </div>
      ) : null}
      {model.authMessage ? (
        <Text as="p" size={200} role="status" data-testid="auth-message">
          {t(model.authMessage.key, model.authMessage.params)}
        </Text>
      ) : null}
      <div
        className={mergeClasses(styles.srOnly)}
        aria-live="polite"
        aria-atomic="true"
        data-testid="checks-live"
      >
        {model.running ? t("app.loading") : announcement}
      </div>
    </section>
  );
}
