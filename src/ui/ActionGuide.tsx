import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { ActionId } from "../diagnosis";
import { ActionCard } from "./ActionCard";
import { useSurfaceStyles } from "./surfaces";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Progress is kept per action and per problem client, so switching apps doesn't mix two guides. */
export const progressKey = (action: ActionId, app: string) => `${action}|${app}`;

export function ActionGuide(props: ViewProps) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { model, services, t } = props;
  const app = model.diagnosis.problemClient.app;
  const load = React.useCallback(
    () =>
      Object.fromEntries(
        model.diagnosis.actions.map((a) => [a, services.progress.load(progressKey(a, app))])
      ) as Record<string, boolean[]>,
    [model.diagnosis.actions, services.progress, app]
  );
  const [done, setDone] = React.useState<Record<string, boolean[]>>(load);
  React.useEffect(() => setDone(load()), [load]);

  const toggle = (action: ActionId, step: number, checked: boolean) => {
    const next = [...(done[action] ?? [])];
    next[step] = checked;
    setDone({ ...done, [action]: next });
    void services.progress.save(progressKey(action, app), next);
  };
  const startOver = () => {
    setDone({});
    void services.progress.clearAll();
  };
  return (
    <section aria-labelledby="guide-heading">
      <div className={surface.sectionHeader}>
        <h2 id="guide-heading">{t("guide.heading")}</h2>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowResetRegular />}
          onClick={startOver}
          data-testid="start-over"
        >
          {t("guide.startOver")}
        </Button>
      </div>
      <div className={styles.list}>
        {model.diagnosis.actions.map((action, i) => (
          <ActionCard
            key={action}
            {...props}
            action={action}
            index={i}
            done={done[action] ?? []}
            onToggle={(s, c) => toggle(action, s, c)}
          />
        ))}
      </div>
    </section>
  );
}
