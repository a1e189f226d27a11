import { randomBytes } from "node:crypto";
import type { RequestContext } from "./context";
import { SimError } from "./protocol-json";
import { sendQueryResult, type QueryParams } from "./protocol-query";
import type { Caller } from "./state";

export const STS_XMLNS = "https://sts.amazonaws.com/doc/2011-06-15/";

const ROLE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

const validation = (message: string) => new SimError("ValidationError", message, 400);
const keyId = (prefix: string) => prefix + randomBytes(8).toString("hex").toUpperCase();

export function handleSts(ctx: RequestContext, params: QueryParams, caller: Caller): void {
  const action = params.get("Action") ?? "";
  const reply = (result: Parameters<typeof sendQueryResult>[3]) => sendQueryResult(ctx.res, action, STS_XMLNS, result, ctx.requestId);
  if (action === "GetCallerIdentity") return reply({ UserId: caller.userId, Account: caller.accountId, Arn: caller.arn });
  if (action === "AssumeRole") return reply(assumeRole(ctx, params, caller));
  throw new SimError("InvalidAction", `The action ${action} is not valid for this web service.`);
}

/** AssumeRole as STS answers it; the trust policy is the scenario's `otherAccounts` (account id and external id). */
function assumeRole(ctx: RequestContext, params: QueryParams, caller: Caller) {
  const roleArn = params.get("RoleArn") ?? "";
  const sessionName = params.get("RoleSessionName") ?? "";
  const duration = Number(params.get("DurationSeconds") ?? 3600);
  const role = ROLE_ARN.exec(roleArn);
  if (!role)
    throw validation(
      `1 validation error detected: Value '${roleArn}' at 'roleArn' failed to satisfy constraint: Member must be a valid role ARN`,
    );
  if (!SESSION_NAME.test(sessionName)) {
    throw validation(
      `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  }
  if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
    throw validation(
      `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
    );
  }
  const accountId = role[1]!;
  const trusted = ctx.store.scenario.otherAccounts?.[accountId];
  // STS gives the same reason whether the role is missing, does not trust the caller, or wants another external id.
  if (!trusted || (trusted.externalId ?? undefined) !== (params.get("ExternalId") ?? undefined)) {
    throw new SimError("AccessDenied", `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403);
  }
  const lifetime = Math.min(duration, ctx.store.scenario.sessionSeconds ?? duration);
  const expiresAt = Date.now() + lifetime * 1000;
  const accessKeyId = keyId("ASIA");
  ctx.store.sessions.set(accessKeyId, { accountId, roleArn, sessionName, expiresAt });
  return {
    Credentials: {
      AccessKeyId: accessKeyId,
      SecretAccessKey: randomBytes(30).toString("base64"),
      SessionToken: randomBytes(60).toString("base64"),
      Expiration: new Date(expiresAt).toISOString(),
    },
    AssumedRoleUser: {
      AssumedRoleId: `${keyId("AROA")}:${sessionName}`,
      Arn: `arn:aws:sts::${accountId}:assumed-role/${role[2]}/${sessionName}`,
    },
  };
}
