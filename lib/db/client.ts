import "server-only";
import { currentAccount } from "../accounts/account-context";
import { ACCOUNT_SCOPED_MODELS, scopeArgs } from "./account-scope";
import { createPrismaClient, type Db } from "./create-client";
import { databaseProvider, type DatabaseProvider } from "./provider";
import { env } from "../env";

// One client per server process; Next's dev server re-evaluates modules, so keep it on globalThis.
const holder = globalThis as unknown as { launchpadDb?: Db; launchpadDbProvider?: DatabaseProvider };

/** Account-scoped models see only the current account's rows (lib/db/account-scope.ts). */
function scopedToAccount(client: Db): Db {
  const extended = client.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!ACCOUNT_SCOPED_MODELS.has(model)) return query(args);
          return query(scopeArgs(operation, args as never, (await currentAccount()).id) as typeof args);
        },
      },
    },
  });
  // A query extension changes no method's signature, so the base client's type still describes it.
  return extended as unknown as Db;
}

export function db(): Db {
  if (!holder.launchpadDb) {
    holder.launchpadDb = scopedToAccount(createPrismaClient(env().DATABASE_URL));
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
  holder.launchpadDb = scopedToAccount(createPrismaClient(url));
  holder.launchpadDbProvider = databaseProvider(url);
  return holder.launchpadDb;
}
