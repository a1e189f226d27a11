import { GetAccountCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveReview, setAccount, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { collectRegion } from "../snapshots/collect-region";
import type { WebsiteProbe } from "./analyze-homepage";
import { draftFromLast, getDraft, lastSubmitted } from "./request-store";
import { submitAccessRequest } from "./submit-request";
import { goodAnswers } from "./test-fixtures";

// One simulator for the file: the SDK clients are cached per region with the endpoint they were made with.
let sim: SimulatedAws;
beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0 });
  Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
});
afterAll(() => sim.close());

// The website is out of reach of a test: the probe reports a healthy homepage.
const probe = async (url: string): Promise<WebsiteProbe> => ({
  ok: true,
  url,
  finalUrl: url,
  status: 200,
  redirects: 0,
  page: { title: "Starscreen", words: 500, privacy: true, terms: true, signup: true, parked: false },
});
const admin = { email: "admin@starscreen.ai" };
const awsDetails = async (region: string) =>
  (
    await new SESv2Client({
      region,
      endpoint: sim.url,
      maxAttempts: 1,
      credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" },
    }).send(new GetAccountCommand({}))
  ).Details;

describe.each(databaseKinds())("submitting the production-access request to the simulated AWS (%s)", (kind) => {
  const store = useTestDatabase(kind);
  beforeAll(() => sim.state.reset());

  it("sends exactly the request, stores it with author and case id, and shows PENDING at once", async () => {
    const region = "us-east-1";
    await collectRegion(region, { trigger: "manual" });
    const answers = goodAnswers({
      includeDescription: true,
      useCaseDescription: "We send 800 transactional emails a day: codes, resets, notifications.",
    });
    const out = await submitAccessRequest(region, answers, admin, { probe });
    expect(out).toMatchObject({ ok: true, reviewStatus: "PENDING", caseId: expect.stringMatching(/^\d{15,}$/) });
    expect(await awsDetails(region)).toMatchObject({
      MailType: "TRANSACTIONAL",
      WebsiteURL: "https://starscreen.ai",
      ContactLanguage: "EN",
      AdditionalContactEmailAddresses: ["ops@starscreen.ai"],
      UseCaseDescription: answers.useCaseDescription,
      ReviewDetails: { Status: "PENDING" },
    });
    const stored = await lastSubmitted(region);
    expect(stored).toMatchObject({
      status: "submitted",
      submittedBy: admin.email,
      caseId: out.ok ? out.caseId : "",
      answers: { companyName: "Starscreen" },
    });
    expect(await getDraft(region)).toBeNull();
  });

  it("refuses a second request while the review is pending, without calling AWS, and keeps the new answers as the draft", async () => {
    const region = "us-east-1";
    const caseBefore = (await awsDetails(region))?.ReviewDetails?.CaseId;
    const out = await submitAccessRequest(region, goodAnswers({ companyName: "Starscreen Ltd" }), admin, { probe });
    expect(out).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/already pending/) });
    expect((await awsDetails(region))?.ReviewDetails?.CaseId).toBe(caseBefore);
    expect((await getDraft(region))?.answers.companyName).toBe("Starscreen Ltd");
  });

  it("turns SES's 409 into plain words and leaves the draft intact when the dashboard had not seen the review yet", async () => {
    const region = "us-west-2";
    await collectRegion(region, { trigger: "manual" });
    // A review opened in the console after the last reading: the dashboard still thinks nothing is pending.
    setAccount(region, {
      Details: {
        MailType: "TRANSACTIONAL",
        WebsiteURL: "https://starscreen.ai",
        ReviewDetails: { Status: "PENDING", CaseId: "178450792800650" },
      },
    });
    const answers = goodAnswers({ companyName: "Starscreen West" });
    const out = await submitAccessRequest(region, answers, admin, { probe });
    expect(out).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/AWS refused a new request.*ConflictException|AWS refused a new request.*under review/),
    });
    const draft = await getDraft(region);
    expect(draft).toMatchObject({ status: "draft", answers, editedBy: admin.email });
    expect(await store.db!.accessRequest.count({ where: { region, status: { not: "draft" } } })).toBe(0);
  });

  it("refuses invalid answers field by field and placeholder text by the pre-flight review, sending nothing", async () => {
    const region = "eu-west-1";
    await collectRegion(region, { trigger: "manual" });
    const invalid = await submitAccessRequest(
      region,
      { ...goodAnswers(), websiteUrl: "http://starscreen.ai", contacts: ["a@b.io", "c@d.io", "e@f.io", "g@h.io", "i@j.io"] },
      admin,
      { probe },
    );
    expect(invalid).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { websiteUrl: [expect.stringMatching(/https/)], contacts: [expect.stringMatching(/at most 4/)] },
    });
    const placeholder = await submitAccessRequest(
      region,
      goodAnswers({ productDescription: "[what the product does] for recruiting teams of every size." }),
      admin,
      { probe },
    );
    expect(placeholder).toMatchObject({ ok: false, status: 422, blockers: [{ id: "F3", field: "productDescription" }] });
    expect(await awsDetails(region)).toBeUndefined();
  });

  it("after a denial refuses a new request and offers the last answers to prepare the reply; after FAILED it submits again", async () => {
    const region = "us-east-1";
    resolveReview(region, "DENIED");
    await collectRegion(region, { trigger: "manual" });
    const denied = await submitAccessRequest(region, goodAnswers(), admin, { probe });
    expect(denied).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/denied/) });

    await store.db!.accessRequest.deleteMany({ where: { region, status: "draft" } });
    const reply = await draftFromLast(region, "operator@starscreen.ai");
    expect(reply?.answers).toEqual({ ...(await lastSubmitted(region))!.answers, acknowledged: false });

    setAccount(region, {
      Details: {
        MailType: "TRANSACTIONAL",
        WebsiteURL: "https://starscreen.ai",
        ReviewDetails: { Status: "FAILED", CaseId: "178450792800651" },
      },
    });
    await collectRegion(region, { trigger: "manual" });
    const again = await submitAccessRequest(region, { ...reply!.answers, acknowledged: true }, admin, { probe });
    // The simulator resolves a review at once after resolveReview, so only the new case id is certain here.
    expect(again).toMatchObject({ ok: true, caseId: expect.stringMatching(/^\d{15,}$/) });
    expect(again.ok && again.caseId).not.toBe("178450792800651");
    expect(await store.db!.accessRequest.count({ where: { region, status: { not: "draft" } } })).toBe(2);
  });
});
