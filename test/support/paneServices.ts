// The pane's host services as component tests see them: every call recorded, guide progress kept in memory.
import type { HostServices } from "../../src/ui/services";

export function fakeServices(): HostServices & { saved: Map<string, boolean[]> } {
  const saved = new Map<string, boolean[]>();
  return {
    saved,
    openLink: jest.fn(() => true),
    newMessage: jest.fn(async () => "opened" as const),
    copyText: jest.fn(async () => true),
    progress: {
      load: (k) => saved.get(k) ?? [],
      save: jest.fn(async (k, v) => void saved.set(k, v)),
      clearAll: jest.fn(async () => saved.clear()),
    },
  };
}
