import { Button, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import {
  ChatHelp20Regular,
  ClipboardTextLtr20Regular,
  MailArrowUp20Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import { importWithRetry } from "../../util/chunkLoad";
import { describeError, record } from "../../util/errorLog";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import type { HandOffSheet as Sheet } from "./HandOffSheet";
import type { HandOff } from "./useHandOff";

// The sheet, with Fluent's dialog, comes with the rest of what is below the first screen (the same chunk the pane
// asks for while Outlook starts), so it is there by the time anyone selects the bar.
const loadSheet = () =>
  importWithRetry(() => import(/* webpackChunkName: "pane-more" */ "./HandOffSheet"));

const useStyles = makeStyles({
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    // Early in the page, so it is an early Tab stop and read early, and drawn last, at the bottom of the pane.
    order: 1,
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
    "@media print": { display: "none" },
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
 * A way to IT on every screen (data-testid="handoff"): it opens a short sheet that asks what the prompt looks like
 * and for a note, then sends or copies the report. It is the main control only where IT alone can act; where the
 * person can fix it, it is a quieter "Ask IT instead". Its status line is the one live region for every hand-off
 * outcome.
 */
export function StickyFooter({
  handOff,
  model,
  services,
  t,
}: Pick<ViewProps, "model" | "services" | "t"> & { handOff: HandOff }) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const [open, setOpen] = React.useState(false);
  const [HandOffSheet, setSheet] = React.useState<typeof Sheet | null>(null);
  // The sheet's chunk didn't load: the bar hands the report over itself (send, or copy), straight from the click,
  // so the way to IT never depends on a part that may be missing.
  const [sheetMissing, setSheetMissing] = React.useState(false);
  const button = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    let live = true;
    loadSheet().then(
      (m) => live && setSheet(() => m.HandOffSheet),
      (e: unknown) => {
        record("ui", "chunk_load_error", `handoff sheet: ${describeError(e)}`, "error");
        if (live) setSheetMissing(true);
      }
    );
    return () => {
      live = false;
    };
  }, []);
  const direct = React.useCallback(
    () => void (handOff.canSend ? handOff.send() : handOff.copy()),
    [handOff]
  );
  React.useEffect(() => {
    // Opened while the chunk was still on its way, and it never came.
    if (open && sheetMissing) {
      setOpen(false);
      direct();
    }
  }, [open, sheetMissing, direct]);
  const itOnly = model.diagnosis.summary.owner === "it";
  const label = itOnly
    ? handOff.canSend
      ? t("handoff.send")
      : t("handoff.copyForIt")
    : t("handoff.askInstead");
  const Icon = !itOnly
    ? ChatHelp20Regular
    : handOff.canSend
      ? MailArrowUp20Regular
      : ClipboardTextLtr20Regular;
  const close = React.useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  return (
    <div className={styles.footer} data-testid="handoff-bar">
      <Button
        ref={button}
        className={mergeClasses(surface.touchButton, styles.footerButton)}
        appearance={itOnly ? "primary" : "secondary"}
        icon={<Icon />}
        aria-haspopup="dialog"
        onClick={() => (sheetMissing ? direct() : setOpen(true))}
        data-testid="handoff"
        data-appearance={itOnly ? "primary" : "secondary"}
      >
        {label}
      </Button>
      <p
        className={mergeClasses(styles.footerStatus, surface.status)}
        role="status"
        data-testid="handoff-status"
      >
        {handOff.status ? t(handOff.status) : ""}
      </p>
      {open && HandOffSheet ? (
        <HandOffSheet
          model={model}
          services={services}
          t={t}
          handOff={handOff}
          open={open}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
