import { Collector, P } from "./collector";
import type { RuleContext } from "./context";

/** The account type changes who owns the fix: on-premises Exchange, a consumer account or Gmail. */
export function accountRules(ctx: RuleContext, out: Collector): void {
  switch (ctx.facts.host.accountType) {
    case "enterprise":
      out.find("account-on-premises", "info");
      out.act("contact-admin", P.askAdmin);
      out.note(
        "Mailbox on Exchange on-premises: check hybrid modern authentication and the client's auth settings."
      );
      break;
    case "outlookCom":
      out.find("account-outlook-com", "info");
      break;
    case "gmail":
      out.find("account-gmail", "info");
      break;
    default:
      break;
  }
}

export function networkRules(ctx: RuleContext, out: Collector): void {
  if (ctx.offline) {
    out.find("offline", "error");
    out.act("check-network", P.network);
  }
}
