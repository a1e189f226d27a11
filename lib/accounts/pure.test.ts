import { describe, expect, it } from "vitest";
import { scopeArgs } from "../db/account-scope";
import { awsAccountSchema, NO_ACCESS_KEYS } from "../validation/aws-account";
import { newAccountId, parseStoredAccounts, roleAccountNumber } from "./aws-account";
import { refreshingCredentials, REFRESH_MARGIN_MS } from "./refreshing-credentials";
import { keyShapedValue } from "../../test/key-shaped-value";

describe("account scoping of queries", () => {
  it("narrows reads and bulk writes, stamps new rows, and lets an explicit account win", () => {
    expect(scopeArgs("findMany", undefined, "a")).toEqual({ where: { account: "a" } });
    expect(scopeArgs("findFirst", { where: { region: "r" } }, "a")).toEqual({ where: { account: "a", region: "r" } });
    expect(scopeArgs("deleteMany", { where: { account: "b" } }, "a")).toEqual({ where: { account: "b" } });
    expect(scopeArgs("create", { data: { region: "r" } }, "a")).toEqual({ data: { account: "a", region: "r" } });
    expect(scopeArgs("createMany", { data: [{ region: "r" }, { region: "s" }] }, "a")).toEqual({
      data: [
        { account: "a", region: "r" },
        { account: "a", region: "s" },
      ],
    });
    expect(scopeArgs("upsert", { where: { id: "1" }, create: { region: "r" } }, "a")).toEqual({
      where: { account: "a", id: "1" },
      create: { account: "a", region: "r" },
    });
  });
});

describe("the account form's schema", () => {
  it("accepts a role with an optional external id, and a profile", () => {
    expect(
      awsAccountSchema.parse({
        name: " EU ",
        kind: "role",
        roleArn: "arn:aws:iam::210987654321:role/SesLaunchpad",
        externalId: "",
        profile: "",
      }),
    ).toEqual({
      name: "EU",
      kind: "role",
      roleArn: "arn:aws:iam::210987654321:role/SesLaunchpad",
      externalId: undefined,
    });
    expect(awsAccountSchema.parse({ name: "Ops", kind: "profile", profile: "ops-admin" })).toEqual({
      name: "Ops",
      kind: "profile",
      profile: "ops-admin",
    });
  });

  it("refuses access keys, wherever they are typed", () => {
    const keyed = awsAccountSchema.safeParse({
      name: "x",
      kind: "role",
      roleArn: "arn:aws:iam::210987654321:role/R",
      secretAccessKey: "abc",
    });
    expect(keyed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["secretAccessKey", NO_ACCESS_KEYS]]);
    const pasted = awsAccountSchema.safeParse({ name: "x", kind: "profile", profile: keyShapedValue() });
    expect(pasted.error?.issues[0]?.message).toBe(NO_ACCESS_KEYS);
  });

  it("names the field of a malformed role ARN or external id", () => {
    const bad = awsAccountSchema.safeParse({ name: "x", kind: "role", roleArn: "arn:aws:iam::123:user/bob", externalId: "a b" });
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(["roleArn", "externalId"]);
  });
});

describe("account ids and stored accounts", () => {
  it("derives a short unique id that is never the default account's", () => {
    expect(newAccountId("Production EU!", [])).toBe("production-eu");
    expect(newAccountId("Production EU", ["default", "production-eu"])).toBe("production-eu-2");
    expect(newAccountId("Default", ["default"])).toBe("default-2");
    expect(roleAccountNumber("arn:aws:iam::210987654321:role/x")).toBe("210987654321");
  });

  it("keeps only well-formed stored entries", () => {
    const stored = JSON.stringify([
      { id: "a", name: "A", kind: "role", roleArn: "arn" },
      { id: "default", name: "D", kind: "profile", profile: "p" },
      { id: "b", kind: "profile" },
    ]);
    expect(parseStoredAccounts(stored).map((a) => a.id)).toEqual(["a"]);
    expect(parseStoredAccounts("not json")).toEqual([]);
  });
});

describe("refreshing temporary credentials", () => {
  it("shares one fetch, fetches again inside the margin before expiry, and retries after a failure", async () => {
    let clock = 0;
    let calls = 0;
    let fail = false;
    const provider = refreshingCredentials(
      async () => {
        calls++;
        if (fail) throw new Error("denied");
        return { accessKeyId: `k${calls}`, secretAccessKey: "s", expiration: new Date(clock + 15 * 60_000) };
      },
      () => clock,
    );
    expect((await Promise.all([provider(), provider()])).map((c) => c.accessKeyId)).toEqual(["k1", "k1"]);
    clock += 15 * 60_000 - REFRESH_MARGIN_MS - 1;
    expect((await provider()).accessKeyId).toBe("k1");
    clock += 1;
    fail = true;
    await expect(provider()).rejects.toThrow("denied");
    fail = false;
    expect((await provider()).accessKeyId).toBe("k3");
  });
});
