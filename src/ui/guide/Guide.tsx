import { Button, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import { ActionCard } from "./ActionCard";
import { useGuideStyles } from "./guide.styles";
import type { GuideProgress } from "./useGuideProgress";

/**
 * "How to fix it": one card per action, in the diagnosis's order. `firstOnly` is the first render pass: the first
 * action (the first screen's step) alone; the others follow below it, so nothing above them moves.
 */
export function Guide(props: ViewProps & { progress: GuideProgress; firstOnly?: boolean }) {
  const styles = useGuideStyles();
  const surface = useSurfaceStyles();
  const { model, progress, t, firstOnly } = props;
  const plan = firstOnly ? model.diagnosis.plan.slice(0, 1) : model.diagnosis.plan;
  // The ways to keep the steps are offered once, before the first step that closes the pane.
  const keepAt = model.diagnosis.plan.findIndex((p) => p.closesHost);
  return (
    <section aria-labelledby="guide-heading" className={styles.cards}>
      {/* Named for screen readers; the numbered card titles say it on screen, and the first step stays higher. */}
      <h2 id="guide-heading" className={surface.srOnly}>
        {t("guide.heading")}
      </h2>
      {plan.map((planned, i) => (
        <ActionCard
          key={planned.action}
          {...props}
          planned={planned}
          index={i}
          keep={i === keepAt}
        />
      ))}
      {progress.anyTicked ? (
        <Button
          className={mergeClasses(styles.clear, surface.touchButton)}
          size="small"
          onClick={progress.clear}
          data-testid="clear-ticks"
        >
          {t("guide.clearTicks")}
        </Button>
      ) : null}
    </section>
  );
}
