/** An SES error from PutAccountDetails, in words a person can act on; the draft is always kept. */
export function describeSubmitError(e: unknown): { status: 409 | 422; message: string } {
  const err = e as { name?: string; message?: string };
  const said = err.message ? ` (AWS said: ${err.message})` : "";
  switch (err.name) {
    case "ConflictException":
      return {
        status: 409,
        message: `AWS refused a new request for this region: a review is still open, or the last one was denied. Follow the case in the Support Center instead.${said}`,
      };
    case "TooManyRequestsException":
    case "ThrottlingException":
    case "Throttling":
      return {
        status: 409,
        message: "AWS is throttling requests right now. Nothing was sent; your draft is saved. Try again in a minute.",
      };
    case "BadRequestException":
      return { status: 422, message: `AWS rejected the request as malformed. Nothing was sent; correct the answers and try again.${said}` };
    case "AccessDeniedException":
    case "AccessDenied":
      return {
        status: 409,
        message:
          "The dashboard's AWS credentials may not call ses:PutAccountDetails. Grant that permission, or submit in the console with the prepared answers.",
      };
    case "CredentialsProviderError":
      return { status: 409, message: "The server has no AWS credentials (environment, profile, SSO or role), so nothing was sent." };
    default:
      return {
        status: 409,
        message: `The request did not reach AWS${err.name ? ` (${err.name})` : ""}. Your draft is saved; try again shortly.${said}`,
      };
  }
}
