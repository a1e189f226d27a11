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

/** The fields of SES v2 GetEmailIdentity this check reads (a structural subset of GetEmailIdentityResponse). */
export type EmailIdentityLike = {
  DkimAttributes?: {
    Status?: string;
    SigningEnabled?: boolean;
    CurrentSigningKeyLength?: string;
    SigningAttributesOrigin?: string;
    Tokens?: string[];
  };
  MailFromAttributes?: { MailFromDomain?: string; MailFromDomainStatus?: string; BehaviorOnMxFailure?: string };
  VerificationStatus?: string;
  VerificationInfo?: { ErrorType?: string; LastCheckedTimestamp?: Date | string; LastSuccessTimestamp?: Date | string };
};

const iso = (d: Date | string | undefined) => (d === undefined ? undefined : new Date(d).toISOString());

/** SES's view, the Easy DKIM tokens and the MAIL FROM domain, from a GetEmailIdentity response. */
export function sesStateFromIdentity(identity: EmailIdentityLike): {
  ses: SesIdentityState;
  dkimTokens: string[];
  mailFromDomain?: string;
} {
  const dkim = identity.DkimAttributes ?? {};
  const mailFrom = identity.MailFromAttributes;
  const info = identity.VerificationInfo;
  return {
    dkimTokens: dkim.Tokens ?? [],
    mailFromDomain: mailFrom?.MailFromDomain || undefined,
    ses: {
      dkimStatus: dkim.Status,
      signingEnabled: dkim.SigningEnabled,
      signingKeyLength: dkim.CurrentSigningKeyLength,
      signingOrigin: dkim.SigningAttributesOrigin,
      mailFromStatus: mailFrom?.MailFromDomain ? mailFrom.MailFromDomainStatus : undefined,
      behaviorOnMxFailure: mailFrom?.MailFromDomain ? mailFrom.BehaviorOnMxFailure : undefined,
      verificationStatus: identity.VerificationStatus,
      verificationInfo: info
        ? {
            errorType: info.ErrorType,
            lastCheckedTimestamp: iso(info.LastCheckedTimestamp),
            lastSuccessTimestamp: iso(info.LastSuccessTimestamp),
          }
        : undefined,
    },
  };
}
