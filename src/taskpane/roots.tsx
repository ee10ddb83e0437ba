import * as React from "react";
import { parseFacts, type Facts } from "../diagnosis";
import { helpDeskDomains, type ConfigResult } from "../config/schema";
import type { HostServices } from "../host/services";
import type { Translate } from "../i18n";
import type { RunnerDeps } from "../probes/runner";
import { SCENARIOS } from "../scenarios";
import { App } from "../ui/App";
import { PreviewBar } from "./PreviewBar";
import { readFactsFragment, encodeBase64Url } from "./fragment";
import { useAssistant, type AssistantInit } from "./useAssistant";

function Assistant({ init, services, t, before }: { init: AssistantInit; services: HostServices; t: Translate; before?: React.ReactNode }) {
  const { model, callbacks } = useAssistant(init);
  return <App model={model} callbacks={callbacks} services={services} t={t} before={before} />;
}

const scenarioFacts = (id: string): Facts | null => {
  const s = SCENARIOS.find((x) => x.id === id);
  const parsed = s ? parseFacts(s.facts) : null;
  return parsed?.ok ? parsed.facts : null;
};

/** Preview mode: no Office, no sign-in, no network (contract §3). */
export function PreviewRoot(props: { services: HostServices; t: Translate; notice: AssistantInit["previewNotice"] }) {
  const [hash, setHash] = React.useState(() => window.location.hash);
  React.useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const fragment = React.useMemo(() => readFactsFragment(hash), [hash]);
  const [scenarioId, setScenarioId] = React.useState<string | null>(fragment.kind === "ok" ? null : (SCENARIOS[0]?.id ?? null));
  const facts = fragment.kind === "ok" && scenarioId === null ? fragment.facts : (scenarioFacts(scenarioId ?? "") ?? scenarioFacts(SCENARIOS[0]?.id ?? ""));
  const init = React.useMemo<AssistantInit>(
    () => ({
      mode: "preview",
      facts: facts as Facts,
      probeDeps: null,
      previewNotice: props.notice,
      fragmentError: fragment.kind === "error" ? fragment.reason : null,
      orgName: null,
      logoUrl: null,
      helpDesk: null,
      extraLinks: [],
      extraLinkDomains: [],
      configWarnings: [],
      email: props.t("placeholder.email"),
    }),
    [facts, fragment, props.notice, props.t]
  );
  const choose = (id: string) => {
    setScenarioId(id);
    const f = scenarioFacts(id);
    if (f) history.replaceState(null, "", `#facts=${encodeBase64Url(JSON.stringify(f))}`);
  };
  const bar = <PreviewBar t={props.t} scenarioId={scenarioId} notice={props.notice} fragmentError={init.fragmentError} onScenario={choose} />;
  return <Assistant init={init} services={props.services} t={props.t} before={bar} />;
}

export interface OfficeRootProps {
  services: HostServices;
  t: Translate;
  facts: Facts;
  config: ConfigResult;
  probeDeps: RunnerDeps;
  email: string;
  baseUrl: string;
}

export function OfficeRoot({ services, t, facts, config, probeDeps, email, baseUrl }: OfficeRootProps) {
  const c = config.config;
  const init = React.useMemo<AssistantInit>(
    () => ({
      mode: "office",
      facts,
      probeDeps,
      previewNotice: null,
      fragmentError: null,
      orgName: c.organizationName ?? null,
      logoUrl: c.logoPath ? new URL(c.logoPath, baseUrl).href : null,
      helpDesk: c.helpDesk ? { name: c.helpDesk.name ?? null, email: c.helpDesk.email ?? null, phone: c.helpDesk.phone ?? null, url: c.helpDesk.url ?? null } : null,
      extraLinks: c.links ?? [],
      extraLinkDomains: helpDeskDomains(c),
      configWarnings: config.warnings,
      email,
    }),
    [facts, probeDeps, c, config.warnings, email, baseUrl]
  );
  return <Assistant init={init} services={services} t={t} />;
}
