import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Checkmark16Regular, Copy16Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../i18n";

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXS,
    flexWrap: "wrap",
  },
  button: { minWidth: "auto", flexShrink: 0 },
  code: {
    flexGrow: 1,
    minWidth: 0,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
});

/** One copyable line with its own Copy button. */
export function CopyBox({
  text,
  copy,
  t,
}: {
  text: string;
  copy(text: string): Promise<boolean>;
  t: Translate;
}) {
  const styles = useStyles();
  const [state, setState] = React.useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className={styles.row}>
      <pre className={styles.code}>{text}</pre>
      <Button
        className={styles.button}
        size="small"
        icon={state === "copied" ? <Checkmark16Regular /> : <Copy16Regular />}
        aria-label={`${t("guide.copy")}: ${text}`}
        onClick={() => void copy(text).then((ok) => setState(ok ? "copied" : "failed"))}
      >
        {state === "copied" ? t("guide.copied") : t("guide.copy")}
      </Button>
      {state === "failed" ? <span role="status">{t("guide.copyFailed")}</span> : null}
    </div>
  );
}
