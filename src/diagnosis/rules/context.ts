import type { ClientAssessment } from "../classifyClient";
import type { EwsSituation, SmtpSituation } from "../dated";
import type { Facts } from "../facts";
import type { ProblemApp } from "../vocabulary";

export interface RuleContext {
  facts: Facts;
  now: Date;
  hostApp: ProblemApp | null;
  client: ClientAssessment;
  /** The mailbox is (or, unknown, is assumed to be) in Exchange Online, where basic auth is gone. */
  exchangeOnline: boolean;
  /** Network is known to be down: other probe results say nothing about the account. */
  offline: boolean;
  smtp: SmtpSituation;
  ews: EwsSituation;
}
