import * as React from "react";
import type { Translate } from "../../i18n";
import { useSurfaceStyles } from "../surfaces";
import { HandOffButton } from "./HandOffButton";
import { useHandOffStyles } from "./handoff.styles";
import type { HandOff } from "./useHandOff";

/**
 * A way to IT on every screen: the hand-off control (contract §3 data-testid="handoff") stays at the bottom of the
 * pane while the user scrolls. Its status line is the one live region for every hand-off outcome.
 */
export function StickyFooter({ handOff, t }: { handOff: HandOff; t: Translate }) {
  const styles = useHandOffStyles();
  const surface = useSurfaceStyles();
  return (
    <div className={styles.footer} data-testid="handoff-bar">
      <HandOffButton handOff={handOff} t={t} testId="handoff" className={styles.footerButton} />
      <p
        className={`${styles.footerStatus} ${surface.status}`}
        role="status"
        data-testid="handoff-status"
      >
        {handOff.status ? t(handOff.status) : ""}
      </p>
    </div>
  );
}
