import { describe, expect, it } from "vitest";
import { removeSuppressionSchema } from "./bounces";

describe("removeSuppressionSchema", () => {
  it("accepts any stored address exactly as stored, so every suppression can be removed", () => {
    for (const address of ["gone@example.net", "undisclosed-recipients:;", "postmaster", "Mixed Case <x@example.net>"]) {
      expect(removeSuppressionSchema.parse({ address, reason: "checked by hand" }).address).toBe(address);
    }
    expect(removeSuppressionSchema.safeParse({ address: "", reason: "checked by hand" }).success).toBe(false);
    expect(removeSuppressionSchema.safeParse({ address: "x@example.net", reason: "no" }).success).toBe(false);
  });
});
