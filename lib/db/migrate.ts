import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { migrationsDir, readMigrations, type MigrationFile } from "./migration-files";
import { databaseProvider, sqlitePath } from "./provider";
import { protectSqliteFile } from "./sqlite-file";

/**
 * Applies prisma/migrations/<provider>/* in order, recording them in Prisma's
 * own `_prisma_migrations` table so the Prisma CLI stays compatible. Prisma's
 * native migration engine cannot be downloaded everywhere, so this small runner
 * is the production path. Each migration runs in one transaction: a crash in
 * the middle leaves the database as it was before that migration.
 */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
  }
}

export type MigrationResult = { applied: string[]; alreadyApplied: number };

type AppliedRow = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };

interface Driver {
  ensureTable(): Promise<void>;
  appliedRows(): Promise<AppliedRow[]>;
  apply(m: MigrationFile): Promise<void>;
  close(): Promise<void>;
}

export async function migrate(url: string, root = process.cwd()): Promise<MigrationResult> {
  const provider = databaseProvider(url);
  const files = readMigrations(migrationsDir(provider, root));
  const driver = provider === "sqlite" ? sqliteDriver(url) : await postgresDriver(url);
  try {
    await driver.ensureTable();
    const rows = await driver.appliedRows();
    const done = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.rolled_back_at) continue;
      if (!row.finished_at) {
        throw new MigrationError(
          `Migration ${row.migration_name} was started but never finished (by another tool). Fix the database, then mark it with \`prisma migrate resolve\`.`,
          row.migration_name,
        );
      }
      done.set(row.migration_name, row);
    }
    const applied: string[] = [];
    for (const file of files) {
      const row = done.get(file.name);
      if (row) {
        if (row.checksum !== file.checksum) {
          throw new MigrationError(`Migration ${file.name} was changed after it was applied.`, file.name);
        }
        continue;
      }
      try {
        await driver.apply(file);
      } catch (e) {
        throw new MigrationError(`Migration ${file.name} failed: ${(e as Error).message}`, file.name);
      }
      applied.push(file.name);
    }
    return { applied, alreadyApplied: files.length - applied.length };
  } finally {
    await driver.close();
  }
}

function sqliteDriver(url: string): Driver {
  const file = sqlitePath(url);
  protectSqliteFile(file);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  return {
    async ensureTable() {
      db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
        "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
        "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
        "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
        "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    },
    async appliedRows() {
      return db
        .prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`)
        .all() as AppliedRow[];
    },
    async apply(m) {
      // Table redefinitions need foreign keys off; the check below keeps them honest.
      db.pragma("foreign_keys = OFF");
      const run = db.transaction(() => {
        // Another instance may have applied it while we waited for the write lock.
        const again = db
          .prepare(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL`)
          .get(m.name);
        if (again) return;
        db.exec(m.sql);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0) throw new Error(`it leaves ${broken.length} rows that break foreign keys`);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES (?, ?, current_timestamp, ?, current_timestamp, 1)`,
        ).run(randomUUID(), m.checksum, m.name);
      });
      try {
        run.immediate();
      } finally {
        db.pragma("foreign_keys = ON");
      }
    },
    async close() {
      db.close();
    },
  };
}

// Any constant works: it only has to be the same for every instance of the dashboard.
const MIGRATION_LOCK = 7_301_991;

async function postgresDriver(url: string): Promise<Driver> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  // Several instances may start at once against one database: one migrates, the others wait.
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
  return {
    async ensureTable() {
      await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
        "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
        "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
        "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    },
    async appliedRows() {
      const res = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
      );
      return res.rows;
    },
    async apply(m) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    },
    async close() {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
      await client.end();
    },
  };
}
