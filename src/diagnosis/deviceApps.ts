// The mail apps a device can run, most used first: a person who opens the assistant in a browser on that device is
// most likely asking about one of them, so the question which app keeps asking offers these first. The order follows
// the apps each platform ships or Microsoft offers for it (Outlook first, then the platform's own mail app).
import type { DevicePlatform, ProblemApp } from "./vocabulary";

export const DEVICE_APPS: Readonly<Record<DevicePlatform, readonly ProblemApp[]>> = {
  windows: ["outlook-windows-classic", "outlook-windows-new", "thunderbird"],
  mac: ["outlook-mac", "apple-mail-macos", "thunderbird"],
  ios: ["outlook-ios", "apple-mail-ios"],
  android: ["outlook-android", "android-mail"],
  other: [],
};
