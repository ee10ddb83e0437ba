import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHAPES } from "../../e2e/fixtures/authShapes";

const ADMIN = readFileSync(join(__dirname, "../../../docs/ADMIN.md"), "utf8");
const section = ADMIN.slice(ADMIN.indexOf("## 9. When sign-in fails in a client"));

describe("docs/ADMIN.md has one row per recorded sign-in fixture", () => {
  test("the section exists", () => {
    expect(section.startsWith("## 9.")).toBe(true);
  });

  test.each(SHAPES.map((s) => [s.id]))("%s has its row, with what the pane says", (id) => {
    const row = section.split("\n").find((l) => l.startsWith(`| \`${id}\` |`));
    expect(row).toBeDefined();
    // Four cells: fixture, symptom, what the pane says, what IT should check.
    expect(row?.split(" | ")).toHaveLength(4);
  });

  test("no row names a fixture that doesn't exist", () => {
    const ids = new Set(SHAPES.map((s) => s.id));
    const named = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(named.filter((n) => !ids.has(n as string))).toEqual([]);
  });
});
