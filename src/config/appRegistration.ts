// The Entra app registration the add-in signs in with, checked for the mistakes the NAA threads describe. IT exports
// the registration's manifest from the Entra admin center (App registrations › the app › Manifest › Download) and
// runs `npm run config:check` on it.
//
// NAA = learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in [MS]:
//   a Single-page application redirect whose value is brk-multihub://<add-in origin>, the origin only
//   (brk-multihub://localhost:3000 is valid, …/go is not).
// DLG = the NAA fallback through the Office dialog: an MSAL SPA redirect on the pane's own origin (here dialog.html).
// Threads [3P], for the symptoms only: Office-Add-in-samples #773 (no or wrong brk-multihub redirect: AADSTS700046
// "Invalid Reply Address … must be of Single Page Application type"); office-js #5196 (brk-multihub listed first
// broke the admin-consent URL with AADSTS7000471; moving it down fixed it).

export interface RegistrationCheck {
  /** Mistakes that break sign-in: `field: what is wrong` lines. */
  problems: string[];
  /** Worth knowing, but not wrong. */
  notes: string[];
  /** The redirects found, by platform, as the summary shows them. */
  redirects: Record<Platform, string[]>;
}

type Platform = "spa" | "web" | "publicClient";

const BROKER = /^brk-multihub:\/\//i;
const PLATFORM_NAMES: Record<Platform, string> = {
  spa: "Single-page application",
  web: "Web",
  publicClient: "Mobile and desktop applications",
};

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** Whether a parsed JSON document is an app registration manifest (and not a config.json). */
export function isAppRegistration(json: unknown): json is Record<string, unknown> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  return (
    ("appId" in o || "id" in o) &&
    ("spa" in o || "web" in o || "publicClient" in o || "replyUrlsWithType" in o)
  );
}

interface Redirect {
  uri: string;
  /** Where it sits in the manifest, as IT finds it there ("spa.redirectUris[1]", "replyUrlsWithType[3]"). */
  ref: string;
}

/**
 * Redirects by platform, from either manifest format the Entra admin center has exported: the Microsoft Graph one
 * (spa/web/publicClient.redirectUris) and the older Azure AD Graph one (replyUrlsWithType with a type per URL).
 */
function redirectsOf(o: Record<string, unknown>): {
  list: Record<Platform, Redirect[]>;
  where: string;
} {
  if ("spa" in o || "web" in o || "publicClient" in o) {
    const uris = (k: Platform): Redirect[] =>
      strings((o[k] as { redirectUris?: unknown } | undefined)?.redirectUris).map((uri, i) => ({
        uri,
        ref: `${k}.redirectUris[${i}]`,
      }));
    return {
      list: { spa: uris("spa"), web: uris("web"), publicClient: uris("publicClient") },
      where: "spa.redirectUris",
    };
  }
  const typed = Array.isArray(o.replyUrlsWithType) ? (o.replyUrlsWithType as unknown[]) : [];
  const of = (type: string): Redirect[] =>
    typed.flatMap((r, i) => {
      const x = r as { url?: unknown; type?: unknown };
      return typeof x?.url === "string" &&
        typeof x.type === "string" &&
        x.type.toLowerCase() === type
        ? [{ uri: x.url, ref: `replyUrlsWithType[${i}]` }]
        : [];
    });
  return {
    list: { spa: of("spa"), web: of("web"), publicClient: of("installedclient") },
    where: "replyUrlsWithType",
  };
}

/** brk-multihub://host[:port] → that host; null when it carries anything after the origin. */
function brokerOrigin(uri: string): { host: string; originOnly: boolean } {
  const rest = uri.replace(BROKER, "");
  const slash = rest.indexOf("/");
  return {
    host: (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase(),
    originOnly: slash === -1,
  };
}

export function checkAppRegistration(o: Record<string, unknown>): RegistrationCheck {
  const { list, where } = redirectsOf(o);
  const problems: string[] = [];
  const notes: string[] = [];

  for (const platform of ["web", "publicClient"] as const)
    for (const { uri, ref } of list[platform]) {
      if (BROKER.test(uri))
        problems.push(
          `${ref}: ${uri} is a ${PLATFORM_NAMES[platform]} redirect; brk-multihub must be a Single-page application redirect (NAA fails with AADSTS700046 "Invalid Reply Address")`
        );
      else if (/\/dialog\.html$/i.test(uri))
        problems.push(
          `${ref}: ${uri} is a ${PLATFORM_NAMES[platform]} redirect; the sign-in dialog runs MSAL in the browser and needs it as a Single-page application redirect`
        );
    }

  const brokers = list.spa.filter((r) => BROKER.test(r.uri));
  for (const { uri, ref } of brokers) {
    const { host, originOnly } = brokerOrigin(uri);
    if (!originOnly)
      problems.push(
        `${ref}: ${uri} has a path; the value is the add-in's origin only: brk-multihub://${host}`
      );
  }
  if (!brokers.length && !problems.some((p) => p.includes("brk-multihub")))
    problems.push(
      `${where}: no brk-multihub://<add-in origin> redirect; nested app authentication (Outlook's own sign-in for add-ins) fails with AADSTS700046`
    );

  const dialogs = list.spa.filter((r) => /^https:\/\/[^/]+\/(.*\/)?dialog\.html$/i.test(r.uri));
  if (!dialogs.length)
    problems.push(
      `${where}: no https://<add-in address>/dialog.html redirect; the sign-in window the add-in uses where NAA isn't available fails with AADSTS50011`
    );
  const brokerHosts = new Set(brokers.map((b) => brokerOrigin(b.uri).host));
  for (const d of dialogs) {
    const host = new URL(d.uri).host.toLowerCase();
    if (brokerHosts.size && !brokerHosts.has(host))
      problems.push(
        `${d.ref}: ${d.uri} and brk-multihub://${[...brokerHosts].join(", brk-multihub://")} name different origins; both must be the add-in's own`
      );
  }

  if (brokers.length && list.spa[0] === brokers[0] && list.spa.length > 1)
    notes.push(
      `${brokers[0]?.ref}: brk-multihub is listed first; an admin-consent link that picks the first redirect then fails with AADSTS7000471 (reported in office-js #5196): list the https redirect first`
    );
  const plain = (rs: Redirect[]) => rs.map((r) => r.uri);
  return {
    problems,
    notes,
    redirects: {
      spa: plain(list.spa),
      web: plain(list.web),
      publicClient: plain(list.publicClient),
    },
  };
}
