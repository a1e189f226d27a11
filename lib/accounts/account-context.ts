import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cookies } from "next/headers";
import { findAccount } from "./account-registry";
import { ACCOUNT_COOKIE, DEFAULT_ACCOUNT, type AwsAccount } from "./aws-account";

// Next bundles the instrumentation hook and the pages separately, each with its own copy of this
// module, while the database client is shared on globalThis: one storage for the process, or a page's
// withAccount would be invisible to the client's query extension (made by whichever copy came first).
const holder = globalThis as unknown as { launchpadAccountStorage?: AsyncLocalStorage<AwsAccount> };
const storage = (holder.launchpadAccountStorage ??= new AsyncLocalStorage<AwsAccount>());

/**
 * Runs `fn` against one account: every AWS client and every account-scoped query
 * inside it (however deep) uses that account. This is what lets the adapters keep
 * taking only a region.
 */
export function withAccount<T>(account: AwsAccount, fn: () => Promise<T>): Promise<T> {
  return storage.run(account, fn);
}

async function requestedAccountId(): Promise<string | undefined> {
  try {
    return (await cookies()).get(ACCOUNT_COOKIE)?.value;
  } catch {
    // Outside a request (the collector, the CLI, tests) there is no cookie to read.
    return undefined;
  }
}

/**
 * The account in effect: the one `withAccount` set, else the one the user chose in the
 * header (only when it is still watched), else the server's own credentials.
 */
export async function currentAccount(): Promise<AwsAccount> {
  return storage.getStore() ?? (await findAccount(await requestedAccountId())) ?? DEFAULT_ACCOUNT;
}

/** The current account's id, for compound unique keys that name the account. */
export async function currentAccountId(): Promise<string> {
  return (await currentAccount()).id;
}
