// What the pane asks before it can judge: which app keeps asking (the choices, in the order people should meet
// them) and, for Outlook on a computer, which Outlook in the words people know. The pane renders these lists as
// they are; each version choice carries the text the engine reads back (versionWords.ts), so a choice and the
// same words typed into the version box give the same verdict.

import type { ProblemApp } from "./vocabulary";

export type AskChoiceId = "other-computer" | "mac" | "this" | "phone" | "other";

export interface AskChoice {
  /** The `data-choice` value. */
  id: AskChoiceId;
  /** Catalogue key of the button's label. */
  label: "ask.otherComputer" | "ask.mac" | "ask.this" | "ask.phone" | "ask.other";
  /** The app the choice names; null when the choice opens a list (`apps`) to pick from. */
  app: ProblemApp | null;
  /** The apps its list offers, in order (empty for a direct choice). */
  apps: ProblemApp[];
  /** After this choice the pane asks which version (versionChoicesFor(app)). */
  asksVersion: boolean;
}

/** Apps whose version decides the verdict: the version tables cover classic Outlook for Windows and Outlook for Mac. */
export const VERSIONED_APPS: ReadonlySet<ProblemApp> = new Set([
  "outlook-windows-classic",
  "outlook-mac",
]);

/**
 * Hosts that work while the pane runs in them, so the app that prompts is most likely another one: Outlook on the
 * web, new Outlook and the phone apps (a phone reading mail in Outlook is signed in). There the pane asks first.
 */
export const ASK_FIRST_HOSTS: ReadonlySet<ProblemApp> = new Set([
  "outlook-web",
  "outlook-windows-new",
  "outlook-ios",
  "outlook-android",
]);

export const PHONE_HOSTS: ReadonlySet<ProblemApp> = new Set(["outlook-ios", "outlook-android"]);

const PHONE_APPS: ProblemApp[] = [
  "outlook-ios",
  "outlook-android",
  "apple-mail-ios",
  "android-mail",
];

/** "Another app or device": every app the other choices don't name directly. */
const OTHER_APPS: ProblemApp[] = [
  "outlook-windows-new",
  "outlook-web",
  "apple-mail-macos",
  "thunderbird",
  "other-imap-pop",
  "device-smtp",
  "other",
];

/**
 * The ask card's choices. A computer comes first: the app that prompts is seldom the one the pane runs in and
 * works in. "This Outlook" names the host itself; a phone's list names the host's own app too, so on a phone the
 * destructive steps (delete the account) come only after the person picks that app.
 */
export function askChoices(host: ProblemApp | null): AskChoice[] {
  const direct = (id: AskChoiceId, label: AskChoice["label"], app: ProblemApp): AskChoice => ({
    id,
    label,
    app,
    apps: [],
    asksVersion: VERSIONED_APPS.has(app),
  });
  const list = (id: AskChoiceId, label: AskChoice["label"], apps: ProblemApp[]): AskChoice => ({
    id,
    label,
    app: null,
    apps: apps.filter((a) => a !== host || PHONE_HOSTS.has(a)),
    asksVersion: false,
  });
  return [
    direct("other-computer", "ask.otherComputer", "outlook-windows-classic"),
    direct("mac", "ask.mac", "outlook-mac"),
    ...(host ? [direct("this", "ask.this", host)] : []),
    list("phone", "ask.phone", PHONE_APPS),
    list("other", "ask.other", OTHER_APPS),
  ];
}

export type VersionChoiceId =
  "m365" | "2024" | "2021" | "2019" | "2016" | "2013" | "older" | "unsure";

export interface VersionChoice {
  /** The `data-choice` value is `version-<id>`. */
  id: VersionChoiceId;
  /**
   * Catalogue key of the label ("Microsoft 365", "{year}", "{year} or older", "Not sure") and its parameters: the
   * year is data, like every product fact, so no catalogue writes one.
   */
  label: "askVersion.m365" | "askVersion.year" | "askVersion.older" | "askVersion.unsure";
  params: { year?: string };
  /**
   * What the pane stores as problemClient.version when this is chosen: words the engine reads as that version
   * (versionWords.ts). null for "Not sure": the version stays unknown and the answer says how to find it.
   */
  token: string | null;
}

const WINDOWS_VERSION_CHOICES: readonly VersionChoice[] = [
  { id: "m365", label: "askVersion.m365", params: {}, token: "Microsoft 365" },
  { id: "2024", label: "askVersion.year", params: { year: "2024" }, token: "Outlook 2024" },
  { id: "2021", label: "askVersion.year", params: { year: "2021" }, token: "Outlook 2021" },
  { id: "2019", label: "askVersion.year", params: { year: "2019" }, token: "Outlook 2019" },
  { id: "2016", label: "askVersion.year", params: { year: "2016" }, token: "Outlook 2016" },
  { id: "2013", label: "askVersion.year", params: { year: "2013" }, token: "Outlook 2013" },
  { id: "older", label: "askVersion.older", params: { year: "2010" }, token: "Outlook 2010" },
  { id: "unsure", label: "askVersion.unsure", params: {}, token: null },
];

const MAC_VERSION_CHOICES: readonly VersionChoice[] = [
  { id: "m365", label: "askVersion.m365", params: {}, token: "Microsoft 365" },
  { id: "2024", label: "askVersion.year", params: { year: "2024" }, token: "Outlook 2024 for Mac" },
  { id: "2021", label: "askVersion.year", params: { year: "2021" }, token: "Outlook 2021 for Mac" },
  { id: "2019", label: "askVersion.year", params: { year: "2019" }, token: "Outlook 2019 for Mac" },
  { id: "2016", label: "askVersion.year", params: { year: "2016" }, token: "Outlook 2016 for Mac" },
  {
    id: "older",
    label: "askVersion.older",
    params: { year: "2011" },
    token: "Outlook 2011 for Mac",
  },
  { id: "unsure", label: "askVersion.unsure", params: {}, token: null },
];

/** The "which Outlook?" choices for an app whose version decides the fix; empty for every other app. */
export function versionChoicesFor(app: ProblemApp): VersionChoice[] {
  if (app === "outlook-windows-classic") return [...WINDOWS_VERSION_CHOICES];
  if (app === "outlook-mac") return [...MAC_VERSION_CHOICES];
  return [];
}
