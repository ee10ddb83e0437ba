import * as React from "react";
import {
  helpDeskDomains,
  resolveLogoUrl,
  type ConfigResult,
  type OrgConfig,
} from "../config/schema";
import type { Facts } from "../diagnosis";
import type { HostServices } from "../ui/services";
import type { Translate } from "../i18n";
import type { RunnerDeps } from "../probes/runner";
import { Assistant } from "./Assistant";
import type { AssistantInit } from "./useAssistant";

export interface OfficeRootProps {
  services: HostServices;
  t: Translate;
  /** The first screen's facts: what Office answered at once, before config.json and the slow reads. */
  facts: Facts;
  /** config.json, validated; it never rejects (a failure is a warning and the defaults). */
  config: Promise<ConfigResult>;
  /** diagnostics.ews.getTokenStatusAsync's answer, for the report; no rule waits for it. */
  ewsTokenStatus: Promise<string | null>;
  /** The facts with what arrived later applied (see startOffice's refineFacts). */
  refineFacts(facts: Facts, config: OrgConfig | null, ewsTokenStatus: string | null): Facts;
  probeDepsFor(config: OrgConfig): RunnerDeps;
  email: string;
  baseUrl: string;
  /** Shown above the answer: a part that didn't load and what the pane did instead. */
  notice?: React.ReactNode;
}

/** A promise's value once it arrives (null until then); a late answer after unmount is dropped. */
function useArrived<T>(promise: Promise<T>): T | null {
  const [value, setValue] = React.useState<{ v: T } | null>(null);
  React.useEffect(() => {
    let live = true;
    void promise.then((v) => {
      if (live) setValue({ v });
    });
    return () => {
      live = false;
    };
  }, [promise]);
  return value ? value.v : null;
}

/**
 * The pane inside Outlook. It shows the first screen from the facts Office answered at once; config.json (branding,
 * the organisation's MFA set-up, whether live checks are configured) and the EWS token status refine it when they
 * arrive, and the live checks start once config.json has said how to sign in.
 */
export function OfficeRoot(props: OfficeRootProps) {
  const { services, t, facts, email, baseUrl, refineFacts, probeDepsFor } = props;
  const config = useArrived(props.config);
  const ews = useArrived(props.ewsTokenStatus);
  const c = config?.config ?? null;
  const refine = React.useMemo(
    () => (c || ews ? (f: Facts) => refineFacts(f, c, ews) : null),
    [c, ews, refineFacts]
  );
  const probeDeps = React.useMemo(() => (c ? probeDepsFor(c) : null), [c, probeDepsFor]);
  const init = React.useMemo<AssistantInit>(
    () => ({
      mode: "office",
      facts,
      refine,
      checksAwaited: true,
      probeDeps,
      orgName: c?.organizationName ?? null,
      logoUrl: c?.logoPath ? resolveLogoUrl(c.logoPath, baseUrl) : null,
      helpDesk: c?.helpDesk
        ? {
            name: c.helpDesk.name ?? null,
            email: c.helpDesk.email ?? null,
            phone: c.helpDesk.phone ?? null,
            url: c.helpDesk.url ?? null,
          }
        : null,
      extraLinks: c?.links ?? [],
      extraLinkDomains: c ? helpDeskDomains(c) : [],
      configWarnings: config?.warnings ?? [],
      email,
    }),
    [facts, refine, probeDeps, c, config?.warnings, email, baseUrl]
  );
  return <Assistant init={init} services={services} t={t} before={props.notice} />;
}
