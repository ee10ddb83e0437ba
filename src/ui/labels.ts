import type { Diagnosis } from "../diagnosis";
import type { Translate } from "../i18n";

/** The answer, localized: the engine's sentences, in its order. */
export function summaryText(d: Diagnosis, t: Translate): string {
  return d.summary.parts.map((part) => t(`summary.${part.key}`, part.params)).join(" ");
}
