import { Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Call16Regular, Globe16Regular, Mail16Regular } from "@fluentui/react-icons";
import * as React from "react";
import { isAllowedLink } from "../../diagnosis";
import { TOUCH, TOUCH_TARGET, useSurfaceStyles } from "../surfaces";
import type { HelpDesk, ViewProps } from "../types";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    minWidth: 0,
  },
  who: { fontWeight: tokens.fontWeightSemibold },
  link: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    [TOUCH]: { minHeight: TOUCH_TARGET },
    "@media (forced-colors: active)": { color: "LinkText" },
  },
  icon: { flexShrink: 0 },
});

/** The number a tel: link dials: digits and a leading +, whatever spacing or brackets IT typed. */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^0-9]/g, "");
  if (digits.length < 3) return null;
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${digits}`;
}

/** Whether the help desk can be reached by something other than this Outlook: a phone, a website or an address. */
export const hasContact = (desk: HelpDesk | null): desk is HelpDesk =>
  Boolean(desk && (desk.phone || desk.url || desk.email));

/**
 * The help desk's phone, website and e-mail as links a finger can tap: the ways to IT that don't depend on the
 * app that keeps prompting. The website goes through the host's link opener like every other link; tel: and
 * mailto: are left to the device, which hands them to its phone or mail app.
 */
export function ContactLinks({
  model,
  services,
  t,
  testId,
  className,
  compact = false,
}: Pick<ViewProps, "model" | "services" | "t"> & {
  testId: string;
  className?: string;
  /** One short line (on the first card): "Website" and "E-mail" for the long names, which screen readers still get. */
  compact?: boolean;
}) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const desk = model.helpDesk;
  if (!hasContact(desk)) return null;
  const tel = desk.phone ? telHref(desk.phone) : null;
  const web = desk.url && isAllowedLink(desk.url, model.extraLinkDomains) ? desk.url : null;
  return (
    <p className={mergeClasses(styles.row, className)} data-testid={testId}>
      {/* The website's link names the help desk; without one, the name leads the row. */}
      {web || compact ? null : <span className={styles.who}>{desk.name ?? t("contact.it")}</span>}
      {desk.phone ? (
        tel ? (
          <Link className={styles.link} href={tel} data-contact="phone">
            <Call16Regular className={styles.icon} aria-hidden />
            <span className={surface.srOnly}>{t("contact.call")} </span>
            {desk.phone}
          </Link>
        ) : (
          <span>{desk.phone}</span>
        )
      ) : null}
      {web ? (
        <Link
          className={styles.link}
          href={web}
          target="_blank"
          rel="noopener noreferrer"
          data-contact="web"
          onClick={(e) => {
            if (services.openLink(web)) e.preventDefault();
          }}
        >
          <Globe16Regular className={styles.icon} aria-hidden />
          {compact ? (
            <>
              <span className={surface.srOnly}>{desk.name ?? t("contact.it")} </span>
              {t("contact.web")}
            </>
          ) : (
            t("link.helpDesk", { name: desk.name ?? t("contact.it") })
          )}
          <span className={surface.srOnly}> {t("guide.opensOutside")}</span>
        </Link>
      ) : null}
      {desk.email ? (
        <Link className={styles.link} href={`mailto:${desk.email}`} data-contact="email">
          <Mail16Regular className={styles.icon} aria-hidden />
          {compact ? (
            <>
              {t("contact.email")}
              <span className={surface.srOnly}> {desk.email}</span>
            </>
          ) : (
            <>
              <span className={surface.srOnly}>{t("contact.email")} </span>
              {desk.email}
            </>
          )}
        </Link>
      ) : null}
    </p>
  );
}
