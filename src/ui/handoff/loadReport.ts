import { importWithRetry } from "../../util/chunkLoad";

/**
 * The report formatter and the message builder, for Copy report and Send to IT: below the first screen, in the
 * same chunk as the hand-off section (asked for once more if it fails to load).
 */
export const loadReport = () =>
  importWithRetry(() => import(/* webpackChunkName: "pane-more" */ "./report"));
