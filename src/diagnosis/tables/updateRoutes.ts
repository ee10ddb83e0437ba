// How a product gets to a version that works: the update guide's steps are chosen by this, never by the UI.

export type UpdateRoute =
  /** Nothing to update to (Outlook 2010, Outlook for Mac 2011): the product has to be replaced. */
  | "replace"
  /** MSI Office 2016: updates come through Windows Update, WSUS or the organisation's tools, never from Outlook. */
  | "organisation"
  /**
   * Click-to-Run volume-licensed Office (Office 2019 volume licence, LTSC 2021, LTSC 2024; PerpetualVL channels):
   * File › Office Account › Update Options › Update Now, unless IT manages updates (then the button is missing or
   * greyed out). Not WSUS on its own [MS "Update Office LTSC 2021"].
   */
  | "perpetual-c2r"
  /**
   * Outlook 2013 was sold both as MSI (Windows Update or WSUS) and as Click-to-Run (Update Options); its version
   * number doesn't say which, so both ways are named.
   */
  | "office-2013"
  /** Click-to-Run Microsoft 365 Apps: File › Office Account › Update Options › Update Now. */
  | "office-account"
  /** Classic Outlook for Windows of unknown kind: find the version first, then one of the two above. */
  | "windows-unknown"
  /** Current Outlook for Mac: Microsoft AutoUpdate. */
  | "autoupdate"
  /** Office 2016 or 2019 for Mac: AutoUpdate stops at the licence's last version, so a new licence is needed. */
  | "mac-licence"
  /** Outlook on the web and new Outlook update themselves: reopen them. */
  | "self-updating"
  /** Outlook for iOS and Android: the App Store or Google Play. */
  | "store"
  /** A printer, scanner or sending app: its firmware or software adds modern sign-in, if anything does. */
  | "device-firmware"
  /** Apple Mail on a Mac reaches Microsoft 365 through EWS, which is being switched off: Outlook for Mac. */
  | "outlook-for-mac"
  /** Another app that can't sign in the modern way: use one that can. */
  | "other-app";
