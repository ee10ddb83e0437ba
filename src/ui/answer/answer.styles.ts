import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { TOUCH, TOUCH_TARGET } from "../surfaces";

export const useAnswerStyles = makeStyles({
  owner: {
    display: "inline-flex",
    alignItems: "center",
    alignSelf: "flex-start",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  // Green: nothing to do; amber: the user can fix it; red: only IT can. Text stays neutral for contrast.
  none: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorPaletteGreenBorder1),
  },
  user: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorPaletteYellowBorder1),
  },
  it: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorPaletteRedBorder1),
  },
  iconNone: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  iconUser: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  iconIt: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  answer: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  current: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  currentIcon: { display: "inline-flex", width: "20px", flexShrink: 0 },
  currentName: { minWidth: 0, flexGrow: 1 },
  change: { flexShrink: 0, minWidth: "auto" },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  hint: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  control: {
    width: "100%",
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    "& select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
    [TOUCH]: { "& select, & input": { minHeight: TOUCH_TARGET } },
  },
  choices: { gap: tokens.spacingVerticalXS },
  choice: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    minHeight: "36px",
    [TOUCH]: { minHeight: TOUCH_TARGET },
  },
  subChoices: { paddingLeft: tokens.spacingHorizontalXL },
  intro: { margin: 0 },
});
