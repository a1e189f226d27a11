import "server-only";
import { createPrismaClient, type Db } from "./create-client";
import { databaseProvider, type DatabaseProvider } from "./provider";
import { env } from "../env";

// One client per server process; Next's dev server re-evaluates modules, so keep it on globalThis.
const holder = globalThis as unknown as { launchpadDb?: Db; launchpadDbProvider?: DatabaseProvider };

export function db(): Db {
  if (!holder.launchpadDb) {
    holder.launchpadDb = createPrismaClient(env().DATABASE_URL);
    holder.launchpadDbProvider = databaseProvider(env().DATABASE_URL);
  }
  return holder.launchpadDb;
}

/** The engine behind db(), for the few queries written in SQL (their dialects differ). */
export function dbProvider(): DatabaseProvider {
  db();
  return holder.launchpadDbProvider!;
}

/** Points this process's store at another database (tests and scripts). */
export async function useDatabase(url: string): Promise<Db> {
  await holder.launchpadDb?.$disconnect();
  holder.launchpadDb = createPrismaClient(url);
  holder.launchpadDbProvider = databaseProvider(url);
  return holder.launchpadDb;
}
