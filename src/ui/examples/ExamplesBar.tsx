import { makeStyles, Select, shorthands, tokens } from "@fluentui/react-components";
import { Info20Filled } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../../i18n";
import { TOUCH, TOUCH_TARGET } from "../surfaces";
import type { ExampleEntry } from "../types";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    minWidth: 0,
  },
  // One row: the EXAMPLE badge and the picker together, so the chrome costs the first screen little.
  strip: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  badge: {
    flexShrink: 0,
    fontWeight: tokens.fontWeightBold,
    letterSpacing: "0.08em",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    color: tokens.colorNeutralForegroundInverted,
    backgroundColor: tokens.colorNeutralForeground1,
  },
  icon: { flexShrink: 0, color: tokens.colorBrandForeground1 },
  label: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0 },
  select: {
    flexGrow: 1,
    flexBasis: "120px",
    minWidth: 0,
    "& select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
    [TOUCH]: { "& select": { minHeight: TOUCH_TARGET } },
  },
});

export interface ExamplesBarProps {
  t: Translate;
  exampleId: string | null;
  examples: readonly ExampleEntry[];
  onExample(id: string): void;
}

/**
 * The examples page's bar: every screen under it is a bundled example, said with a badge that can't be missed,
 * and the picker of situations for IT and the help desk.
 */
export function ExamplesBar({ t, exampleId, examples, onExample }: ExamplesBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} data-testid="examples" role="region" aria-labelledby="example-badge">
      <div className={styles.strip}>
        <Info20Filled className={styles.icon} aria-hidden />
        <strong className={styles.badge} id="example-badge" data-testid="example-badge">
          {t("examples.badge")}
        </strong>
        <label className={styles.label} htmlFor="scenario-select">
          {t("examples.label")}
        </label>
        <Select
          id="scenario-select"
          className={styles.select}
          size="small"
          value={exampleId ?? ""}
          onChange={(_, d) => onExample(d.value)}
          data-testid="scenario"
        >
          {examples.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </Select>
      </div>
      <p className={styles.note}>{t("examples.note")}</p>
    </div>
  );
}
