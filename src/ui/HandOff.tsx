import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ClipboardTextLtr20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { MessageKey } from "../i18n";
import { reportText } from "./handoffMessage";
import { SafeLink } from "./SafeLink";
import { SendToIt } from "./SendToIt";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  fallback: {
    width: "100%",
    boxSizing: "border-box",
    minHeight: "8rem",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export function HandOff({ model, services, t, callbacks }: ViewProps) {
  const styles = useStyles();
  const [status, setStatus] = React.useState<MessageKey | null>(null);
  const desk = model.helpDesk;
  const copy = async () =>
    setStatus(
      (await services.copyText(reportText(model))) ? "handoff.copied" : "handoff.copyFailed"
    );
  return (
    <section aria-labelledby="handoff-heading">
      <h2 id="handoff-heading">{t("handoff.heading")}</h2>
      {desk?.name || desk?.email || desk?.phone ? (
        <Text as="p" size={200}>
          {t("handoff.contact", {
            name: desk.name ?? "",
            email: desk.email ?? "",
            phone: desk.phone ?? "",
          })}
        </Text>
      ) : null}
      <div className={styles.buttons}>
        <Button
          icon={<ClipboardTextLtr20Regular />}
          onClick={() => void copy()}
          data-testid="copy-report"
        >
          {t("handoff.copy")}
        </Button>
        <SendToIt model={model} services={services} t={t} callbacks={callbacks} />
      </div>
      {!desk?.email ? (
        <Text as="p" size={200} data-testid="no-helpdesk">
          {t("handoff.noAddress")}
        </Text>
      ) : null}
      {desk?.url ? (
        <SafeLink
          url={desk.url}
          label={t("link.helpDesk", { name: desk.name ?? desk.url })}
          open={services.openLink}
          extraDomains={model.extraLinkDomains}
        />
      ) : null}
      {model.extraLinks.map((l) => (
        <SafeLink
          key={l.url}
          url={l.url}
          label={l.label}
          open={services.openLink}
          extraDomains={model.extraLinkDomains}
        />
      ))}
      {status ? (
        <Text as="p" size={200} role="status" data-testid="handoff-status">
          {t(status)}
        </Text>
      ) : null}
      {status === "handoff.copyFailed" ? (
        <textarea
          className={styles.fallback}
          readOnly
          value={reportText(model)}
          aria-label={t("handoff.reportFacts")}
        />
      ) : null}
    </section>
  );
}
