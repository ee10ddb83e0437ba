// The diagnosis room's public surface. It imports nothing from the other rooms.
export { diagnose, judgementDate, type Diagnosis, type DiagnoseOptions, type Finding } from "./diagnose";
export { parseFacts, parseFactsJson, type Facts, type ParseResult } from "./facts";
export * from "./vocabulary";
export { formatTextSummary } from "./report";
