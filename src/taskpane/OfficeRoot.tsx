import * as React from "react";
import { helpDeskDomains, resolveLogoUrl, type ConfigResult } from "../config/schema";
import type { Facts } from "../diagnosis";
import type { HostServices } from "../ui/services";
import type { Translate } from "../i18n";
import type { RunnerDeps } from "../probes/runner";
import { Assistant } from "./Assistant";
import type { AssistantInit } from "./useAssistant";

export interface OfficeRootProps {
  services: HostServices;
  t: Translate;
  facts: Facts;
  config: ConfigResult;
  probeDeps: RunnerDeps;
  email: string;
  baseUrl: string;
}

export function OfficeRoot({
  services,
  t,
  facts,
  config,
  probeDeps,
  email,
  baseUrl,
}: OfficeRootProps) {
  const c = config.config;
  const init = React.useMemo<AssistantInit>(
    () => ({
      mode: "office",
      facts,
      probeDeps,
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
      configWarnings: config.warnings,
      email,
    }),
    [facts, probeDeps, c, config.warnings, email, baseUrl]
  );
  return <Assistant init={init} services={services} t={t} />;
}
