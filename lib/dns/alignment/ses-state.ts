/**
 * SES's own view of an identity, from SES v2 GetEmailIdentity: what the DNS
 * findings are compared with. Values are SES's enums as strings.
 */
export type SesIdentityState = {
  /** DkimAttributes.Status: PENDING | SUCCESS | FAILED | TEMPORARY_FAILURE | NOT_STARTED. */
  dkimStatus?: string;
  signingEnabled?: boolean;
  /** DkimAttributes.CurrentSigningKeyLength: RSA_1024_BIT | RSA_2048_BIT. */
  signingKeyLength?: string;
  /** DkimAttributes.SigningAttributesOrigin: AWS_SES (Easy DKIM), EXTERNAL (BYODKIM), AWS_SES_<REGION> (DEED). */
  signingOrigin?: string;
  /** MailFromAttributes.MailFromDomainStatus: PENDING | SUCCESS | FAILED | TEMPORARY_FAILURE. */
  mailFromStatus?: string;
  /** MailFromAttributes.BehaviorOnMxFailure: USE_DEFAULT_VALUE | REJECT_MESSAGE. */
  behaviorOnMxFailure?: string;
  verificationStatus?: string;
  verificationInfo?: { errorType?: string; lastCheckedTimestamp?: string; lastSuccessTimestamp?: string };
};
