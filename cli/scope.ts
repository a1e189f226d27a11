import { existsSync } from "node:fs";
import { usageError } from "./args";
import type { CommandIo } from "./io";
import { withAccount } from "../lib/accounts/account-context";
import { listAccounts } from "../lib/accounts/account-registry";
import { scopeLabel, type AwsAccount } from "../lib/accounts/aws-account";
import { databaseProvider, sqlitePath } from "../lib/db/provider";
import { env } from "../lib/env";
import { configuredRegions } from "../lib/settings/regions";
import { regionNameField } from "../lib/validation/aws-settings";

/** The options of every command that reads the dashboard's store. */
export const SCOPE_OPTIONS = {
  account: { type: "string" },
  region: { type: "string", multiple: true },
  json: { type: "boolean" },
} as const;

export type Scope = { account: AwsAccount; region: string; label: string };

/**
 * The accounts and regions a command reads: `--account` (an id from Settings) else every watched account,
 * `--region` (repeatable, or comma-separated) else the configured regions, as the dashboard watches them.
 * Null after a usage error.
 */
export async function resolveScopes(
  command: string,
  values: { account?: string; region?: string[] },
  io: CommandIo,
): Promise<Scope[] | null> {
  const asked = values.region
    ?.flatMap((r) => r.split(","))
    .map((r) => r.trim())
    .filter(Boolean);
  const bad = asked?.find((r) => !regionNameField.safeParse(r).success);
  if (bad !== undefined) {
    usageError(command, `"${bad}" is not an AWS region name.`, io);
    return null;
  }
  requireDatabase();
  const watched = await listAccounts();
  const accounts = values.account === undefined ? watched : watched.filter((a) => a.id === values.account);
  if (!accounts.length) {
    usageError(command, `No watched account "${values.account}"; watched: ${watched.map((a) => a.id).join(", ")}.`, io);
    return null;
  }
  const regions = asked?.length ? asked : await configuredRegions();
  return accounts.flatMap((account) => regions.map((region) => ({ account, region, label: scopeLabel({ account: account.id, region }) })));
}

/** Opening a missing SQLite file would create an empty one and fail on the first query: say what to do instead. */
export function requireDatabase(): void {
  const url = env().DATABASE_URL;
  if (databaseProvider(url) === "sqlite" && !existsSync(sqlitePath(url))) {
    throw new Error(`No database at ${sqlitePath(url)} (DATABASE_URL): start the dashboard or run \`ses-launchpad collect\` first.`);
  }
}

/** `read` for each scope inside its account's context (as the collector runs), with the scope beside each result. */
export function readEach<T>(scopes: Scope[], read: (region: string) => Promise<T>): Promise<Array<{ scope: Scope } & T>> {
  return Promise.all(scopes.map((scope) => withAccount(scope.account, async () => ({ scope, ...(await read(scope.region)) }))));
}

/** A scope as the JSON output names it. */
export const scopeJson = (s: Scope) => ({ account: s.account.id, region: s.region });
