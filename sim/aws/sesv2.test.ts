import {
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  CreateEmailIdentityCommand,
  DeleteEmailIdentityCommand,
  DeleteSuppressedDestinationCommand,
  GetAccountCommand,
  GetConfigurationSetCommand,
  GetConfigurationSetEventDestinationsCommand,
  GetEmailIdentityCommand,
  ListConfigurationSetsCommand,
  ListEmailIdentitiesCommand,
  ListSuppressedDestinationsCommand,
  PutAccountDetailsCommand,
  PutAccountSuppressionAttributesCommand,
  PutEmailIdentityMailFromAttributesCommand,
  PutSuppressedDestinationCommand,
  SendEmailCommand,
  SESv2Client,
} from "@aws-sdk/client-sesv2";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setAccount, setIdentityStatus, startSimulatedAws, type SimulatedAws } from "./server";
import { clientConfig, failure } from "./test-helpers";

let sim: SimulatedAws;
let ses: SESv2Client;
const region = "us-east-1";

beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0, scenario: { review: { outcome: "GRANTED", afterMs: 300 } } });
  ses = new SESv2Client(clientConfig(sim.url, region));
});
afterAll(async () => {
  ses.destroy();
  await sim.close();
});
beforeEach(() => sim.state.reset());

const details = {
  MailType: "TRANSACTIONAL" as const,
  WebsiteURL: "https://app.example.org",
  ContactLanguage: "EN" as const,
  UseCaseDescription: "Receipts",
  ProductionAccessEnabled: true,
};

describe("account", () => {
  it("starts as a sandbox account with no Details", async () => {
    const a = await ses.send(new GetAccountCommand({}));
    expect(a.$metadata.httpStatusCode).toBe(200);
    expect(a).toMatchObject({
      ProductionAccessEnabled: false,
      SendingEnabled: true,
      EnforcementStatus: "HEALTHY",
      SendQuota: { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 0 },
    });
    expect(a.Details).toBeUndefined();
  });

  it("PutAccountDetails validates, goes PENDING, answers 409 to a second request, then is GRANTED after the delay", async () => {
    const bad = await failure(ses.send(new PutAccountDetailsCommand({ ...details, MailType: "PROMOTIONAL" as never })));
    expect(bad.name).toBe("BadRequestException");
    expect(bad.$metadata?.httpStatusCode).toBe(400);
    const noUrl = await failure(ses.send(new PutAccountDetailsCommand({ MailType: "MARKETING" } as never)));
    expect(noUrl.name).toBe("BadRequestException");

    await ses.send(new PutAccountDetailsCommand(details));
    const pending = await ses.send(new GetAccountCommand({}));
    expect(pending.Details?.ReviewDetails?.Status).toBe("PENDING");
    expect(pending.Details?.ReviewDetails?.CaseId).toMatch(/^\d+$/);
    expect(pending.Details?.MailType).toBe("TRANSACTIONAL");

    const conflict = await failure(ses.send(new PutAccountDetailsCommand(details)));
    expect(conflict.name).toBe("ConflictException");
    expect(conflict.$metadata?.httpStatusCode).toBe(409);

    await new Promise((r) => setTimeout(r, 350));
    const granted = await ses.send(new GetAccountCommand({}));
    expect(granted.Details?.ReviewDetails?.Status).toBe("GRANTED");
    expect(granted.ProductionAccessEnabled).toBe(true);
    expect(granted.SendQuota).toMatchObject({ Max24HourSend: 50000, MaxSendRate: 14 });
  });

  it("PutAccountSuppressionAttributes sets SuppressedReasons", async () => {
    await ses.send(new PutAccountSuppressionAttributesCommand({ SuppressedReasons: ["BOUNCE", "COMPLAINT"] }));
    const a = await ses.send(new GetAccountCommand({}));
    expect(a.SuppressionAttributes?.SuppressedReasons).toEqual(["BOUNCE", "COMPLAINT"]);
  });
});

