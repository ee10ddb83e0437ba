import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../../i18n";
import { useSurfaceStyles } from "../surfaces";
import { HandOffButton } from "./HandOffButton";
import type { HandOff } from "./useHandOff";

const useStyles = makeStyles({
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    // Full width of the pane: the root's padding is taken back on both sides.
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginBottom: `calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderTop(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    boxShadow: tokens.shadow8,
  },
  footerButton: { width: "100%" },
  footerStatus: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ":empty": { display: "none" },
  },
});

/**
 * A way to IT on every screen: the hand-off control (contract §3 data-testid="handoff") stays at the bottom of the
 * pane while the user scrolls. Its status line is the one live region for every hand-off outcome.
 */
export function StickyFooter({ handOff, t }: { handOff: HandOff; t: Translate }) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  return (
    <div className={styles.footer} data-testid="handoff-bar">
      <HandOffButton handOff={handOff} t={t} testId="handoff" className={styles.footerButton} />
      <p
        className={mergeClasses(styles.footerStatus, surface.status)}
        role="status"
        data-testid="handoff-status"
      >
        {handOff.status ? t(handOff.status) : ""}
      </p>
    </div>
  );
}
