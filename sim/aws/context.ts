import type { ServerResponse } from "node:http";
import type { RegionState, SimStore } from "./state";

/** What every service handler gets for one request. */
export type RequestContext = {
  store: SimStore;
  rs: RegionState;
  region: string;
  method: string;
  path: string;
  query: URLSearchParams;
  rawBody: string;
  res: ServerResponse;
  requestId: string;
};
