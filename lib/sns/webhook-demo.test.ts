import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/sns/route";
import { useTestDatabase } from "../../test/use-test-database";
import { makeTestNotifications } from "../../test/make-test-notifications";

// Demo mode with the simulator not answering: its certificate cannot be loaded, so SNS is asked to retry later.
describe("POST /api/sns in demo mode without a reachable simulator", () => {
  const ref = useTestDatabase("sqlite");
  beforeAll(() => {
    Object.assign(process.env, { LAUNCHPAD_DEMO: "1", AWS_ENDPOINT_URL: "http://127.0.0.1:9" });
  });

  it("answers 503 and stores nothing; the test certificate is not trusted in demo mode either", async () => {
    const n = makeTestNotifications();
    const res = await POST(new Request("http://localhost/api/sns", { method: "POST", body: JSON.stringify(n.notification()) }));
    expect([res.status, await res.text()]).toEqual([503, "certificate-unavailable"]);
    expect(await ref.db!.snsMessage.count()).toBe(0);
  });
});