describe("identities", () => {
  it("creates a domain with three DKIM tokens, lists, gets, sets MAIL FROM, deletes, and 404s after", async () => {
    const created = await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: "example.org" }));
    expect(created.IdentityType).toBe("DOMAIN");
    expect(created.VerifiedForSendingStatus).toBe(false);
    expect(created.DkimAttributes?.Status).toBe("PENDING");
    expect(created.DkimAttributes?.Tokens).toHaveLength(3);

    const dup = await failure(ses.send(new CreateEmailIdentityCommand({ EmailIdentity: "example.org" })));
    expect(dup.name).toBe("AlreadyExistsException");
    expect(dup.$metadata?.httpStatusCode).toBe(400);

    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: "ops@other.example" }));
    const list = await ses.send(new ListEmailIdentitiesCommand({}));
    expect(list.EmailIdentities).toEqual([
      { IdentityType: "DOMAIN", IdentityName: "example.org", SendingEnabled: false, VerificationStatus: "PENDING" },
      { IdentityType: "EMAIL_ADDRESS", IdentityName: "ops@other.example", SendingEnabled: false, VerificationStatus: "PENDING" },
    ]);
    const paged = await ses.send(new ListEmailIdentitiesCommand({ PageSize: 1 }));
    expect(paged.EmailIdentities).toHaveLength(1);
    const page2 = await ses.send(new ListEmailIdentitiesCommand({ PageSize: 1, NextToken: paged.NextToken }));
    expect(page2.EmailIdentities?.[0]?.IdentityName).toBe("ops@other.example");
    expect(page2.NextToken).toBeUndefined();

    await ses.send(
      new PutEmailIdentityMailFromAttributesCommand({
        EmailIdentity: "example.org",
        MailFromDomain: "bounce.example.org",
        BehaviorOnMxFailure: "REJECT_MESSAGE",
      }),
    );
    const badMailFrom = await failure(
      ses.send(new PutEmailIdentityMailFromAttributesCommand({ EmailIdentity: "example.org", MailFromDomain: "elsewhere.net" })),
    );
    expect(badMailFrom.name).toBe("BadRequestException");

    setIdentityStatus(region, "example.org", { dkim: "SUCCESS", mailFrom: "SUCCESS" });
    const got = await ses.send(new GetEmailIdentityCommand({ EmailIdentity: "example.org" }));
    expect(got).toMatchObject({
      IdentityType: "DOMAIN",
      VerifiedForSendingStatus: true,
      VerificationStatus: "SUCCESS",
      DkimAttributes: { Status: "SUCCESS", SigningEnabled: true },
      MailFromAttributes: { MailFromDomain: "bounce.example.org", MailFromDomainStatus: "SUCCESS", BehaviorOnMxFailure: "REJECT_MESSAGE" },
    });
    expect(got.DkimAttributes?.Tokens).toEqual(created.DkimAttributes?.Tokens);
    expect(got.VerificationInfo?.LastCheckedTimestamp).toBeInstanceOf(Date);

    const email = await ses.send(new GetEmailIdentityCommand({ EmailIdentity: "ops@other.example" }));
    expect(email.IdentityType).toBe("EMAIL_ADDRESS");

    await ses.send(new DeleteEmailIdentityCommand({ EmailIdentity: "example.org" }));
    const gone = await failure(ses.send(new GetEmailIdentityCommand({ EmailIdentity: "example.org" })));
    expect(gone.name).toBe("NotFoundException");
    expect(gone.$metadata?.httpStatusCode).toBe(404);
    const goneDelete = await failure(ses.send(new DeleteEmailIdentityCommand({ EmailIdentity: "example.org" })));
    expect(goneDelete.name).toBe("NotFoundException");
  });

  it("serves the legacy GET /v2/email/identities route too", async () => {
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: "legacy.example" }));
    const res = await fetch(`${sim.url}/v2/email/identities?PageSize=10`, {
      headers: {
        authorization: "AWS4-HMAC-SHA256 Credential=AKIDSIMULATED/20261128/us-east-1/ses/aws4_request, SignedHeaders=host, Signature=x",
      },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { EmailIdentities: unknown[] }).EmailIdentities).toHaveLength(1);
  });

  it("keeps regions apart", async () => {
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: "only-in-virginia.example" }));
    const eu = new SESv2Client(clientConfig(sim.url, "eu-west-1"));
    try {
      const list = await eu.send(new ListEmailIdentitiesCommand({}));
      expect(list.EmailIdentities).toEqual([]);
      const err = await failure(eu.send(new GetEmailIdentityCommand({ EmailIdentity: "only-in-virginia.example" })));
      expect(err.name).toBe("NotFoundException");
    } finally {
      eu.destroy();
    }
  });
});

