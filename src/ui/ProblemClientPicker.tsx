import { Dropdown, Field, Input, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import {
  Apps20Regular,
  Globe20Regular,
  Mail20Regular,
  Phone20Regular,
  Print20Regular,
  Desktop20Regular,
  Laptop20Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import { PROBLEM_APPS, type ProblemApp } from "../diagnosis";
import type { MessageKey } from "../i18n";
import type { ViewProps } from "./types";

const ICONS: Record<ProblemApp, React.ReactElement> = {
  "outlook-windows-classic": <Desktop20Regular />,
  "outlook-windows-new": <Desktop20Regular />,
  "outlook-mac": <Laptop20Regular />,
  "outlook-web": <Globe20Regular />,
  "outlook-ios": <Phone20Regular />,
  "outlook-android": <Phone20Regular />,
  "apple-mail-macos": <Mail20Regular />,
  "apple-mail-ios": <Mail20Regular />,
  "android-mail": <Mail20Regular />,
  thunderbird: <Mail20Regular />,
  "other-imap-pop": <Mail20Regular />,
  "device-smtp": <Print20Regular />,
  other: <Apps20Regular />,
};

const VERSION_HELP: Partial<Record<ProblemApp, MessageKey>> = {
  "outlook-windows-classic": "picker.versionHelp.windows",
  "outlook-mac": "picker.versionHelp.mac",
  "outlook-ios": "picker.versionHelp.phone",
  "outlook-android": "picker.versionHelp.phone",
};

const useStyles = makeStyles({
  option: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  desc: { display: "block", color: tokens.colorNeutralForeground3 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%", boxSizing: "border-box" },
});

export function ProblemClientPicker({ model, callbacks, t }: Pick<ViewProps, "model" | "callbacks" | "t">) {
  const styles = useStyles();
  const app = model.diagnosis.problemClient.app;
  const [version, setVersion] = React.useState(model.facts.problemClient.version ?? "");
  React.useEffect(() => setVersion(model.facts.problemClient.version ?? ""), [model.facts.problemClient.version]);
  const label = (a: ProblemApp) => t(`app.${a}` as MessageKey);
  return (
    <section aria-labelledby="picker-heading">
      <h2 id="picker-heading">{t("picker.heading")}</h2>
      <div className={styles.fields}>
        <Field label={t("picker.label")}>
          <Dropdown
            className={styles.dropdown}
            value={label(app)}
            selectedOptions={[app]}
            onOptionSelect={(_, data) => {
              const next = data.optionValue as ProblemApp | undefined;
              if (next && next !== app) callbacks.onProblemClientChange(next, null);
            }}
            data-testid="problem-client"
          >
            {PROBLEM_APPS.map((a) => (
              <Option key={a} value={a} text={label(a)}>
                <span className={styles.option}>
                  {ICONS[a]}
                  <span>
                    {label(a)}
                    <Text size={200} className={styles.desc}>
                      {t(`app.${a}.desc` as MessageKey)}
                    </Text>
                  </span>
                </span>
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("picker.version")} hint={t(VERSION_HELP[app] ?? "picker.versionHelp.other")}>
          <Input
            value={version}
            onChange={(_, data) => setVersion(data.value)}
            onBlur={() => callbacks.onProblemClientChange(app, version.trim() || null)}
            onKeyDown={(e) => {
              if (e.key === "Enter") callbacks.onProblemClientChange(app, version.trim() || null);
            }}
            data-testid="problem-version"
          />
        </Field>
      </div>
    </section>
  );
}
