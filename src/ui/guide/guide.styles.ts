import { makeStyles, tokens } from "@fluentui/react-components";
import { TOUCH, TOUCH_TARGET } from "../surfaces";

export const useGuideStyles = makeStyles({
  cards: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  clear: { alignSelf: "flex-start" },
  cardHead: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  progress: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    flexShrink: 0,
  },
  steps: { gap: tokens.spacingVerticalM },
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  // Steps still to do read in full foreground colour; done ones are muted (Fluent greys the unticked ones).
  checkbox: {
    color: tokens.colorNeutralForeground1,
    maxWidth: "100%",
    alignItems: "flex-start",
    [TOUCH]: { minHeight: TOUCH_TARGET, width: "100%", maxWidth: "none", alignItems: "center" },
  },
  done: { color: tokens.colorNeutralForeground3 },
  label: { minWidth: 0 },
  note: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    minWidth: 0,
  },
  noteIcon: { flexShrink: 0, marginTop: "2px", color: tokens.colorBrandForeground1 },
  noteBody: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  extras: {
    paddingLeft: tokens.spacingHorizontalXXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  allDone: {
    margin: 0,
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    color: tokens.colorNeutralForeground1,
  },
  allDoneIcon: { flexShrink: 0, color: tokens.colorPaletteGreenForeground1, marginTop: "2px" },
  reason: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  handoff: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  advanced: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  advancedBody: { paddingTop: tokens.spacingVerticalS },
  code: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    // Wrap only at the break points CodeText offers (after / \ : . @ and spaces); a token that still doesn't fit
    // scrolls inside the box instead of widening the pane.
    whiteSpace: "pre-wrap",
    overflowWrap: "normal",
    wordBreak: "normal",
    overflowX: "auto",
  },
  copyBox: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  copyButton: { alignSelf: "flex-start", minWidth: "auto" },
  keep: { display: "block" },
});
