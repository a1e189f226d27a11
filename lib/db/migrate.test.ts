import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { databaseKinds, freshDatabase, type TestDatabase } from "../../test/databases";
import { createPrismaClient } from "./create-client";
import { migrate, MigrationError } from "./migrate";

const run = promisify(execFile);

/** Asks Prisma's own schema engine whether the database differs from schema.prisma. */
async function drift(url: string) {
  try {
    await run(process.execPath, ["--no-warnings", "--experimental-wasm-modules", "scripts/schema-engine.mjs", "drift", url]);
    return { exitCode: 0, stdout: "" };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { exitCode: err.code, stdout: err.stdout + err.stderr };
  }
}

describe.each(databaseKinds())("migrations on %s", (kind) => {
  let database: TestDatabase;
  afterEach(async () => database?.drop());

  it("give exactly the schema in schema.prisma, and a second run applies nothing", async () => {
    database = await freshDatabase(kind);
    const first = await migrate(database.url);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(await drift(database.url)).toEqual({ exitCode: 0, stdout: "" });
    const second = await migrate(database.url);
    expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length });
  });

  it("detects drift when the database is not the schema (the check can fail)", async () => {
    database = await freshDatabase(kind);
    await migrate(database.url);
    const client = createPrismaClient(database.url);
    await client.$executeRawUnsafe('CREATE TABLE "Stray" ("id" INTEGER PRIMARY KEY)');
    await client.$disconnect();
    const result = await drift(database.url);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toMatch(/Stray/);
  });

  it("rolls back a migration that fails in the middle and names it; the next start completes", async () => {
    database = await freshDatabase(kind);
    const root = mkdtempSync(path.join(tmpdir(), "launchpad-mig-"));
    cpSync(path.resolve("prisma/migrations"), path.join(root, "prisma/migrations"), { recursive: true });
    const dir = path.join(root, "prisma/migrations", kind, "99990101000000_broken");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), 'CREATE TABLE "Half" ("id" INTEGER);\nTHIS IS NOT SQL;');

    const failure = await migrate(database.url, root).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).migration).toBe("99990101000000_broken");

    // The half-applied table is gone: the migration ran in one transaction.
    const client = createPrismaClient(database.url);
    const probe = client.$queryRawUnsafe('SELECT COUNT(*) FROM "Half"');
    await expect(probe).rejects.toThrow();
    // Earlier migrations stayed applied and the store still works.
    await client.user.create({ data: { email: "still@works.example", role: "viewer" } });
    await client.$disconnect();

    writeFileSync(path.join(dir, "migration.sql"), 'CREATE TABLE "Half" ("id" INTEGER);');
    const retry = await migrate(database.url, root);
    expect(retry.applied).toEqual(["99990101000000_broken"]);
  });

  it("refuses a migration edited after it was applied", async () => {
    database = await freshDatabase(kind);
    const root = mkdtempSync(path.join(tmpdir(), "launchpad-mig-"));
    cpSync(path.resolve("prisma/migrations"), path.join(root, "prisma/migrations"), { recursive: true });
    await migrate(database.url, root);
    const first = readdirSync(path.join(root, "prisma/migrations", kind)).filter((n) => /^\d/.test(n))[0]!;
    writeFileSync(path.join(root, "prisma/migrations", kind, first, "migration.sql"), "-- edited\n");
    await expect(migrate(database.url, root)).rejects.toThrow(/changed after it was applied/);
  });
});
