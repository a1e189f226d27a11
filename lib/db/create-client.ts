import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { databaseProvider, sqlitePath } from "./provider";
import { protectSqliteFile } from "./sqlite-file";

/**
 * Both generated clients expose the same models (the PostgreSQL schema is
 * written from the SQLite one), so the SQLite client's type serves for both.
 */
export type Db = SqliteClient;

export function createPrismaClient(url: string): Db {
  if (databaseProvider(url) === "sqlite") {
    protectSqliteFile(sqlitePath(url));
    return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: `file:${sqlitePath(url)}` }) });
  }
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) });
  return client as unknown as Db;
}
