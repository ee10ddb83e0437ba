import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowClockwise16Regular,
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  PersonKey20Regular,
  SubtractCircle16Regular,
  Warning16Filled,
} from "@fluentui/react-icons";
import * as React from "react";
import type { CheckRow, CheckStatus } from "../diagnosis";
import type { MessageKey } from "../i18n";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  status: { marginLeft: "auto", display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginTop: tokens.spacingVerticalS },
  srOnly: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

const STATUS_KEY: Record<CheckStatus, MessageKey> = {
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
      return <Spinner size="extra-tiny" />;
    case "ok":
      return <CheckmarkCircle16Filled className={styles.ok} />;
    case "failed":
      return <DismissCircle16Filled className={styles.failed} />;
    case "warning":
      return <Warning16Filled className={styles.warning} />;
    default:
      return <SubtractCircle16Regular className={styles.muted} />;
  }
}

function detailText(row: CheckRow, t: ViewProps["t"]): string[] {
  return row.detail.map((d) => {
    const params = Object.fromEntries(
      Object.entries(d.params ?? {}).map(([k, v]) => [k, typeof v === "string" && v.startsWith("detail.") ? t(v as MessageKey) : v])
    );
    return t(d.key as MessageKey, params);
  });
}

export function ChecksList({ model, callbacks, t }: Pick<ViewProps, "model" | "callbacks" | "t">) {
  const styles = useStyles();
  const announcement = model.checks
    .filter((c) => c.status !== "pending")
    .map((c) => t("checks.announce", { check: t(`check.${c.id}` as MessageKey), status: t(STATUS_KEY[c.status]) }))
    .join(". ");
  return (
    <section aria-labelledby="checks-heading">
      <div className={styles.header}>
        <h2 id="checks-heading">{t("checks.heading")}</h2>
        {model.mode === "office" ? (
          <Button size="small" icon={<ArrowClockwise16Regular />} onClick={callbacks.onRunAgain} disabled={model.running} data-testid="run-again">
            {t("checks.runAgain")}
          </Button>
        ) : null}
      </div>
      <Accordion multiple collapsible data-testid="checks">
        {model.checks.map((row) => (
          <AccordionItem key={row.id} value={row.id} data-check={row.id} data-status={row.status}>
            <AccordionHeader size="small">
              <span>{t(`check.${row.id}` as MessageKey)}</span>
              <span className={styles.status}>
                <StatusIcon status={row.status} />
                <Text size={200}>{t(STATUS_KEY[row.status])}</Text>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {detailText(row, t).map((line) => (
                <Text as="p" size={200} key={line}>
                  {line}
                </Text>
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {model.canSignIn ? (
        <div className={styles.actions}>
          <Text size={200}>{t("checks.signInHelp")}</Text>
          <Button appearance="primary" icon={<PersonKey20Regular />} onClick={callbacks.onSignIn} data-testid="sign-in">
            {t("checks.signIn")}
          </Button>
        </div>
      ) : null}
      {model.authMessage ? (
        <Text as="p" size={200} role="status">
          {t(model.authMessage.key, model.authMessage.params)}
        </Text>
      ) : null}
      <div className={styles.srOnly} aria-live="polite" aria-atomic="true" data-testid="checks-live">
        {model.running ? t("app.loading") : announcement}
      </div>
    </section>
  );
}
