import { Button, Text } from "@fluentui/react-components";
import { MailArrowUp20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { MessageKey } from "../i18n";
import { buildHandoff } from "./handoffMessage";
import type { ViewProps } from "./types";

const RESULT: Record<string, MessageKey> = {
  opened: "handoff.sent",
  mailto: "handoff.mailto",
  failed: "handoff.sendFailed",
};

/** One click to a prefilled message to the help desk; shown only when IT configured an address. */
export function SendToIt({
  model,
  services,
  t,
  testId = "send-to-it",
}: ViewProps & { testId?: string }) {
  const [status, setStatus] = React.useState<MessageKey | null>(null);
  if (!model.helpDesk?.email) return null;
  const send = async () =>
    setStatus(RESULT[await services.newMessage(buildHandoff(model, t))] ?? "handoff.sendFailed");
  return (
    <>
      <Button
        appearance="primary"
        icon={<MailArrowUp20Regular />}
        onClick={() => void send()}
        data-testid={testId}
      >
        {t("handoff.send")}
      </Button>
      {status ? (
        <Text as="p" size={200} role="status" data-testid={`${testId}-status`}>
          {t(status)}
        </Text>
      ) : null}
    </>
  );
}
