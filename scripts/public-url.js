// Where the production add-in is hosted. Shared by webpack.config.js and the manifest tests.

/** Validates ADDIN_PUBLIC_URL for a production build; throws an Error with a message an admin can act on. */
function productionBaseUrl(raw) {
  const example = "ADDIN_PUBLIC_URL=https://addins.contoso.com/signin-assistant/ npm run build";
  if (!raw) throw new Error(`ADDIN_PUBLIC_URL is not set. A production build needs the HTTPS address it will be hosted at, e.g.\n  ${example}`);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL "${raw}" is not a valid URL. Example:\n  ${example}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must use https (Office loads add-ins only over HTTPS); got "${raw}".`);
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || /^127\./.test(host) || host === "::1" || host === "0.0.0.0") {
    throw new Error(`ADDIN_PUBLIC_URL points at this machine ("${raw}"); use the public address users' Outlook will load. For local work use npm start.`);
  }
  if (url.search || url.hash) throw new Error(`ADDIN_PUBLIC_URL must not have a query or fragment; got "${raw}".`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Points every dev URL in the manifest at the production base. */
function rewriteManifest(xml, devBase, base) {
  return xml.split(devBase).join(base);
}

module.exports = { productionBaseUrl, rewriteManifest };
