// The guide for each action, in the diagnosis's order: its steps with their parameters, its links, and whether
// handing the report to IT is the main way forward. The pane renders this as it is.

import {
  CLOSES_HOST_LINE,
  STEP_EFFECTS,
  stepClosesHost,
  type ClosesHostLineKey,
} from "./closesHost";
import type { Params } from "./format";
import type { ReasonKey } from "./messages.en";
import type { ActionId } from "./vocabulary";
import type { LinkId } from "./tables/links";
import { guideFor, guideLinks, type GuideContext, type Step, type StepKey } from "./tables/steps";

export interface PlannedAction {
  action: ActionId;
  /** "primary": only IT can carry this out, so Send to IT is this card's main control. One card at most. */
  handoff: "primary" | "secondary";
  steps: Step[];
  /** Every link the guide shows, steps first. */
  links: LinkId[];
  /** contact-admin only: why only IT can do it, in the user's words (catalogue "reason.<key>"). */
  reason?: ReasonKey;
  /** The card's title (catalogue key): what its steps do, which for some routes is more than the action's name. */
  title: ActionTitleKey;
  /**
   * Present when a step of this guide ends the pane (steps[].closesHost): the first such step, and the line the
   * card shows before it (what will happen, and that the ticks are kept), with its parameters.
   */
  closesHost?: { stepIndex: number; step: StepKey; line: ClosesHostLineKey; params: Params };
}

/** Marks the steps that end the pane, and names the line for the first of them. */
function withClosesHost(
  steps: Step[],
  ctx: GuideContext
): { steps: Step[]; closesHost?: PlannedAction["closesHost"] } {
  const host = ctx.hostApp ?? null;
  const marked = steps.map((s) =>
    stepClosesHost(s.key, ctx.client.app, host) ? { ...s, closesHost: true as const } : s
  );
  // The first step on the main path that ends the pane; an "Advanced (for IT)" one only when no main step does.
  const main = marked.findIndex((s) => s.closesHost && !s.kind);
  const first = main >= 0 ? main : marked.findIndex((s) => s.closesHost && s.kind === "advanced");
  const step = marked[first];
  const effect = step ? STEP_EFFECTS[step.key] : undefined;
  if (!step || !effect) return { steps: marked };
  return {
    steps: marked,
    closesHost: {
      stepIndex: first,
      step: step.key,
      line: CLOSES_HOST_LINE[effect],
      // The app's short name: "closes Outlook for Windows (classic)", not its version label.
      params: { client: { term: `app.${ctx.client.app}` } },
    },
  };
}

export type ActionTitleKey = `action.${ActionId}` | "action.update-client.outlook-for-mac";

/** Apple Mail on a Mac isn't updated: its steps install Outlook for Mac, so the card says that. */
function titleOf(action: ActionId, ctx: GuideContext): ActionTitleKey {
  return action === "update-client" && ctx.client.update === "outlook-for-mac"
    ? "action.update-client.outlook-for-mac"
    : `action.${action}`;
}

/** Update routes where the user can't act alone: IT installs, licenses or replaces the product. */
const IT_OWNED_UPDATES = new Set(["organisation", "office-2013", "replace", "mac-licence"]);

/** Click-to-Run volume licences update from Outlook, but moving off one that is out of support is IT's job. */
function itOwned(action: ActionId, ctx: GuideContext): boolean {
  if (action !== "update-client") return false;
  const { update, pastEndOfSupport } = ctx.client;
  return IT_OWNED_UPDATES.has(update) || (update === "perpetual-c2r" && pastEndOfSupport);
}

/**
 * Notes the first guide carries besides its own steps: where to do them (before them) and what not to do (after
 * its main path). Instructions belong with the steps, not under "Why this happens".
 */
export interface GuideNotes {
  before: Step[];
  after: Step[];
}

function withNotes(steps: Step[], notes: GuideNotes): Step[] {
  const lastMain = steps.reduce((last, s, i) => (s.kind === "advanced" ? last : i), -1);
  return [
    ...notes.before,
    ...steps.slice(0, lastMain + 1),
    ...notes.after,
    ...steps.slice(lastMain + 1),
  ];
}

export function planFor(
  actions: readonly ActionId[],
  ctx: GuideContext,
  adminReason: ReasonKey | null = null,
  notes: GuideNotes = { before: [], after: [] }
): PlannedAction[] {
  const primary = actions.includes("contact-admin")
    ? "contact-admin"
    : actions.find((a) => itOwned(a, ctx));
  return actions.map((action, i) => {
    const guide = guideFor(action, ctx);
    const own = i === 0 && action !== "none" ? withNotes(guide.steps, notes) : guide.steps;
    const { steps, closesHost } = withClosesHost(own, ctx);
    return {
      action,
      handoff: action === primary ? "primary" : "secondary",
      steps,
      ...(closesHost ? { closesHost } : {}),
      links: guideLinks(guide),
      title: titleOf(action, ctx),
      ...(action === "contact-admin" ? { reason: adminReason ?? "other" } : {}),
    };
  });
}
