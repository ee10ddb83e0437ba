import * as React from "react";
import type { PromptLook } from "../../diagnosis";

// Small drawings of each kind of password prompt, so a user can say which one they see without knowing its name.
// Drawn in currentColor, so they follow the theme (and high contrast) like text does.

const frame = { fill: "none", stroke: "currentColor", strokeWidth: 1.5 } as const;
const ink = { fill: "currentColor" } as const;

export const PROMPT_PICTURES: Record<PromptLook, React.ReactElement> = {
  // A small grey box with a title bar, two fields and an OK button.
  "windows-security": (
    <svg width="32" height="24" viewBox="0 0 32 24" aria-hidden focusable="false">
      <rect x="4" y="3" width="24" height="18" rx="1" {...frame} />
      <rect x="4" y="3" width="24" height="4" {...ink} opacity="0.5" />
      <rect x="8" y="9.5" width="16" height="2.5" {...ink} opacity="0.35" />
      <rect x="8" y="13.5" width="16" height="2.5" {...ink} opacity="0.35" />
      <rect x="19" y="17.5" width="6" height="2" {...ink} />
    </svg>
  ),
  // A larger window with the four-square logo and one field.
  "microsoft-window": (
    <svg width="32" height="24" viewBox="0 0 32 24" aria-hidden focusable="false">
      <rect x="2" y="1.5" width="28" height="21" rx="2" {...frame} />
      <rect x="6" y="5" width="3" height="3" {...ink} />
      <rect x="9.8" y="5" width="3" height="3" {...ink} />
      <rect x="6" y="8.8" width="3" height="3" {...ink} />
      <rect x="9.8" y="8.8" width="3" height="3" {...ink} />
      <rect x="6" y="14" width="20" height="2.5" {...ink} opacity="0.35" />
      <rect x="20" y="18" width="6" height="2" {...ink} />
    </svg>
  ),
  // A Mac dialog: three window dots and a key.
  "mac-keychain": (
    <svg width="32" height="24" viewBox="0 0 32 24" aria-hidden focusable="false">
      <rect x="2" y="2" width="28" height="20" rx="3" {...frame} />
      <circle cx="6" cy="5.5" r="1.2" {...ink} />
      <circle cx="9.5" cy="5.5" r="1.2" {...ink} />
      <circle cx="13" cy="5.5" r="1.2" {...ink} />
      <circle cx="11" cy="14" r="3" {...frame} />
      <path d="M14 14h9m-3 0v3m-3-3v2" {...frame} />
    </svg>
  ),
  other: (
    <svg width="32" height="24" viewBox="0 0 32 24" aria-hidden focusable="false">
      <rect x="4" y="3" width="24" height="18" rx="2" {...frame} strokeDasharray="3 2" />
      <path d="M13.5 10a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7" {...frame} />
      <circle cx="16" cy="17.5" r="1" {...ink} />
    </svg>
  ),
};
