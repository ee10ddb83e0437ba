// What the engine concludes about the app that prompts: its own module, so the classifier and the reader of
// version words share the type without importing each other.
import type { Param } from "./format";
import type { Protocol } from "./tables/clients";
import type { ProductId } from "./tables/lifecycle";
import type { UpdateRoute } from "./tables/updateRoutes";
import type { ModernAuth, ProblemApp } from "./vocabulary";

export interface ClientAssessment {
  app: ProblemApp;
  label: string;
  /** The client's name for messages: the product label, or the app's catalogue term when only the app is known. */
  name: Param;
  /** A kind of app, not a product: messages say "the app" instead of its name (see clientParams). */
  generic: boolean;
  protocol: Protocol;
  modernAuth: ModernAuth;
  supported: boolean | null;
  /** false when the build is below the minimum that can connect to Microsoft 365 at all. */
  canConnect: boolean | null;
  versionKnown: boolean;
  /** The version the user or host reported is not one Microsoft shipped (month 99, a build years ahead). */
  versionRejected: boolean;
  /**
   * How the version was read: from a version number, from words that name the product ("Office 2019",
   * "Microsoft 365"; no build, so currency within the product is unknown), or not at all.
   */
  versionRead: "number" | "words" | "none";
  /** A version was given (typed or chosen) but nothing in it names a version of this app. */
  versionNotUnderstood: boolean;
  /** Lowest version of this product that can connect ("15.0.4971.1000", "Version 1706"), when there is one. */
  minimum: string | null;
  /** Last day of support of the perpetual product (ISO). */
  endOfSupport: string | null;
  /** The judgement day is after endOfSupport. */
  pastEndOfSupport: boolean;
  /** Microsoft 365 Apps version (YYMM) the build belongs to. */
  channelVersion: number | null;
  /**
   * The version is newer than the newest table row. A Windows build's label then reads "Version NNNN or later"; a
   * Mac version is still named as itself ("Outlook for Mac 16.115"), since its number is the version.
   */
  newerThanKnown: boolean;
  /** First day no update channel services this Microsoft 365 Apps version any more (ISO). */
  servicedUntil: string | null;
  /** Version month (YYYY-MM) of a Click-to-Run build that is out of servicing. */
  staleSince: string | null;
  /** The last version a Mac licence updates to ("16.78"). */
  lastVersion: string | null;
  /** Outlook for Mac: the version as "16.NN", and the month it shipped (YYYY-MM) when the tables can tell. */
  macVersion: string | null;
  releaseMonth: string | null;
  /**
   * Outlook for Mac older than MAC_CERTIFICATE.minimum judged on or after MAC_CERTIFICATE.from: it may run in
   * reduced-functionality mode until updated.
   */
  certificateExpired: boolean;
  product: ProductId | null;
  update: UpdateRoute;
  familyId: string | null;
}
