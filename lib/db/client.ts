import "server-only";
import { createPrismaClient, type Db } from "./create-client";
import { env } from "../env";

// One client per server process; Next's dev server re-evaluates modules, so keep it on globalThis.
const holder = globalThis as unknown as { launchpadDb?: Db };

export function db(): Db {
  holder.launchpadDb ??= createPrismaClient(env().DATABASE_URL);
  return holder.launchpadDb;
}

/** Points this process's store at another database (tests and scripts). */
export async function useDatabase(url: string): Promise<Db> {
  await holder.launchpadDb?.$disconnect();
  holder.launchpadDb = createPrismaClient(url);
  return holder.launchpadDb;
}
