import { ACTIONS, classifyClient, PROBLEM_APPS, stepsFor } from "../../src/diagnosis";
import { facts, NOW } from "./facts";

/** Every step key any action can show for any client and account type. */
export function STEPS_KEYS_FOR_TEST(): string[] {
  const keys = new Set<string>();
  for (const app of PROBLEM_APPS) {
    const client = classifyClient(facts({ problemClient: { app, version: null } }), app, NOW);
    for (const accountType of ["office365", "outlookCom", null] as const) {
      for (const action of ACTIONS)
        for (const s of stepsFor(action, { client, accountType, email: "a@b.c" })) keys.add(s.key);
    }
  }
  return [...keys];
}
