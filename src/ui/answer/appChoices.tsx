import {
  Apps20Regular,
  Desktop20Regular,
  Globe20Regular,
  Laptop20Regular,
  Mail20Regular,
  Phone20Regular,
  Print20Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import type { ProblemApp } from "../../diagnosis";
import type { MessageKey } from "../../i18n";

/** Every app's icon, drawn in the same 20 px slot so labels line up. */
export const APP_ICONS: Record<ProblemApp, React.ReactElement> = {
  "outlook-windows-classic": <Desktop20Regular aria-hidden />,
  "outlook-windows-new": <Desktop20Regular aria-hidden />,
  "outlook-mac": <Laptop20Regular aria-hidden />,
  "outlook-web": <Globe20Regular aria-hidden />,
  "outlook-ios": <Phone20Regular aria-hidden />,
  "outlook-android": <Phone20Regular aria-hidden />,
  "apple-mail-macos": <Mail20Regular aria-hidden />,
  "apple-mail-ios": <Mail20Regular aria-hidden />,
  "android-mail": <Mail20Regular aria-hidden />,
  thunderbird: <Mail20Regular aria-hidden />,
  "other-imap-pop": <Mail20Regular aria-hidden />,
  "device-smtp": <Print20Regular aria-hidden />,
  other: <Apps20Regular aria-hidden />,
};

/** The picker's groups, in the order people think of them. */
export const APP_GROUPS: readonly { label: MessageKey; apps: readonly ProblemApp[] }[] = [
  {
    label: "picker.group.outlook",
    apps: [
      "outlook-windows-classic",
      "outlook-windows-new",
      "outlook-mac",
      "outlook-web",
      "outlook-ios",
      "outlook-android",
    ],
  },
  {
    label: "picker.group.mail",
    apps: ["apple-mail-macos", "apple-mail-ios", "android-mail", "thunderbird", "other-imap-pop"],
  },
  { label: "picker.group.devices", apps: ["device-smtp", "other"] },
];

/** The apps a "phone or tablet" can mean. */
export const PHONE_APPS: readonly ProblemApp[] = [
  "outlook-ios",
  "outlook-android",
  "apple-mail-ios",
  "android-mail",
];

/** The typed catalogue key of an app's name (no casts at the call sites). */
export const appName = (app: ProblemApp): MessageKey => `app.${app}`;
