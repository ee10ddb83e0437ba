import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/**
 * The pane's frame while Outlook's handshake runs: the tree is mounted, the theme and language chosen, so when
 * Office answers only the content has to render.
 */
export function StartingFrame({ t }: { t: Translate }) {
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="diagnosis" data-state="pending" data-first-screen="pending">
      <h1 className={styles.title}>{t("app.title")}</h1>
      <p className={styles.text} role="status">
        {t("app.loading")}
      </p>
    </main>
  );
}
