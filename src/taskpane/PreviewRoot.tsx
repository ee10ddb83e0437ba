import * as React from "react";
import { parseFacts, type Facts } from "../diagnosis";
import type { HostServices } from "../ui/services";
import type { Translate } from "../i18n";
import { SCENARIOS } from "../scenarios";
import { Assistant } from "./Assistant";
import { encodeBase64Url, readFactsFragment } from "./fragment";
import { PreviewBar } from "./PreviewBar";
import type { AssistantInit } from "./useAssistant";

const scenarioFacts = (id: string): Facts | null => {
  const s = SCENARIOS.find((x) => x.id === id);
  const parsed = s ? parseFacts(s.facts) : null;
  return parsed?.ok ? parsed.facts : null;
};

/** Preview mode: no Office, no sign-in, no network (contract §3). */
export function PreviewRoot(props: {
  services: HostServices;
  t: Translate;
  notice: "officeMissing" | "onReadyTimeout" | null;
  pending?: boolean;
}) {
  const [hash, setHash] = React.useState(() => window.location.hash);
  React.useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const fragment = React.useMemo(() => readFactsFragment(hash), [hash]);
  const [scenarioId, setScenarioId] = React.useState<string | null>(
    fragment.kind === "ok" ? null : (SCENARIOS[0]?.id ?? null)
  );
  // Memoised: a new facts object would reset the user's answers (app picked, version typed) on any re-render.
  const facts = React.useMemo(
    () =>
      fragment.kind === "ok" && scenarioId === null
        ? fragment.facts
        : (scenarioFacts(scenarioId ?? "") ?? scenarioFacts(SCENARIOS[0]?.id ?? "")),
    [fragment, scenarioId]
  );
  const init = React.useMemo<AssistantInit>(
    () => ({
      mode: "preview",
      facts: facts as Facts,
      probeDeps: null,
      orgName: null,
      logoUrl: null,
      helpDesk: null,
      extraLinks: [],
      extraLinkDomains: [],
      configWarnings: [],
      email: props.t("placeholder.email"),
    }),
    [facts, props.t]
  );
  const choose = (id: string) => {
    setScenarioId(id);
    const f = scenarioFacts(id);
    if (f) history.replaceState(null, "", `#facts=${encodeBase64Url(JSON.stringify(f))}`);
  };
  const bar = (
    <PreviewBar
      t={props.t}
      scenarioId={scenarioId}
      notice={props.notice}
      fragmentError={fragment.kind === "error" ? fragment.reason : null}
      onScenario={choose}
    />
  );
  return (
    <Assistant
      init={init}
      services={props.services}
      t={props.t}
      before={bar}
      pending={props.pending}
    />
  );
}
