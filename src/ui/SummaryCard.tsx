import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { summaryText } from "./labels";
import { SeverityBadge } from "./SeverityBadge";
import { useSurfaceStyles } from "./surfaces";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  logo: { width: "24px", height: "24px", objectFit: "contain" },
  sentence: { display: "block", marginTop: tokens.spacingVerticalS },
});

export function SummaryCard({ model, t }: Pick<ViewProps, "model" | "t">) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { summary } = model.diagnosis;
  return (
    <section className={mergeClasses(surface.card)} aria-labelledby="summary-heading">
      <div className={styles.head}>
        {model.logoUrl ? <img className={styles.logo} src={model.logoUrl} alt="" /> : null}
        <h2 id="summary-heading" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>
          {t("summary.heading")}
        </h2>
        <SeverityBadge severity={summary.severity}>
          {t(`severity.${summary.severity}`)}
        </SeverityBadge>
      </div>
      <Text className={styles.sentence} size={400} weight="semibold" data-testid="summary">
        {summaryText(model.diagnosis, t)}
      </Text>
      {model.orgName ? <Text size={200}>{t("summary.org", { org: model.orgName })}</Text> : null}
    </section>
  );
}
