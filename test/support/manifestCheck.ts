// Offline manifest checks (office-addin-manifest validate needs the internet): well-formed XML, schema element
// order, every resid resolves, URLs https under the base, icons present at their declared pixel size, version, and
// what Outlook mobile needs (MobileFormFactor in a layer mobile applies, read surface only, 25/32/48 icons at
// scales 1-3, labels that fit).
import { DOMParser, type Element as XElement } from "@xmldom/xmldom";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Child order from OfficeAppManifestV1_1.xsd (OfficeApp + MailApp extension) and the VersionOverrides XSDs. */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "FormSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "VersionOverrides",
];
const VERSION_OVERRIDES_ORDER = [
  "Description",
  "Requirements",
  "Hosts",
  "Resources",
  "EquivalentAddins",
  "VersionOverrides",
  "WebApplicationInfo",
  "ExtendedPermissions",
];
const CONTROL_ORDER = ["Label", "Supertip", "Icon", "Action"];
const SHOW_TASKPANE_ORDER = [
  "SourceLocation",
  "SupportsPinning",
  "SupportsNoItemContext",
  "SupportsMultiSelect",
];
const RESOURCES_ORDER = ["Images", "Urls", "ShortStrings", "LongStrings"];
const MAIL_HOST_ORDER = ["DesktopFormFactor", "MobileFormFactor"];

/**
 * Outlook on iOS and Android support Mailbox 1.5 ("Outlook JavaScript APIs supported in Outlook on mobile devices");
 * a VersionOverrides requiring more doesn't apply there.
 */
export const MOBILE_MAILBOX_SET = "1.5";
/** Icon sizes and scales a MobileIconList must carry (manifest reference, Icon element, mobile form factors). */
export const MOBILE_ICON_SIZES = [25, 32, 48];
export const MOBILE_ICON_SCALES = [1, 2, 3];
/** Microsoft recommends at most 16 characters for a mobile button label so it fits. */
export const MOBILE_LABEL_MAX = 16;

export interface ManifestFacts {
  problems: string[];
  version: string | null;
  locales: Record<string, { displayName: string | null; description: string | null }>;
  doc: ReturnType<DOMParser["parseFromString"]> | null;
}

const elements = (el: XElement): XElement[] =>
  Array.from(el.childNodes).filter((n): n is XElement => n.nodeType === 1) as XElement[];
const local = (el: XElement) => el.localName ?? el.nodeName;

function checkOrder(el: XElement, order: string[], where: string, problems: string[]) {
  let last = -1;
  for (const child of elements(el)) {
    const i = order.indexOf(local(child));
    if (i === -1) problems.push(`${where}: unexpected element <${local(child)}>`);
    else if (i < last) problems.push(`${where}: <${local(child)}> is out of schema order`);
    else last = i;
  }
}

function all(root: XElement, name: string): XElement[] {
  return Array.from(root.getElementsByTagNameNS("*", name)) as unknown as XElement[];
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } | null {
  const b = readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

export function checkManifest(
  xml: string,
  opts: { base: string; assetRoot: string; packageVersion: string }
): ManifestFacts {
  const problems: string[] = [];
  const errors: string[] = [];
  let doc: ReturnType<DOMParser["parseFromString"]> | null = null;
  try {
    doc = new DOMParser({
      onError: (level, msg) => (level !== "warning" ? errors.push(msg) : undefined),
    }).parseFromString(xml, "text/xml");
  } catch (e) {
    errors.push(String(e));
  }
  if (errors.length || !doc?.documentElement)
    return {
      problems: errors.map((e) => `not well-formed: ${e}`),
      version: null,
      locales: {},
      doc: null,
    };
  const root = doc.documentElement as unknown as XElement;
  checkOrder(root, OFFICE_APP_ORDER, "OfficeApp", problems);

  for (const vo of all(root, "VersionOverrides")) {
    checkOrder(
      vo,
      VERSION_OVERRIDES_ORDER,
      `VersionOverrides ${vo.getAttribute("xsi:type")}`,
      problems
    );
    const resources = elements(vo).find((e) => local(e) === "Resources");
    if (!resources) {
      problems.push(`VersionOverrides ${vo.getAttribute("xsi:type")}: no Resources`);
      continue;
    }
    checkOrder(resources, RESOURCES_ORDER, "Resources", problems);
    const ids = new Set(
      elements(resources).flatMap((group) => elements(group).map((r) => r.getAttribute("id")))
    );
    // resids used by this VersionOverrides' own Hosts (nested overrides are checked on their own pass).
    const hosts = elements(vo).find((e) => local(e) === "Hosts");
    for (const el of hosts ? all(hosts, "*") : []) {
      const resid = el.getAttribute("resid");
      if (resid && !ids.has(resid))
        problems.push(`resid "${resid}" on <${local(el)}> does not resolve`);
    }
    for (const control of hosts ? all(hosts, "Control") : [])
      checkOrder(control, CONTROL_ORDER, `Control ${control.getAttribute("id")}`, problems);
    for (const action of hosts ? all(hosts, "Action") : [])
      checkOrder(action, SHOW_TASKPANE_ORDER, "Action", problems);
    // <bt:Image size="N" [scale="S"] resid=...> in controls: the referenced icon must be N x S px.
    for (const ref of hosts ? all(hosts, "Image") : []) {
      const target = all(resources, "Image").find(
        (r) => r.getAttribute("id") === ref.getAttribute("resid")
      );
      if (target)
        checkIcon(
          target.getAttribute("DefaultValue"),
          Number(ref.getAttribute("size")) * Number(ref.getAttribute("scale") || 1),
          opts,
          problems
        );
    }
    for (const mailHost of hosts ? elements(hosts) : [])
      checkOrder(mailHost, MAIL_HOST_ORDER, "MailHost", problems);
    for (const mobile of hosts ? all(hosts, "MobileFormFactor") : [])
      checkMobile(vo, mobile, resources, problems);
  }

  const urlAttrs: string[] = [];
  for (const el of all(root, "*")) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) urlAttrs.push(v);
    }
  }
  for (const url of urlAttrs) {
    if (!url.startsWith("https://")) problems.push(`URL is not https: ${url}`);
    else if (!url.startsWith(opts.base)) problems.push(`URL is not under ${opts.base}: ${url}`);
  }
  checkIcon(all(root, "IconUrl")[0]?.getAttribute("DefaultValue") ?? null, 64, opts, problems);
  checkIcon(
    all(root, "HighResolutionIconUrl")[0]?.getAttribute("DefaultValue") ?? null,
    128,
    opts,
    problems
  );

  const version = all(root, "Version")[0]?.textContent?.trim() ?? null;
  if (version !== `${opts.packageVersion}.0`)
    problems.push(
      `manifest Version ${version} does not match package.json ${opts.packageVersion} (expected ${opts.packageVersion}.0)`
    );

  const locales: ManifestFacts["locales"] = {};
  const addLocales = (name: "displayName" | "description", el: XElement | undefined) => {
    if (!el) return;
    (locales["en-US"] ??= { displayName: null, description: null })[name] =
      el.getAttribute("DefaultValue");
    for (const o of elements(el))
      (locales[o.getAttribute("Locale") ?? "?"] ??= { displayName: null, description: null })[
        name
      ] = o.getAttribute("Value");
  };
  addLocales(
    "displayName",
    elements(root).find((e) => local(e) === "DisplayName")
  );
  addLocales(
    "description",
    elements(root).find((e) => local(e) === "Description")
  );
  return { problems, version, locales, doc };
}

