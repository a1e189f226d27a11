/** Turns an SDK error into one sentence a user can act on, naming what AWS said. */
export function describeAwsError(e: unknown, action: string): string {
  const err = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  if (err.name === "AccessDeniedException" || err.name === "AccessDenied") return `This needs \`${action}\` on this account (AWS answered AccessDenied).`;
  if (err.name === "CredentialsProviderError") return "No AWS credentials were found for the server (environment, profile, SSO or role).";
  const code = err.$metadata?.httpStatusCode;
  return `${action} failed: ${err.name ?? "error"}${code ? ` (HTTP ${code})` : ""}${err.message ? `: ${err.message}` : ""}`;
}
