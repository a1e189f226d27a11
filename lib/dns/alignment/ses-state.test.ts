import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sesDkimFindings } from "../dkim/ses-dkim-findings";
import { sesStateFromIdentity, type EmailIdentityLike } from "./ses-state";

const wire = (name: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "../../../test/fixtures/aws", name), "utf8"));

/** What the SDK hands back for the wire JSON: epoch-second timestamps as Dates. */
function asSdk(raw: { VerificationInfo?: { LastCheckedTimestamp?: number } } & EmailIdentityLike): EmailIdentityLike {
  const checked = raw.VerificationInfo?.LastCheckedTimestamp;
  return {
    ...raw,
    VerificationInfo: {
      ...raw.VerificationInfo,
      LastCheckedTimestamp: checked === undefined ? undefined : new Date(Number(checked) * 1000),
    },
  };
}

describe("sesStateFromIdentity", () => {
  it("reads tokens, MAIL FROM and SES's view from a failed identity", () => {
    const { ses, dkimTokens, mailFromDomain } = sesStateFromIdentity(asSdk(wire("sesv2.GetEmailIdentity.domain-failed.json")));
    expect(dkimTokens).toEqual(["efgh5678exampletoken1", "efgh5678exampletoken2", "efgh5678exampletoken3"]);
    expect(mailFromDomain).toBe("bounce.new.example.org");
    expect(ses).toMatchObject({
      dkimStatus: "FAILED",
      signingEnabled: true,
      signingKeyLength: "RSA_2048_BIT",
      mailFromStatus: "PENDING",
      behaviorOnMxFailure: "REJECT_MESSAGE",
    });
    expect(ses.verificationInfo).toEqual({
      errorType: "TYPE_NOT_FOUND",
      lastCheckedTimestamp: "2026-11-20T00:00:00.500Z",
      lastSuccessTimestamp: undefined,
    });
    const failed = sesDkimFindings([], ses).find((f) => f.code === "dkim.ses-failed");
    expect(failed?.message).toContain("SES found the name, but not as a CNAME");
  });

  it("leaves MAIL FROM fields out when no custom MAIL FROM is set", () => {
    const { ses, mailFromDomain } = sesStateFromIdentity({
      DkimAttributes: { Status: "SUCCESS", Tokens: [] },
      MailFromAttributes: { MailFromDomain: "", MailFromDomainStatus: "FAILED", BehaviorOnMxFailure: "USE_DEFAULT_VALUE" },
    });
    expect(mailFromDomain).toBeUndefined();
    expect(ses.mailFromStatus).toBeUndefined();
  });
});
