import { describe, expect, it } from "vitest";
import { describeCredentialSource } from "./credential-source";

describe("where the server's AWS credentials come from", () => {
  it("follows the SDK's order: a profile wins over keys in the environment", () => {
    const keys = { AWS_ACCESS_KEY_ID: "AKIAEXAMPLE", AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG" };
    expect(describeCredentialSource(keys, false).kind).toBe("environment");
    expect(describeCredentialSource({ ...keys, AWS_PROFILE: "ses-admin" }, false)).toMatchObject({
      kind: "profile",
      summary: expect.stringContaining('"ses-admin"'),
    });
    expect(
      describeCredentialSource({ AWS_WEB_IDENTITY_TOKEN_FILE: "/var/run/token", AWS_ROLE_ARN: "arn:aws:iam::1:role/x" }, false).kind,
    ).toBe("web-identity");
    expect(describeCredentialSource({ AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: "/v2/credentials/abc" }, false).kind).toBe("container");
    expect(describeCredentialSource({}, false).kind).toBe("default-chain");
  });

  it("never repeats a secret or a key id", () => {
    const vars = {
      AWS_ACCESS_KEY_ID: "AKIAEXAMPLE",
      AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG",
      AWS_SESSION_TOKEN: "FwoGZXIvYXdzEXAMPLE",
    };
    const text = JSON.stringify(describeCredentialSource(vars, false));
    for (const value of Object.values(vars)) expect(text).not.toContain(value);
    expect(text).toContain("temporary credentials");
  });

  it("says the demo talks to the simulator, and shows an endpoint override", () => {
    expect(describeCredentialSource({ AWS_ENDPOINT_URL: "http://127.0.0.1:4566" }, true)).toMatchObject({
      kind: "simulator",
      endpoint: "http://127.0.0.1:4566",
    });
    expect(describeCredentialSource({ AWS_ENDPOINT_URL: "http://localhost:4566" }, false).endpoint).toBe("http://localhost:4566");
  });
});
