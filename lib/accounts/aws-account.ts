import { storedArray } from "../settings/stored-array";

/**
 * A watched AWS account and how the server reaches it. Only references to
 * credentials are kept (a profile name, a role ARN): never a secret.
 */
export type AwsAccount = { id: string; name: string } & (
  { kind: "default" } | { kind: "profile"; profile: string } | { kind: "role"; roleArn: string; externalId?: string }
);

export const DEFAULT_ACCOUNT_ID = "default";

/** The cookie that remembers the account chosen in the header. */
export const ACCOUNT_COOKIE = "account";

/** The server's own credential chain: always watched, never removed. */
export const DEFAULT_ACCOUNT: AwsAccount = { id: DEFAULT_ACCOUNT_ID, name: "Server credentials", kind: "default" };

/** "us-east-1", or "production-eu/us-east-1" for an account other than the server's own: for logs and the CLI. */
export const scopeLabel = (s: { account?: string; region: string }): string =>
  s.account && s.account !== DEFAULT_ACCOUNT_ID ? `${s.account}/${s.region}` : s.region;

/** The 12-digit account a role ARN lives in, e.g. for the list before the connection is tested. */
export function roleAccountNumber(roleArn: string): string | undefined {
  return /^arn:[\w-]+:iam::(\d{12}):role\//.exec(roleArn)?.[1];
}

/** A short, stable id for a new account (it is stored on every row of that account), unique among `taken`. */
export function newAccountId(name: string, taken: string[]): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 32) || "account";
  let id = base === DEFAULT_ACCOUNT_ID ? `${base}-2` : base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** How the account is reached, in a line for the list and the audit log. */
export function describeAccess(account: AwsAccount): string {
  if (account.kind === "default") return "The server's default credential chain";
  if (account.kind === "profile") return `Shared profile "${account.profile}"`;
  return `Role ${account.roleArn}${account.externalId ? " with an external id" : ""}`;
}

/** What a Setting holds, keeping only well-formed entries (a hand edit of the database must not break the pages). */
export function parseStoredAccounts(value: string | undefined): AwsAccount[] {
  return storedArray(value).filter((a): a is AwsAccount => {
    const r = a as Record<string, unknown>;
    if (typeof r?.id !== "string" || typeof r.name !== "string" || r.id === DEFAULT_ACCOUNT_ID) return false;
    return (r.kind === "profile" && typeof r.profile === "string") || (r.kind === "role" && typeof r.roleArn === "string");
  });
}
