// The diagnosis room's public surface. It imports nothing from the other rooms.
export {
  diagnose,
  judgementDate,
  type Diagnosis,
  type DiagnoseOptions,
  type Finding,
} from "./diagnose";
export {
  parseFacts,
  parseFactsJson,
  cleanText,
  normalizeVersion,
  isPlausibleReportDate,
  ERROR_CODE_PATTERN,
  MAX_REPORT_BYTES,
  type Facts,
  type ParseOptions,
  type ParseResult,
  type ReportedError,
  type UserReport,
  USER_NOTE_MAX,
} from "./facts";
export * from "./vocabulary";
// The report formatter (./report) and the check rows (./checks) are imported from their own modules, so the pane
// loads them in its below-the-fold chunk instead of before its first paint.
export {
  type CheckDetail,
  type CheckRow,
  type CheckId,
  type CheckStatus,
  type DetailKey,
  type ProbeName,
} from "./checks";
export {
  copyLine,
  outlook2013RegFile,
  RENDER_TIME_PARAMS,
  STEP_KEYS,
  type Step,
  type StepKey,
  type StepKind,
} from "./tables/steps";
export type { PlannedAction } from "./plan";
// What the pane asks first (which app, which Outlook) and which steps end the pane: see ask.ts and closesHost.ts.
export {
  askChoices,
  versionChoicesFor,
  ASK_FIRST_HOSTS,
  PHONE_HOSTS,
  VERSIONED_APPS,
  type AskChoice,
  type AskChoiceId,
  type VersionChoice,
  type VersionChoiceId,
} from "./ask";
export {
  STEP_EFFECTS,
  stepClosesHost,
  type ClosesHostLineKey,
  type StepEffect,
} from "./closesHost";
export { readVersionWords, type VersionWords, type WordProduct } from "./versionWords";
export type { Owner, SummaryPart } from "./summary";
export type { SignInOffer } from "./signIn";
export type { SignInMessageId } from "./tables/signInErrors";
export type { FindingId, ReasonKey, SummaryKey } from "./messages.en";
export { LINKS, isAllowedLink, ALLOWED_LINK_DOMAINS, type LinkId } from "./tables/links";
export { classifyClient, clientParams, hostApp, type ClientAssessment } from "./classifyClient";
export { findSignInError } from "./tables/signInErrors";
export { KNOWLEDGE_AS_OF } from "./tables/knowledge";
export {
  formatMessage,
  placeholdersOf,
  type FormatOptions,
  type ListParam,
  type Param,
  type Params,
} from "./format";
