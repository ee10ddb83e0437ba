import * as React from "react";
import type { ActionId, Diagnosis, UserReport } from "../../diagnosis";
import type { HostServices } from "../services";

/** Progress is kept per action and per problem client, so switching apps doesn't mix two guides. */
export const progressKey = (action: ActionId, app: string) => `${action}|${app}`;

export interface GuideProgress {
  /** Ticks per action, by step index in the plan. */
  done: Partial<Record<ActionId, boolean[]>>;
  toggle(action: ActionId, step: number, checked: boolean): void;
  clear(): void;
  anyTicked: boolean;
  /** The ticked steps by key, for the report to IT. */
  ticked: UserReport["ticked"];
  /** Ticks were there when the pane opened (saved before a restart, or carried in a kept link). */
  restored: boolean;
}

/**
 * The user's ticks, restored from the host's store and saved there on every change. Where the store has none, the
 * ticks a kept link carries (`carried`, by step key) are shown instead: the steps go on where they were left.
 */
export function useGuideProgress(
  d: Diagnosis,
  services: HostServices,
  carried?: UserReport["ticked"]
): GuideProgress {
  const app = d.problemClient.app;
  const load = React.useCallback(() => {
    const stored = Object.fromEntries(
      d.actions.map((a) => [a, services.progress.load(progressKey(a, app))])
    ) as Partial<Record<ActionId, boolean[]>>;
    if (Object.values(stored).some((v) => v?.some(Boolean)) || !carried) return stored;
    return Object.fromEntries(
      d.plan.map((p) => [p.action, p.steps.map((s) => Boolean(carried[p.action]?.includes(s.key)))])
    ) as Partial<Record<ActionId, boolean[]>>;
  }, [d.actions, d.plan, services.progress, app, carried]);
  const [done, setDone] = React.useState(load);
  React.useEffect(() => setDone(load()), [load]);
  const [restored] = React.useState(() => Object.values(done).some((v) => v?.some(Boolean)));

  const toggle = (action: ActionId, step: number, checked: boolean) => {
    const next = [...(done[action] ?? [])];
    next[step] = checked;
    setDone({ ...done, [action]: next });
    void services.progress.save(progressKey(action, app), next);
  };
  const clear = () => {
    setDone({});
    void services.progress.clearAll();
  };
  const ticked = React.useMemo(() => {
    const out: UserReport["ticked"] = {};
    for (const p of d.plan) {
      const keys = p.steps.filter((_, i) => done[p.action]?.[i]).map((s) => s.key);
      if (keys.length) out[p.action] = keys;
    }
    return out;
  }, [d.plan, done]);
  return { done, toggle, clear, anyTicked: Object.keys(ticked).length > 0, ticked, restored };
}
