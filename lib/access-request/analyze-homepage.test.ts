import { describe, expect, it } from "vitest";
import { analyzeHomepage } from "./analyze-homepage";
import { findPlaceholders } from "./find-placeholders";
import { TEMPLATE } from "./template";
import { goodAnswers } from "./test-fixtures";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("homepage analysis", () => {
  it("reads title, words and the privacy, terms and signup links", () => {
    const page = analyzeHomepage(
      `<html><head><title>Starscreen – screening</title><style>.a{}</style></head><body><p>${words(200)}</p><a href="/privacy">Privacy</a> <a href="/legal">Terms of use</a><form action="/signup"></form></body></html>`,
    );
    expect(page).toEqual({ title: "Starscreen – screening", words: 204, privacy: true, terms: true, signup: true, parked: false });
  });

  it("recognizes parked and default server pages", () => {
    expect(analyzeHomepage("<title>Welcome to nginx!</title><h1>Welcome to nginx!</h1>").parked).toBe(true);
    expect(analyzeHomepage("<title>starscreen.ai</title><p>This domain is for sale. Buy this domain today.</p>").parked).toBe(true);
    expect(analyzeHomepage(`<title>Starscreen</title><p>${words(300)} coming soon: a mobile app.</p>`).parked).toBe(false);
  });
});

describe("placeholders", () => {
  it("finds every kind the template could leave in, field by field", () => {
    const found = findPlaceholders(
      goodAnswers({
        companyName: "[Company name]",
        optIn: "TODO",
        monitoring: "lorem ipsum",
        volumeNotes: "<number> a day",
        contacts: ["ops@example.com"],
      }),
    );
    expect(found.map((p) => p.field).sort()).toEqual(["companyName", "contacts", "monitoring", "optIn", "volumeNotes"]);
  });

  it("lets merge fields stay in the sample mail but not elsewhere, and ignores an unsent description", () => {
    expect(findPlaceholders(goodAnswers())).toEqual([]);
    expect(findPlaceholders(goodAnswers({ optOut: "Hi {{name}}" }))).toHaveLength(1);
    expect(findPlaceholders(goodAnswers({ useCaseDescription: "[fill me]", includeDescription: false }))).toEqual([]);
    expect(findPlaceholders(goodAnswers({ useCaseDescription: "[fill me]", includeDescription: true }))).toHaveLength(1);
  });

  it("marks the template so a new draft cannot go out unchanged", () => {
    expect(new Set(findPlaceholders(TEMPLATE).map((p) => p.field))).toEqual(
      new Set(["companyName", "productDescription", "volumeNotes", "sampleMessage"]),
    );
  });
});
