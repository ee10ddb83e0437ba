// The example situations, in their own chunk: a shared #facts= link and Outlook itself never need them before
// the first paint; preview mode without a link waits for them (they are its content).
import type { Scenario } from "../scenarios";

export type { Scenario };

export const loadScenarios = (): Promise<readonly Scenario[]> =>
  import(/* webpackChunkName: "scenarios" */ "../scenarios").then((m) => m.SCENARIOS);
