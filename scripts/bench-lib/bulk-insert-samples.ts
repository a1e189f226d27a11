// Bulk inserts of ReputationSample rows straight through the database driver, into the table the migrations
// made: Prisma's createMany took about a minute for a year of three regions, this takes seconds. Dates are
// written as Prisma's adapters write them (ISO text with "+00:00" in SQLite, UTC timestamps in PostgreSQL).
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, sqlitePath } from "../../lib/db/provider";
import { SAMPLE_FIELDS, type SampleRow } from "../../lib/reputation/sample-rows";

const COLUMNS = ["id", "region", "period", "at", ...SAMPLE_FIELDS].map((c) => `"${c}"`).join(", ");
const PG_TYPES = ["text", "text", "int", "timestamp", ...SAMPLE_FIELDS.map(() => "float8")];
const PG_CHUNK = 20_000;

export async function bulkInsertSamples(url: string, region: string, period: number, rows: readonly SampleRow[]): Promise<number> {
  const id = (r: SampleRow) => `bench-${region}-${period}-${r.at}`;
  if (databaseProvider(url) === "sqlite") {
    const sqlite = new Database(sqlitePath(url));
    const insert = sqlite.prepare(`INSERT INTO "ReputationSample" (${COLUMNS}) VALUES (${PG_TYPES.map(() => "?").join(", ")})`);
    sqlite.transaction(() => {
      for (const r of rows)
        insert.run(id(r), region, period, new Date(r.at).toISOString().replace("Z", "+00:00"), ...SAMPLE_FIELDS.map((f) => r[f]));
    })();
    sqlite.close();
    return rows.length;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // One array parameter per column, unnested into rows: one round trip per chunk.
  const sql = `INSERT INTO "ReputationSample" (${COLUMNS}) SELECT * FROM unnest(${PG_TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(", ")})`;
  for (let i = 0; i < rows.length; i += PG_CHUNK) {
    const chunk = rows.slice(i, i + PG_CHUNK);
    await client.query(sql, [
      chunk.map(id),
      chunk.map(() => region),
      chunk.map(() => period),
      chunk.map((r) => new Date(r.at).toISOString().slice(0, -1)),
      ...SAMPLE_FIELDS.map((f) => chunk.map((r) => r[f])),
    ]);
  }
  // As autovacuum leaves a table in service: statistics, hint bits and visibility map set.
  await client.query(`VACUUM ANALYZE "ReputationSample"`);
  await client.end();
  return rows.length;
}
