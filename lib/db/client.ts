import "server-only";
import { createPrismaClient, type Db } from "./create-client";
import { env } from "../env";

// One client per server process; Next's dev server re-evaluates modules, so keep it on globalThis.
const holder = globalThis as unknown as { launchpadDb?: Db };

export function db(): Db {
  holder.launchpadDb ??= createPrismaClient(env().DATABASE_URL);
  return holder.launchpadDb;
}
