// Preview mode. Rendering starts before Office.onReady answers (hidden), so a plain browser shows the pane as soon
// as office.js says it is not inside Office, instead of only then beginning to render.
import * as React from "react";
import { previewServices } from "../host/services";
import { loadMessages, pickLocale, translator } from "../i18n";
import { pickTheme } from "../ui/theme";
import { readFactsFragment } from "./fragment";
import { PreviewRoot } from "./PreviewRoot";
import { loadScenarios } from "./scenarioList";
import { media, render } from "./render";

export type PreviewNotice = "officeMissing" | "onReadyTimeout" | null;

interface GateState {
  shown: boolean;
  notice: PreviewNotice;
}

export interface PreparedPreview {
  show(notice: PreviewNotice): void;
}

/**
 * Renders preview mode, hidden until show(). `speculative`: started before Office.onReady answered, so the render is
 * dropped if Outlook's start has shown its pane first (then show() is never called).
 */
export async function preparePreview(speculative = false): Promise<PreparedPreview> {
  const params = new URLSearchParams(window.location.search);
  const locale = pickLocale(params.get("lang") ?? navigator.language);
  // A #facts= link is the whole content; without one, the examples are, so they load before the first render.
  const linked = readFactsFragment(window.location.hash).kind === "ok";
  const [messages, scenarios] = await Promise.all([
    loadMessages(locale),
    linked ? Promise.resolve(null) : loadScenarios(),
  ]);
  const t = translator(messages);
  const theme = pickTheme({
    requested: params.get("theme"),
    forcedColors: media("(forced-colors: active)"),
    prefersDark: media("(prefers-color-scheme: dark)"),
  });
  let latest: GateState = { shown: false, notice: null };
  let setGate: ((s: GateState) => void) | null = null;
  function Gate() {
    const [gate, set] = React.useState(latest);
    setGate = set;
    return (
      <div hidden={!gate.shown}>
        <PreviewRoot
          services={previewServices()}
          t={t}
          notice={gate.notice}
          pending={!gate.shown}
          scenarios={scenarios}
        />
      </div>
    );
  }
  await render(<Gate />, theme, locale, speculative);
  return {
    show(notice) {
      latest = { shown: true, notice };
      setGate?.(latest);
    },
  };
}
