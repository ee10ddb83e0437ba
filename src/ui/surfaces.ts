import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

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
  /** A section heading with its buttons on the same line, wrapping on a narrow pane. */
  sectionHeader: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  disclosure: {
    "& > summary": {
      cursor: "pointer",
      display: "flex",
      alignItems: "center",
      gap: tokens.spacingHorizontalS,
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
      borderRadius: tokens.borderRadiusMedium,
      listStyleType: "none",
    },
    "& > summary::-webkit-details-marker": { display: "none" },
    "& > summary::before": {
      content: '"›"',
      display: "inline-block",
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
});
