import "server-only";
import path from "node:path";
import { env, isDemo, SettingError, type Env } from "../env";
import { hashPassword } from "../auth/password";
import { db } from "./client";
import { firstAdminSchema } from "../validation/user";
import { createFirstAdmin, hasAnyUser } from "../users/first-admin";
import { migrate, MigrationError } from "./migrate";
import { databaseProvider, redactUrl, sqlitePath } from "./provider";

/**
 * Applies pending migrations and creates the admin of an unattended install.
 * A database that cannot be used stops the server with one line naming the
 * setting, instead of a stack trace on the first request.
 */
export async function prepareDatabase(e: Env = env()): Promise<void> {
  let url = "";
  try {
    url = e.DATABASE_URL;
    const result = await migrate(url);
    if (result.applied.length) console.log(`Database: applied ${result.applied.join(", ")}`);
    await bootstrapAdmin(e);
    if (isDemo(e)) {
      // The demo admin's password is printed on the sign-in page: only ever in the demo's own database.
      if (!sameDatabase(url, e.LAUNCHPAD_DEMO_DATABASE)) {
        throw new SettingError(
          `LAUNCHPAD_DEMO=1 runs only on the demo's own database (LAUNCHPAD_DEMO_DATABASE, ${e.LAUNCHPAD_DEMO_DATABASE}), not on DATABASE_URL: start with npm start, which picks it`,
        );
      }
      await ensureDemoAdmin();
    } else await removeDemoAdmin();
  } catch (e) {
    if (e instanceof SettingError) {
      console.error(`Cannot start: ${e.message}`);
    } else {
      const reason = e instanceof MigrationError ? e.message : describe(e);
      console.error(`Cannot start: DATABASE_URL (${redactUrl(url) || "unset"}) cannot be used: ${reason}`);
    }
    process.exit(1);
  }
}

const sameDatabase = (a: string, b: string) =>
  databaseProvider(a) === "sqlite" && databaseProvider(b) === "sqlite" && path.resolve(sqlitePath(a)) === path.resolve(sqlitePath(b));

function describe(e: unknown): string {
  const err = e as { code?: string; message?: string };
  return [err.code, err.message?.split("\n")[0]].filter(Boolean).join(": ") || String(e);
}

async function bootstrapAdmin(e: Env) {
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = e;
  if (!ADMIN_EMAIL || !ADMIN_PASSWORD || (await hasAnyUser())) return;
  const parsed = firstAdminSchema.safeParse({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  if (!parsed.success) throw new SettingError(`ADMIN_EMAIL / ADMIN_PASSWORD: ${parsed.error.issues[0]!.message}`);
  await createFirstAdmin(parsed.data);
  console.log(`Created the first admin, ${parsed.data.email}, from ADMIN_EMAIL.`);
}

/** Demo mode only (its own database): the admin whose sign-in the sign-in page shows. */
async function ensureDemoAdmin() {
  const email = "demo@example.com";
  if (await db().user.findUnique({ where: { email } })) return;
  await db().user.create({ data: { email, name: "Demo admin", role: "admin", passwordHash: await hashPassword("demo") } });
}

/** Outside demo mode the demo's well-known password must not open anything. */
async function removeDemoAdmin() {
  const removed = await db().user.deleteMany({ where: { email: "demo@example.com", name: "Demo admin" } });
  if (removed.count) console.log("Removed the demo admin: this server is not in demo mode.");
}
