// The sign-in page opened in an Office dialog when nested app authentication is unavailable. It runs a standard
// MSAL redirect flow on the add-in's own origin and returns the result to the pane.

import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { sendToParent, whenOfficeReady } from "../host/dialog";
import { mapAuthError } from "./errors";
import { GRAPH_SCOPES } from "./types";

async function main(): Promise<void> {
  await whenOfficeReady();
  const params = new URLSearchParams(window.location.search);
  const clientId = params.get("clientId") ?? sessionStorage.getItem("signin.clientId") ?? "";
  const authority =
    params.get("authority") ??
    sessionStorage.getItem("signin.authority") ??
    "https://login.microsoftonline.com/organizations";
  sessionStorage.setItem("signin.clientId", clientId);
  sessionStorage.setItem("signin.authority", authority);
  try {
    const pca = await createStandardPublicClientApplication({
      auth: {
        clientId,
        authority,
        redirectUri: `${window.location.origin}${window.location.pathname}`,
      },
      cache: { cacheLocation: "sessionStorage" },
    });
    const result = await pca.handleRedirectPromise();
    if (result) {
      sendToParent(
        JSON.stringify({ status: "ok", errorCode: null, accessToken: result.accessToken })
      );
      return;
    }
    await pca.loginRedirect({ scopes: GRAPH_SCOPES });
  } catch (e) {
    sendToParent(JSON.stringify({ ...mapAuthError(e), accessToken: null }));
  }
}

void main();
