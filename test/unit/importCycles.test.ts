// No module of src/ reaches itself again through its imports (type imports and lazy import() included): a cycle
// makes the load order matter and hides which room sits above which.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

const SRC = join(__dirname, "..", "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT = /from\s+"(\.[^"]+)"|import\(\s*(?:\/\*[\s\S]*?\*\/\s*)?"(\.[^"]+)"\s*\)/g;

function graph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const resolve = (from: string, spec: string) => {
    const base = normalize(join(dirname(from), spec));
    return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find(
      (c) => known.has(c)
    );
  };
  return new Map(
    files.map((f) => [
      f,
      [...readFileSync(f, "utf8").matchAll(IMPORT)]
        .map((m) => resolve(f, (m[1] ?? m[2]) as string))
        .filter((x): x is string => x !== undefined),
    ])
  );
}

/** Every strongly connected group of more than one module (Tarjan). */
function cycles(g: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.map((x) => relative(SRC, x)).sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return found;
}

test("the finder sees a cycle when there is one", () => {
  const g = new Map([
    ["/a.ts", ["/b.ts"]],
    ["/b.ts", ["/a.ts"]],
    ["/c.ts", []],
  ]);
  expect(cycles(g)).toHaveLength(1);
});

test("src has no import cycle", () => {
  expect(cycles(graph(sources(SRC)))).toEqual([]);
});
