import { Button, mergeClasses } from "@fluentui/react-components";
import {
  Checkmark20Regular,
  ClipboardTextLtr20Regular,
  MailArrowUp20Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import { PROMPT_LOOKS, USER_NOTE_MAX, type PromptLook } from "../../diagnosis";
import { SafeLink } from "../common/SafeLink";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import { useHandOffStyles } from "./handoff.styles";
import { PROMPT_PICTURES } from "./promptPictures";
import type { HandOff } from "./useHandOff";

/** "What does the prompt look like?": the most telling fact for the help desk, with small pictures to choose by. */
function PromptLookPicker({ handOff, t }: { handOff: HandOff; t: ViewProps["t"] }) {
  const styles = useHandOffStyles();
  const options: (PromptLook | null)[] = [...PROMPT_LOOKS, null];
  return (
    <fieldset className={styles.fieldset} data-testid="prompt-look">
      <legend className={styles.legend}>{t("prompt.heading")}</legend>
      {options.map((look) => (
        <label key={look ?? "unknown"} className={styles.option}>
          <input
            className={styles.radio}
            type="radio"
            name="prompt-look"
            value={look ?? ""}
            checked={handOff.prompt === look}
            onChange={() => handOff.setPrompt(look)}
          />
          {look ? <span className={styles.picture}>{PROMPT_PICTURES[look]}</span> : null}
          <span>{t(look ? `prompt.${look}` : "prompt.unknown")}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * "Get help from IT": who to contact, what the prompt looks like, the user's own words, and the report (Copy
 * report, and Send to IT where IT set an address). The footer's button sends the same report.
 */
export function HandOffSection({ model, services, t, handOff }: ViewProps & { handOff: HandOff }) {
  const styles = useHandOffStyles();
  const surface = useSurfaceStyles();
  const desk = model.helpDesk;
  const copied = handOff.copyState === "copied";
  return (
    <section className={styles.section} aria-labelledby="handoff-heading">
      <h2 id="handoff-heading" className={surface.heading}>
        {t("handoff.heading")}
      </h2>
      {desk?.name || desk?.email || desk?.phone ? (
        <p className={mergeClasses(styles.contact, surface.small)} data-testid="helpdesk-contact">
          {t("handoff.contact", {
            name: desk.name ?? "",
            email: desk.email ?? "",
            phone: desk.phone ?? "",
          })}
        </p>
      ) : null}
      {desk?.url || model.extraLinks.length ? (
        <div className={styles.links}>
          {desk?.url ? (
            <SafeLink
              url={desk.url}
              label={t("link.helpDesk", { name: desk.name ?? desk.url })}
              open={services.openLink}
              extraDomains={model.extraLinkDomains}
              hint={t("guide.opensOutside")}
            />
          ) : null}
          {model.extraLinks.map((l) => (
            <SafeLink
              key={l.url}
              url={l.url}
              label={l.label}
              open={services.openLink}
              extraDomains={model.extraLinkDomains}
              hint={t("guide.opensOutside")}
            />
          ))}
        </div>
      ) : null}
      <PromptLookPicker handOff={handOff} t={t} />
      <div className={styles.noteField}>
        <label htmlFor="user-note" className={styles.noteLabel}>
          {t("note.label")}
        </label>
        <span id="user-note-hint" className={styles.hint}>
          {t("note.hint")}
        </span>
        <textarea
          id="user-note"
          className={styles.textarea}
          aria-describedby="user-note-hint"
          maxLength={USER_NOTE_MAX}
          value={handOff.note}
          onChange={(e) => handOff.setNote(e.target.value)}
          data-testid="user-note"
        />
      </div>
      <div className={styles.buttons}>
        <Button
          className={surface.touchButton}
          icon={copied ? <Checkmark20Regular /> : <ClipboardTextLtr20Regular />}
          onClick={() => void handOff.copy()}
          data-testid="copy-report"
        >
          {copied ? t("handoff.copied") : t("handoff.copy")}
        </Button>
        {handOff.canSend ? (
          <Button
            className={surface.touchButton}
            icon={<MailArrowUp20Regular />}
            onClick={() => void handOff.send()}
            data-testid="send-to-it"
          >
            {t("handoff.send")}
          </Button>
        ) : null}
      </div>
      {!handOff.canSend ? (
        <p className={mergeClasses(styles.contact, surface.small)} data-testid="no-helpdesk">
          {t("handoff.noAddress")}
        </p>
      ) : null}
      {handOff.fallback ? (
        <textarea
          className={styles.fallback}
          readOnly
          value={handOff.fallback}
          aria-label={t("handoff.reportFacts")}
          data-testid="report-fallback"
        />
      ) : null}
    </section>
  );
}
