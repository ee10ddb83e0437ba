import { helpDeskDomains, resolveLogoUrl, type ConfigResult } from "../config/schema";
import type { OrgView } from "./paneStore";

/** The settings config.json gives the pane's chrome: branding, help desk, links, and what was wrong with it. */
export function orgView(result: ConfigResult, baseUrl: string): OrgView {
  const c = result.config;
  return {
    orgName: c.organizationName ?? null,
    logoUrl: c.logoPath ? resolveLogoUrl(c.logoPath, baseUrl) : null,
    helpDesk: c.helpDesk
      ? {
          name: c.helpDesk.name ?? null,
          email: c.helpDesk.email ?? null,
          phone: c.helpDesk.phone ?? null,
          url: c.helpDesk.url ?? null,
        }
      : null,
    extraLinks: c.links ?? [],
    extraLinkDomains: helpDeskDomains(c),
    configWarnings: result.warnings,
  };
}
