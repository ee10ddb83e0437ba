// What a plain browser tab tells about the device it runs on: the only "host" the pane has outside Outlook. Read
// from User-Agent Client Hints where the browser has them (Chromium), else from the user agent and platform strings.
// A wrong guess costs little: it only orders the choices the person is offered, and they pick the app themselves.

export type Device = "windows" | "mac" | "ios" | "android" | "other";

export interface NavigatorSigns {
  userAgent?: string;
  platform?: string;
  maxTouchPoints?: number;
  userAgentData?: { platform?: string; mobile?: boolean } | null;
}

export function deviceOf(nav: NavigatorSigns): Device {
  const hint = (nav.userAgentData?.platform ?? "").toLowerCase();
  if (hint === "windows") return "windows";
  if (hint === "android") return "android";
  if (hint === "ios") return "ios";
  if (hint === "macos") return "mac";
  const ua = nav.userAgent ?? "";
  const platform = nav.platform ?? "";
  if (/android/i.test(ua)) return "android";
  if (/iphone|ipad|ipod/i.test(ua) || /^(iphone|ipad|ipod)/i.test(platform)) return "ios";
  // iPadOS asks for desktop sites: it says "Macintosh", but a Mac has no touch screen.
  if (/macintosh|mac os x/i.test(ua) || /^mac/i.test(platform))
    return (nav.maxTouchPoints ?? 0) > 1 ? "ios" : "mac";
  if (/windows/i.test(ua) || /^win/i.test(platform)) return "windows";
  return "other";
}

/** This browser's device. */
export function currentDevice(): Device {
  return deviceOf(navigator as unknown as NavigatorSigns);
}
