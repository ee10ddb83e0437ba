import { Button, Checkbox, mergeClasses } from "@fluentui/react-components";
import { ArrowDownload16Regular, Info16Regular } from "@fluentui/react-icons";
import * as React from "react";
import { copyLine, LINKS, type Step } from "../../diagnosis";
import { SafeLink } from "../common/SafeLink";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import { CopyBox } from "./CopyBox";
import { download } from "./download";
import { useGuideStyles } from "./guide.styles";

export interface StepItemProps extends Pick<ViewProps, "model" | "services" | "t"> {
  step: Step;
  /** The number shown before a step to do; notes have none. */
  number: number | null;
  done: boolean;
  onToggle(checked: boolean): void;
}

/** What a step carries besides its sentence: commands to copy, a file to download, a link. */
function Extras({ step, model, services, t }: Omit<StepItemProps, "number" | "done" | "onToggle">) {
  const styles = useGuideStyles();
  const surface = useSurfaceStyles();
  if (!step.copy && !step.link && !step.download) return null;
  return (
    <div className={styles.extras}>
      {step.copy?.map((template) => {
        const line = copyLine(template, model.email, t("placeholder.email"));
        return <CopyBox key={line} text={line} copy={services.copyText} t={t} />;
      })}
      {step.download ? (
        <Button
          className={mergeClasses(styles.copyButton, surface.touchButton)}
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
          hint={t("guide.opensOutside")}
        />
      ) : null}
    </div>
  );
}

/**
 * One line of a guide. A step to do is a tick box (data-step, docs/contract.md §3); a note (why, a deadline, an
 * alternative) is text with an info mark, never a tick box.
 */
export function StepItem(props: StepItemProps) {
  const { step, number, done, onToggle, model, t } = props;
  const styles = useGuideStyles();
  // Only the pane knows the user's address; it fills {email} in the text and the commands.
  const text = t(step.key, { email: model.email, summary: "", ...step.params });
  if (step.kind === "note") {
    return (
      <li
        className={styles.note}
        data-note={step.key}
        data-finding={step.finding}
        data-closes-host={step.closesHost ? "" : undefined}
      >
        <Info16Regular className={styles.noteIcon} aria-hidden />
        <div className={styles.noteBody}>
          <span>{text}</span>
          <Extras {...props} />
        </div>
      </li>
    );
  }
  return (
    <li
      className={styles.step}
      data-step={step.key}
      data-closes-host={step.closesHost ? "" : undefined}
    >
      <Checkbox
        className={mergeClasses(styles.checkbox, done && styles.done)}
        checked={done}
        onChange={(_, data) => onToggle(data.checked === true)}
        label={{ children: `${number}. ${text}`, className: styles.label }}
      />
      <Extras {...props} />
    </li>
  );
}
