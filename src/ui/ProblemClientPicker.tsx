import {
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  Apps20Regular,
  Desktop20Regular,
  Globe20Regular,
  Laptop20Regular,
  Mail20Regular,
  Phone20Regular,
  Print20Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import { PROBLEM_APPS, type ProblemApp } from "../diagnosis";
import type { MessageKey } from "../i18n";
import { useSurfaceStyles } from "./surfaces";
import type { ViewProps } from "./types";

const ICONS: Record<ProblemApp, React.ReactElement> = {
  "outlook-windows-classic": <Desktop20Regular aria-hidden />,
  "outlook-windows-new": <Desktop20Regular aria-hidden />,
  "outlook-mac": <Laptop20Regular aria-hidden />,
  "outlook-web": <Globe20Regular aria-hidden />,
  "outlook-ios": <Phone20Regular aria-hidden />,
  "outlook-android": <Phone20Regular aria-hidden />,
  "apple-mail-macos": <Mail20Regular aria-hidden />,
  "apple-mail-ios": <Mail20Regular aria-hidden />,
  "android-mail": <Mail20Regular aria-hidden />,
  thunderbird: <Mail20Regular aria-hidden />,
  "other-imap-pop": <Mail20Regular aria-hidden />,
  "device-smtp": <Print20Regular aria-hidden />,
  other: <Apps20Regular aria-hidden />,
};

const VERSION_HELP: Partial<Record<ProblemApp, MessageKey>> = {
  "outlook-windows-classic": "picker.versionHelp.windows",
  "outlook-mac": "picker.versionHelp.mac",
  "outlook-ios": "picker.versionHelp.phone",
  "outlook-android": "picker.versionHelp.phone",
};

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  current: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    minWidth: 0,
  },
  option: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  desc: { display: "block", color: tokens.colorNeutralForeground3 },
  group: { minWidth: 0 },
  input: { minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
});

/**
 * The app that prompts, as radio buttons (each with an icon and a short description) inside a disclosure that
 * shows the current answer. Radios need no popup layer, read well in a 320 px pane and work with arrow keys.
 */
export function ProblemClientPicker({
  model,
  callbacks,
  t,
}: Pick<ViewProps, "model" | "callbacks" | "t">) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const app = model.diagnosis.problemClient.app;
  const [version, setVersion] = React.useState(model.facts.problemClient.version ?? "");
  React.useEffect(
    () => setVersion(model.facts.problemClient.version ?? ""),
    [model.facts.problemClient.version]
  );
  const label = (a: ProblemApp) => t(`app.${a}` as MessageKey);
  const commitVersion = () => {
    const next = version.trim() || null;
    if (next !== model.facts.problemClient.version) callbacks.onProblemClientChange(app, next);
  };
  return (
    <section aria-labelledby="picker-heading">
      <h2 id="picker-heading">{t("picker.heading")}</h2>
      <div className={styles.fields}>
        <details className={surface.disclosure} data-testid="problem-client">
          <summary>
            <span className={styles.current}>
              {ICONS[app]}
              <span data-testid="problem-client-current">{label(app)}</span>
            </span>
          </summary>
          <RadioGroup
            className={styles.group}
            aria-label={t("picker.label")}
            value={app}
            onChange={(_, data) => {
              const next = data.value as ProblemApp;
              if (next !== app) callbacks.onProblemClientChange(next, null);
            }}
          >
            {PROBLEM_APPS.map((a) => (
              <Radio
                key={a}
                value={a}
                data-app={a}
                label={
                  <span className={styles.option}>
                    {ICONS[a]}
                    <span>
                      {label(a)}
                      <Text size={200} className={styles.desc}>
                        {t(`app.${a}.desc` as MessageKey)}
                      </Text>
                    </span>
                  </span>
                }
              />
            ))}
          </RadioGroup>
        </details>
        <Field
          label={t("picker.version")}
          hint={t(VERSION_HELP[app] ?? "picker.versionHelp.other")}
        >
          <Input
            className={styles.input}
            value={version}
            onChange={(_, data) => setVersion(data.value)}
            onBlur={commitVersion}
            onKeyDown={(e) => {
              if (e.key === "Enter") commitVersion();
            }}
            data-testid="problem-version"
          />
        </Field>
      </div>
    </section>
  );
}
