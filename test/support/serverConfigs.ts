// Reads the IIS and Azure Static Web Apps configurations the way those servers apply them, so tests can ask "which
// headers would this file get?" without the servers. Only the features the shipped files use are modelled; anything
// else in a configuration is reported as unsupported rather than guessed.
import { DOMParser, type Element as XElement } from "@xmldom/xmldom";

export type Headers = Record<string, string>;

export const policy = require("../../deploy/policy.js") as {
  SECURITY_HEADERS: Headers;
  CACHE: { none: string; immutable: string; short: string };
  PAGES: Record<string, string>;
  HASHED: RegExp;
  headersFor(path: string): Headers;
  isKnownFile(path: string): boolean;
};

/** Cache-Control directives as a sorted list, so "public, immutable, max-age=1" equals "max-age=1, public, immutable". */
export function cacheDirectives(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean)
    .sort();
}

/** Headers normalised for comparison: lower-case names, Cache-Control as its directive set. */
export function normalise(headers: Headers): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) {
    const key = k.toLowerCase();
    out[key] = key === "cache-control" ? cacheDirectives(v) : v;
  }
  return out;
}

/** The headers the policy requires, restricted to the names a server test compares. */
export function expected(path: string): Record<string, string | string[]> {
  return normalise(policy.headersFor(path));
}

const children = (el: XElement, name?: string): XElement[] =>
  (Array.from(el.childNodes) as unknown as XElement[]).filter(
    (n) => n.nodeType === 1 && (!name || n.nodeName === name)
  );

/** "365.00:00:00" or "01:00:00" (IIS TimeSpan) in seconds. */
function timeSpanSeconds(s: string): number {
  const m = /^(?:(\d+)\.)?(\d{2}):(\d{2}):(\d{2})$/.exec(s);
  if (!m) throw new Error(`unsupported TimeSpan "${s}"`);
  return ((Number(m[1] ?? 0) * 24 + Number(m[2])) * 60 + Number(m[3])) * 60 + Number(m[4]);
}

interface IisScope {
  customHeaders: Array<{ op: "add" | "remove" | "clear"; name: string; value: string }>;
  clientCache: XElement | null;
  mimeMaps: Record<string, string>;
}

function iisScope(webServer: XElement | undefined): IisScope {
  const scope: IisScope = { customHeaders: [], clientCache: null, mimeMaps: {} };
  if (!webServer) return scope;
  for (const section of children(webServer)) {
    if (section.nodeName === "staticContent") {
      for (const el of children(section)) {
        if (el.nodeName === "clientCache") scope.clientCache = el;
        else if (el.nodeName === "mimeMap")
          scope.mimeMaps[el.getAttribute("fileExtension") ?? ""] =
            el.getAttribute("mimeType") ?? "";
        else if (el.nodeName !== "remove")
          throw new Error(`unsupported <staticContent><${el.nodeName}>`);
      }
    } else if (section.nodeName === "httpProtocol") {
      for (const list of children(section, "customHeaders"))
        for (const el of children(list))
          scope.customHeaders.push({
            op: el.nodeName as "add" | "remove" | "clear",
            name: el.getAttribute("name") ?? "",
            value: el.getAttribute("value") ?? "",
          });
    } else throw new Error(`unsupported <system.webServer><${section.nodeName}>`);
  }
  return scope;
}

/** The headers IIS sends for `path` (relative to the folder holding web.config) under this web.config. */
export function iisHeaders(webConfig: string, path: string): Headers {
  const doc = new DOMParser().parseFromString(webConfig, "text/xml");
  const root = doc.documentElement as unknown as XElement;
  const scopes = [iisScope(children(root, "system.webServer")[0])];
  for (const loc of children(root, "location")) {
    const p = loc.getAttribute("path") ?? "";
    if (path === p || path.startsWith(`${p}/`))
      scopes.push(iisScope(children(loc, "system.webServer")[0]));
  }
  const custom = new Map<string, string>();
  let clientCache: XElement | null = null;
  for (const scope of scopes) {
    for (const h of scope.customHeaders) {
      if (h.op === "clear") custom.clear();
      else if (h.op === "remove") custom.delete(h.name.toLowerCase());
      else {
        // IIS refuses a duplicate add in the same collection; model that as an error, not a silent overwrite.
        if (custom.has(h.name.toLowerCase()))
          throw new Error(`duplicate custom header ${h.name} for ${path}`);
        custom.set(h.name.toLowerCase(), h.value);
      }
    }
    clientCache = scope.clientCache ?? clientCache;
  }
  const headers: Headers = {};
  for (const [k, v] of custom) headers[k] = v;
  const mode = clientCache?.getAttribute("cacheControlMode") ?? "NoControl";
  let fromClientCache: string | null = null;
  if (mode === "UseMaxAge") {
    const custom = clientCache?.getAttribute("cacheControlCustom");
    const maxAge = timeSpanSeconds(clientCache?.getAttribute("cacheControlMaxAge") ?? "");
    fromClientCache = [custom, `max-age=${maxAge}`].filter(Boolean).join(", ");
  } else if (mode === "DisableCache") fromClientCache = "no-cache";
  else if (mode !== "NoControl") throw new Error(`unsupported cacheControlMode ${mode}`);
  if (fromClientCache && headers["cache-control"])
    throw new Error(
      `${path} would get two Cache-Control headers (clientCache and a custom header)`
    );
  if (fromClientCache) headers["cache-control"] = fromClientCache;
  return headers;
}

/** The MIME map additions of a web.config's root <staticContent>. */
export function iisMimeMaps(webConfig: string): Record<string, string> {
  const doc = new DOMParser().parseFromString(webConfig, "text/xml");
  return iisScope(children(doc.documentElement as unknown as XElement, "system.webServer")[0])
    .mimeMaps;
}

interface SwaConfig {
  globalHeaders?: Headers;
  routes?: Array<{ route: string; headers?: Headers; [k: string]: unknown }>;
}

/** Whether an Azure Static Web Apps route pattern matches a request path (wildcards only at the end). */
export function swaRouteMatches(pattern: string, urlPath: string): boolean {
  const star = pattern.indexOf("*");
  if (star === -1) return pattern === urlPath;
  if (star !== pattern.lastIndexOf("*")) throw new Error(`unsupported route ${pattern}`);
  const prefix = pattern.slice(0, star);
  const rest = pattern.slice(star + 1);
  if (!urlPath.startsWith(prefix)) return false;
  if (!rest) return true;
  const ext = /^\.(?:\{([\w,]+)\}|(\w+))$/.exec(rest);
  if (!ext) throw new Error(`unsupported route ${pattern}`);
  const exts = (ext[1] ?? ext[2] ?? "").split(",");
  return exts.some((e) => urlPath.endsWith(`.${e}`));
}

/** The headers Static Web Apps sends for urlPath: the first matching route's headers over globalHeaders. */
export function swaHeaders(configJson: string, urlPath: string): Headers {
  const config = JSON.parse(configJson) as SwaConfig;
  const route = (config.routes ?? []).find((r) => swaRouteMatches(r.route, urlPath));
  if (route && Object.keys(route).some((k) => !["route", "headers"].includes(k)))
    throw new Error(`route ${route.route} does more than set headers`);
  const headers: Headers = {};
  for (const [k, v] of Object.entries({ ...config.globalHeaders })) headers[k.toLowerCase()] = v;
  for (const [k, v] of Object.entries({ ...route?.headers })) {
    if (v === "") delete headers[k.toLowerCase()];
    else headers[k.toLowerCase()] = v;
  }
  return headers;
}
