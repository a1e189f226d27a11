import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  buildIamPolicy,
  cloudFormationYaml,
  FEATURE_IDS,
  featureActions,
  IAM_FEATURES,
  policyJson,
  type FeatureId,
  type PolicyDocument,
} from "./iam-policy";

const actionsOf = (p: PolicyDocument) => p.Statement.flatMap((s) => s.Action).sort();
const own = (f: FeatureId, kinds: string[]) =>
  [...new Set(IAM_FEATURES[f].actions.filter((a) => kinds.includes(a.kind)).map((a) => a.action))].sort();

describe("least-privilege policy", () => {
  it.each(FEATURE_IDS)("holds exactly the actions of %s, in both variants", (feature) => {
    const full = buildIamPolicy({ features: [feature], regions: ["us-east-1"], variant: "full" });
    expect(actionsOf(full)).toEqual(own(feature, ["read", "change", "send"]));
    const readOnly = buildIamPolicy({ features: [feature], regions: ["us-east-1"], variant: "read-only" });
    expect(actionsOf(readOnly)).toEqual(own(feature, ["read", "send"]));
  });

  it("takes the union of several features, each action once per statement", () => {
    const policy = buildIamPolicy({ features: ["monitoring", "domains", "alarms"], regions: ["us-east-1"], variant: "full" });
    const union = new Set([
      ...own("monitoring", ["read", "change"]),
      ...own("domains", ["read", "change"]),
      ...own("alarms", ["read", "change"]),
    ]);
    expect(new Set(actionsOf(policy))).toEqual(union);
    for (const s of policy.Statement) expect(new Set(s.Action).size).toBe(s.Action.length);
  });

  it("leaves out every set-up and submit action from the read-only variant", () => {
    const policy = buildIamPolicy({ features: [...FEATURE_IDS], regions: ["us-east-1"], variant: "read-only" });
    const actions = actionsOf(policy);
    for (const a of featureActions(FEATURE_IDS, ["change"])) expect(actions).not.toContain(a);
    expect(actions).toEqual(expect.arrayContaining(["ses:GetAccount", "cloudwatch:GetMetricData", "ses:SendEmail"]));
    expect(policy.Statement.map((s) => s.Sid)).toEqual(["SesLaunchpadRead", "SesLaunchpadSendAlerts"]);
  });

  it("limits every statement to the chosen regions, and alert mail to the From address", () => {
    const policy = buildIamPolicy({
      features: [...FEATURE_IDS],
      regions: ["us-east-1", "eu-west-1", "us-east-1"],
      variant: "full",
      fromAddress: "alerts@example.com",
    });
    for (const s of policy.Statement) {
      expect(s.Resource).toBe("*");
      expect(s.Condition?.StringEquals?.["aws:RequestedRegion"]).toEqual(["us-east-1", "eu-west-1"]);
    }
    const send = policy.Statement.find((s) => s.Sid === "SesLaunchpadSendAlerts");
    expect(send?.Action).toEqual(["ses:SendEmail"]);
    expect(send?.Condition?.StringEquals?.["ses:FromAddress"]).toEqual(["alerts@example.com"]);
    const withoutFrom = buildIamPolicy({ features: ["email-alerts"], regions: ["us-east-1"], variant: "full" });
    expect(withoutFrom.Statement[0]?.Condition?.StringEquals).not.toHaveProperty("ses:FromAddress");
  });

  it("lets the server assume exactly the watched accounts' roles, and nothing when there are none", () => {
    const roles = [
      "arn:aws:iam::210987654321:role/SesLaunchpad",
      "arn:aws:iam::111122223333:role/Ses",
      "arn:aws:iam::210987654321:role/SesLaunchpad",
    ];
    const policy = buildIamPolicy({ features: ["monitoring"], regions: ["us-east-1"], variant: "read-only", assumeRoles: roles });
    const assume = policy.Statement.find((s) => s.Sid === "SesLaunchpadAssumeWatchedRoles");
    expect(assume).toEqual({
      Sid: "SesLaunchpadAssumeWatchedRoles",
      Effect: "Allow",
      Action: ["sts:AssumeRole"],
      Resource: ["arn:aws:iam::111122223333:role/Ses", "arn:aws:iam::210987654321:role/SesLaunchpad"],
    });
    expect(
      buildIamPolicy({ features: ["monitoring"], regions: ["us-east-1"], variant: "read-only" }).Statement.map((s) => s.Sid),
    ).not.toContain("SesLaunchpadAssumeWatchedRoles");
  });

  it("refuses an empty choice", () => {
    expect(() => buildIamPolicy({ features: [], regions: ["us-east-1"], variant: "full" })).toThrow(/feature/);
    expect(() => buildIamPolicy({ features: ["monitoring"], regions: [], variant: "full" })).toThrow(/region/);
  });

  it("writes JSON and a CloudFormation template that parse back to the same policy", () => {
    const policy = buildIamPolicy({
      features: [...FEATURE_IDS],
      regions: ["us-east-1", "eu-west-1"],
      variant: "full",
      fromAddress: "a@example.com",
    });
    expect(JSON.parse(policyJson(policy))).toEqual(policy);
    const template = parse(cloudFormationYaml(policy, "full"));
    expect(template.Resources.SesLaunchpadPolicy.Type).toBe("AWS::IAM::ManagedPolicy");
    expect(template.Resources.SesLaunchpadPolicy.Properties.PolicyDocument).toEqual(policy);
    expect(template.AWSTemplateFormatVersion).toBe("2010-09-09");
    expect(template.Outputs.PolicyArn.Value).toEqual({ Ref: "SesLaunchpadPolicy" });
  });
});

// The policy must follow the code: every AWS call the app makes is covered, and nothing it does not make is granted.
describe("the policy against the code", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const PREFIX: Record<string, string> = { sesv2: "ses", ses: "ses", sns: "sns", cloudwatch: "cloudwatch", sts: "sts" };

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "node_modules" ? [] : sourceFiles(p);
      return /\.tsx?$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name) ? [p] : [];
    });
  }

  function calledActions(): Map<string, string> {
    const found = new Map<string, string>();
    for (const file of ["lib", "app", "cli", "components"].flatMap((d) => sourceFiles(path.join(root, d)))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@aws-sdk\/client-([a-z0-9]+)"/g)) {
        for (const name of m[1]!.split(",").map((n) => n.trim())) {
          const command = /^([A-Z]\w*)Command$/.exec(name);
          if (command) found.set(`${PREFIX[m[2]!] ?? m[2]}:${command[1]}`, path.relative(root, file));
        }
      }
    }
    found.delete("sts:GetCallerIdentity"); // allowed to every principal: no policy needed
    return found;
  }

  it("grants every action the code calls", () => {
    const granted = new Set(featureActions(FEATURE_IDS, ["read", "change", "send"]));
    const missing = [...calledActions()].filter(([a]) => !granted.has(a)).map(([a, file]) => `${a} (${file})`);
    expect(missing).toEqual([]);
  });

  it("grants nothing the code does not call", () => {
    const called = calledActions();
    expect(featureActions(FEATURE_IDS, ["read", "change", "send"]).filter((a) => !called.has(a))).toEqual([]);
  });
});
