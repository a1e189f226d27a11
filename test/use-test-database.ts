import { afterAll, beforeAll } from "vitest";
import { useDatabase } from "../lib/db/client";
import type { Db } from "../lib/db/create-client";
import { migrate } from "../lib/db/migrate";
import { freshDatabase, type TestDatabase } from "./databases";

/** A migrated, empty database of `kind` for the tests of one describe block. */
export function useTestDatabase(kind: "sqlite" | "postgresql") {
  const ref: { db?: Db; database?: TestDatabase } = {};
  beforeAll(async () => {
    ref.database = await freshDatabase(kind);
    await migrate(ref.database.url);
    ref.db = await useDatabase(ref.database.url);
  });
  afterAll(async () => {
    await ref.db?.$disconnect();
    await ref.database?.drop();
  });
  return ref;
}
