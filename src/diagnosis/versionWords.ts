// Versions as people write them: "2016", "Outlook 2016", "Office 2019", "LTSC 2021", "Microsoft 365", "2408".
// Numbers win (a build or "Version 2408" says more than a product year, and Microsoft 365's About window says
// "Outlook 2016" next to a current build), so these words are read only when the text holds no version number.
// A product named by its year gets the verdict its lifecycle row implies; what isn't recognised is said so.

import type { ClientAssessment } from "./assessment";
import { CLIENT_LABELS_EN, clientLabelTerm, type ClientLabelKey } from "./clientLabels";
import { formatMessage } from "./format";
import { onOrBefore } from "./calendar";
import { LIFECYCLE, type ProductId } from "./tables/lifecycle";
import type { UpdateRoute } from "./tables/updateRoutes";
import type { ParsedVersion } from "./version";
import type { ModernAuth, ProblemApp } from "./vocabulary";

/** What the words name: a product family, or a Microsoft 365 Apps version written as four bare digits. */
export type VersionWords =
  { kind: "product"; product: WordProduct } | { kind: "channel"; parsed: ParsedVersion };

/** The products people name by year or subscription, per platform. */
export type WordProduct =
  | "m365"
  | "win-older"
  | "win-2010"
  | "win-2013"
  | "win-2016"
  | "win-2019"
  | "win-2021"
  | "win-ltsc-2021"
  | "win-2024"
  | "win-ltsc-2024"
  | "mac-m365"
  | "mac-older"
  | "mac-2011"
  | "mac-2016"
  | "mac-2019"
  | "mac-2021"
  | "mac-2024";

interface WordRow {
  labelKey: ClientLabelKey;
  /** The lifecycle row; null for a subscription (supported while it is kept up to date). */
  product: ProductId | null;
  modernAuth: ModernAuth;
  /** false: no build of it can connect to Microsoft 365; null: it depends on the build. */
  canConnect: boolean | null;
  /** Lowest build that connects, when the family has one. */
  minimum: string | null;
  update: UpdateRoute;
  familyId: string;
  /** The last version a Mac licence updates to. */
  lastVersion: string | null;
}

/**
 * What each named product implies. Sources: the family rows of outlookWindows.ts and outlookMac.ts (same facts,
 * same sources) and lifecycle.ts for the dates. A year names a product, not a build, so "can it connect" is only
 * certain where no build of the product can (2010, Mac 2011).
 */
const WORD_ROWS: Readonly<Record<WordProduct, WordRow>> = {
  m365: row("m365", null, "yes", null, "office-account", "m365-apps"),
  "win-older": row("outlook-2010-or-older", "office-2010", "no", false, "replace", "outlook-2010"),
  "win-2010": row("outlook-2010", "office-2010", "no", false, "replace", "outlook-2010"),
  "win-2013": {
    ...row("outlook-2013", "office-2013", "needs-registry", null, "office-2013", "outlook-2013"),
    minimum: "15.0.4971.1000",
  },
  // Office 2016 was sold as MSI and as Click-to-Run: the Click-to-Run steps name the managed case too.
  "win-2016": row("outlook-2016", "office-2016", "yes", null, "perpetual-c2r", "outlook-2016"),
  "win-2019": row("outlook-2019", "office-2019", "yes", null, "perpetual-c2r", "outlook-2019"),
  "win-2021": row("outlook-2021", "office-ltsc-2021", "yes", null, "perpetual-c2r", "outlook-2021"),
  "win-ltsc-2021": row(
    "outlook-ltsc-2021",
    "office-ltsc-2021",
    "yes",
    null,
    "perpetual-c2r",
    "outlook-2021"
  ),
  "win-2024": row("outlook-2024", "office-ltsc-2024", "yes", null, "perpetual-c2r", "outlook-2024"),
  "win-ltsc-2024": row(
    "outlook-ltsc-2024",
    "office-ltsc-2024",
    "yes",
    null,
    "perpetual-c2r",
    "outlook-2024"
  ),
  "mac-m365": row("outlook-mac-current", null, "yes", null, "autoupdate", "outlook-mac-current"),
  "mac-older": row(
    "outlook-mac-older",
    "office-mac-2011",
    "no",
    false,
    "replace",
    "outlook-mac-2011"
  ),
  "mac-2011": row(
    "outlook-mac-2011",
    "office-mac-2011",
    "no",
    false,
    "replace",
    "outlook-mac-2011"
  ),
  "mac-2016": {
    ...row("outlook-mac-2016", "office-2016-mac", "yes", null, "mac-licence", "outlook-mac-2016"),
    lastVersion: "16.16",
  },
  "mac-2019": {
    ...row("outlook-mac-2019", "office-2019-mac", "yes", null, "mac-licence", "outlook-mac-2019"),
    lastVersion: "16.78",
  },
  "mac-2021": row(
    "outlook-mac-2021",
    "office-ltsc-2021-mac",
    "yes",
    null,
    "mac-licence",
    "outlook-mac-2021"
  ),
  // No lifecycle row for Office 2024 for Mac: a current version, updated with AutoUpdate.
  "mac-2024": row("outlook-mac-2024", null, "yes", null, "autoupdate", "outlook-mac-current"),
};

