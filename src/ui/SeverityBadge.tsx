import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  Info16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import * as React from "react";
import type { Severity } from "../diagnosis";

const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    ...shorthands.border(tokens.strokeWidthThin, "solid", "transparent"),
  },
  ok: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  info: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
});

const ICONS = {
  ok: CheckmarkCircle16Filled,
  info: Info16Filled,
  warning: Warning16Filled,
  error: DismissCircle16Filled,
};

/**
 * The summary's severity pill, drawn with Fluent tokens. Fluent's Badge adds a whole component (and its styles) to
 * the first paint for one static label; this keeps the same palette and the same accessible text.
 */
export function SeverityBadge({
  severity,
  children,
}: {
  severity: Severity;
  children: React.ReactNode;
}) {
  const styles = useStyles();
  const Icon = ICONS[severity];
  return (
    <span
      className={mergeClasses(styles.badge, styles[severity])}
      data-testid="severity"
      data-severity={severity}
    >
      <Icon aria-hidden />
      {children}
    </span>
  );
}
