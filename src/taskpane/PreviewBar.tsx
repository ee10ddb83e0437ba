import { makeStyles, Select, shorthands, tokens } from "@fluentui/react-components";
import { Info20Filled } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../i18n";
import type { Scenario } from "./scenarioList";
import { Notice } from "../ui/common/Notice";
import { TOUCH, TOUCH_TARGET } from "../ui/surfaces";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // One row: the banner and the example picker together, so the preview's chrome costs the first screen little.
  strip: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    minWidth: 0,
  },
  icon: { flexShrink: 0, color: tokens.colorBrandForeground1 },
  label: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold },
  select: {
    flexGrow: 1,
    flexBasis: "120px",
    minWidth: 0,
    "& select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
    [TOUCH]: { "& select": { minHeight: TOUCH_TARGET } },
  },
});

export interface PreviewBarProps {
  t: Translate;
  scenarioId: string | null;
  scenarios: readonly Scenario[];
  notice: "officeMissing" | "onReadyTimeout" | null;
  fragmentError: string | null;
  onScenario(id: string): void;
}

/** Preview mode's banner and example picker (contract §3); what preview mode is, is said under the pane. */
export function PreviewBar({
  t,
  scenarioId,
  scenarios,
  notice,
  fragmentError,
  onScenario,
}: PreviewBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} data-testid="preview">
      <div className={styles.strip} data-testid="preview-banner" aria-describedby="preview-about">
        <Info20Filled className={styles.icon} aria-hidden />
        <label className={styles.label} htmlFor="scenario-select">
          {t("preview.label")}
        </label>
        <Select
          id="scenario-select"
          className={styles.select}
          size="small"
          value={scenarioId ?? ""}
          onChange={(_, d) => onScenario(d.value)}
          data-testid="scenario"
        >
          {scenarioId === null ? <option value="">{t("preview.fromLink")}</option> : null}
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </Select>
      </div>
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
    </div>
  );
}

/** Said once, under the pane: what preview mode is. */
export function PreviewAbout({ t }: { t: Translate }) {
  return (
    <Notice intent="info" testId="preview-about">
      <span id="preview-about">{t("preview.banner")}</span>
    </Notice>
  );
}
