// Message formatting shared by the engine's English text and the locale catalogues. Values stay typed until they
// are shown, so every language formats dates and counts its own way (Intl, built into every supported webview).
//
// Template syntax, a small subset of ICU MessageFormat:
//   {name}                                   a parameter
//   {name, plural, one {# day} other {# days}}  picked by Intl.PluralRules; "#" is the formatted number
//   {name, select, 1 {first} other {second}}   picked by the parameter's text

/** An ISO calendar day ("2026-12-31"); shown as a long date in the reader's language. */
export interface DateParam {
  readonly date: string;
}
/** An ISO month ("2025-10"); shown as month and year. */
export interface MonthParam {
  readonly month: string;
}
/** A word from the catalogue, by key ("detail.modernAuth.yes", "app.outlook-web"), so it is translated too. */
export interface TermParam {
  readonly term: string;
  /** The term's own placeholders ("Outlook for Microsoft 365 (Version {version})"); text only, never formatted. */
  readonly params?: Readonly<Record<string, string>>;
}

/** Several values shown as one list in the reader's language ("A, B and C"); each item is formatted on its own. */
export interface ListParam {
  readonly list: readonly (string | TermParam)[];
}

export type Param = string | number | DateParam | MonthParam | TermParam | ListParam;
export type Params = Readonly<Record<string, Param>>;

export interface FormatOptions {
  /** BCP 47 tag for Intl; the engine's own text is en-US. */
  locale?: string;
  /** Resolves a TermParam; without one the key itself is shown, so a missing word is noticed. */
  term?: (key: string, params?: Readonly<Record<string, string>>) => string;
}

export const isDateParam = (p: Param): p is DateParam => typeof p === "object" && "date" in p;
export const isMonthParam = (p: Param): p is MonthParam => typeof p === "object" && "month" in p;
export const isTermParam = (p: Param): p is TermParam => typeof p === "object" && "term" in p;
export const isListParam = (p: Param): p is ListParam => typeof p === "object" && "list" in p;

/** Intl formatters cost far more to build than to use, so each is built once per locale. */
interface Formatters {
  number: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  month: Intl.DateTimeFormat;
  plural: Intl.PluralRules;
  list: Intl.ListFormat;
}
const FORMATTERS = new Map<string, Formatters>();

function formattersFor(locale: string): Formatters {
  let f = FORMATTERS.get(locale);
  if (!f) {
    f = {
      number: new Intl.NumberFormat(locale),
      date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }),
      month: new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }),
      plural: new Intl.PluralRules(locale),
      list: new Intl.ListFormat(locale, { style: "long", type: "conjunction" }),
    };
    FORMATTERS.set(locale, f);
  }
  return f;
}

/**
 * A long date in the reader's language. French writes the first of the month as an ordinal ("le 1er janvier
 * 2027"), which Intl doesn't do.
 */
function longDate(f: Formatters, time: number, locale: string): string {
  if (!locale.toLowerCase().startsWith("fr")) return f.date.format(time);
  return f.date
    .formatToParts(time)
    .map((part) =>
      part.type === "day" && Number(part.value) === 1 ? `${part.value}er` : part.value
    )
    .join("");
}

function formatParam(value: Param, o: FormatOptions): string {
  if (typeof value === "string") return value;
  const f = formattersFor(o.locale ?? "en-US");
  if (typeof value === "number") return f.number.format(value);
  if (isDateParam(value)) {
    const t = Date.parse(`${value.date}T00:00:00Z`);
    return Number.isFinite(t) ? longDate(f, t, o.locale ?? "en-US") : value.date;
  }
  if (isMonthParam(value)) {
    const t = Date.parse(`${value.month}-01T00:00:00Z`);
    return Number.isFinite(t) ? f.month.format(t) : value.month;
  }
  if (isListParam(value)) return f.list.format(value.list.map((item) => formatParam(item, o)));
  return o.term ? o.term(value.term, value.params) : value.term;
}

/** Index of the "}" that closes the "{" at `open`, counting nested braces; -1 when unbalanced. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** "one {# day} other {# days}" → { one: "# day", other: "# days" } */
function branchesOf(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  const re = /\s*(=?[\w-]+)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const open = m.index + m[0].length - 1;
    const close = closingBrace(body, open);
    if (close < 0) break;
    branches.set(m[1] as string, body.slice(open + 1, close));
    re.lastIndex = close + 1;
  }
  return branches;
}

function formatPlural(name: string, body: string, params: Params, o: FormatOptions): string | null {
  const value = params[name];
  if (typeof value !== "number") return null;
  const branches = branchesOf(body);
  const exact = branches.get(`=${value}`);
  const category = formattersFor(o.locale ?? "en-US").plural.select(value);
  const chosen = exact ?? branches.get(category) ?? branches.get("other");
  if (chosen === undefined) return null;
  const shown = formatParam(value, o);
  return formatMessage(chosen, params, o).replace(/#/g, shown);
}

function formatSelect(name: string, body: string, params: Params, o: FormatOptions): string | null {
  const value = params[name];
  if (typeof value !== "string" && typeof value !== "number") return null;
  const branches = branchesOf(body);
  const chosen = branches.get(String(value)) ?? branches.get("other");
  return chosen === undefined ? null : formatMessage(chosen, params, o);
}

const ARGUMENT = /^\s*(\w+)\s*,\s*(plural|select)\s*,([\s\S]*)$/;

/** Fills placeholders. An unknown or missing parameter stays visible, so a gap is noticed, not hidden. */
export function formatMessage(
  template: string,
  params: Params = {},
  options: FormatOptions = {}
): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    const close = closingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    const whole = template.slice(open, close + 1);
    const inner = template.slice(open + 1, close);
    const arg = ARGUMENT.exec(inner);
    if (arg) {
      const [, name, kind, body] = arg as unknown as [string, string, string, string];
      const shown =
        kind === "plural"
          ? formatPlural(name, body, params, options)
          : formatSelect(name, body, params, options);
      out += shown ?? whole;
    } else if (/^\w+$/.test(inner) && Object.prototype.hasOwnProperty.call(params, inner)) {
      out += formatParam(params[inner] as Param, options);
    } else {
      out += whole;
    }
    i = close + 1;
  }
  return out + template.slice(i);
}

/** The parameter names a template uses (plural and select arguments included), sorted; catalogue tests compare these. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  const collect = (text: string): void => {
    let i = 0;
    while ((i = text.indexOf("{", i)) >= 0) {
      const close = closingBrace(text, i);
      if (close < 0) return;
      const inner = text.slice(i + 1, close);
      const arg = ARGUMENT.exec(inner);
      if (arg) {
        names.add(arg[1] as string);
        for (const branch of branchesOf(arg[3] as string).values()) collect(branch);
      } else if (/^\w+$/.test(inner)) {
        names.add(inner);
      }
      i = close + 1;
    }
  };
  collect(template);
  return [...names].sort();
}

/** The plural categories each plural argument of a template offers, for the catalogue tests. */
export function pluralCategoriesOf(template: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let i = 0;
  while ((i = template.indexOf("{", i)) >= 0) {
    const close = closingBrace(template, i);
    if (close < 0) break;
    const arg = ARGUMENT.exec(template.slice(i + 1, close));
    if (arg && arg[2] === "plural")
      out.set(arg[1] as string, [...branchesOf(arg[3] as string).keys()]);
    i = close + 1;
  }
  return out;
}
