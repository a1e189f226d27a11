import { describe, expect, it } from "vitest";
import { alertSettingsSchema } from "./alert-settings";

describe("alertSettingsSchema", () => {
  it("splits pasted addresses, drops duplicates and empties, and reads empty fields as none", () => {
    expect(
      alertSettingsSchema.parse({ webhookUrl: " ", emails: "Ops@Example.com, oncall@example.com;\nops@example.com\n", alarmTopicArn: "" }),
    ).toEqual({
      webhookUrl: null,
      emails: ["ops@example.com", "oncall@example.com"],
      alarmTopicArn: null,
    });
    expect(alertSettingsSchema.parse({})).toEqual({ webhookUrl: null, emails: [], alarmTopicArn: null });
  });

  it("refuses a non-http webhook, a bad address and a topic ARN that is not SNS", () => {
    const r = alertSettingsSchema.safeParse({
      webhookUrl: "ftp://hooks.example",
      emails: "ops@example.com, not-an-address",
      alarmTopicArn: "arn:aws:sqs:us-east-1:123456789012:q",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["alarmTopicArn", "emails", "webhookUrl"]);
    expect(
      alertSettingsSchema.parse({
        webhookUrl: "https://hooks.slack.com/services/T/B/X",
        alarmTopicArn: "arn:aws:sns:eu-west-1:123456789012:alerts",
      }),
    ).toMatchObject({
      webhookUrl: "https://hooks.slack.com/services/T/B/X",
      alarmTopicArn: "arn:aws:sns:eu-west-1:123456789012:alerts",
    });
  });
});
