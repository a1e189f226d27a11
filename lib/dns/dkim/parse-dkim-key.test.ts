import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseDkimKey } from "./parse-dkim-key";

const rsa = (bits: number, type: "spki" | "pkcs1" = "spki") =>
  generateKeyPairSync("rsa", { modulusLength: bits }).publicKey.export({ format: "der", type }).toString("base64");

describe("parseDkimKey", () => {
  it("reads the RSA modulus length from a SubjectPublicKeyInfo and from a bare PKCS#1 key", () => {
    const k = parseDkimKey(`v=DKIM1; k=rsa; p=${rsa(2048)}`);
    expect(k).toMatchObject({ keyType: "rsa", bits: 2048, revoked: false, problems: [] });
    expect(parseDkimKey(`p=${rsa(2048, "pkcs1")}`).bits).toBe(2048);
  });

  it("warns on 1024 bits and fails under 1024", () => {
    expect(parseDkimKey(`v=DKIM1; p=${rsa(1024)}`).problems.map((p) => [p.code, p.severity])).toEqual([["dkim.key-1024", "warning"]]);
    expect(parseDkimKey(`v=DKIM1; p=${rsa(512)}`).problems.map((p) => [p.code, p.severity])).toEqual([["dkim.key-too-short", "error"]]);
  });

  it("joins a key split over several strings with blanks inside", () => {
    const p = rsa(2048);
    expect(parseDkimKey(`v=DKIM1; p=${p.slice(0, 200)} ${p.slice(200)}`).bits).toBe(2048);
  });

  it("treats an empty p= as revoked", () => {
    expect(parseDkimKey("v=DKIM1; k=rsa; p=")).toMatchObject({ revoked: true, problems: [{ code: "dkim.key-revoked" }] });
  });

  it("checks the version, the key type and the key itself", () => {
    expect(parseDkimKey(`v=DKIM2; p=${rsa(2048)}`).problems[0]?.code).toBe("dkim.key-syntax");
    expect(parseDkimKey("v=DKIM1; k=dsa; p=AAAA").problems[0]?.code).toBe("dkim.key-type");
    expect(parseDkimKey("v=DKIM1; p=not*base64").problems[0]?.code).toBe("dkim.key-syntax");
    expect(parseDkimKey("v=DKIM1; p=AAAA").problems[0]?.code).toBe("dkim.key-syntax");
    expect(parseDkimKey("v=DKIM1; k=rsa").problems[0]?.code).toBe("dkim.key-syntax");
    expect(parseDkimKey(`v=DKIM1; k=ed25519; p=${Buffer.alloc(32, 7).toString("base64")}`)).toMatchObject({ bits: 256, problems: [] });
    expect(parseDkimKey(`v=DKIM1; k=ed25519; p=${Buffer.alloc(31, 7).toString("base64")}`).problems[0]?.code).toBe("dkim.key-syntax");
  });
});
