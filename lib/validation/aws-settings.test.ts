import { describe, expect, it } from "vitest";
import {
  fromAddressSchema,
  fromAddressWarning,
  MAX_WATCHED_REGIONS,
  regionChangeSchema,
  regionNameField,
  SES_REGIONS,
  watchedRegionsSchema,
} from "./aws-settings";

describe("watched regions", () => {
  it("accepts every SES region, GovCloud included, and normalizes case and spaces", () => {
    for (const r of SES_REGIONS) expect(regionNameField.parse(r)).toBe(r);
    expect(watchedRegionsSchema.parse([" EU-West-1 ", "us-east-1"])).toEqual(["eu-west-1", "us-east-1"]);
  });

  it("keeps the order and drops repeats", () => {
    expect(watchedRegionsSchema.parse(["us-east-1", "eu-west-1", "us-east-1"])).toEqual(["us-east-1", "eu-west-1"]);
  });

  it("refuses an empty list, names that are not regions, and too many regions", () => {
    expect(watchedRegionsSchema.safeParse([]).error?.issues[0]?.message).toBe("Watch at least one region.");
    for (const bad of ["europe", "eu-west", "us_east_1", "eu-west-1a", "https://eu-west-1", ""]) {
      expect(watchedRegionsSchema.safeParse([bad]).success, bad).toBe(false);
    }
    const many = (n: number) => Array.from({ length: n }, (_, i) => `eu-test-${i}`);
    expect(watchedRegionsSchema.safeParse(many(MAX_WATCHED_REGIONS)).success).toBe(true);
    expect(watchedRegionsSchema.safeParse(many(MAX_WATCHED_REGIONS + 1)).success).toBe(false);
  });

  it("describes one change with a known operation", () => {
    expect(regionChangeSchema.parse({ op: "add", region: "AP-SOUTHEAST-2" })).toEqual({ op: "add", region: "ap-southeast-2" });
    expect(regionChangeSchema.safeParse({ op: "rename", region: "eu-west-1" }).success).toBe(false);
  });
});

describe("From address", () => {
  it("accepts an address, lower-cased, and treats an empty value as 'clear'", () => {
    expect(fromAddressSchema.parse({ fromEmail: " NoReply@Example.COM " })).toEqual({ fromEmail: "noreply@example.com" });
    expect(fromAddressSchema.parse({ fromEmail: "  " })).toEqual({ fromEmail: undefined });
  });

  it("refuses what is not an address", () => {
    for (const bad of ["noreply", "noreply@", "@example.com", "no reply@example.com", `${"a".repeat(250)}@example.com`]) {
      expect(fromAddressSchema.safeParse({ fromEmail: bad }).success, bad).toBe(false);
    }
  });

  it("warns about free-mail domains only", () => {
    expect(fromAddressWarning("me@gmail.com")).toMatch(/gmail\.com is a free-mail domain/);
    expect(fromAddressWarning("me@GMAIL.com")).toMatch(/free-mail/);
    expect(fromAddressWarning("noreply@example.com")).toBeUndefined();
    expect(fromAddressWarning(undefined)).toBeUndefined();
  });
});
