import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { AnswerCard } from "./answer/AnswerCard";
import { AskFirst } from "./answer/AskFirst";
import { asksVersion } from "./answer/VersionAsk";
import { checksSection, handOffSection, loadReport } from "./belowTheFold";
import { LazyPart } from "./common/LazyPart";
import { WhyList } from "./answer/WhyList";
import { SignInOffer } from "./checks/SignInOffer";
import { AnswerFocusContext, useAnswerFocusState } from "./common/focusAnswer";
import { Notice } from "./common/Notice";
import { Guide } from "./guide/Guide";
import { ResumeNotice } from "./guide/ResumeNotice";
import { useGuideProgress } from "./guide/useGuideProgress";
import { StickyFooter } from "./handoff/StickyFooter";
import { useHandOff } from "./handoff/useHandOff";
import type { ViewProps } from "./types";
import { record } from "../util/errorLog";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "100%",
    minHeight: "100vh",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    minWidth: 0,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  org: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  logo: { width: "20px", height: "20px", objectFit: "contain" },
  // Pushes the footer to the bottom of a short pane.
  spacer: { flexGrow: 1 },
});

/** Reports once the Suspense boundary around it has committed its content (its effects wait for that). */
function Committed({ onCommit }: { onCommit: (done: true) => void }) {
  React.useEffect(() => onCommit(true), [onCommit]);
  return null;
}

/**
 * The whole pane, in the order a stuck user needs it: the answer and why, the first step, then the rest of the
 * guide, what was checked and the hand-off to IT, with a way to IT always at the bottom. `before` and `after`
 * hold mode-specific content (the line saying the page runs outside Outlook, a shared report's header, the
 * examples bar).
 */
export function App(props: ViewProps & { before?: React.ReactNode; after?: React.ReactNode }) {
  const styles = useStyles();
  const { model, callbacks, services, t } = props;
  const d = model.diagnosis;
  const progress = useGuideProgress(d, services, model.facts.userReport?.ticked);
  const handOff = useHandOff(model, services, t, progress.ticked);
  const answerFocus = useAnswerFocusState();
  // "Not sure" of the version, for this app: the question gives way to the answer, which says how to find it out.
  const [unsureOf, setUnsureOf] = React.useState<string | null>(null);
  // Two render passes: the first screen (the answer, why, the first action's steps) commits on its own; the rest of
  // the guide, what was checked and the hand-off section follow in a later task, the last two from their own chunk.
  // data-first-screen says the first is on screen; data-state="ready" (docs/contract.md §3) waits for the whole diagnosis.
  const [more, setMore] = React.useState(false);
  const [complete, setComplete] = React.useState(false);
  React.useEffect(() => {
    const id = window.setTimeout(() => {
      setMore(true);
      // A prefetch: Copy report and Send to IT fall back to the plain report if it never arrives.
      loadReport().catch((e: unknown) => record("ui", "chunk_load_error", e));
    }, 0);
    return () => window.clearTimeout(id);
  }, []);
  const state = complete ? "ready" : "loading";
  return (
    <AnswerFocusContext.Provider value={answerFocus}>
      <main
        className={styles.root}
        data-testid="diagnosis"
        data-mode={model.mode}
        data-state={state}
        data-first-screen="ready"
        data-summary-action={d.summary.action}
        data-owner={d.summary.owner}
      >
        <header className={styles.header}>
          {model.logoUrl ? <img className={styles.logo} src={model.logoUrl} alt="" /> : null}
          <h1 className={styles.title}>{t("app.title")}</h1>
          {model.orgName ? (
            <span className={styles.org}>{t("summary.org", { org: model.orgName })}</span>
          ) : null}
        </header>
        {/* Drawn at the bottom (CSS order) but early in the page: an early Tab stop and read early. */}
        <StickyFooter handOff={handOff} model={model} services={services} t={t} />
        {props.before}
        {d.ask.app ? (
          <AskFirst model={model} callbacks={callbacks} t={t} />
        ) : (
          <>
            <ResumeNotice model={model} callbacks={callbacks} t={t} progress={progress} />
            <AnswerCard
              model={model}
              callbacks={callbacks}
              t={t}
              unsureOf={unsureOf}
              onUnsure={() => setUnsureOf(d.problemClient.app)}
            />
            <WhyList model={model} t={t} versionAsked={asksVersion(d, unsureOf)} />
            <Guide {...props} progress={progress} firstOnly={!more} />
          </>
        )}
        <SignInOffer model={model} callbacks={callbacks} t={t} />
        {more ? (
          <React.Suspense fallback={null}>
            <LazyPart name="checks" t={t}>
              {(attempt) => {
                const Checks = checksSection(attempt);
                return <Checks model={model} callbacks={callbacks} t={t} />;
              }}
            </LazyPart>
            <LazyPart name="handoff" t={t}>
              {(attempt) => {
                const HandOff = handOffSection(attempt);
                return <HandOff {...props} handOff={handOff} />;
              }}
            </LazyPart>
            <Committed onCommit={setComplete} />
          </React.Suspense>
        ) : null}
        {model.configWarnings.length ? (
          <Notice intent="warning" testId="config-warning">
            {t("config.warning", { fields: model.configWarnings.join("; ") })}
          </Notice>
        ) : null}
        {props.after}
        <div className={styles.spacer} />
      </main>
    </AnswerFocusContext.Provider>
  );
}
