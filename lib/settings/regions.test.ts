import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { getFromAddress } from "./from-address";
import { fromAddressSources, saveFromAddress } from "./from-address-setting";
import {
  changeWatchedRegions,
  configuredRegions,
  mergeRegions,
  parseStoredRegions,
  REGIONS_KEY,
  RegionChangeRefused,
  watchedRegions,
} from "./regions";

// env() reads these once, on first use.
Object.assign(process.env, { AWS_SES_REGION: "us-east-1", AWS_SES_REGIONS: "us-west-2", AWS_SES_FROM_EMAIL: "env@example.com" });

describe("merging the environment's regions with the stored ones", () => {
  it("keeps the environment's first, in order, and drops repeats", () => {
    expect(mergeRegions(["us-east-1", "us-west-2"], ["eu-west-1", "us-east-1", "eu-west-1"])).toEqual([
      { name: "us-east-1", source: "environment" },
      { name: "us-west-2", source: "environment" },
      { name: "eu-west-1", source: "dashboard" },
    ]);
  });

  it("ignores a stored value that is not a list of region names", () => {
    expect(parseStoredRegions('["eu-west-1", 3, "nowhere", "ap-south-1"]')).toEqual(["eu-west-1", "ap-south-1"]);
    expect(parseStoredRegions("eu-west-1")).toEqual([]);
    expect(parseStoredRegions('{"a":1}')).toEqual([]);
    expect(parseStoredRegions(undefined)).toEqual([]);
  });
});

describe.each(databaseKinds())("watched regions and From address in the database (%s)", (kind) => {
  const store = useTestDatabase(kind);

  it("adds and removes regions after the environment's, which stay", async () => {
    expect(await configuredRegions()).toEqual(["us-east-1", "us-west-2"]);
    await changeWatchedRegions({ op: "add", region: "eu-west-1" });
    await changeWatchedRegions({ op: "add", region: "ap-southeast-2" });
    expect(await configuredRegions()).toEqual(["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"]);
    expect(JSON.parse((await store.db!.setting.findUniqueOrThrow({ where: { key: REGIONS_KEY } })).value)).toEqual([
      "eu-west-1",
      "ap-southeast-2",
    ]);

    await expect(changeWatchedRegions({ op: "add", region: "eu-west-1" })).rejects.toThrow(/watched already/);
    await expect(changeWatchedRegions({ op: "remove", region: "us-west-2" })).rejects.toThrow(RegionChangeRefused);
    await expect(changeWatchedRegions({ op: "remove", region: "sa-east-1" })).rejects.toThrow(/not watched/);

    const after = await changeWatchedRegions({ op: "remove", region: "eu-west-1" });
    expect(after.map((r) => r.name)).toEqual(["us-east-1", "us-west-2", "ap-southeast-2"]);
    expect(await watchedRegions()).toEqual(after);
  });

  it("stops at the most regions the schema allows", async () => {
    const existing = (await configuredRegions()).length;
    for (let i = existing; i < 20; i++) await changeWatchedRegions({ op: "add", region: `eu-test-${i}` });
    await expect(changeWatchedRegions({ op: "add", region: "eu-test-99" })).rejects.toThrow(/at most 20/);
  });

  it("saves the From address over the environment's, and clearing it brings that back", async () => {
    expect(await getFromAddress()).toBe("env@example.com");
    await saveFromAddress("ops@example.com");
    expect(await fromAddressSources()).toEqual({ saved: "ops@example.com", environment: "env@example.com" });
    expect(await getFromAddress()).toBe("ops@example.com");
    await saveFromAddress(undefined);
    expect(await fromAddressSources()).toEqual({ saved: undefined, environment: "env@example.com" });
    expect(await getFromAddress()).toBe("env@example.com");
  });
});
