import "server-only";
import { db } from "../db/client";
import type { AwsAccountInput } from "../validation/aws-account";
import { DEFAULT_ACCOUNT, DEFAULT_ACCOUNT_ID, newAccountId, parseStoredAccounts, type AwsAccount } from "./aws-account";

/** Setting key of the accounts an admin added on the Settings page (a JSON array, references only). */
export const ACCOUNTS_KEY = "aws-accounts";

// Every scoped query resolves the current account, so the list is kept in memory. After TTL_MS
// the stale list is still answered while a fresh one loads: a query inside a transaction then never
// waits for a second connection (SQLite has one). Another instance's change shows up within TTL_MS.
const TTL_MS = 5_000;
// On globalThis for the same reason as the account storage (account-context.ts): a change made by a
// page must reach the copy of this module the shared database client calls.
type Memo = { at: number; value: Promise<AwsAccount[]>; refreshing?: boolean };
const shared = globalThis as unknown as { launchpadAccounts?: Memo };

export class AccountChangeRefused extends Error {}

async function storedAccounts(): Promise<AwsAccount[]> {
  const row = await db().setting.findUnique({ where: { key: ACCOUNTS_KEY } });
  return parseStoredAccounts(row?.value);
}

const load = () => storedAccounts().then((stored) => [DEFAULT_ACCOUNT, ...stored]);

/** Every watched account, the server's own credentials first. */
export function listAccounts(): Promise<AwsAccount[]> {
  const memo = shared.launchpadAccounts;
  if (!memo) {
    const value = load();
    shared.launchpadAccounts = { at: Date.now(), value };
    value.catch(() => (shared.launchpadAccounts = undefined));
    return value;
  }
  if (Date.now() - memo.at > TTL_MS && !memo.refreshing) {
    memo.refreshing = true;
    load().then(
      (fresh) => shared.launchpadAccounts === memo && (shared.launchpadAccounts = { at: Date.now(), value: Promise.resolve(fresh) }),
      () => (memo.refreshing = false),
    );
  }
  return memo.value;
}

export async function findAccount(id: string | undefined): Promise<AwsAccount | undefined> {
  return id ? (await listAccounts()).find((a) => a.id === id) : undefined;
}

async function save(accounts: AwsAccount[]): Promise<void> {
  const value = JSON.stringify(accounts.filter((a) => a.id !== DEFAULT_ACCOUNT_ID));
  await db().setting.upsert({ where: { key: ACCOUNTS_KEY }, create: { key: ACCOUNTS_KEY, value }, update: { value } });
  shared.launchpadAccounts = undefined;
}

export async function addAccount(input: AwsAccountInput): Promise<AwsAccount> {
  shared.launchpadAccounts = undefined;
  const current = await listAccounts();
  if (input.kind === "role" && current.some((a) => a.kind === "role" && a.roleArn === input.roleArn && a.externalId === input.externalId)) {
    throw new AccountChangeRefused("That role is watched already.");
  }
  if (input.kind === "profile" && current.some((a) => a.kind === "profile" && a.profile === input.profile)) {
    throw new AccountChangeRefused("That profile is watched already.");
  }
  const account = {
    ...input,
    id: newAccountId(
      input.name,
      current.map((a) => a.id),
    ),
  } as AwsAccount;
  await save([...current, account]);
  return account;
}

/** Stops watching an account; its stored readings stay, so adding it back shows its history. */
export async function removeAccount(id: string): Promise<AwsAccount> {
  shared.launchpadAccounts = undefined;
  if (id === DEFAULT_ACCOUNT_ID) throw new AccountChangeRefused("The server's own credentials are always watched.");
  const current = await listAccounts();
  const account = current.find((a) => a.id === id);
  if (!account) throw new AccountChangeRefused("That account is not watched.");
  await save(current.filter((a) => a.id !== id));
  return account;
}
