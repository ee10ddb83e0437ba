import { Button, mergeClasses } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  ErrorCircle16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import * as React from "react";
import type { Owner } from "../../diagnosis";
import { useSurfaceStyles } from "../surfaces";
import { AnswerFocusContext, liveness } from "../common/focusAnswer";
import type { ViewProps } from "../types";
import { useAnswerStyles } from "./answer.styles";
import { APP_ICONS, appName } from "./appChoices";
import { AppPicker } from "./AppPicker";
import { asksVersion, VersionAsk } from "./VersionAsk";

const OWNER_ICON: Record<Owner, typeof CheckmarkCircle16Filled> = {
  none: CheckmarkCircle16Filled,
  user: Warning16Filled,
  it: ErrorCircle16Filled,
};

/**
 * The answer: who has to act (the heading, coloured green, amber or red), what is going on in plain words, and
 * which app it is about, with a Change control that opens the picker and closes once an app is chosen. The
 * picker starts open only where the engine needs a version nobody gave yet.
 */
export function AnswerCard({
  model,
  callbacks,
  t,
  unsureOf,
  onUnsure,
}: Pick<ViewProps, "model" | "callbacks" | "t"> & {
  /** The app whose version the person said they don't know: its question gives way to the answer. */
  unsureOf: string | null;
  onUnsure(): void;
}) {
  const styles = useAnswerStyles();
  const surface = useSurfaceStyles();
  const d = model.diagnosis;
  const { owner } = d.summary;
  const app = d.problemClient.app;
  // The version is asked in the picker; closed, the app's line says it is unknown (the answer holds meanwhile).
  const versionUnknown = d.ask.version && !d.assessment.versionKnown;
  const [open, setOpen] = React.useState(false);
  const [focusPicker, setFocusPicker] = React.useState(false);
  const select = React.useRef<HTMLSelectElement>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const focus = React.useContext(AnswerFocusContext);
  // A choice on a question card (which app, which version) lands here: the heading takes focus and is read with
  // the answer as its description.
  React.useEffect(() => {
    if (focus.take()) heading.current?.focus();
  });
  // A new app starts with the picker closed; typing a version keeps it open.
  React.useEffect(() => setOpen(false), [app]);
  const asking = asksVersion(d, unsureOf);
  React.useEffect(() => {
    if (open && focusPicker) {
      select.current?.focus();
      setFocusPicker(false);
    }
  }, [open, focusPicker]);
  // Green: nothing to do; amber: the user can fix it; red: only IT can.
  const tint = { none: surface.tintGood, user: surface.tintWarning, it: surface.tintDanger };
  const Icon = OWNER_ICON[owner];
  const iconClass = { none: styles.iconNone, user: styles.iconUser, it: styles.iconIt }[owner];
  return (
    <section
      className={surface.card}
      aria-labelledby="answer-heading"
      data-testid="answer"
      data-owner={owner}
    >
      <h2
        id="answer-heading"
        ref={heading}
        tabIndex={-1}
        aria-describedby="answer-summary"
        className={mergeClasses(styles.owner, tint[owner])}
      >
        <Icon className={iconClass} aria-hidden />
        {t(`owner.${owner}`)}
      </h2>
      {/* A live region: when config.json or the live checks change the answer after it is shown, it is read out. */}
      <p
        id="answer-summary"
        className={styles.answer}
        data-testid="summary"
        aria-live={liveness(focus.quiet)}
        aria-atomic="true"
      >
        {d.summary.parts.map((part, i) => (
          <React.Fragment key={part.key}>
            {i ? " " : null}
            {/* A sentence that states findings carries their ids: they aren't repeated under "Why this happens". */}
            {(part.states ?? []).reduceRight<React.ReactNode>(
              (inner, finding) => (
                <span data-finding={finding}>{inner}</span>
              ),
              t(`summary.${part.key}`, part.params)
            )}
          </React.Fragment>
        ))}
      </p>
      {asking ? <VersionAsk model={model} callbacks={callbacks} t={t} onUnsure={onUnsure} /> : null}
      {open ? (
        <AppPicker
          model={model}
          callbacks={{
            ...callbacks,
            onProblemClientChange: (next, version) => {
              callbacks.onProblemClientChange(next, version);
              if (next !== app) setOpen(false);
            },
          }}
          t={t}
          selectRef={select}
          versionField={!asking}
        />
      ) : (
        <div className={styles.current}>
          <span className={styles.currentIcon}>{APP_ICONS[app]}</span>
          <span className={styles.currentName}>
            <span data-testid="problem-client-current">{t(appName(app))}</span>
            {versionUnknown && !asking ? ` · ${t("picker.versionUnknown")}` : null}
          </span>
          <Button
            className={mergeClasses(styles.change, surface.touchButton)}
            size="small"
            appearance="transparent"
            aria-expanded={false}
            aria-label={`${t("picker.change")}: ${t("picker.label")}`}
            onClick={() => {
              setOpen(true);
              setFocusPicker(true);
            }}
            data-testid="change-app"
          >
            {t("picker.change")}
          </Button>
        </div>
      )}
    </section>
  );
}
