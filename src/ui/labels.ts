import type { Diagnosis } from "../diagnosis";
import type { Translate } from "../i18n";

/** The client's name in the user's language, as the engine named it (a product label or the app's name). */
export function clientLabel(d: Diagnosis, t: Translate): string {
  return t("client.name", { client: d.assessment.name });
}

/** The answer, localized: the engine's sentences, in its order. */
export function summaryText(d: Diagnosis, t: Translate): string {
  return d.summary.parts.map((part) => t(`summary.${part.key}`, part.params)).join(" ");
}
