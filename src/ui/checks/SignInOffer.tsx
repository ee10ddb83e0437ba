import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { PersonKey20Regular } from "@fluentui/react-icons";
import * as React from "react";
import { useSurfaceStyles } from "../surfaces";
import type { ViewProps } from "../types";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  text: { margin: 0 },
  button: { alignSelf: "flex-start" },
});

/** Sign in once so the live checks can run: offered where the engine says it can help, inside Office. */
export function SignInOffer({ model, callbacks, t }: Pick<ViewProps, "model" | "callbacks" | "t">) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  if (!model.canSignIn && !model.authMessage) return null;
  return (
    <div className={styles.row}>
      {model.canSignIn ? (
        <>
          <p className={styles.text}>
            {t(model.mode === "browser" ? "browser.checkAccountHelp" : "checks.signInHelp")}
          </p>
          <Button
            className={mergeClasses(styles.button, surface.touchButton)}
            icon={<PersonKey20Regular />}
            onClick={callbacks.onSignIn}
            data-testid="sign-in"
          >
            {t(model.mode === "browser" ? "browser.checkAccount" : "checks.signIn")}
          </Button>
        </>
      ) : null}
      {model.authMessage ? (
        <p role="status" className={surface.status} data-testid="auth-message">
          {t(model.authMessage.key, model.authMessage.params)}
        </p>
      ) : null}
    </div>
  );
}
