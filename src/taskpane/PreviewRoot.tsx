import * as React from "react";
import { parseFacts, type Facts } from "../diagnosis";
import type { HostServices } from "../ui/services";
import type { Translate } from "../i18n";
import { Assistant } from "./Assistant";
import { encodeBase64Url, readFactsFragment } from "./fragment";
import { PreviewAbout, PreviewBar } from "./PreviewBar";
import { loadScenarios, type Scenario } from "./scenarioList";
import type { AssistantInit } from "./useAssistant";

const scenarioFacts = (list: readonly Scenario[], id: string): Facts | null => {
  const s = list.find((x) => x.id === id);
  const parsed = s ? parseFacts(s.facts) : null;
  return parsed?.ok ? parsed.facts : null;
};

/** Preview mode: no Office, no sign-in, no network (contract §3). */
export function PreviewRoot(props: {
  services: HostServices;
  t: Translate;
  notice: "officeMissing" | "onReadyTimeout" | null;
  pending?: boolean;
  /** The examples, when they are already loaded (always, unless the page opened with a #facts= link). */
  scenarios: readonly Scenario[] | null;
}) {
  const [list, setList] = React.useState<readonly Scenario[]>(props.scenarios ?? []);
  // Opened with a link: the examples for the picker load once the report is on screen.
  React.useEffect(() => {
    if (props.scenarios || props.pending) return;
    let live = true;
    loadScenarios()
      .then((loaded) => live && setList(loaded))
      .catch(() => undefined); // The picker then offers only the report from the link.
    return () => {
      live = false;
    };
  }, [props.scenarios, props.pending]);
  const [hash, setHash] = React.useState(() => window.location.hash);
  // The link this page wrote itself when a situation was chosen: its hashchange is not a new report.
  const written = React.useRef<string | null>(null);
  const fragment = React.useMemo(() => readFactsFragment(hash), [hash]);
  const [scenarioId, setScenarioId] = React.useState<string | null>(
    fragment.kind === "ok" ? null : (list[0]?.id ?? null)
  );
  React.useEffect(() => {
    const onHash = () => {
      const next = window.location.hash;
      if (next === written.current) return;
      written.current = null;
      setHash(next);
      // A link opened or pasted into this page: show the report it carries.
      if (readFactsFragment(next).kind === "ok") setScenarioId(null);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  // Memoised: a new facts object would reset the user's answers (app picked, version typed) on any re-render.
  const facts = React.useMemo(
    () =>
      fragment.kind === "ok" && scenarioId === null
        ? fragment.facts
        : (scenarioFacts(list, scenarioId ?? "") ?? scenarioFacts(list, list[0]?.id ?? "")),
    [fragment, scenarioId, list]
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
    const f = scenarioFacts(list, id);
    if (!f) return;
    const link = `#facts=${encodeBase64Url(JSON.stringify(f))}`;
    written.current = link;
    // office.js sets history.replaceState to null outside Office, so the shareable link is written with
    // location.replace: same document, one history entry, no dependency on the History API.
    window.location.replace(link);
  };
  const bar = (
    <PreviewBar
      t={props.t}
      scenarioId={scenarioId}
      scenarios={list}
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
      after={<PreviewAbout t={props.t} />}
      pending={props.pending}
    />
  );
}
