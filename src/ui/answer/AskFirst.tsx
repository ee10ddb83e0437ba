import { Button, mergeClasses } from "@fluentui/react-components";
import {
  Apps20Regular,
  Desktop20Regular,
  Laptop20Regular,
  Phone20Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import type { AskChoice, ProblemApp } from "../../diagnosis";
import { AnswerFocusContext } from "../common/focusAnswer";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import { useAnswerStyles } from "./answer.styles";
import { APP_ICONS, appName } from "./appChoices";

const CHOICE_ICONS: Record<AskChoice["id"], React.ReactElement> = {
  "other-computer": <Desktop20Regular aria-hidden />,
  mac: <Laptop20Regular aria-hidden />,
  this: <Apps20Regular aria-hidden />,
  phone: <Phone20Regular aria-hidden />,
  other: <Apps20Regular aria-hidden />,
};

/**
 * Where the pane runs in an Outlook that works (on the web, new Outlook, a phone), it asks which app keeps asking
 * instead of judging the one it runs in: one set of choices, in the engine's order; a choice that stands for
 * several apps opens their list in place. This is the "none" action's card; nothing else is shown until a choice.
 */
export function AskFirst({ model, callbacks, t }: Pick<ViewProps, "model" | "callbacks" | "t">) {
  const styles = useAnswerStyles();
  const surface = useSurfaceStyles();
  const focus = React.useContext(AnswerFocusContext);
  const [expanded, setExpanded] = React.useState<AskChoice["id"] | null>(null);
  const host: ProblemApp = model.hostApp ?? model.diagnosis.problemClient.app;
  // Outside Outlook there is no "this app": the apps of the person's device come first instead.
  const deviceApps = model.mode === "browser" ? model.diagnosis.ask.deviceApps : [];
  const pick = (app: ProblemApp) => {
    focus.request();
    callbacks.onProblemClientChange(app, null);
  };
  const button = (
    id: string,
    label: string,
    icon: React.ReactElement,
    onClick: () => void,
    extra: Record<string, string | boolean> = {}
  ) => (
    <Button
      className={styles.choice}
      appearance="outline"
      icon={icon}
      onClick={onClick}
      data-choice={id}
      {...extra}
    >
      {label}
    </Button>
  );
  return (
    <section
      className={surface.card}
      aria-labelledby="ask-heading"
      data-action="none"
      data-testid="ask"
    >
      <h2 id="ask-heading" className={surface.heading}>
        {t("ask.heading")}
      </h2>
      {model.mode === "browser" ? null : (
        <p className={styles.intro}>{t("ask.intro", { host: { term: appName(host) } })}</p>
      )}
      <ul className={mergeClasses(surface.plainList, styles.choices)}>
        {deviceApps.map((a) => (
          <li key={a}>{button(a, t(appName(a)), APP_ICONS[a], () => pick(a))}</li>
        ))}
        {model.diagnosis.ask.choices.map((c) => {
          const icon = c.id === "this" ? APP_ICONS[host] : CHOICE_ICONS[c.id];
          if (c.app) {
            const app = c.app;
            return <li key={c.id}>{button(c.id, t(c.label), icon, () => pick(app))}</li>;
          }
          const open = expanded === c.id;
          const listId = `ask-${c.id}-list`;
          return (
            <li key={c.id}>
              {button(c.id, t(c.label), icon, () => setExpanded(open ? null : c.id), {
                "aria-expanded": open,
                "aria-controls": listId,
              })}
              {open ? (
                <ul
                  id={listId}
                  className={mergeClasses(surface.plainList, styles.choices, styles.subChoices)}
                  aria-label={t(c.label)}
                >
                  {c.apps.map((a) => (
                    <li key={a}>{button(a, t(appName(a)), APP_ICONS[a], () => pick(a))}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
