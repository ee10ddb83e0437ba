// Where am I: what the page can tell before office.js answers. Whether it probably runs in an Office host decides
// which start-up work begins during Outlook's handshake; the address decides which page a plain tab shows.

export interface Place {
  /**
   * Signs of an Office host: it frames the pane (Outlook on the web), embeds it in a WebView2 or WKWebView, or
   * passes `_host_Info`. A wrong guess costs only time: office.js's answer decides the mode.
   */
  officeLikely: boolean;
  /** The language in `_host_Info` (Outlook$Web$16.01$en-US$…), known before Office.onReady. */
  hostLanguage: string | null;
  /** `_host_Info` is not valid URI encoding: office.js throws reading it (URIError), so Office can't start. */
  hostInfoMalformed: boolean;
  /** `?examples`: the bundled example situations for IT and the help desk. */
  examples: boolean;
  /** `#facts=…`: a shared report (read by the outside start-up, which needs the parser anyway). */
  hash: string;
}

function readHostInfo(address: string): {
  present: boolean;
  language: string | null;
  malformed: boolean;
} {
  const m = /_host_Info=([^&#]*)/i.exec(address);
  if (!m) return { present: false, language: null, malformed: false };
  let decoded: string;
  try {
    decoded = decodeURIComponent(m[1] as string);
  } catch {
    return { present: true, language: null, malformed: true };
  }
  const lang = decoded.split("$")[3] ?? "";
  return {
    present: true,
    language: /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(lang) ? lang : null,
    malformed: false,
  };
}

export function wherePage(win: Window = window): Place {
  const w = win as unknown as {
    chrome?: { webview?: unknown };
    webkit?: { messageHandlers?: unknown };
  };
  const hostInfo = readHostInfo(win.location.search + win.location.hash);
  return {
    officeLikely:
      win.top !== win ||
      Boolean(w.chrome?.webview) ||
      Boolean(w.webkit?.messageHandlers) ||
      hostInfo.present,
    hostLanguage: hostInfo.language,
    hostInfoMalformed: hostInfo.malformed,
    examples: new URLSearchParams(win.location.search).has("examples"),
    hash: win.location.hash,
  };
}
