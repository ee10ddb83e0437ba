/** Fills {name} placeholders. An unknown placeholder stays visible, so a missing value is noticed, not hidden. */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, string | number>> = {}
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}

/** The placeholder names a template uses, sorted; the catalogue tests compare these across locales. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
}
