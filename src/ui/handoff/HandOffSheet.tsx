import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  Checkmark20Regular,
  ClipboardTextLtr20Regular,
  MailArrowUp20Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import { USER_NOTE_MAX } from "../../diagnosis";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import { ContactLinks, hasContact } from "./ContactLinks";
import { useHandOffStyles } from "./handoff.styles";
import { PromptLookPicker } from "./PromptLookPicker";
import type { HandOff } from "./useHandOff";

const useStyles = makeStyles({
  // A sheet from the bottom of a narrow pane; a centred box where there is room.
  surface: {
    boxSizing: "border-box",
    width: "calc(100vw - 16px)",
    maxWidth: "480px",
    maxHeight: "calc(100vh - 16px)",
    padding: tokens.spacingHorizontalM,
    overflowY: "auto",
  },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  caveat: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  actions: { flexWrap: "wrap", justifyContent: "flex-start" },
});

export interface HandOffSheetProps extends Pick<ViewProps, "model" | "services" | "t"> {
  handOff: HandOff;
  open: boolean;
  onClose(): void;
}

/**
 * What the help desk needs before the report leaves: what the prompt looks like (with pictures) and a note, then
 * Send to IT (or Copy report where IT set no address). Send goes through this Outlook, so the sheet says so and
 * offers the ways to IT that don't depend on it. Focus stays in the sheet while it is open and returns to the
 * bar's button when it closes.
 */
export function HandOffSheet({ model, services, t, handOff, open, onClose }: HandOffSheetProps) {
  const styles = useStyles();
  const h = useHandOffStyles();
  const surface = useSurfaceStyles();
  const copied = handOff.copyState === "copied";
  // Office opens the message in this Outlook, which may be the app that can't sign in; a browser's mail link is
  // whatever mail app the device has.
  const viaThisOutlook = handOff.canSend && model.mode === "office";
  const finish = async (act: () => Promise<void>) => {
    await act();
    onClose();
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface className={styles.surface} data-testid="handoff-sheet">
        <DialogBody>
          <DialogTitle>{t("sheet.title")}</DialogTitle>
          <DialogContent className={styles.content}>
            <PromptLookPicker handOff={handOff} t={t} name="sheet-prompt-look" />
            <div className={h.noteField}>
              <label htmlFor="sheet-note" className={h.noteLabel}>
                {t("note.label")}
              </label>
              <span id="sheet-note-hint" className={h.hint}>
                {t("note.hint")}
              </span>
              <textarea
                id="sheet-note"
                className={h.textarea}
                aria-describedby="sheet-note-hint"
                maxLength={USER_NOTE_MAX}
                value={handOff.note}
                onChange={(e) => handOff.setNote(e.target.value)}
                data-testid="user-note"
              />
            </div>
            {viaThisOutlook ? (
              <div data-testid="send-caveat">
                <p className={styles.caveat}>
                  {t(hasContact(model.helpDesk) ? "sheet.caveat" : "sheet.caveatNoContact")}
                </p>
                <ContactLinks model={model} services={services} t={t} testId="sheet-contact" />
              </div>
            ) : null}
          </DialogContent>
          <DialogActions className={styles.actions}>
            {handOff.canSend ? (
              <Button
                className={surface.touchButton}
                appearance="primary"
                icon={<MailArrowUp20Regular />}
                onClick={() => void finish(handOff.send)}
                data-testid="send-to-it"
              >
                {t("handoff.send")}
              </Button>
            ) : (
              <Button
                className={surface.touchButton}
                appearance="primary"
                icon={copied ? <Checkmark20Regular /> : <ClipboardTextLtr20Regular />}
                onClick={() => void finish(handOff.copy)}
                data-testid="sheet-copy"
              >
                {copied ? t("handoff.copied") : t("handoff.copyForIt")}
              </Button>
            )}
            <Button
              className={mergeClasses(surface.touchButton)}
              onClick={onClose}
              data-testid="sheet-close"
            >
              {t("sheet.close")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
