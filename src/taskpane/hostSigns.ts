// Signs, readable before office.js answers, of whether the page runs in an Office host: they decide which start-up
// work begins while Office.onReady is pending (preview mode's render, or the Office chunk and config.json).

/**
 * Whether this page is probably not inside an Office host, so rendering preview mode ahead of Office.onReady is
 * likely useful. Office hosts frame the pane (Outlook on the web), embed it in a WebView2 or WKWebView, or pass
 * _host_Info; a wrong guess only costs a render that is then replaced.
 */
export function probablyNotInOffice(): boolean {
  const w = window as unknown as {
    chrome?: { webview?: unknown };
    webkit?: { messageHandlers?: unknown };
  };
  return (
    window.top === window &&
    !w.chrome?.webview &&
    !w.webkit?.messageHandlers &&
    !/_host_Info=/i.test(window.location.search + window.location.hash)
  );
}

/**
 * The language in Outlook's `_host_Info` (Outlook$Web$16.01$en-US$…): known before Office.onReady, so the language
 * chunk can load during the handshake. displayLanguage after onReady stays the one that counts.
 */
export function hostInfoLanguage(): string | null {
  const m = /_host_Info=[^&#]*/i.exec(window.location.search + window.location.hash);
  const parts = m ? decodeURIComponent(m[0].slice("_host_Info=".length)).split("$") : [];
  const lang = parts[3] ?? "";
  return /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(lang) ? lang : null;
}
