import type { RequestContext } from "./context";
import { SimError } from "./protocol-json";
import { sendQueryResult, type QueryParams } from "./protocol-query";
import { ACCOUNT_ID } from "./state";

export const STS_XMLNS = "https://sts.amazonaws.com/doc/2011-06-15/";

export function handleSts(ctx: RequestContext, params: QueryParams, accessKeyId: string): void {
  const action = params.get("Action") ?? "";
  if (action !== "GetCallerIdentity") throw new SimError("InvalidAction", `The action ${action} is not valid for this web service.`);
  sendQueryResult(
    ctx.res,
    action,
    STS_XMLNS,
    { UserId: accessKeyId || "AIDASIMULATED", Account: ACCOUNT_ID, Arn: `arn:aws:iam::${ACCOUNT_ID}:user/simulated` },
    ctx.requestId,
  );
}
