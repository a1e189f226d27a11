import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A user's clone has nothing beside it: no file of the project may reach a folder outside it.
const ROOT = path.resolve(import.meta.dirname, "..");
const SELF = "test/self-contained.test.ts";
// The team's shared folder beside the checkout, spelled so that this file does not name it itself.
const SHARED = new RegExp(["\\.\\./", "shared\\b|", "shared/", "testdata"].join(""));
/** Relative paths that are relative to another file than the one that holds them, with that file. */
const RELATIVE_TO: Record<string, string> = {
  // The PostgreSQL schema's generator output, relative to prisma/postgresql/schema.prisma, which this script writes.
  "scripts/write-postgres-schema.mjs": "prisma/postgresql/schema.prisma",
};
const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
  .split("\n")
  .filter(
    (f) =>
      /\.(ts|tsx|mts|mjs|js|json|md|yml|yaml|sh)$/.test(f) && !f.startsWith("test/fixtures/") && f !== "package-lock.json" && f !== SELF,
  );

/** Relative path literals ("../x", '../../y') that resolve outside the project from the file's own folder. */
function escapes(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/["'`]((?:\.\.\/)+[^"'`\s]*)["'`]/g)) {
    const target = path.resolve(ROOT, path.dirname(RELATIVE_TO[file] ?? file), m[1]!);
    if (!target.startsWith(ROOT + path.sep) && target !== ROOT) out.push(m[1]!);
  }
  return out;
}

describe("the project is self-contained", () => {
  it("names no folder beside it (the shared folder, or any path that climbs out of the project)", () => {
    const found: string[] = [];
    for (const f of files) {
      let text: string;
      try {
        text = readFileSync(path.join(ROOT, f), "utf8");
      } catch {
        continue; // listed but deleted in the work tree
      }
      if (SHARED.test(text)) found.push(`${f}: mentions the shared folder beside the project`);
      for (const e of escapes(f, text)) found.push(`${f}: ${e}`);
    }
    expect(found).toEqual([]);
  });

  it("notices a path that climbs out (the check itself can fail)", () => {
    expect(SHARED.test(["..", "shared", "testdata", "x.json"].join("/"))).toBe(true);
    expect(escapes("lib/x/y.ts", 'readFileSync(path.join(import.meta.dirname, "../../../beside/a.json"))')).toEqual([
      "../../../beside/a.json",
    ]);
    expect(escapes("lib/x/y.ts", 'import { a } from "../../test/fixtures/b";')).toEqual([]);
  });
});
