/* eslint-disable no-undef */
// The Content-Security-Policy of each page, in one place. webpack writes it into the page's <meta> tag and
// deploy/render.js into every server configuration, so the header and the tag can't drift apart.
//
// Why each source is there:
// - office.js comes from Microsoft's CDN and loads its host files, strings and telemetry scripts from the same folder
//   (it finds them from its own <script src>), so script-src is pinned to /lib/1/hosted/, not the whole host. Its host
//   files for Outlook on the web and Windows then load MicrosoftAjax.js from ajax.aspnetcdn.com (office-js #4131,
//   #1005); without it office.js never finishes starting. That one file is allowed, by its full address.
// - Fluent UI (Griffel) inserts empty <style> elements and fills them through the CSSOM, which style-src does not
//   restrict; the one hash allowed is that of the empty string, so no 'unsafe-inline' is needed.
// - connect-src: Microsoft Graph, and the Microsoft identity platform for MSAL outside nested app authentication
//   (login.microsoft.com is an MSAL alias of login.microsoftonline.com).
// - form-action 'none': no page submits a form; without it a script-created <form> could navigate the page (or the
//   sign-in dialog) anywhere.
// - Trusted Types (require-trusted-types-for 'script') are not required: office.js, which every page must load from
//   Microsoft's CDN unmodified, assigns script URLs and HTML to DOM sinks itself (it loads its host files with
//   script.src), and so do React and Fluent UI in a few places. A default policy lenient enough for all of them would
//   pass what an attacker's string would need too, so it would only look like protection. The pages' own sinks are
//   few (webpack's chunk loader; no innerHTML anywhere in src/), and script-src without 'unsafe-inline' or
//   'unsafe-eval' already blocks what Trusted Types would stop.
// - frame-ancestors is deliberately absent: Outlook on the web, new Outlook and the mobile apps frame the pane from
//   hosts Microsoft doesn't publish as a list, and a <meta> tag can't carry it anyway. No X-Frame-Options either.

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const MICROSOFT_AJAX = "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js";
const EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const IDENTITY = ["https://login.microsoftonline.com", "https://login.microsoft.com"];

/** Directives per page, in the order they are written. */
const DIRECTIVES = {
  taskpane: {
    "default-src": ["'self'"],
    "script-src": ["'self'", OFFICE_JS, MICROSOFT_AJAX],
    "style-src": ["'self'", EMPTY_STYLE],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", "https://graph.microsoft.com", ...IDENTITY],
    "frame-src": ["'self'", "https://login.microsoftonline.com"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  },
  // The sign-in dialog fallback: MSAL's redirect flow, so only the identity platform besides the page itself.
  dialog: {
    "default-src": ["'self'"],
    "script-src": ["'self'", OFFICE_JS, MICROSOFT_AJAX],
    "style-src": ["'self'", EMPTY_STYLE],
    "connect-src": ["'self'", ...IDENTITY],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  },
  // The manifest's SupportUrl: static text, no script at all.
  support: {
    "default-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "script-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
  },
};

const serialize = (directives) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");

/** The policy string per page: the <meta> content and the header value. */
const CSP = Object.fromEntries(Object.entries(DIRECTIVES).map(([page, d]) => [page, serialize(d)]));

module.exports = { CSP, DIRECTIVES, OFFICE_JS };