describe("configuration sets and suppression", () => {
  it("creates a configuration set with an SNS event destination", async () => {
    await ses.send(
      new CreateConfigurationSetCommand({
        ConfigurationSetName: "dashboard-events",
        ReputationOptions: { ReputationMetricsEnabled: true },
      }),
    );
    const dup = await failure(ses.send(new CreateConfigurationSetCommand({ ConfigurationSetName: "dashboard-events" })));
    expect(dup.name).toBe("AlreadyExistsException");
    const got = await ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: "dashboard-events" }));
    expect(got.ConfigurationSetName).toBe("dashboard-events");
    expect(got.ReputationOptions?.ReputationMetricsEnabled).toBe(true);
    expect((await ses.send(new ListConfigurationSetsCommand({}))).ConfigurationSets).toEqual(["dashboard-events"]);

    await ses.send(
      new CreateConfigurationSetEventDestinationCommand({
        ConfigurationSetName: "dashboard-events",
        EventDestinationName: "to-sns",
        EventDestination: {
          Enabled: true,
          MatchingEventTypes: ["BOUNCE", "COMPLAINT"],
          SnsDestination: { TopicArn: "arn:aws:sns:us-east-1:123456789012:t" },
        },
      }),
    );
    const dests = await ses.send(new GetConfigurationSetEventDestinationsCommand({ ConfigurationSetName: "dashboard-events" }));
    expect(dests.EventDestinations).toEqual([
      {
        Name: "to-sns",
        Enabled: true,
        MatchingEventTypes: ["BOUNCE", "COMPLAINT"],
        SnsDestination: { TopicArn: "arn:aws:sns:us-east-1:123456789012:t" },
      },
    ]);
    const missing = await failure(ses.send(new GetConfigurationSetEventDestinationsCommand({ ConfigurationSetName: "nope" })));
    expect(missing.name).toBe("NotFoundException");
  });

  it("refuses PutSuppressedDestination in the sandbox and allows it in production", async () => {
    const refused = await failure(ses.send(new PutSuppressedDestinationCommand({ EmailAddress: "x@example.com", Reason: "BOUNCE" })));
    expect(refused.name).toBe("BadRequestException");
    setAccount(region, { ProductionAccessEnabled: true });
    await ses.send(new PutSuppressedDestinationCommand({ EmailAddress: "x@example.com", Reason: "BOUNCE" }));
    const list = await ses.send(new ListSuppressedDestinationsCommand({ Reasons: ["BOUNCE"] }));
    expect(list.SuppressedDestinationSummaries?.[0]).toMatchObject({ EmailAddress: "x@example.com", Reason: "BOUNCE" });
    expect(list.SuppressedDestinationSummaries?.[0]?.LastUpdateTime).toBeInstanceOf(Date);
    await ses.send(new DeleteSuppressedDestinationCommand({ EmailAddress: "x@example.com" }));
    const again = await failure(ses.send(new DeleteSuppressedDestinationCommand({ EmailAddress: "x@example.com" })));
    expect(again.name).toBe("NotFoundException");
  });
});

describe("SendEmail", () => {
  const simple = { Simple: { Subject: { Data: "hi" }, Body: { Text: { Data: "hello" } } } };
  async function verifiedDomain() {
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: "example.org" }));
    setIdentityStatus(region, "example.org", { dkim: "SUCCESS" });
  }

  it("rejects an unverified From and, in the sandbox, unverified recipients", async () => {
    const from = await failure(
      ses.send(
        new SendEmailCommand({
          FromEmailAddress: "ops@example.org",
          Destination: { ToAddresses: ["success@simulator.amazonses.com"] },
          Content: simple,
        }),
      ),
    );
    expect(from.name).toBe("MessageRejected");
    expect(from.message).toBe(
      "Email address is not verified. The following identities failed the check in region US-EAST-1: ops@example.org",
    );

    await verifiedDomain();
    const to = await failure(
      ses.send(
        new SendEmailCommand({
          FromEmailAddress: "Ops <ops@example.org>",
          Destination: { ToAddresses: ["someone@gmail.example"] },
          Content: simple,
        }),
      ),
    );
    expect(to.name).toBe("MessageRejected");
    expect(to.$metadata?.httpStatusCode).toBe(400);
    expect(to.message).toContain("someone@gmail.example");

    const ok = await ses.send(
      new SendEmailCommand({
        FromEmailAddress: "ops@example.org",
        Destination: { ToAddresses: ["success@simulator.amazonses.com"] },
        Content: simple,
      }),
    );
    expect(ok.MessageId).toMatch(/-000000$/);
  });

  it("enforces the send rate with TooManyRequestsException and the daily quota", async () => {
    await verifiedDomain();
    const send = (to: string) =>
      ses.send(new SendEmailCommand({ FromEmailAddress: "ops@example.org", Destination: { ToAddresses: [to] }, Content: simple }));
    await send("a@example.org");
    const rate = await failure(send("b@example.org"));
    expect(rate.name).toBe("TooManyRequestsException");
    expect(rate.message).toBe("Maximum sending rate exceeded.");
    expect(rate.$metadata?.httpStatusCode).toBe(429);

    setAccount(region, { Max24HourSend: 2, MaxSendRate: 100 });
    await send("c@example.org");
    const quota = await failure(send("d@example.org"));
    expect(quota.name).toBe("LimitExceededException");
    expect(quota.message).toBe("Daily message quota exceeded.");
    const a = await ses.send(new GetAccountCommand({}));
    expect(a.SendQuota?.SentLast24Hours).toBe(2);
  });

  it("answers SendingPausedException when sending is disabled", async () => {
    await verifiedDomain();
    setAccount(region, { SendingEnabled: false, EnforcementStatus: "SHUTDOWN" });
    const err = await failure(
      ses.send(
        new SendEmailCommand({
          FromEmailAddress: "ops@example.org",
          Destination: { ToAddresses: ["success@simulator.amazonses.com"] },
          Content: simple,
        }),
      ),
    );
    expect(err.name).toBe("SendingPausedException");
  });
});
