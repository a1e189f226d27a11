import { describe, expect, it } from "vitest";
import { describeAwsError, iamActionOf } from "./describe-aws-error";

describe("describeAwsError", () => {
  it("names the IAM action for every service's way of saying access denied", () => {
    expect(describeAwsError({ name: "AccessDeniedException" }, "sesv2:GetAccount (us-east-1)")).toBe(
      "This needs `ses:GetAccount` on this account (AWS answered AccessDeniedException).",
    );
    expect(describeAwsError({ name: "AuthorizationError" }, "sns:ListSubscriptionsByTopic (2 topic(s))")).toMatch(
      /^This needs `sns:ListSubscriptionsByTopic`/,
    );
    expect(describeAwsError({ name: "AccessDenied" }, "cloudwatch:DescribeAlarms (eu-west-1)")).toMatch(
      /^This needs `cloudwatch:DescribeAlarms`/,
    );
  });

  it("keeps a description it cannot map, and tells bad credentials from missing permissions", () => {
    expect(iamActionOf("reading the set-up")).toBe("reading the set-up");
    expect(describeAwsError({ name: "ExpiredToken" }, "sts:GetCallerIdentity")).toMatch(/wrong or expired/);
    expect(describeAwsError({ name: "Throttling", message: "Rate exceeded", $metadata: { httpStatusCode: 400 } }, "ses:GetAccount")).toBe(
      "ses:GetAccount failed: Throttling (HTTP 400): Rate exceeded",
    );
  });
});
