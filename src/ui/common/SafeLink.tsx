import { Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Open12Regular } from "@fluentui/react-icons";
import * as React from "react";
import { isAllowedLink } from "../../diagnosis";
import { TOUCH, TOUCH_TARGET, useSurfaceStyles } from "../surfaces";

const useStyles = makeStyles({
  link: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    alignSelf: "flex-start",
    textAlign: "left",
    [TOUCH]: { minHeight: TOUCH_TARGET },
    // A ring, not only Fluent's double underline: a keyboard user finds the focus at a glance in a dense guide.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
      borderRadius: tokens.borderRadiusSmall,
    },
    // Windows high contrast: the system's link colour, not the theme's, on the system's background.
    "@media (forced-colors: active)": { color: "LinkText" },
  },
  icon: { flexShrink: 0 },
});

interface Props {
  url: string;
  label: string;
  /** The host opens it (true), or the link is followed as a normal link (false: a phone's system browser). */
  open(url: string): boolean;
  extraDomains: readonly string[];
  /** Read to screen readers after the label: the link leaves the pane. */
  hint: string;
  className?: string;
}

/**
 * A real link in the brand colour. It never navigates the pane: the host opens it (openBrowserWindow or a new
 * window with noopener), or, on a phone, the anchor's own target="_blank" reaches the system browser. A URL outside
 * the allowed https domains is shown as text, not opened.
 */
export function SafeLink({ url, label, open, extraDomains, hint, className }: Props) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  if (!isAllowedLink(url, extraDomains)) return <span className={className}>{label}</span>;
  return (
    <Link
      className={mergeClasses(styles.link, className)}
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(e) => {
        if (open(url)) e.preventDefault();
      }}
    >
      {label}
      <Open12Regular className={styles.icon} aria-hidden />
      <span className={surface.srOnly}>{hint}</span>
    </Link>
  );
}
