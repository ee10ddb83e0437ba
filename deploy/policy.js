/* eslint-disable no-undef */
// What a server must send with each file of the built site. deploy/render.js turns this into nginx, IIS and Azure
// Static Web Apps configurations; the tests check every configuration, and the nginx one over the wire, against
// headersFor().

const { CSP } = require("./csp");

/** Sent with every response. No X-Frame-Options: Outlook frames the pane (see csp.js on frame-ancestors). */
const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  // The pane has nothing to tell the sites it links to; reports travel by clipboard or a draft the user sends.
  "Referrer-Policy": "no-referrer",
};

const CACHE = {
  // Names that stay the same across releases: a new upload must apply the next time the pane opens. config.json is
  // the admin's live switch, manifest.xml is read by the admin center.
  none: "no-store",
  // webpack names scripts and styles by content hash: a new release is a new name.
  immutable: "public, max-age=31536000, immutable",
  // Icons and the support page's stylesheet: unhashed, rarely changed, a short cache is enough.
  short: "public, max-age=3600",
};

/** Pages with a Content-Security-Policy, by file name. */
const PAGES = {
  "taskpane.html": CSP.taskpane,
  "dialog.html": CSP.dialog,
  "support.html": CSP.support,
};

/** Unhashed files that must never be cached (the pages above included). */
const NO_STORE = [...Object.keys(PAGES), "config.json", "manifest.xml"];

/**
 * Unhashed static files ("dir/" means everything under it): with NO_STORE, the only files without a hash. The Static
 * Web Apps file is listed because IIS and nginx would serve it like any file (IIS never serves web.config).
 */
const SHORT_CACHE = ["assets/", "support.css", "staticwebapp.config.json"];

/** Server configuration files the build writes next to the site for the hosts that read them from there. */
const SERVER_FILES = ["web.config", "staticwebapp.config.json"];

/** webpack's `[name].[contenthash:8].js|css`, and the license comments Terser extracts next to a script. */
const HASHED = /\.[0-9a-f]{8}\.(?:js|css)(?:\.LICENSE\.txt)?$/;

/** The headers a file (path relative to the add-in's base, e.g. "assets/icon-32.png") must be served with. */
function headersFor(path) {
  const headers = { ...SECURITY_HEADERS };
  if (PAGES[path]) headers["Content-Security-Policy"] = PAGES[path];
  if (NO_STORE.includes(path)) headers["Cache-Control"] = CACHE.none;
  else if (HASHED.test(path)) headers["Cache-Control"] = CACHE.immutable;
  else headers["Cache-Control"] = CACHE.short;
  return headers;
}

/** Whether a built file is one the policy knows; servers that default to long caching rely on this being complete. */
function isKnownFile(path) {
  return (
    NO_STORE.includes(path) ||
    HASHED.test(path) ||
    SERVER_FILES.includes(path) ||
    SHORT_CACHE.some((p) => (p.endsWith("/") ? path.startsWith(p) : path === p))
  );
}

module.exports = {
  SECURITY_HEADERS,
  CACHE,
  PAGES,
  NO_STORE,
  SHORT_CACHE,
  SERVER_FILES,
  HASHED,
  headersFor,
  isKnownFile,
};
