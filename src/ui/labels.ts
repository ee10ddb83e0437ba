import type { Diagnosis } from "../diagnosis";
import type { MessageKey, Translate } from "../i18n";

/**
 * The client's name in the user's language. Product names with a version ("Outlook 2013", "Outlook for
 * Microsoft 365 (Version 2511)") stay as the engine wrote them; generic app names are translated.
 */
export function clientLabel(d: Diagnosis, t: Translate): string {
  return d.assessment.familyId
    ? d.problemClient.label
    : t(`app.${d.problemClient.app}` as MessageKey);
}

/** The one-sentence summary, localized. */
export function summaryText(d: Diagnosis, t: Translate): string {
  return t(`summary.${d.summary.action}` as MessageKey, {
    ...d.summary.params,
    client: clientLabel(d, t),
  });
}