const cmpVersion = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number)) as [number[], number[]];
  return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0);
};

/** The Mailbox version a VersionOverrides requires (its Set's MinVersion, else the Sets' DefaultMinVersion). */
function requiredMailbox(vo: XElement): string {
  const req = elements(vo).find((e) => local(e) === "Requirements");
  const sets = req ? all(req, "Sets")[0] : undefined;
  const mailbox = sets
    ? all(sets, "Set").find((e) => e.getAttribute("Name") === "Mailbox")
    : undefined;
  return mailbox?.getAttribute("MinVersion") || sets?.getAttribute("DefaultMinVersion") || "1.1";
}

function checkMobile(vo: XElement, mobile: XElement, resources: XElement, problems: string[]) {
  const needs = requiredMailbox(vo);
  if (cmpVersion(needs, MOBILE_MAILBOX_SET) > 0)
    problems.push(
      `MobileFormFactor is in a VersionOverrides requiring Mailbox ${needs}; Outlook mobile supports ${MOBILE_MAILBOX_SET}, so it never shows the button`
    );
  for (const point of all(mobile, "ExtensionPoint")) {
    const type = point.getAttribute("xsi:type");
    if (type !== "MobileMessageReadCommandSurface")
      problems.push(`MobileFormFactor: ${type} is not the mobile message read surface`);
  }
  const strings = all(resources, "ShortStrings")[0];
  for (const control of all(mobile, "Control")) {
    const id = control.getAttribute("id");
    if (control.getAttribute("xsi:type") !== "MobileButton")
      problems.push(`mobile control ${id} is not a MobileButton`);
    const icon = elements(control).find((e) => local(e) === "Icon");
    if (icon?.getAttribute("xsi:type") !== "bt:MobileIconList")
      problems.push(`mobile control ${id}: <Icon> needs xsi:type="bt:MobileIconList"`);
    const have = new Set(
      (icon ? all(icon, "Image") : []).map(
        (i) => `${i.getAttribute("size")}@${i.getAttribute("scale")}`
      )
    );
    for (const size of MOBILE_ICON_SIZES)
      for (const scale of MOBILE_ICON_SCALES)
        if (!have.has(`${size}@${scale}`))
          problems.push(`mobile control ${id}: no ${size}px icon at scale ${scale}`);
    const labelId = elements(control)
      .find((e) => local(e) === "Label")
      ?.getAttribute("resid");
    const label = strings
      ? elements(strings).find((e) => e.getAttribute("id") === labelId)
      : undefined;
    for (const text of label
      ? [label.getAttribute("DefaultValue"), ...elements(label).map((o) => o.getAttribute("Value"))]
      : [])
      if (text && [...text].length > MOBILE_LABEL_MAX)
        problems.push(
          `mobile control ${id}: label "${text}" is longer than ${MOBILE_LABEL_MAX} characters`
        );
  }
}

function checkIcon(
  url: string | null,
  size: number,
  opts: { base: string; assetRoot: string },
  problems: string[]
) {
  if (!url) return problems.push(`missing icon URL for ${size}px`);
  if (!url.startsWith(opts.base)) return;
  const file = join(opts.assetRoot, url.slice(opts.base.length));
  if (!existsSync(file)) return problems.push(`icon file missing: ${file}`);
  const actual = pngSize(file);
  if (!actual || actual.width !== size || actual.height !== size)
    problems.push(
      `icon ${url} is ${actual ? `${actual.width}x${actual.height}` : "not a PNG"}, declared ${size}px`
    );
}
