import * as React from "react";
import type { HostServices } from "../ui/services";
import type { Translate } from "../i18n";
import { App } from "../ui/App";
import { useAssistant, type AssistantInit } from "./useAssistant";

export interface AssistantProps {
  init: AssistantInit;
  services: HostServices;
  t: Translate;
  before?: React.ReactNode;
  after?: React.ReactNode;
  /** Rendered ahead of time and not shown yet: data-state stays "pending". */
  pending?: boolean;
}

export function Assistant({ init, services, t, before, after, pending }: AssistantProps) {
  const { model, callbacks } = useAssistant(init);
  return (
    <App
      model={model}
      callbacks={callbacks}
      services={services}
      t={t}
      before={before}
      after={after}
      pending={pending}
    />
  );
}
