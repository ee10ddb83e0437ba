import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { DismissCircle20Filled, Info20Filled, Warning20Filled } from "@fluentui/react-icons";
import * as React from "react";
import { useSurfaceStyles } from "../surfaces";

const useStyles = makeStyles({
  base: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
  },
  icon: { flexShrink: 0 },
  body: { minWidth: 0, flexGrow: 1 },
});

const ICONS = { info: Info20Filled, warning: Warning20Filled, error: DismissCircle20Filled };

/** A message bar drawn with Fluent tokens; errors are announced at once, the rest politely. */
export function Notice({
  intent,
  children,
  testId,
  className,
}: {
  intent: "info" | "warning" | "error";
  children: React.ReactNode;
  testId?: string;
  className?: string;
}) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const tint = { info: styles.info, warning: surface.tintWarning, error: surface.tintDanger }[
    intent
  ];
  const Icon = ICONS[intent];
  return (
    <div
      className={mergeClasses(styles.base, tint, className)}
      role={intent === "error" ? "alert" : "status"}
      data-testid={testId}
    >
      <Icon className={styles.icon} aria-hidden />
      <div className={styles.body}>{children}</div>
    </div>
  );
}
