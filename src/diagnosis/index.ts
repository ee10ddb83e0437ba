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
} from "./facts";
export * from "./vocabulary";
export { formatTextSummary } from "./report";
export { checkRows, type CheckRow, type CheckId, type CheckStatus, type ProbeName } from "./checks";
export { stepsFor, outlook2013RegFile, type Step, type StepContext } from "./tables/steps";
export { LINKS, isAllowedLink, ALLOWED_LINK_DOMAINS, type LinkId } from "./tables/links";
export { linkIdsFor } from "./links";
export { classifyClient, hostApp, type ClientAssessment } from "./classifyClient";
export { SMTP_AUTH_DEFAULT_OFF_DEADLINE, daysUntil } from "./tables/timeline";
export { findSignInError } from "./tables/signInErrors";
