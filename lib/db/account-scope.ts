/**
 * Rows of these models belong to one watched AWS account. Queries on them are
 * narrowed to the current account and new rows are stamped with it, so the
 * readers and writers written for one account stay correct for several.
 */
export const ACCOUNT_SCOPED_MODELS = new Set([
  "AccountSnapshot",
  "CollectionRun",
  "ReadinessReport",
  "SnapshotRollup",
  "AccountEvent",
  "ReputationSample",
  "Alert",
  "MonitorState",
  "DomainCheck",
  "AccessRequest",
]);

const FILTERED = new Set([
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "findUnique",
  "findUniqueOrThrow",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);

type Args = { where?: object; data?: object | object[]; create?: object } | undefined;

/** The arguments of one operation, narrowed to `account` (an explicit account in the arguments wins). */
export function scopeArgs(operation: string, args: Args, account: string): Args {
  const out = { ...args };
  if (FILTERED.has(operation)) out.where = { account, ...out.where };
  if (operation === "upsert") out.create = { account, ...out.create };
  if (operation === "create") out.data = { account, ...(out.data as object) };
  if (operation === "createMany" || operation === "createManyAndReturn") {
    const data = out.data;
    out.data = Array.isArray(data) ? data.map((d: object) => ({ account, ...d })) : { account, ...data };
  }
  return out;
}
