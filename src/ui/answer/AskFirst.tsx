import { Button, mergeClasses } from "@fluentui/react-components";
import {
  Phone20Regular,
  Apps20Regular,
  Laptop20Regular,
  Desktop20Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import type { ProblemApp } from "../../diagnosis";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";
import { useAnswerStyles } from "./answer.styles";
import { APP_ICONS, appName, PHONE_APPS } from "./appChoices";
import { AppPicker } from "./AppPicker";

/**
 * Where the pane runs in Outlook on the web or new Outlook and sees nothing wrong there, it asks which app keeps
 * asking instead of saying "nothing to fix": quick choices, then the full list. This is the "none" action's card.
 */
export function AskFirst({ model, callbacks, t }: Pick<ViewProps, "model" | "callbacks" | "t">) {
  const styles = useAnswerStyles();
  const surface = useSurfaceStyles();
  const [phones, setPhones] = React.useState(false);
  const select = React.useRef<HTMLSelectElement>(null);
  const host: ProblemApp = model.hostApp ?? model.diagnosis.problemClient.app;
  // Outside Outlook there is no "this app": the apps of the person's device come first instead.
  const deviceApps = model.mode === "browser" ? model.diagnosis.ask.deviceApps : [];
  const pick = (app: ProblemApp) => callbacks.onProblemClientChange(app, null);
  const choice = (label: string, icon: React.ReactElement, onClick: () => void, id: string) => (
    <li key={id}>
      <Button
        className={styles.choice}
        appearance="outline"
        icon={icon}
        onClick={onClick}
        data-choice={id}
      >
        {label}
      </Button>
    </li>
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
        {model.mode === "browser"
          ? deviceApps.map((a) => choice(t(appName(a)), APP_ICONS[a], () => pick(a), a))
          : choice(t("ask.this"), APP_ICONS[host], () => pick(host), "this")}
        {choice(
          t("ask.otherComputer"),
          <Desktop20Regular aria-hidden />,
          () => pick("outlook-windows-classic"),
          "other-computer"
        )}
        {choice(t("ask.mac"), <Laptop20Regular aria-hidden />, () => pick("outlook-mac"), "mac")}
        <li>
          <Button
            className={styles.choice}
            appearance="outline"
            icon={<Phone20Regular aria-hidden />}
            aria-expanded={phones}
            aria-controls="ask-phones"
            onClick={() => setPhones(!phones)}
            data-choice="phone"
          >
            {t("ask.phone")}
          </Button>
          {phones ? (
            <ul
              id="ask-phones"
              className={mergeClasses(surface.plainList, styles.choices, styles.subChoices)}
              aria-label={t("ask.phoneHeading")}
            >
              {PHONE_APPS.map((a) => choice(t(appName(a)), APP_ICONS[a], () => pick(a), a))}
            </ul>
          ) : null}
        </li>
        {choice(
          t("ask.other"),
          <Apps20Regular aria-hidden />,
          () => select.current?.focus(),
          "other"
        )}
      </ul>
      <AppPicker model={model} callbacks={callbacks} t={t} selectRef={select} />
    </section>
  );
}
