import { describe, expect, it } from "vitest";
import { makeTestNotifications } from "./make-test-notifications";
import { verifySnsMessage } from "../lib/sns/verify-message";

describe("makeTestNotifications (the load test's input)", () => {
  const t = makeTestNotifications();

  it("mixes valid, duplicate, bad-signature and malformed deliveries in the asked proportions, each judged as labelled", async () => {
    const mix = t.loadMix({ count: 400, duplicateRate: 0.1, badSignatureRate: 0.1, malformedRate: 0.05, seed: 7 });
    const counts = Object.fromEntries(
      ["valid", "duplicate", "bad-signature", "malformed"].map((k) => [k, mix.filter((d) => d.kind === k).length]),
    );
    expect(counts).toEqual({ valid: 300, duplicate: 40, "bad-signature": 40, malformed: 20 });

    const seen = new Set<string>();
    for (const d of mix) {
      const r = await verifySnsMessage(d.body, { trustedCertificates: t.trustedCertificates });
      if (d.kind === "valid" || d.kind === "duplicate") {
        expect(r).toMatchObject({ ok: true, message: { MessageId: d.messageId } });
        // A duplicate always comes after the message it repeats.
        if (d.kind === "duplicate") expect(seen.has(d.messageId!)).toBe(true);
        seen.add(d.messageId!);
      } else {
        expect(r, d.body.slice(0, 80)).toMatchObject({ ok: false, reason: d.kind === "malformed" ? "malformed" : "bad-signature" });
      }
    }
    expect(seen.size).toBe(300);
  });

  it("repeats the same sequence of kinds for the same seed", () => {
    const kinds = (seed: number) =>
      t
        .loadMix({ count: 100, seed })
        .map((d) => d.kind)
        .join();
    expect(kinds(3)).toBe(kinds(3));
    expect(kinds(3)).not.toBe(kinds(4));
  });
});
