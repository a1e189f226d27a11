import { SimError } from "./protocol-json";
import { activeStore, type Caller, type SimStore } from "./state";

/**
 * A principal that lacks some permissions: calls to the actions in `store.deniedActions`
 * (exact, or `service:*`) answer as AWS does when IAM refuses, so the dashboard's
 * connection test and its AccessDenied messages can be tried without a real account.
 */

// SES v2 is REST: the operation (and IAM action) name comes from the route's @http binding in the Smithy model.
const SESV2_OPERATIONS: [method: string, pattern: RegExp, operation: string][] = [
  ["GET", /^\/v2\/email\/account$/, "GetAccount"],
  ["POST", /^\/v2\/email\/account\/details$/, "PutAccountDetails"],
  ["PUT", /^\/v2\/email\/account\/suppression$/, "PutAccountSuppressionAttributes"],
  ["POST", /^\/v2\/email\/list-identities$/, "ListEmailIdentities"],
  ["GET", /^\/v2\/email\/identities$/, "ListEmailIdentities"],
  ["POST", /^\/v2\/email\/identities$/, "CreateEmailIdentity"],
  ["GET", /^\/v2\/email\/identities\/[^/]+$/, "GetEmailIdentity"],
  ["DELETE", /^\/v2\/email\/identities\/[^/]+$/, "DeleteEmailIdentity"],
  ["PUT", /^\/v2\/email\/identities\/[^/]+\/mail-from$/, "PutEmailIdentityMailFromAttributes"],
  ["PUT", /^\/v2\/email\/identities\/[^/]+\/configuration-set$/, "PutEmailIdentityConfigurationSetAttributes"],
  ["PUT", /^\/v2\/email\/identities\/[^/]+\/feedback$/, "PutEmailIdentityFeedbackAttributes"],
  ["POST", /^\/v2\/email\/configuration-sets$/, "CreateConfigurationSet"],
  ["POST", /^\/v2\/email\/list-configuration-sets$/, "ListConfigurationSets"],
  ["GET", /^\/v2\/email\/configuration-sets$/, "ListConfigurationSets"],
  ["GET", /^\/v2\/email\/configuration-sets\/[^/]+$/, "GetConfigurationSet"],
  ["DELETE", /^\/v2\/email\/configuration-sets\/[^/]+$/, "DeleteConfigurationSet"],
  ["POST", /^\/v2\/email\/configuration-sets\/[^/]+\/event-destinations$/, "CreateConfigurationSetEventDestination"],
  ["GET", /^\/v2\/email\/configuration-sets\/[^/]+\/event-destinations$/, "GetConfigurationSetEventDestinations"],
  ["PUT", /^\/v2\/email\/configuration-sets\/[^/]+\/event-destinations\/[^/]+$/, "UpdateConfigurationSetEventDestination"],
  ["DELETE", /^\/v2\/email\/configuration-sets\/[^/]+\/event-destinations\/[^/]+$/, "DeleteConfigurationSetEventDestination"],
  ["PUT", /^\/v2\/email\/suppression\/addresses$/, "PutSuppressedDestination"],
  ["GET", /^\/v2\/email\/suppression\/addresses$/, "ListSuppressedDestinations"],
  ["GET", /^\/v2\/email\/suppression\/addresses\/[^/]+$/, "GetSuppressedDestination"],
  ["DELETE", /^\/v2\/email\/suppression\/addresses\/[^/]+$/, "DeleteSuppressedDestination"],
  ["POST", /^\/v2\/email\/vdm\/recommendations$/, "ListRecommendations"],
  ["POST", /^\/v2\/email\/outbound-emails$/, "SendEmail"],
];

export type ApiRequest = { service: string; method: string; path: string; queryAction?: string; cloudWatchOperation?: string };

/** The IAM action a request needs, e.g. `ses:GetAccount`; undefined when the simulator does not know the operation. */
export function iamActionOf(r: ApiRequest): string | undefined {
  if (r.service === "sesv2") {
    const op = SESV2_OPERATIONS.find(([m, p]) => m === r.method && p.test(r.path))?.[2];
    return op && `ses:${op}`;
  }
  if (r.service === "cloudwatch") return r.cloudWatchOperation && `cloudwatch:${r.cloudWatchOperation}`;
  if (r.service === "ses" || r.service === "sns" || r.service === "sts") return r.queryAction && `${r.service}:${r.queryAction}`;
  return undefined;
}

// STS answers GetCallerIdentity even under an explicit deny (STS API reference), so it is never refused.
const NEVER_DENIED = new Set(["sts:GetCallerIdentity"]);

/** The error IAM's refusal takes in each protocol, or undefined when the action is allowed. */
export function accessDenied(store: SimStore, r: ApiRequest, region: string, caller: Caller): SimError | undefined {
  const action = iamActionOf(r);
  if (!action || NEVER_DENIED.has(action)) return undefined;
  const service = action.split(":")[0]!;
  const denied = store.deniedActions.some((d) => d.toLowerCase() === action.toLowerCase() || d.toLowerCase() === `${service}:*`);
  if (!denied) return undefined;
  const message = `User: ${caller.arn} is not authorized to perform: ${action} on resource: arn:aws:${service}:${region}:${caller.accountId}:*`;
  if (r.service === "sesv2") return new SimError("AccessDeniedException", message, 403);
  // SNS names the refusal AuthorizationError (SDK: AuthorizationErrorException); SES v1 and CloudWatch say AccessDenied.
  if (r.service === "sns") return new SimError("AuthorizationError", message, 403);
  return new SimError("AccessDenied", message, 403);
}

/** Replaces the denied actions (the scenario's `deniedActions` until the next reset). */
export function setDeniedActions(actions: string[], store: SimStore = activeStore()): string[] {
  store.deniedActions = actions.filter((a) => typeof a === "string" && /^[a-z0-9-]+:[A-Za-z*]+$/.test(a));
  return [...store.deniedActions];
}
