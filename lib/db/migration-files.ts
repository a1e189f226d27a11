import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "./provider";

export type MigrationFile = { name: string; sql: string; checksum: string };

export function migrationsDir(provider: DatabaseProvider, root = process.cwd()): string {
  return path.join(root, "prisma", "migrations", provider);
}

/** The migration folders of one provider, oldest first, as Prisma lays them out. */
export function readMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) throw new Error(`No migrations folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      // Same checksum as Prisma's CLI, so `prisma migrate deploy` recognises our rows.
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}
