import { Collector, PRIORITY } from "./collector";
import type { RuleContext } from "./context";

/** The account type changes who owns the fix: on-premises Exchange, a consumer account or Gmail. */
export function accountRules(ctx: RuleContext, out: Collector): void {
  switch (ctx.facts.host.accountType) {
    case "enterprise":
      out.addFinding("account-on-premises", "info");
      out.recommend("contact-admin", PRIORITY.askAdmin, "account-on-premises");
      out.noteForIt(
        "Mailbox on Exchange on-premises: check hybrid modern authentication and the client's auth settings."
      );
      break;
    case "outlookCom":
      out.addFinding("account-outlook-com", "info");
      break;
    case "gmail":
      out.addFinding("account-gmail", "info");
      break;
    default:
      break;
  }
}

export function networkRules(ctx: RuleContext, out: Collector): void {
  if (ctx.offline) {
    out.addFinding("offline", "error");
    out.recommend("check-network", PRIORITY.network);
    // Offline is the cause: old saved sign-ins are not the problem until the connection is back.
    out.ruleOut("clear-cached-credentials");
  }
}
