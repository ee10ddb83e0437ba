import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../i18n";
import { SCENARIOS } from "../scenarios";
import { Notice } from "../ui/Notice";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  select: {
    width: "100%",
    minWidth: 0,
    "& select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  },
});

export interface PreviewBarProps {
  t: Translate;
  scenarioId: string | null;
  notice: "officeMissing" | "onReadyTimeout" | null;
  fragmentError: string | null;
  onScenario(id: string): void;
}

/** Preview mode's banner and scenario picker (contract §3). */
export function PreviewBar({ t, scenarioId, notice, fragmentError, onScenario }: PreviewBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} data-testid="preview">
      <Notice intent="info" testId="preview-banner">
        {t("preview.banner")}
      </Notice>
      {notice ? (
        <Notice intent="warning" testId="office-notice">
          {t(notice === "officeMissing" ? "preview.officeMissing" : "preview.onReadyTimeout")}
        </Notice>
      ) : null}
      {fragmentError ? (
        <Notice intent="error" testId="fragment-error">
          {t("preview.badFragment", { reason: fragmentError })}
        </Notice>
      ) : null}
      <Field label={t("preview.scenario")}>
        <Select
          className={styles.select}
          value={scenarioId ?? ""}
          onChange={(_, d) => onScenario(d.value)}
          data-testid="scenario"
        >
          {scenarioId === null ? <option value="">{t("preview.fromLink")}</option> : null}
          {SCENARIOS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
