import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DismissCircle16Filled, Info16Regular, Warning16Filled } from "@fluentui/react-icons";
import * as React from "react";
import type { Severity } from "../../diagnosis";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import { VERSION_BOX_FINDINGS } from "./VersionAsk";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { gap: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  text: { minWidth: 0 },
});

const ICONS: Record<Severity, typeof Info16Regular> = {
  ok: Info16Regular,
  info: Info16Regular,
  warning: Warning16Filled,
  error: DismissCircle16Filled,
};

/** "Why this happens": the engine's findings that explain the answer, in the user's language (docs/contract.md §3). */
export function WhyList({
  model,
  t,
  versionAsked = false,
}: Pick<ViewProps, "model" | "t"> & {
  /** The card asks for the version: what the engine says about a typed one stands under its box instead. */
  versionAsked?: boolean;
}) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const d = model.diagnosis;
  const items = d.why
    .filter((id) => !(versionAsked && VERSION_BOX_FINDINGS.includes(id)))
    .flatMap((id) => d.findings.filter((f) => f.id === id));
  if (!items.length) return null;
  return (
    <section className={styles.section} aria-labelledby="why-heading">
      <h2 id="why-heading" className={surface.heading}>
        {t("why.heading")}
      </h2>
      <ul className={mergeClasses(surface.plainList, styles.list)}>
        {items.map((f) => {
          const Icon = ICONS[f.severity];
          const tone = f.severity === "ok" ? "info" : f.severity;
          return (
            <li
              key={f.id}
              className={surface.iconRow}
              data-finding={f.id}
              data-severity={f.severity}
            >
              <Icon className={mergeClasses(surface.rowIcon, styles[tone])} aria-hidden />
              <span className={styles.text}>{t(`finding.${f.id}`, f.params)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
