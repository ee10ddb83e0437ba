import { Button, mergeClasses } from "@fluentui/react-components";
import { Checkmark20Regular, ClipboardTextLtr20Regular } from "@fluentui/react-icons";
import * as React from "react";
import { SafeLink } from "../common/SafeLink";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import { ContactLinks } from "./ContactLinks";
import { useHandOffStyles } from "./handoff.styles";
import type { HandOff } from "./useHandOff";

/**
 * "Get help from IT": who to contact (phone, website and e-mail as links), the organisation's own links, and Copy
 * report for any other channel. Sending goes through the bar's button and its sheet, the one Send to IT on screen.
 */
export function HandOffSection({ model, services, t, handOff }: ViewProps & { handOff: HandOff }) {
  const styles = useHandOffStyles();
  const surface = useSurfaceStyles();
  const copied = handOff.copyState === "copied";
  return (
    <section className={styles.section} aria-labelledby="handoff-heading">
      <h2 id="handoff-heading" className={surface.heading}>
        {t("handoff.heading")}
      </h2>
      <ContactLinks model={model} services={services} t={t} testId="helpdesk-contact" />
      {model.extraLinks.length ? (
        <div className={styles.links}>
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
      <div className={styles.buttons}>
        <Button
          className={surface.touchButton}
          icon={copied ? <Checkmark20Regular /> : <ClipboardTextLtr20Regular />}
          onClick={() => void handOff.copy()}
          data-testid="copy-report"
        >
          {copied ? t("handoff.copied") : t("handoff.copy")}
        </Button>
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
