import { SOURCES, type SourceId, type SourceRef } from "../../src/diagnosis/tables/sources";

/** The texts a row cites, joined; throws on an id the bibliography doesn't have. */
export function cited(ref: SourceRef | undefined): string {
  const ids: readonly SourceId[] = ref === undefined ? [] : typeof ref === "string" ? [ref] : ref;
  if (ids.length === 0) throw new Error("no source");
  return ids
    .map((id) => {
      if (!(id in SOURCES)) throw new Error(`unknown source ${id}`);
      return SOURCES[id];
    })
    .join("; ");
}
