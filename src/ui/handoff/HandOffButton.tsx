import { Button, mergeClasses } from "@fluentui/react-components";
import {
  Checkmark20Regular,
  ClipboardTextLtr20Regular,
  MailArrowUp20Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../../i18n";
import { useSurfaceStyles } from "../surfaces";
import type { HandOff } from "./useHandOff";

/** The one control that hands the report to IT: Send to IT where IT set an address, Copy report otherwise. */
export function HandOffButton({
  handOff,
  t,
  testId,
  className,
}: {
  handOff: HandOff;
  t: Translate;
  testId: string;
  className?: string;
}) {
  const surface = useSurfaceStyles();
  if (handOff.canSend)
    return (
      <Button
        className={mergeClasses(surface.touchButton, className)}
        appearance="primary"
        icon={<MailArrowUp20Regular />}
        onClick={() => void handOff.send()}
        data-testid={testId}
      >
        {t("handoff.send")}
      </Button>
    );
  const copied = handOff.copyState === "copied";
  return (
    <Button
      className={mergeClasses(surface.touchButton, className)}
      appearance="primary"
      icon={copied ? <Checkmark20Regular /> : <ClipboardTextLtr20Regular />}
      onClick={() => void handOff.copy()}
      data-testid={testId}
    >
      {copied ? t("handoff.copied") : t("handoff.copyForIt")}
    </Button>
  );
}
