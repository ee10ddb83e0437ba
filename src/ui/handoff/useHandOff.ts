import * as React from "react";
import type { PromptLook, UserReport } from "../../diagnosis";
import type { MessageKey, Translate } from "../../i18n";
import { loadReport } from "./loadReport";
import { record } from "../../util/errorLog";
import { plainHandoff, plainReportText } from "./plainReport";
import { useCopied, type CopyState } from "../common/useCopied";
import type { HostServices } from "../services";
import type { ViewModel } from "../types";

const SENT: Record<string, MessageKey> = {
  opened: "handoff.sent",
  mailto: "handoff.mailto",
  failed: "handoff.sendFailed",
};

/**
 * Everything that hands the report to IT: the user's additions and the copy and send actions, shared by the footer,
 * the "Ask your IT team" card and the hand-off section, so they all send the same report.
 */
export interface HandOff {
  /** Whether IT configured an address, so Send to IT can open a message. */
  canSend: boolean;
  prompt: PromptLook | null;
  setPrompt(p: PromptLook | null): void;
  note: string;
  setNote(note: string): void;
  copy(): Promise<void>;
  send(): Promise<void>;
  copyState: CopyState;
  /** The latest outcome, announced once in the footer's live region. */
  status: MessageKey | null;
  /** The report as text, shown to copy by hand when the clipboard refused it. */
  fallback: string | null;
}

/**
 * The full formatter, or the first script's plain one when its chunk didn't load or doesn't come within
 * FORMATTER_WAIT_MS (a hanging request would outlast the click's user activation, which the clipboard needs): the
 * way to IT never breaks. Normally the chunk is long there (App prefetches it) and answers at once.
 */
const PLAIN = { reportText: plainReportText, buildHandoff: plainHandoff };
const FORMATTER_WAIT_MS = 2_000;
type Formatter = Pick<Awaited<ReturnType<typeof loadReport>>, "reportText" | "buildHandoff">;
const formatter = () =>
  new Promise<Formatter>((resolve) => {
    const timer = setTimeout(() => resolve(PLAIN), FORMATTER_WAIT_MS);
    loadReport().then(
      (full) => {
        clearTimeout(timer);
        resolve(full);
      },
      (e: unknown) => {
        clearTimeout(timer);
        record("ui", "chunk_load_error", e);
        resolve(PLAIN);
      }
    );
  });

export function useHandOff(
  model: ViewModel,
  services: HostServices,
  t: Translate,
  ticked: UserReport["ticked"]
): HandOff {
  const [prompt, setPrompt] = React.useState<PromptLook | null>(null);
  const [note, setNote] = React.useState("");
  const [status, setStatus] = React.useState<MessageKey | null>(null);
  const [fallback, setFallback] = React.useState<string | null>(null);
  const user = React.useMemo<UserReport>(
    () => ({ ticked, prompt, note: note.trim() || null }),
    [ticked, prompt, note]
  );
  // The formatter is in the below-the-fold chunk, loaded with the pane: by the time of a click it is there, so
  // the copy still runs inside the click's user activation.
  const [copyState, runCopy] = useCopied(
    React.useCallback(
      async () => services.copyText((await formatter()).reportText(model, user)),
      [services, model, user]
    )
  );
  const copy = async () => {
    const ok = await runCopy();
    setStatus(ok ? "handoff.copiedStatus" : "handoff.copyFailed");
    setFallback(ok ? null : (await formatter()).reportText(model, user));
  };
  const send = async () => {
    const { buildHandoff } = await formatter();
    const result = await services.newMessage(buildHandoff(model, user, t));
    setStatus(SENT[result] ?? "handoff.sendFailed");
  };
  return {
    canSend: Boolean(model.helpDesk?.email),
    prompt,
    setPrompt,
    note,
    setNote,
    copy,
    send,
    copyState,
    status,
    fallback,
  };
}
