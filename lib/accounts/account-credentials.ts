import "server-only";
import { fromIni, fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import { regions } from "../env";
import type { AwsAccount } from "./aws-account";
import { refreshingCredentials, type TemporaryCredentials } from "./refreshing-credentials";

/** Shown in CloudTrail as the session name of every call the dashboard makes through a role. */
export const ROLE_SESSION_NAME = "ses-launchpad";
// The shortest session STS grants: a leaked set of credentials is worth little for long.
export const ROLE_SESSION_SECONDS = 900;

export type CredentialsProvider = () => Promise<TemporaryCredentials>;

/**
 * The account's credentials could not be had (the role refused, the profile is missing). It names
 * the account's way in and AWS's own reason, so no later call blames a missing SES permission.
 */
export class AccountCredentialsError extends Error {
  override name = "AccountCredentialsError";
  constructor(access: string, cause: unknown) {
    const e = cause as { name?: string; message?: string };
    super(`Could not get credentials through ${access}: AWS answered ${e?.name ?? "an error"}${e?.message ? `: ${e.message}` : ""}`);
  }
}

function explained(provider: CredentialsProvider, access: string): CredentialsProvider {
  return () => provider().catch((e: unknown) => Promise.reject(new AccountCredentialsError(access, e)));
}

/**
 * How the SDK gets credentials for one account: undefined leaves the server's default chain
 * (environment, profile, SSO, web identity, task or instance role) in charge.
 */
export function credentialsFor(account: AwsAccount): CredentialsProvider | undefined {
  if (account.kind === "default") return undefined;
  if (account.kind === "profile")
    return refreshingCredentials(explained(fromIni({ profile: account.profile }), `profile "${account.profile}"`));
  return refreshingCredentials(
    explained(
      fromTemporaryCredentials({
        params: {
          RoleArn: account.roleArn,
          ExternalId: account.externalId,
          RoleSessionName: ROLE_SESSION_NAME,
          DurationSeconds: ROLE_SESSION_SECONDS,
        },
        // STS is called in the dashboard's first region (regional endpoints answer faster than the global one).
        clientConfig: { region: regions()[0] },
      }),
      `role ${account.roleArn}`,
    ),
  );
}
