import { describe, expect, it } from "vitest";
import type { AccessAnswers } from "../../validation/access-request";
import type { WebsiteProbe } from "../analyze-homepage";
import type { ObservedFacts } from "../observed-facts";
import { goodAnswers, observed } from "../test-fixtures";
import { runPreflight } from "./run-preflight";

const site = (page: Partial<Extract<WebsiteProbe, { ok: true }>["page"]> = {}, finalUrl = "https://starscreen.ai/"): WebsiteProbe => ({
  ok: true,
  url: "https://starscreen.ai",
  finalUrl,
  status: 200,
  redirects: 0,
  page: { title: "Starscreen", words: 400, privacy: true, terms: true, signup: true, parked: false, ...page },
});
const base = () => observed({ website: site() });
const sandbox = base().account!;

type Case = [id: string, severity: string, answers: Partial<AccessAnswers>, facts: ObservedFacts, field?: string];
const cases: Case[] = [
  ["A1", "blocker", {}, { ...base(), account: { ...sandbox, review: { status: "PENDING", caseId: "178450792800650" } } }],
  ["A2", "blocker", {}, { ...base(), account: { ...sandbox, review: { status: "DENIED" } } }],
  ["A3", "blocker", {}, { ...base(), account: { ...sandbox, production: true } }],
  ["A4", "blocker", {}, { ...base(), account: { ...sandbox, enforcementStatus: "PROBATION" } }],
  ["A5", "warning", {}, { ...base(), account: undefined }],
  ["F1", "blocker", { acknowledged: false }, base(), "acknowledged"],
  [
    "F3",
    "blocker",
    { productDescription: "[Company name] does great things for recruiting teams everywhere." },
    base(),
    "productDescription",
  ],
  ["F4", "blocker", { includeDescription: true, useCaseDescription: "x ".repeat(2501) }, base(), "useCaseDescription"],
  [
    "F4",
    "warning",
    { includeDescription: true, useCaseDescription: "We send verification codes to our users." },
    base(),
    "useCaseDescription",
  ],
  ["W1", "blocker", {}, observed({ website: { ok: false, url: "https://starscreen.ai", status: 503, error: "HTTP 503" } }), "websiteUrl"],
  ["W1", "warning", {}, observed({ website: { ok: false, url: "https://starscreen.ai", error: "getaddrinfo ENOTFOUND" } }), "websiteUrl"],
  ["W1", "blocker", {}, observed({ website: site({ parked: true }) }), "websiteUrl"],
  ["W1", "warning", {}, observed({ website: site({}, "http://starscreen.ai/") }), "websiteUrl"],
  ["W2", "warning", {}, observed({ website: site({ words: 40 }) })],
  ["W3", "warning", {}, observed({ website: site({ privacy: false }) })],
  ["W4", "tip", {}, observed({ website: site({ terms: false }) })],
  ["W5", "warning", { mailType: "MARKETING", mailKinds: ["newsletter"] }, observed({ website: site({ signup: false }) })],
  ["D1", "warning", {}, observed({ website: site() }, { "identity.verified-domain": "todo" })],
  ["D2", "warning", {}, observed({ website: site() }, { "authentication.dkim": "warning" })],
  ["D3", "warning", {}, observed({ website: site() }, { "authentication.mailFrom": "todo" })],
  ["D4", "warning", {}, observed({ website: site() }, { "authentication.dmarc": "todo" })],
  ["D5", "tip", {}, observed({ website: site(), fromAddress: "hello@mail.starscreen-app.com" })],
  ["D6", "warning", {}, observed({ website: site(), fromAddress: "starscreen@gmail.com" })],
  ["D6", "warning", { contacts: ["ops@starscreen.ai", "boss@hotmail.com"] }, base(), "contacts"],
  ["D7", "tip", {}, observed({ website: site(), fromAddress: "noreply@starscreen.ai" })],
  ["B1", "warning", {}, observed({ website: site() }, { "notifications.routed": "todo" })],
  ["B1", "warning", {}, observed({ website: site() }, { "notifications.subscribed": "todo" })],
  ["B2", "warning", {}, observed({ website: site() }, { "handling.suppression-list": "todo" })],
  ["B5", "tip", {}, observed({ website: site() }, { "handling.events-received": "unknown" })],
  ["M1", "tip", {}, observed({ website: site() }, { "monitoring.alarms": "todo" })],
  ["T1", "warning", { complaintProcess: "", monitoring: "CloudWatch alarms on the bounce rate above 5%." }, base(), "complaintProcess"],
  ["T2", "warning", { peakPerSecond: undefined }, base(), "dailyVolume"],
  ["T3", "warning", { volumeNotes: "We also send a monthly newsletter to all users." }, base(), "mailType"],
  [
    "T3",
    "warning",
    {
      mailType: "MARKETING",
      optOut: "People can write to us.",
      unsubscribeProcess: "We honour requests.",
      optIn: "Customers sign up on the site and confirm by clicking a link.",
    },
    base(),
    "optOut",
  ],
  ["T4", "blocker", { optIn: "We import a lead list purchased from a partner, plus users who sign up." }, base(), "optIn"],
  ["T5", "tip", { dailyVolume: 120_000 }, base(), "dailyVolume"],
  ["T6", "warning", { productDescription: "Starscreen helps people compare mortgage offers from 40 banks in one place." }, base()],
  [
    "T7",
    "warning",
    { productDescription: "Starscreen is a mail forwarding service that delivers a copy to Gmail for every alias." },
    base(),
  ],
  ["T8", "warning", { bounceProcess: "We handle bounces." }, base(), "bounceProcess"],
  ["C1", "warning", { contacts: [] }, base(), "contacts"],
  ["C1", "tip", { contacts: ["ops@partner-agency.io"] }, base(), "contacts"],
  ["C2", "tip", { contactLanguage: "JA" }, base(), "contactLanguage"],
  ["H1", "tip", {}, { ...base(), account: { ...sandbox, quota: { ...sandbox.quota, sentLast24Hours: 0 } } }, undefined],
];

