// When the knowledge in these tables was last checked against Microsoft's documentation, and how long a verdict
// built on it stays trustworthy. docs/ADMIN.md ("Keeping the knowledge current") says what to re-check.

/** The day every table in this folder was last verified (docs/knowledge-sources.md Part 4). Change it only after a review. */
export const KNOWLEDGE_AS_OF = "2026-12-07";

/**
 * Microsoft changes support dates, channels and deadlines a few times a year (the SMTP AUTH plan changed three
 * times in 2025-26; the Semi-Annual Enterprise Channel changed twice). Half a year is the longest gap after which
 * a verdict is likely to rest on an outdated row, so past it the help-desk notes say so.
 */
export const KNOWLEDGE_REVIEW_MONTHS = 6;
