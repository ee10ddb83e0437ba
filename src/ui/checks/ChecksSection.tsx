import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  ArrowClockwise16Regular,
  ArrowSync16Regular,
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  Info16Regular,
  QuestionCircle16Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import type { CheckRow, CheckStatus } from "../../diagnosis";
import { checkRows } from "../../diagnosis/checks";
import type { MessageKey } from "../../i18n";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summaryText: { display: "flex", flexDirection: "column", minWidth: 0 },
  tally: {
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: "4px",
  },
  list: { gap: tokens.spacingVerticalS },
  rowText: { display: "flex", flexDirection: "column", minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold },
  reason: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  problem: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  liveOff: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  runAgain: { alignSelf: "flex-start" },
});

export const STATUS_KEY: Record<CheckStatus, MessageKey> = {
  pending: "status.pending",
  ok: "status.ok",
  problem: "status.problem",
  notChecked: "status.notChecked",
  notApplicable: "status.notApplicable",
};

function StatusIcon({ status }: { status: CheckStatus }) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  switch (status) {
    case "pending":
      return (
        <ArrowSync16Regular className={mergeClasses(surface.rowIcon, styles.muted)} aria-hidden />
      );
    case "ok":
      return (
        <CheckmarkCircle16Filled className={mergeClasses(surface.rowIcon, styles.ok)} aria-hidden />
      );
    case "problem":
      return (
        <DismissCircle16Filled
          className={mergeClasses(surface.rowIcon, styles.problem)}
          aria-hidden
        />
      );
    case "notApplicable":
      return <Info16Regular className={mergeClasses(surface.rowIcon, styles.muted)} aria-hidden />;
    default:
      return (
        <QuestionCircle16Regular
          className={mergeClasses(surface.rowIcon, styles.muted)}
          aria-hidden
        />
      );
  }
}

/** "2 OK · 1 problem · 2 couldn't check": what the closed disclosure says. */
function tally(rows: readonly CheckRow[], t: ViewProps["t"]): string {
  const count = (s: CheckStatus) => rows.filter((r) => r.status === s).length;
  const parts: string[] = [];
  if (count("ok")) parts.push(t("checks.tally.ok", { count: count("ok") }));
  if (count("problem")) parts.push(t("checks.tally.problem", { count: count("problem") }));
  const unknown = count("notChecked") + count("notApplicable");
  if (unknown) parts.push(t("checks.tally.notChecked", { count: unknown }));
  return parts.join(" · ");
}

/**
 * "What we checked", below the guide and collapsed: the checks in the user's words, each OK, a problem or
 * couldn't check, with the reason. Codes and HTTP statuses are in the report only.
 */
export function ChecksSection({
  model,
  callbacks,
  t,
}: Pick<ViewProps, "model" | "callbacks" | "t">) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const rows = React.useMemo(
    () => checkRows(model.facts, model.diagnosis, model.pendingProbes),
    [model.facts, model.diagnosis, model.pendingProbes]
  );
  const liveOff =
    model.facts.probes.token.status === "not_configured" ||
    model.facts.probes.token.status === null;
  const announcement = rows
    .filter((c) => c.status !== "pending")
    .map((c) =>
      t("checks.announce", { check: t(`check.${c.id}`), status: t(STATUS_KEY[c.status]) })
    )
    .join(". ");
  return (
    <section className={styles.section} aria-labelledby="checks-heading">
      <details className={surface.disclosure} data-testid="checks-details">
        <summary>
          <span className={styles.summaryText}>
            <span id="checks-heading" role="heading" aria-level={2}>
              {t("checks.heading")}
            </span>
            <span className={styles.tally} data-testid="checks-tally">
              {model.running ? t("app.loading") : tally(rows, t)}
            </span>
          </span>
        </summary>
        <div className={styles.body}>
          {liveOff ? (
            <p className={styles.liveOff} data-testid="checks-live-off">
              {t("checks.liveOff")}
            </p>
          ) : null}
          <ul className={mergeClasses(surface.plainList, styles.list)} data-testid="checks">
            {rows.map((row) => (
              <li
                key={row.id}
                className={surface.iconRow}
                data-check={row.id}
                data-status={row.status}
              >
                <StatusIcon status={row.status} />
                <span className={styles.rowText}>
                  <span>
                    <span className={styles.name}>{t(`check.${row.id}`)}</span>
                    {": "}
                    {t(STATUS_KEY[row.status])}
                  </span>
                  {row.detail.map((d) => (
                    <span key={d.key} className={styles.reason}>
                      {t(d.key, d.params)}
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </details>
      {model.checksWired ? (
        <Button
          className={mergeClasses(styles.runAgain, surface.touchButton)}
          size="small"
          icon={<ArrowClockwise16Regular />}
          onClick={callbacks.onRunAgain}
          disabled={model.running}
          data-testid="run-again"
        >
          {t("checks.runAgain")}
        </Button>
      ) : null}
      <div
        className={surface.srOnly}
        aria-live="polite"
        aria-atomic="true"
        data-testid="checks-live"
      >
        {model.running ? t("app.loading") : announcement}
      </div>
    </section>
  );
}
