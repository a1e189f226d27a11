import { describe, expect, it } from "vitest";
import { accessDraftSchema, accessSubmissionSchema, fieldErrorsOf } from "../validation/access-request";
import { goodAnswers } from "./test-fixtures";
import { TEMPLATE } from "./template";

const errorsOf = (schema: typeof accessDraftSchema | typeof accessSubmissionSchema, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? {} : fieldErrorsOf(r.error);
};

describe("access-request validation", () => {
  it("accepts a complete request and an empty draft, and the template as a draft", () => {
    expect(accessSubmissionSchema.safeParse(goodAnswers()).success).toBe(true);
    expect(accessDraftSchema.safeParse({}).success).toBe(true);
    expect(accessDraftSchema.safeParse(TEMPLATE).success).toBe(true);
  });

  it("refuses a submission with required answers missing, naming each field", () => {
    const e = errorsOf(accessSubmissionSchema, {
      ...goodAnswers(),
      companyName: "  ",
      optIn: undefined,
      acknowledged: false,
      mailKinds: [],
    });
    expect(Object.keys(e).sort()).toEqual(["acknowledged", "companyName", "mailKinds", "optIn"]);
  });

  it.each([
    ["http://starscreen.ai", "https"],
    ["starscreen.ai", "https"],
    ["https://localhost", "https"],
    ["https://user:pw@starscreen.ai", "https"],
    [`https://starscreen.ai/${"a".repeat(1000)}`, "too long"],
  ])("refuses the website %s", (websiteUrl, message) => {
    expect(errorsOf(accessDraftSchema, { websiteUrl }).websiteUrl?.join(" ")).toMatch(new RegExp(message, "i"));
  });

  it("refuses script-laden, oversize and control-character text next to its field", () => {
    expect(errorsOf(accessDraftSchema, { productDescription: "We send <script>alert(1)</script>" }).productDescription?.[0]).toMatch(
      /HTML or script/,
    );
    expect(errorsOf(accessDraftSchema, { optIn: '<img src=x onerror="x">' }).optIn?.[0]).toMatch(/HTML or script/);
    expect(errorsOf(accessDraftSchema, { monitoring: "x".repeat(2001) }).monitoring?.[0]).toMatch(/too long/);
    expect(errorsOf(accessDraftSchema, { companyName: "Star\u0000screen" }).companyName?.[0]).toMatch(/control/);
    expect(errorsOf(accessDraftSchema, { useCaseDescription: "a".repeat(5001) }).useCaseDescription?.[0]).toMatch(/5,000/);
  });

  it("holds SES's contact limits: at most 4, well-formed, no duplicates", () => {
    const five = ["a1@x.io", "a2@x.io", "a3@x.io", "a4@x.io", "a5@x.io"];
    expect(errorsOf(accessDraftSchema, { contacts: five }).contacts?.[0]).toMatch(/at most 4/);
    expect(errorsOf(accessDraftSchema, { contacts: ["not-an-address"] }).contacts?.[0]).toMatch(/email/i);
    expect(errorsOf(accessDraftSchema, { contacts: ["ops@x.io", "OPS@x.io"] }).contacts?.[0]).toMatch(/only once/);
    expect(accessDraftSchema.safeParse({ contacts: five.slice(0, 4) }).success).toBe(true);
  });

  it("accepts only the API's enums and whole numbers in range, and no unknown fields", () => {
    expect(errorsOf(accessDraftSchema, { mailType: "PROMOTIONAL" }).mailType).toBeDefined();
    expect(errorsOf(accessDraftSchema, { contactLanguage: "JP" }).contactLanguage).toBeDefined();
    expect(errorsOf(accessDraftSchema, { dailyVolume: 2.5 }).dailyVolume).toBeDefined();
    expect(errorsOf(accessDraftSchema, { peakPerSecond: 0 }).peakPerSecond).toBeDefined();
    expect(accessDraftSchema.safeParse({ productionAccess: true }).success).toBe(false);
  });

  it("asks for the description only when the team chose to send one", () => {
    expect(
      errorsOf(accessSubmissionSchema, goodAnswers({ includeDescription: true, useCaseDescription: " " })).useCaseDescription,
    ).toBeDefined();
    expect(accessSubmissionSchema.safeParse(goodAnswers({ includeDescription: false, useCaseDescription: "" })).success).toBe(true);
  });
});
