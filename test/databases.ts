import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export type TestDatabase = { name: "sqlite" | "postgresql"; url: string; drop(): Promise<void> };

/** A new, empty SQLite file in a temporary folder. */
export function freshSqlite(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "launchpad-test-"));
  return {
    name: "sqlite",
    url: `file:${path.join(dir, "test.db")}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A new, empty PostgreSQL database on the server of TEST_DATABASE_URL. */
export async function freshPostgres(): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL!;
  const name = `launchpad_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    name: "postgresql",
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The databases every storage test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const databaseKinds = (): Array<"sqlite" | "postgresql"> => (process.env.TEST_DATABASE_URL ? ["sqlite", "postgresql"] : ["sqlite"]);

export const freshDatabase = (kind: "sqlite" | "postgresql") => (kind === "sqlite" ? Promise.resolve(freshSqlite()) : freshPostgres());