describe("pre-flight review", () => {
  it("has nothing to say about a complete, honest request on a ready account", () => {
    expect(runPreflight(goodAnswers(), base())).toEqual({ findings: [], blockers: 0, warnings: 0, tips: 0, canSubmit: true });
  });

  it.each(cases)("%s (%s) fires with its reason", (id, severity, patch, facts, field) => {
    const facts2 =
      id === "H1" ? { ...facts, checks: { ...facts.checks, "sending.test-mail": { status: "todo" as const, summary: "" } } } : facts;
    const result = runPreflight(goodAnswers(patch), facts2);
    const hit = result.findings.find((f) => f.id === id && f.severity === severity);
    expect(hit, JSON.stringify(result.findings, null, 1)).toBeDefined();
    expect(hit!.reason.length).toBeGreaterThan(20);
    if (field) expect(hit!.field).toBe(field);
    expect(result.canSubmit).toBe(result.findings.every((f) => f.severity !== "blocker"));
  });

  it("does not take a denial for a claim: 'we never buy lists' is not T4", () => {
    const ids = runPreflight(
      goodAnswers({ optIn: "Users sign up themselves. We never buy, rent or scrape addresses, and never use lead lists." }),
      base(),
    ).findings.map((f) => f.id);
    expect(ids).not.toContain("T4");
  });

  it("refuses the template as it stands, and puts blockers first", () => {
    const result = runPreflight(
      { ...goodAnswers(), productDescription: "[what the product does]" },
      observed({ website: site({ terms: false }) }, { "authentication.dkim": "todo" }),
    );
    expect(result.canSubmit).toBe(false);
    const rank = result.findings.map((f) => ["blocker", "warning", "tip"].indexOf(f.severity));
    expect(rank).toEqual([...rank].sort());
    expect(new Set(rank)).toEqual(new Set([0, 1, 2]));
  });
});
