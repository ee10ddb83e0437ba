import { Button, mergeClasses } from "@fluentui/react-components";
import { Checkmark16Regular, Copy16Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../../i18n";
import { useCopied } from "../common/useCopied";
import { useSurfaceStyles } from "../surfaces";
import { useGuideStyles } from "./guide.styles";

/** Characters after which a command, a path or an address may wrap. */
const BREAK_AFTER = /([\\/:.@_])/;

/** Code that wraps only at separators: a <wbr> after each, never in the middle of a name. */
export function CodeText({ text }: { text: string }) {
  const parts = text.split(BREAK_AFTER);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <React.Fragment key={i}>
            {part}
            <wbr />
          </React.Fragment>
        ) : (
          part
        )
      )}
    </>
  );
}

/** One copyable line; the Copy button always sits under it and says "Copied" for two seconds. */
export function CopyBox({
  text,
  copy,
  t,
}: {
  text: string;
  copy(text: string): Promise<boolean>;
  t: Translate;
}) {
  const styles = useGuideStyles();
  const surface = useSurfaceStyles();
  const [state, run] = useCopied(React.useCallback(() => copy(text), [copy, text]));
  return (
    <div className={styles.copyBox}>
      <pre className={styles.code}>
        <CodeText text={text} />
      </pre>
      <Button
        className={mergeClasses(styles.copyButton, surface.touchButton)}
        size="small"
        icon={state === "copied" ? <Checkmark16Regular /> : <Copy16Regular />}
        aria-label={`${t(state === "copied" ? "guide.copied" : "guide.copy")}: ${text}`}
        onClick={() => void run()}
        data-copied={state === "copied" ? "true" : undefined}
      >
        {state === "copied" ? t("guide.copied") : t("guide.copy")}
      </Button>
      {state === "failed" ? (
        <span role="status" className={surface.status}>
          {t("guide.copyFailed")}
        </span>
      ) : null}
    </div>
  );
}
