import { Input, Select } from "@fluentui/react-components";
import * as React from "react";
import { PROBLEM_APPS, type ProblemApp } from "../../diagnosis";
import type { MessageKey } from "../../i18n";
import type { ViewProps } from "../types";
import { useAnswerStyles } from "./answer.styles";
import { APP_GROUPS, appName } from "./appChoices";

const VERSION_HELP: Partial<Record<ProblemApp, MessageKey>> = {
  "outlook-windows-classic": "picker.versionHelp.windows",
  "outlook-mac": "picker.versionHelp.mac",
};

export interface AppPickerProps extends Pick<ViewProps, "model" | "callbacks" | "t"> {
  selectRef?: React.Ref<HTMLSelectElement>;
  /** false where the card already asks for the version in its own question. */
  versionField?: boolean;
}

/**
 * Labels and hints are plain elements styled with tokens: Fluent's Field would add a component (and its
 * validation icons) to the first paint for two labels.
 *
 * Which app keeps asking, as a labelled native select (it closes once a choice is made, works with the keyboard
 * and a phone's own picker), and the version where the verdict depends on it and the host can't tell.
 */
export function AppPicker({ model, callbacks, t, selectRef, versionField = true }: AppPickerProps) {
  const styles = useAnswerStyles();
  const d = model.diagnosis;
  const app = d.problemClient.app;
  const given = model.facts.problemClient.version ?? "";
  const [version, setVersion] = React.useState(given);
  React.useEffect(() => setVersion(given), [given]);
  const commitVersion = () => {
    const next = version.trim() || null;
    if (next !== model.facts.problemClient.version) callbacks.onProblemClientChange(app, next);
  };
  return (
    <div className={styles.fields}>
      <div className={styles.field}>
        <label className={styles.label} htmlFor="problem-app">
          {t("picker.label")}
        </label>
        <Select
          id="problem-app"
          className={styles.control}
          ref={selectRef}
          value={app}
          data-testid="problem-client"
          onChange={(_, data) => {
            const next = PROBLEM_APPS.find((a) => a === data.value);
            if (next && next !== app) callbacks.onProblemClientChange(next, null);
          }}
        >
          {APP_GROUPS.map((g) => (
            <optgroup key={g.label} label={t(g.label)}>
              {g.apps.map((a) => (
                <option key={a} value={a}>
                  {t(appName(a))}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </div>
      {d.ask.version && versionField ? (
        <div className={styles.field}>
          <label className={styles.label} htmlFor="problem-version">
            {t("picker.version")}
          </label>
          {/* The help only while the box is empty: once a version is there, the space goes to the answer. */}
          {given ? null : (
            <span id="problem-version-hint" className={styles.hint}>
              {t(VERSION_HELP[app] ?? "picker.versionHelp.other")}
            </span>
          )}
          <Input
            id="problem-version"
            aria-describedby={given ? undefined : "problem-version-hint"}
            className={styles.control}
            value={version}
            onChange={(_, data) => setVersion(data.value)}
            onBlur={commitVersion}
            onKeyDown={(e) => {
              if (e.key === "Enter") commitVersion();
            }}
            data-testid="problem-version"
          />
        </div>
      ) : null}
    </div>
  );
}