function row(
  labelKey: ClientLabelKey,
  product: ProductId | null,
  modernAuth: ModernAuth,
  canConnect: boolean | null,
  update: UpdateRoute,
  familyId: string
): WordRow {
  return {
    labelKey,
    product,
    modernAuth,
    canConnect,
    minimum: null,
    update,
    familyId,
    lastVersion: null,
  };
}

const SUBSCRIPTION = /\b(?:microsoft|office|o|m)\s*365\b|\bsubscription\b/i;
const LTSC = /\bltsc\b/i;
/** A four-digit year or Microsoft 365 Apps version standing alone ("2016", "Office 2019", "2408"). */
const FOUR_DIGITS = /(?:^|[^\d.])(\d{4})(?![\d.])/g;
const OLDER = /\b(?:or\s+)?older\b|\bälter\b|\bancien|\bantigu/i;

/** Windows years that name an Outlook; anything from 1997 to 2007 is "2010 or older". */
const WINDOWS_YEARS: Readonly<Record<number, WordProduct>> = {
  2010: "win-2010",
  2013: "win-2013",
  2016: "win-2016",
  2019: "win-2019",
  2021: "win-2021",
  2024: "win-2024",
};
const MAC_YEARS: Readonly<Record<number, WordProduct>> = {
  2011: "mac-2011",
  2016: "mac-2016",
  2019: "mac-2019",
  2021: "mac-2021",
  2024: "mac-2024",
};

function windowsYear(year: number, ltsc: boolean): WordProduct | null {
  if (year === 2021 && ltsc) return "win-ltsc-2021";
  if (year === 2024 && ltsc) return "win-ltsc-2024";
  if (year >= 1997 && year <= 2007) return "win-older";
  return WINDOWS_YEARS[year] ?? null;
}

function macYear(year: number): WordProduct | null {
  if (year >= 2000 && year <= 2008) return "mac-older";
  return MAC_YEARS[year] ?? null;
}

/** "2408" as a Microsoft 365 Apps version: YYMM from 1706 (the oldest that connects) with a real month. */
function channelDigits(n: number): boolean {
  const month = n % 100;
  return n >= 1701 && n <= 9912 && month >= 1 && month <= 12;
}

/**
 * Reads what a person typed (or a version choice stored) when it holds no version number. null: nothing in it
 * names a version of this app.
 */
export function readVersionWords(text: string, app: ProblemApp): VersionWords | null {
  if (app !== "outlook-windows-classic" && app !== "outlook-mac") return null;
  const mac = app === "outlook-mac";
  const ltsc = LTSC.test(text);
  const years = [...text.matchAll(FOUR_DIGITS)].map((m) => Number(m[1]));
  for (const year of years) {
    const product = mac ? macYear(year) : windowsYear(year, ltsc);
    if (product) return { kind: "product", product };
  }
  if (SUBSCRIPTION.test(text)) return { kind: "product", product: mac ? "mac-m365" : "m365" };
  if (!mac) {
    const channel = years.find(channelDigits);
    if (channel !== undefined)
      return { kind: "channel", parsed: { parts: [], channelVersion: channel } };
  }
  if (years.length === 0 && OLDER.test(text))
    return { kind: "product", product: mac ? "mac-older" : "win-older" };
  return null;
}

/** The assessment a named product implies on the judgement day. */
export function assessWords(
  a: ClientAssessment,
  product: WordProduct,
  now: Date
): ClientAssessment {
  const r = WORD_ROWS[product];
  const end = r.product ? LIFECYCLE[r.product].endOfSupport : null;
  const inSupport = end === null || onOrBefore(now, end);
  return {
    ...a,
    label: formatMessage(CLIENT_LABELS_EN[r.labelKey], {}),
    name: clientLabelTerm(r.labelKey),
    modernAuth: r.modernAuth,
    // Out of support settles it; in support, it still can't connect when no build of it can.
    supported: !inSupport || r.canConnect === false ? false : true,
    canConnect: r.canConnect,
    versionKnown: true,
    versionRead: "words",
    minimum: r.minimum,
    endOfSupport: end,
    pastEndOfSupport: !inSupport,
    lastVersion: r.lastVersion,
    product: r.product,
    update: r.update,
    familyId: r.familyId,
  };
}
