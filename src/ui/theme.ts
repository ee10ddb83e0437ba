// Office theme → Fluent theme. Dark is judged from the Office body background; high contrast from the OS.
// Light is bundled; dark and high contrast load on demand, so most users never download them.

import type { Theme } from "@fluentui/react-components";
import { webLightTheme } from "./lightTheme";

export type ThemeName = "light" | "dark" | "highContrast";

/** Relative luminance of "#rrggbb" (WCAG formula); null for anything else. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h as string, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function pickTheme(input: {
  bodyBackgroundColor?: string | null;
  forcedColors?: boolean;
  prefersDark?: boolean;
  requested?: string | null;
}): ThemeName {
  if (
    input.requested === "light" ||
    input.requested === "dark" ||
    input.requested === "highContrast"
  )
    return input.requested;
  if (input.forcedColors) return "highContrast";
  const l = input.bodyBackgroundColor ? luminance(input.bodyBackgroundColor) : null;
  if (l !== null) return l < 0.2 ? "dark" : "light";
  return input.prefersDark ? "dark" : "light";
}

export async function loadTheme(name: ThemeName): Promise<Theme> {
  if (name === "light") return webLightTheme;
  const themes = await import(/* webpackChunkName: "themes" */ "./darkThemes");
  return name === "dark" ? themes.webDarkTheme : themes.teamsHighContrastTheme;
}
