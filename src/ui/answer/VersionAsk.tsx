import { Button, Input, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import type { Diagnosis, FindingId, VersionChoice } from "../../diagnosis";
import { AnswerFocusContext } from "../common/focusAnswer";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import { useAnswerStyles } from "./answer.styles";

/**
 * The engine's word on a version it couldn't read (words it didn't understand, or a number Microsoft never
 * shipped): said under the box the person typed it into, and not again under "Why this happens".
 */
export const VERSION_BOX_FINDINGS: readonly FindingId[] = [
  "client-version-not-understood",
  "client-version-unrecognised",
];

/**
 * Whether the answer card asks which Outlook: the engine wants the version, offers the choices, nobody gave one it
 * could read yet, and the person hasn't said they don't know (`unsureOf`: the app they said it for).
 */
export function asksVersion(d: Diagnosis, unsureOf: string | null): boolean {
  return (
    d.ask.version &&
    !d.assessment.versionKnown &&
    d.ask.versionChoices.length > 0 &&
    unsureOf !== d.problemClient.app
  );
}

/**
 * "Which Outlook is it?", in the words people know (the engine's list: Microsoft 365, 2024 … 2010 or older, not
 * sure), and a box for what the app's About window says. A choice stores the words the engine reads for it, so
 * choosing "2016" and typing "Outlook 2016" give the same answer. `onUnsure`: the person doesn't know; the answer
 * stays as it is and says how to find out.
 */
export function VersionAsk({
  model,
  callbacks,
  t,
  onUnsure,
}: Pick<ViewProps, "model" | "callbacks" | "t"> & { onUnsure(): void }) {
  const styles = useAnswerStyles();
  const surface = useSurfaceStyles();
  const focus = React.useContext(AnswerFocusContext);
  const d = model.diagnosis;
  const app = d.problemClient.app;
  const given = model.facts.problemClient.version ?? "";
  const [typed, setTyped] = React.useState(given);
  React.useEffect(() => setTyped(given), [given]);
  const choose = (c: VersionChoice) => {
    focus.request();
    if (c.token === null) onUnsure();
    else callbacks.onProblemClientChange(app, c.token);
  };
  const commit = () => {
    const next = typed.trim() || null;
    if (next !== model.facts.problemClient.version) callbacks.onProblemClientChange(app, next);
  };
  const unread = given ? d.findings.filter((f) => VERSION_BOX_FINDINGS.includes(f.id)) : [];
  return (
    <div
      className={styles.versionAsk}
      role="group"
      aria-labelledby="version-ask-heading"
      data-testid="version-ask"
    >
      <h3 id="version-ask-heading" className={styles.versionHeading}>
        {t("askVersion.heading")}
      </h3>
      <ul className={mergeClasses(surface.plainList, styles.versionChoices)}>
        {d.ask.versionChoices.map((c) => (
          <li key={c.id}>
            <Button
              className={mergeClasses(styles.versionChoice, surface.touchButton)}
              size="small"
              appearance="outline"
              onClick={() => choose(c)}
              data-choice={`version-${c.id}`}
            >
              {t(c.label, c.params)}
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.field}>
        <label className={styles.label} htmlFor="problem-version">
          {t("versionBox.label")}
        </label>
        <span id="problem-version-hint" className={styles.hint}>
          {t("askVersion.help")}
        </span>
        <Input
          id="problem-version"
          aria-describedby={
            unread.length ? "problem-version-hint problem-version-unread" : "problem-version-hint"
          }
          aria-invalid={unread.length ? true : undefined}
          className={styles.control}
          value={typed}
          onChange={(_, data) => setTyped(data.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
          }}
          data-testid="problem-version"
        />
        {unread.length ? (
          <p id="problem-version-unread" className={styles.unread} role="status">
            {unread.map((f) => (
              <span key={f.id} data-finding={f.id}>
                {t(`finding.${f.id}`, f.params)}
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </div>
  );
}
