/** AWS's names for "the principal lacks this permission", by service: SNS says AuthorizationError. */
const DENIED = new Set([
  "AccessDeniedException",
  "AccessDenied",
  "AuthorizationError",
  "AuthorizationErrorException",
  "UnauthorizedOperation",
]);
/** The credentials themselves are wrong or expired, whatever the action. */
const BAD_CREDENTIALS = new Set([
  "InvalidClientTokenId",
  "UnrecognizedClientException",
  "SignatureDoesNotMatch",
  "ExpiredToken",
  "ExpiredTokenException",
  "InvalidSignatureException",
]);

/**
 * The IAM action behind a call description such as "sesv2:GetAccount (us-east-1)":
 * SES v2 and v1 share the `ses:` prefix in IAM, and the region is not part of the action.
 */
export function iamActionOf(call: string): string {
  const m = /\b(sesv2|ses|sns|cloudwatch|sts):([A-Za-z]+)/.exec(call);
  if (!m) return call;
  return `${m[1] === "sesv2" ? "ses" : m[1]}:${m[2]}`;
}

/** Turns an SDK error into one sentence a user can act on, naming what AWS said. */
export function describeAwsError(e: unknown, action: string): string {
  const err = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  if (err.name && DENIED.has(err.name)) return `This needs \`${iamActionOf(action)}\` on this account (AWS answered ${err.name}).`;
  // Already one sentence with AWS's reason (lib/accounts/account-credentials.ts).
  if (err.name === "AccountCredentialsError") return err.message ?? "The account's credentials could not be had.";
  if (err.name === "CredentialsProviderError") return "No AWS credentials were found for the server (environment, profile, SSO or role).";
  if (err.name && BAD_CREDENTIALS.has(err.name))
    return `AWS refused the server's credentials for ${action} (${err.name}): they are wrong or expired.`;
  const code = err.$metadata?.httpStatusCode;
  return `${action} failed: ${err.name ?? "error"}${code ? ` (HTTP ${code})` : ""}${err.message ? `: ${err.message}` : ""}`;
}
