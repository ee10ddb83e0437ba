import { Button, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { ArrowClockwise16Regular, ArrowDown16Regular } from "@fluentui/react-icons";
import * as React from "react";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import type { GuideProgress } from "./useGuideProgress";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "@media print": { display: "none" },
  },
  text: { margin: 0 },
  lead: { fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The first step of the plan not ticked yet, in the plan's order (notes and the IT-only routes don't count). */
function nextStep(model: ViewProps["model"], progress: GuideProgress) {
  for (const p of model.diagnosis.plan) {
    const done = progress.done[p.action] ?? [];
    const i = p.steps.findIndex((s, k) => !s.kind && !done[k]);
    if (i >= 0) return { action: p.action, index: i, step: p.steps[i] };
  }
  return null;
}

/**
 * When the pane opens again with ticks from before (the person closed Outlook, restarted, or opened a kept link):
 * where they were, the next step (a button takes them to it), and the checks to run again to confirm the fix.
 */
export function ResumeNotice({
  model,
  callbacks,
  t,
  progress,
}: Pick<ViewProps, "model" | "callbacks" | "t"> & { progress: GuideProgress }) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const [shown, setShown] = React.useState(progress.restored);
  if (!shown || !progress.anyTicked) return null;
  const next = nextStep(model, progress);
  const doneCount = Object.values(progress.ticked).reduce((n, keys) => n + (keys?.length ?? 0), 0);
  const goNext = () => {
    if (!next) return;
    const li = document.querySelector<HTMLElement>(
      `[data-action="${next.action}"] [data-step="${next.step?.key ?? ""}"]`
    );
    li?.scrollIntoView?.({ block: "center" });
    li?.querySelector<HTMLInputElement>("input")?.focus();
    setShown(false);
  };
  const canCheck = model.mode === "office";
  return (
    <section className={styles.box} aria-labelledby="resume-heading" data-testid="resume">
      <h2 id="resume-heading" className={surface.srOnly}>
        {t("resume.heading")}
      </h2>
      <p className={styles.text}>
        <span className={styles.lead}>{t("resume.where", { done: doneCount })}</span>{" "}
        {next && next.step
          ? t("resume.next", {
              step: t(next.step.key, { email: model.email, summary: "", ...next.step.params }),
            })
          : t("resume.allDone")}
      </p>
      <div className={styles.buttons}>
        {next ? (
          <Button
            className={surface.touchButton}
            size="small"
            appearance="primary"
            icon={<ArrowDown16Regular />}
            onClick={goNext}
            data-testid="resume-next"
          >
            {t("resume.goNext")}
          </Button>
        ) : null}
        {canCheck ? (
          <Button
            className={surface.touchButton}
            size="small"
            icon={<ArrowClockwise16Regular />}
            onClick={callbacks.onRunAgain}
            disabled={model.running}
            data-testid="resume-check"
          >
            {t("resume.check")}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
