// Shows StartFailure with what can still be had: Office's quick facts (when Office answered), the user's language
// (English when its chunk is what failed) and the theme (light when its chunk is what failed).
import * as React from "react";
import { readHostEnvironment, readHostFacts } from "../host/hostFacts";
import { browserCopyText } from "../host/services";
import { enUS, loadMessages, pickLocale, translator, type Messages } from "../i18n";
import { pickTheme } from "../ui/theme";
import { errorTrail } from "../util/errorLog";
import { media, render } from "./render";
import { StartFailure, type StartFailureReason } from "./StartFailure";

export async function showStartFailure(
  reason: StartFailureReason,
  office: typeof Office | null
): Promise<void> {
  const env = office ? readHostEnvironment(office) : null;
  const locale = pickLocale(env?.displayLanguage ?? navigator.language);
  const messages: Messages = await loadMessages(locale).catch(() => enUS);
  const theme = pickTheme({
    bodyBackgroundColor: env?.bodyBackgroundColor ?? null,
    forcedColors: media("(forced-colors: active)"),
    prefersDark: media("(prefers-color-scheme: dark)"),
  });
  await render(
    <StartFailure
      reason={reason}
      t={translator(messages)}
      host={office ? readHostFacts(office) : null}
      trail={errorTrail()}
      copyText={browserCopyText}
      reload={() => window.location.reload()}
    />,
    theme,
    messages === enUS ? "en-US" : locale
  );
}
