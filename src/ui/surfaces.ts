import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** Phones and tablets (a coarse pointer): every control gets at least a 44 px target (WCAG 2.5.5). */
export const TOUCH = "@media (pointer: coarse)";
export const TOUCH_TARGET = "44px";

/**
 * Shared surfaces drawn with Fluent tokens. A styled <section> instead of Fluent's Card: the pane's cards are not
 * interactive, and Card's focus management would add weight to every first paint for nothing.
 */
export const useSurfaceStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorTransparentStroke),
    minWidth: 0,
  },
  /** Tints that say who acts (green: nobody, amber: the user, red: IT) behind neutral text, which keeps its contrast. */
  tintGood: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorPaletteGreenBorder1),
  },
  tintWarning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorPaletteYellowBorder1),
  },
  tintDanger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorPaletteRedBorder1),
  },
  /** A list read as a column of blocks (findings, checks, choices, steps): no bullets, no indent; gap set by each. */
  plainList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
  },
  /** A line led by a small status icon that keeps its size and sits on the first line of wrapped text. */
  iconRow: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  rowIcon: { flexShrink: 0, marginTop: "2px" },
  /** A section heading with its buttons on the same line, wrapping on a narrow pane. */
  sectionHeader: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  /** A native disclosure: keyboard and screen readers get expand/collapse without extra script. */
  disclosure: {
    "& > summary": {
      cursor: "pointer",
      display: "flex",
      alignItems: "center",
      gap: tokens.spacingHorizontalS,
      minHeight: "32px",
      borderRadius: tokens.borderRadiusMedium,
      listStyleType: "none",
      fontWeight: tokens.fontWeightSemibold,
      [TOUCH]: { minHeight: TOUCH_TARGET },
    },
    "& > summary::-webkit-details-marker": { display: "none" },
    // The chevron keeps its size on two-line labels (flex-shrink 0) and turns when open.
    "& > summary::before": {
      content: '"›"',
      display: "inline-flex",
      justifyContent: "center",
      flexShrink: 0,
      width: "1em",
      transitionDuration: tokens.durationFast,
      transitionProperty: "transform",
    },
    "&[open] > summary::before": { transform: "rotate(90deg)" },
    "& > summary:focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  /** Text that only screen readers read. */
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  /** A status line (role=status) as its own block, never run on from the sentence before it. */
  status: {
    display: "block",
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  /** Buttons at least 44 px on a touch screen. */
  touchButton: { [TOUCH]: { minHeight: TOUCH_TARGET, minWidth: TOUCH_TARGET } },
  muted: { color: tokens.colorNeutralForeground3 },
  small: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});
