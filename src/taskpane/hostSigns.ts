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
