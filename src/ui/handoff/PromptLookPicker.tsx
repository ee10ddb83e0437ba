import * as React from "react";
import { PROMPT_LOOKS, type PromptLook } from "../../diagnosis";
import type { ViewProps } from "../types";
import { useHandOffStyles } from "./handoff.styles";
import { PROMPT_PICTURES } from "./promptPictures";
import type { HandOff } from "./useHandOff";

/** "What does the prompt look like?": the most telling fact for the help desk, with small pictures to choose by. */
export function PromptLookPicker({
  handOff,
  t,
  name,
}: {
  handOff: HandOff;
  t: ViewProps["t"];
  /** The radio group's name: unique in the page. */
  name: string;
}) {
  const styles = useHandOffStyles();
  const options: (PromptLook | null)[] = [...PROMPT_LOOKS, null];
  return (
    <fieldset className={styles.fieldset} data-testid="prompt-look">
      <legend className={styles.legend}>{t("prompt.heading")}</legend>
      {options.map((look) => (
        <label key={look ?? "unknown"} className={styles.option}>
          <input
            className={styles.radio}
            type="radio"
            name={name}
            value={look ?? ""}
            checked={handOff.prompt === look}
            onChange={() => handOff.setPrompt(look)}
          />
          {look ? <span className={styles.picture}>{PROMPT_PICTURES[look]}</span> : null}
          <span>{t(look ? `prompt.${look}` : "prompt.unknown")}</span>
        </label>
      ))}
    </fieldset>
  );
}
