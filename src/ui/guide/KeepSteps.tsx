import {
  Button,
  Link,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { Open12Regular, Print20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { ClosesHostLineKey, Params } from "../../diagnosis";
import { TOUCH, TOUCH_TARGET, useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import { keepStepsUrl, ownPageLink, qrPath } from "./keepLink";
import type { GuideProgress } from "./useGuideProgress";

const useStyles = makeStyles({
  // Compact: it stands between the answer and the first step, which should stay on the first screen.
  box: {
    display: "block",
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "@media print": { display: "none" },
  },
  link: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    minHeight: "24px",
    fontSize: tokens.fontSizeBase200,
    [TOUCH]: { minHeight: TOUCH_TARGET },
    "@media (forced-colors: active)": { color: "LinkText" },
  },
  summary: {
    "&&": { alignItems: "flex-start", minHeight: "24px" },
    [TOUCH]: { "&&": { minHeight: TOUCH_TARGET } },
  },
  line: { margin: 0 },
  moreBody: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalXS,
  },
  qr: {
    display: "block",
    width: "100%",
    maxWidth: "240px",
    // Large enough for a phone's camera, but never wider than the pane (200 % zoom leaves 160 CSS px in all).
    minWidth: "min(160px, 100%)",
    height: "auto",
    // A QR code is read by a camera: dark on light whatever the theme, high contrast included.
    forcedColorAdjust: "none",
  },
});

export interface KeepStepsProps extends Pick<ViewProps, "model" | "services" | "t"> {
  progress: GuideProgress;
  /** The engine's line: what the next step will do to this pane. */
  line: ClosesHostLineKey;
  params: Params;
}

/**
 * Before a step that closes the app this pane runs in: what will happen (the engine's line), and three ways to
 * keep the steps: this page in the browser with the diagnosis and ticks in its address, the same address as a QR
 * code for a phone, and Print.
 */
export function KeepSteps({ model, services, t, progress, line, params }: KeepStepsProps) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const url = keepStepsUrl(model.facts, progress.ticked, window.location);
  const qr = React.useMemo(() => qrPath(url), [url]);
  const canPrint = typeof window.print === "function";
  return (
    <details className={mergeClasses(surface.disclosure, styles.box)} data-testid="keep-box">
      {/* One line in view (the pane will close, the steps can be kept); the engine's line on what happens and
          the ways to keep the steps open under it, so the step itself stays on the first screen. */}
      <summary className={styles.summary} data-testid="keep-more">
        {t("keep.summary")}
      </summary>
      <div className={styles.moreBody}>
        <p className={styles.line}>{t(line, params)}</p>
        {ownPageLink(url, window.location) ? (
          <Link
            className={styles.link}
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(e) => {
              if (services.openLink(url)) e.preventDefault();
            }}
            data-testid="keep-steps"
          >
            {t("keep.open")}
            <Open12Regular aria-hidden />
            <span className={surface.srOnly}>{t("guide.opensOutside")}</span>
          </Link>
        ) : null}
        {qr ? (
          <svg
            className={styles.qr}
            viewBox={`0 0 ${qr.size} ${qr.size}`}
            role="img"
            aria-label={t("keep.qrLabel")}
            shapeRendering="crispEdges"
            data-testid="keep-qr-code"
          >
            <rect width={qr.size} height={qr.size} fill="#ffffff" />
            <path d={qr.d} fill="#000000" />
          </svg>
        ) : null}
        {canPrint ? (
          <Button
            className={surface.touchButton}
            size="small"
            icon={<Print20Regular />}
            onClick={() => window.print()}
            data-testid="print-steps"
          >
            {t("keep.print")}
          </Button>
        ) : null}
      </div>
    </details>
  );
}
