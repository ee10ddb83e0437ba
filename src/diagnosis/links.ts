import type { ClientAssessment } from "./classifyClient";
import type { AccountType, ActionId } from "./vocabulary";
import { ACTION_LINKS, LINKS, type LinkId } from "./tables/links";

/** The link ids one action's guide shows for this client and account (the guide and diagnosis.links agree). */
export function linkIdsFor(
  action: ActionId,
  client: ClientAssessment,
  accountType: AccountType | null
): LinkId[] {
  let ids: LinkId[] = [...ACTION_LINKS[action]];
  if (accountType === "outlookCom") {
    ids = ids.map((id) => (id === "securityInfo" ? "msaSecurity" : id));
  }
  if (action === "switch-to-modern-auth") {
    if (client.app === "apple-mail-macos") ids.push("appleMailMac");
    else if (client.app === "apple-mail-ios") ids.push("appleMailIos");
    else if (client.app === "thunderbird") ids.push("thunderbirdOauth");
    else if (client.protocol !== "smtp") ids.push("outlookMobile");
  }
  if (action === "clear-cached-credentials") {
    if (client.app === "outlook-mac") ids = ["macKeychainKb"];
    else if (client.app !== "outlook-windows-classic") ids = [];
  }
  if (
    action === "update-client" &&
    (client.app === "outlook-ios" || client.app === "outlook-android")
  ) {
    ids = ["outlookMobile"];
  }
  return [...new Set(ids)];
}

export function urlsFor(ids: readonly LinkId[]): string[] {
  return ids.map((id) => LINKS[id].url);
}
