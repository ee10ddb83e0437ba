import { mergeClasses } from "@fluentui/react-components";
import { CheckmarkCircle16Filled } from "@fluentui/react-icons";
import * as React from "react";
import { LINKS, type PlannedAction } from "../../diagnosis";
import { SafeLink } from "../common/SafeLink";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import { useGuideStyles } from "./guide.styles";
import { ContactLinks } from "../handoff/ContactLinks";
import { KeepSteps } from "./KeepSteps";
import { StepItem } from "./StepItem";
import type { GuideProgress } from "./useGuideProgress";

export interface ActionCardProps extends ViewProps {
  planned: PlannedAction;
  index: number;
  progress: GuideProgress;
  /** This card holds the plan's first step that closes the pane: the ways to keep the steps come before it. */
  keep: boolean;
}

/** Notes for the help desk the user needn't read: collapsed, and in the report anyway. */
function ForIt({ notes, t }: { notes: readonly string[]; t: ViewProps["t"] }) {
  const styles = useGuideStyles();
  const surface = useSurfaceStyles();
  if (!notes.length) return null;
  return (
    <details className={surface.disclosure} data-testid="for-it">
      <summary>{t("guide.forIt")}</summary>
      <ul className={styles.notes} lang="en">
        {notes.map((n) => (
          <li key={n} className={surface.small}>
            {n}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * One action of the diagnosis (docs/contract.md §3: data-action, in order). Its steps to do count towards progress; notes
 * don't; the command-line and Keychain routes sit under "Advanced (for IT)". Where only IT can act, the card
 * says why in the user's words and hands over the report.
 */
export function ActionCard(props: ActionCardProps) {
  const { planned, index, progress, model, services, t, keep } = props;
  const styles = useGuideStyles();
  const surface = useSurfaceStyles();
  const { action, steps } = planned;
  const done = progress.done[action] ?? [];
  const titleId = `action-${action}`;
  const main = steps.map((s, i) => ({ s, i })).filter(({ s }) => s.kind !== "advanced");
  const advanced = steps.map((s, i) => ({ s, i })).filter(({ s }) => s.kind === "advanced");
  const required = main.filter(({ s }) => !s.kind);
  const doneCount = required.filter(({ i }) => done[i]).length;
  const cardLinks = planned.links.filter((id) => !steps.some((s) => s.link === id));
  const primary = planned.handoff === "primary";
  const item = ({ s, i }: { s: (typeof steps)[number]; i: number }, number: number | null) => (
    <StepItem
      key={s.key}
      step={s}
      number={number}
      done={Boolean(done[i])}
      onToggle={(checked) => progress.toggle(action, i, checked)}
      model={model}
      services={services}
      t={t}
    />
  );
  let n = 0;
  return (
    <section
      className={mergeClasses(surface.card)}
      aria-labelledby={titleId}
      data-action={action}
      data-handoff={planned.handoff}
    >
      <h3 id={titleId} className={styles.title}>
        {index + 1}. {t(planned.title)}
      </h3>
      {planned.reason ? (
        <p className={styles.reason} data-reason={planned.reason}>
          {t(`reason.${planned.reason}`)}
        </p>
      ) : null}
      {main.length ? (
        <ol className={mergeClasses(surface.plainList, styles.steps)}>
          {main.map((x) => {
            const closes =
              keep && planned.closesHost?.stepIndex === x.i ? planned.closesHost : null;
            const shown = item(x, x.s.kind ? null : ++n);
            return closes ? (
              <React.Fragment key={x.s.key}>
                <li className={styles.keep}>
                  <KeepSteps
                    model={model}
                    services={services}
                    t={t}
                    progress={progress}
                    line={closes.line}
                    params={closes.params}
                  />
                </li>
                {shown}
              </React.Fragment>
            ) : (
              shown
            );
          })}
        </ol>
      ) : null}
      {/* Where the app that prompts is the one this pane runs in, or only IT can act, Send to IT may go through the
          broken app: the first card gives the ways to IT that don't need it. Under its steps, so that the help desk's
          details arriving with config.json never move the first step. */}
      {index === 0 &&
      (model.diagnosis.summary.owner === "it" ||
        (model.hostApp !== null && model.hostApp === model.diagnosis.problemClient.app)) ? (
        <ContactLinks model={model} services={services} t={t} testId="first-contact" compact />
      ) : null}
      {/* Progress under the steps it counts, so the first step stays as high as it can. */}
      {required.length && doneCount === required.length ? (
        <p className={styles.allDone} role="status" data-testid="progress">
          <CheckmarkCircle16Filled className={styles.allDoneIcon} aria-hidden />
          {t("guide.allDone")}
        </p>
      ) : required.length ? (
        <span className={styles.progress} aria-live="polite" data-testid="progress">
          {t("guide.progress", { done: doneCount, total: required.length })}
        </span>
      ) : null}
      {advanced.length ? (
        <details className={surface.disclosure} data-testid="advanced">
          <summary>{t("guide.advanced")}</summary>
          <ol className={mergeClasses(surface.plainList, styles.steps, styles.advancedBody)}>
            {advanced.map((x, k) => item(x, k + 1))}
          </ol>
        </details>
      ) : null}
      {primary ? (
        <div className={styles.handoff}>
          {/* The sticky bar's button is the one way to IT: a second one here repeated it on the same screen. */}
          <span>{t("guide.handoff")}</span>
          <ForIt notes={model.diagnosis.adminNotes} t={t} />
        </div>
      ) : null}
      {cardLinks.map((id) => (
        <SafeLink
          key={id}
          url={LINKS[id].url}
          label={t(`link.${id}`)}
          open={services.openLink}
          extraDomains={model.extraLinkDomains}
          hint={t("guide.opensOutside")}
        />
      ))}
    </section>
  );
}
