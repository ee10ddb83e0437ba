import {
  Button,
  Checkbox,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload16Regular } from "@fluentui/react-icons";
import * as React from "react";
import { formatMessage, LINKS, type ActionId, type Step } from "../diagnosis";
import { CopyBox } from "./CopyBox";
import { summaryText } from "./labels";
import { SafeLink } from "./SafeLink";
import { SendToIt } from "./SendToIt";
import { useSurfaceStyles } from "./surfaces";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  steps: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  extras: {
    paddingLeft: tokens.spacingHorizontalXXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL },
});

export interface ActionCardProps extends ViewProps {
  action: ActionId;
  index: number;
  done: boolean[];
  onToggle(step: number, checked: boolean): void;
}

function download(step: Step) {
  if (!step.download) return;
  const blob = new Blob([step.download.content], { type: step.download.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = step.download.filename;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ActionCard(props: ActionCardProps) {
  const { action, index, done, onToggle, model, services, t } = props;
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const d = model.diagnosis;
  const planned = d.plan.find((p) => p.action === action);
  const steps = planned?.steps ?? [];
  // Only the pane knows these when it shows a step: the user's address and the answer in their language.
  const shownWith = { email: model.email, summary: summaryText(d, t) };
  const titleId = `action-${action}`;
  const doneCount = steps.filter((_, i) => done[i]).length;
  const cardLinks = (planned?.links ?? []).filter((id) => !steps.some((s) => s.link === id));
  const handoffFirst = planned?.handoff === "primary";
  return (
    <section
      className={mergeClasses(surface.card, styles.card)}
      aria-labelledby={titleId}
      data-action={action}
    >
      <h3 id={titleId} className={styles.title}>
        {index + 1}. {t(`action.${action}`)}
      </h3>
      <Text size={200} aria-live="polite">
        {t("guide.progress", { done: doneCount, total: steps.length })}
      </Text>
      <ol className={styles.steps}>
        {steps.map((step, i) => (
          <li key={step.key} className={styles.step}>
            <Checkbox
              checked={Boolean(done[i])}
              onChange={(_, data) => onToggle(i, data.checked === true)}
              label={`${i + 1}. ${t(step.key, { ...shownWith, ...step.params })}`}
              data-step={step.key}
            />
            {step.copy || step.link || step.download ? (
              <div className={styles.extras}>
                {step.copy?.map((template) => {
                  const line = formatMessage(template, { email: model.email });
                  return <CopyBox key={line} text={line} copy={services.copyText} t={t} />;
                })}
                {step.download ? (
                  <Button
                    size="small"
                    icon={<ArrowDownload16Regular />}
                    onClick={() => download(step)}
                  >
                    {t("guide.download")}
                  </Button>
                ) : null}
                {step.link ? (
                  <SafeLink
                    url={LINKS[step.link].url}
                    label={t(`link.${step.link}`)}
                    open={services.openLink}
                    extraDomains={model.extraLinkDomains}
                  />
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {handoffFirst ? (
        <SendToIt
          model={model}
          services={services}
          t={t}
          callbacks={props.callbacks}
          testId="send-to-it-card"
        />
      ) : null}
      {handoffFirst && d.adminNotes.length ? (
        <ul className={styles.notes}>
          {d.adminNotes.map((n) => (
            <li key={n}>
              <Text size={200}>{n}</Text>
            </li>
          ))}
        </ul>
      ) : null}
      {cardLinks.map((id) => (
        <SafeLink
          key={id}
          url={LINKS[id].url}
          label={t(`link.${id}`)}
          open={services.openLink}
          extraDomains={model.extraLinkDomains}
        />
      ))}
    </section>
  );
}
