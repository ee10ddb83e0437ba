// The device a plain browser tab says it runs on: client hints first, then the user agent and platform strings.
import { deviceOf } from "../../../src/browser/device";

const UA = {
  edgeWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  safariMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
  iphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  android:
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  firefoxLinux: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
};

test.each([
  ["Edge on Windows", { userAgent: UA.edgeWindows, platform: "Win32" }, "windows"],
  ["Safari on a Mac", { userAgent: UA.safariMac, platform: "MacIntel", maxTouchPoints: 0 }, "mac"],
  // iPadOS asks for desktop sites and says Macintosh; only the touch screen gives it away.
  [
    "Safari on an iPad (desktop mode)",
    { userAgent: UA.safariMac, platform: "MacIntel", maxTouchPoints: 5 },
    "ios",
  ],
  ["Safari on an iPhone", { userAgent: UA.iphone, platform: "iPhone" }, "ios"],
  ["Chrome on Android", { userAgent: UA.android, platform: "Linux armv8l" }, "android"],
  ["Firefox on Linux", { userAgent: UA.firefoxLinux, platform: "Linux x86_64" }, "other"],
  ["nothing at all", {}, "other"],
  // Client hints win over a user agent string a browser froze or an extension changed.
  [
    "client hints: Windows",
    { userAgent: UA.firefoxLinux, userAgentData: { platform: "Windows" } },
    "windows",
  ],
  [
    "client hints: macOS",
    { userAgent: UA.edgeWindows, userAgentData: { platform: "macOS" } },
    "mac",
  ],
  [
    "client hints: Android",
    { userAgent: UA.edgeWindows, userAgentData: { platform: "Android" } },
    "android",
  ],
  [
    "client hints: unknown, then the string",
    { userAgent: UA.iphone, userAgentData: { platform: "" } },
    "ios",
  ],
])("%s is %s", (_, nav, device) => {
  expect(deviceOf(nav)).toBe(device);
});
