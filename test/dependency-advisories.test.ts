import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ADVISORIES, compareVersions } from "./dependency-advisories";

const lock = JSON.parse(readFileSync(path.join(import.meta.dirname, "../package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string }>;
};

/** Every copy of a package the lock file installs (a dependency may nest its own). */
const installed = (pkg: string) =>
  Object.entries(lock.packages)
    .filter(([where]) => where === `node_modules/${pkg}` || where.endsWith(`/node_modules/${pkg}`))
    .map(([where, p]) => ({ where, version: p.version ?? "0" }));

describe("pinned versions are past every known advisory", () => {
  it.each(ADVISORIES)("$pkg ≥ $fixed ($id)", ({ pkg, fixed }) => {
    const copies = installed(pkg);
    expect(copies.length, `${pkg} is not in package-lock.json`).toBeGreaterThan(0);
    expect(copies.filter((c) => compareVersions(c.version, fixed) < 0)).toEqual([]);
  });

  it("compares versions numerically (the check itself can fail)", () => {
    expect(compareVersions("16.0.10", "16.0.7")).toBe(1);
    expect(compareVersions("4.24.4", "4.24.5")).toBe(-1);
    expect(compareVersions("0.7.2", "0.7.0")).toBe(1);
    expect(compareVersions("19.2.1", "19.2.1")).toBe(0);
  });
});
