import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseLaunchMode, launchSettings } from "../../scripts/launch-mode.mjs";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { readEnv } from "../env";
import { prepareDatabase } from "./prepare-database";

const settings = (values: Record<string, string | undefined>) => readEnv(values as NodeJS.ProcessEnv);
const admin = { ADMIN_EMAIL: "ops@example.com", ADMIN_PASSWORD: "a long admin password" };

describe.each(databaseKinds())("the demo admin stays out of a named database (%s)", (kind) => {
  const store = useTestDatabase(kind);
  const users = async () => (await store.db!.user.findMany({ orderBy: { email: "asc" } })).map((u) => u.email);
  afterEach(async () => {
    vi.restoreAllMocks();
    await store.db!.user.deleteMany();
    await store.db!.setting.deleteMany();
  });

  it("with DATABASE_URL and ADMIN_EMAIL set and no AWS credentials in sight (an instance role), starts as an installation", async () => {
    const given = { DATABASE_URL: store.database!.url, ...admin };
    const mode = chooseLaunchMode(given, { awsCredentials: false });
    await prepareDatabase(settings({ ...given, ...launchSettings(mode) }));
    expect(await users()).toEqual(["ops@example.com"]);
  });

  it("refuses LAUNCHPAD_DEMO=1 on a database other than the demo's own, adding nobody", async () => {
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exit");
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(prepareDatabase(settings({ DATABASE_URL: store.database!.url, LAUNCHPAD_DEMO: "1", ...admin }))).rejects.toThrow("exit");
    expect(exit).toHaveBeenCalledWith(1);
    expect(await users()).not.toContain("demo@example.com");
  });

  it.runIf(kind === "sqlite")("adds the demo admin to the demo's own database (always a SQLite file)", async () => {
    const url = store.database!.url;
    await prepareDatabase(settings({ DATABASE_URL: url, LAUNCHPAD_DEMO_DATABASE: url, LAUNCHPAD_DEMO: "1" }));
    expect(await users()).toEqual(["demo@example.com"]);
  });
});
