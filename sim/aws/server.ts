import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CW_NAMESPACE, CW_TARGET_PREFIX, handleCloudWatch } from "./cloudwatch";
import type { RequestContext } from "./context";
import { decideFault, setFaults, type Faults } from "./faults";
import { obj, sendJson, sendJsonRpcError, sendRestJsonError, SimError, strArr } from "./protocol-json";
import { parseForm, sendQueryError } from "./protocol-query";
import { accessDenied, setDeniedActions } from "./permissions";
import type { Scenario } from "./scenario";
import { handleSesV1 } from "./ses-v1";
import { handleSesV2 } from "./sesv2";
import { handleSns, handleSnsGet } from "./sns";
import { sharedSnsSigner } from "./sns-signing";
import { handleDnsControl } from "../dns/http-control";
import { injectRates } from "./metrics-history";
import { activeStore, newRequestId, setActiveStore, SimStore, type AccountState, type IdentityStatus } from "./state";
import { handleSts } from "./sts";

export { setFaults, type Faults } from "./faults";
export type { Scenario, RegionScenario, OtherAccount } from "./scenario";
export { setAccount, setIdentityStatus, resolveReview, ACCOUNT_ID, SimStore } from "./state";

export type SimulatedAws = {
  url: string;
  port: number;
  state: SimStore;
  /** PEM of the certificate whose key signs SNS deliveries (also served at `${url}/sns-cert.pem`). */
  snsCertificatePem: string;
  close(): Promise<void>;
};

export type StartOptions = { port?: number; host?: string; scenario?: Scenario };

type Service = "sesv2" | "cloudwatch" | "ses" | "sns" | "sts" | "unknown";

const SCOPE_RE = /Credential=([^/,\s]*)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

/** The SigV4 credential scope names the region and service; signatures themselves are never checked. */
function credentialScope(req: IncomingMessage, query: URLSearchParams): { accessKeyId: string; region?: string; service?: string } {
  const auth = req.headers.authorization ?? "";
  const m = SCOPE_RE.exec(auth) ?? SCOPE_RE.exec(`Credential=${query.get("X-Amz-Credential") ?? ""}`);
  return { accessKeyId: m?.[1] ?? "", region: m?.[2], service: m?.[3] };
}

function classify(req: IncomingMessage, path: string, scopeService: string | undefined, form: URLSearchParams | undefined): Service {
  const target = req.headers["x-amz-target"];
  if (typeof target === "string" && target.startsWith(CW_TARGET_PREFIX)) return "cloudwatch";
  if (path.startsWith("/v2/email")) return "sesv2";
  if (form?.has("Action")) {
    if (scopeService === "ses" || scopeService === "email") return "ses";
    if (scopeService === "sns" || scopeService === "sts") return scopeService;
    // Unsigned Query calls (curl, the demo) fall back to the API version.
    const version = form.get("Version");
    if (version === "2010-12-01") return "ses";
    if (version === "2010-03-31") return "sns";
    if (version === "2011-06-15") return "sts";
  }
  return "unknown";
}

function renderError(service: Service, res: ServerResponse, err: SimError, requestId: string): void {
  if (service === "sesv2") return sendRestJsonError(res, err, requestId);
  if (service === "cloudwatch") return sendJsonRpcError(res, err, CW_NAMESPACE, requestId);
  if (service === "unknown") return sendJson(res, err.status, { message: err.message, code: err.code }, requestId);
  return sendQueryError(res, err, requestId);
}

function throttleError(service: Service): SimError {
  if (service === "sesv2") return new SimError("TooManyRequestsException", "Too many requests have been made to the operation.", 429);
  return new SimError("Throttling", "Rate exceeded", 400, "Throttling");
}

const internalFailure = () =>
  new SimError("InternalFailure", "The request processing has failed because of an unknown error, exception or failure.", 500);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Demo/test controls: no auth and no faults, never part of any AWS API. */
function handleControl(store: SimStore, method: string, path: string, raw: string, res: ServerResponse, requestId: string): void {
  const body = raw.trim() ? (obj(JSON.parse(raw)) ?? {}) : {};
  const dns = handleDnsControl(method, path, body);
  if (dns) return sendJson(res, dns.status, dns.body, requestId);
  if (method === "GET" && path === "/_sim/health") {
    return sendJson(res, 200, { ok: true, regions: [...store.regions.keys()], faults: store.faults }, requestId);
  }
  if (method === "GET" && path === "/_sim/deliveries") return sendJson(res, 200, { deliveries: store.deliveries }, requestId);
  if (method === "POST" && path === "/_sim/reset") {
    store.reset((obj(body.scenario) as Scenario | undefined) ?? store.scenario);
    return sendJson(res, 200, { ok: true }, requestId);
  }
  if (method === "POST" && path === "/_sim/faults") return sendJson(res, 200, setFaults(body as Partial<Faults>, store), requestId);
  if (method === "POST" && path === "/_sim/permissions")
    return sendJson(res, 200, { deniedActions: setDeniedActions(strArr(body.deniedActions), store) }, requestId);
  if (method === "POST" && path === "/_sim/metrics") {
    // { region?, accountId?, hours?, sends?, bounceRate?, complaintRate? }: a spike (or a recovery) in the last hours.
    const region = typeof body.region === "string" ? body.region : "us-east-1";
    const accountId = typeof body.accountId === "string" ? body.accountId : undefined;
    const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
    const rate = (v: unknown, name: string) => {
      const n = num(v);
      if (n !== undefined && (n < 0 || n > 1)) throw new Error(`${name} is a fraction between 0 and 1 (0.12 = 12%), got ${n}`);
      return n;
    };
    injectRates(
      store.region(region, accountId).metrics,
      {
        hours: num(body.hours),
        sends: num(body.sends),
        bounceRate: rate(body.bounceRate, "bounceRate"),
        complaintRate: rate(body.complaintRate, "complaintRate"),
      },
      Date.now(),
    );
    return sendJson(res, 200, { ok: true }, requestId);
  }
  if (method === "POST" && path === "/_sim/state") {
    // { region?, accountId?, account?: Partial<AccountState>, identities?: { [name]: { dkim?, verification?, mailFrom? } }, review?: "GRANTED" | "DENIED" }
    const region = typeof body.region === "string" ? body.region : "us-east-1";
    const accountId = typeof body.accountId === "string" ? body.accountId : undefined;
    const account = obj(body.account);
    if (account) store.setAccount(region, account as Partial<AccountState>, accountId);
    if (body.review === "GRANTED" || body.review === "DENIED") store.resolveReview(region, body.review, accountId);
    for (const [name, status] of Object.entries(obj(body.identities) ?? {})) {
      store.setIdentityStatus(region, name, (obj(status) ?? {}) as Partial<IdentityStatus>, accountId);
    }
    return sendJson(res, 200, { ok: true }, requestId);
  }
  sendJson(res, 404, { message: `No control endpoint ${method} ${path}` }, requestId);
}

export async function startSimulatedAws({ port = 0, host = "127.0.0.1", scenario = {} }: StartOptions = {}): Promise<SimulatedAws> {
  const store = new SimStore(scenario);
  const signer = sharedSnsSigner();

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { message: e instanceof Error ? e.message : String(e) }, newRequestId());
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = newRequestId();
    const url = new URL(req.url ?? "/", "http://sim.local");
    const path = url.pathname;
    const method = req.method ?? "GET";
    const rawBody = await readBody(req);

    if (path.startsWith("/_sim/")) {
      try {
        return handleControl(store, method, path, rawBody, res, requestId);
      } catch (e) {
        return sendJson(res, 400, { message: e instanceof Error ? e.message : String(e) }, requestId);
      }
    }
    if (method === "GET" && path === "/sns-cert.pem") {
      res.writeHead(200, { "content-type": "application/x-pem-file" });
      res.end(signer.certificatePem);
      return;
    }

    const contentType = req.headers["content-type"] ?? "";
    const form = contentType.includes("x-www-form-urlencoded") ? parseForm(rawBody) : undefined;
    const { accessKeyId, region: scopeRegion, service: scopeService } = credentialScope(req, url.searchParams);
    const service = classify(req, path, scopeService, form ? new URLSearchParams(rawBody) : undefined);
    const region = scopeRegion ?? "us-east-1";

    const faults = store.faults;
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    const fault = decideFault(faults, scopeRegion);
    if (fault === "down") {
      // A region outage looks like a dropped connection to the SDK, not an HTTP error.
      req.socket.destroy();
      return;
    }

    try {
      if (fault === "throttle") throw throttleError(service);
      if (fault === "error") throw internalFailure();
      if (
        method === "GET" &&
        path === "/" &&
        handleSnsGet({ store, method, path, query: url.searchParams, rawBody, res, requestId }, store)
      )
        return;
      const cloudWatchOperation = service === "cloudwatch" ? String(req.headers["x-amz-target"]).slice(CW_TARGET_PREFIX.length) : undefined;
      // The access key picks the account: the default one, or the account of a role session AssumeRole issued.
      const caller = store.caller(accessKeyId);
      const denied = accessDenied(store, { service, method, path, queryAction: form?.get("Action"), cloudWatchOperation }, region, caller);
      if (denied) throw denied;
      const ctx: RequestContext = {
        store,
        rs: store.region(region, caller.accountId),
        region,
        method,
        path,
        query: url.searchParams,
        rawBody,
        res,
        requestId,
      };
      switch (service) {
        case "sesv2":
          return handleSesV2(ctx);
        case "cloudwatch":
          return handleCloudWatch(ctx, String(req.headers["x-amz-target"]).slice(CW_TARGET_PREFIX.length));
        case "ses":
          return handleSesV1(ctx, form ?? new Map());
        case "sns":
          return handleSns(ctx, form ?? new Map());
        case "sts":
          return handleSts(ctx, form ?? new Map(), caller);
        default:
          throw new SimError(
            "UnknownOperation",
            `The simulator does not serve ${method} ${path} (service ${scopeService ?? "unknown"}).`,
            404,
          );
      }
    } catch (e) {
      if (res.headersSent) return void res.destroy();
      renderError(service, res, e instanceof SimError ? e : internalFailure(), requestId);
      if (!(e instanceof SimError)) console.error("[sim/aws]", e);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  store.baseUrl = `http://${urlHost}:${bound}`;
  setActiveStore(store);

  return {
    url: store.baseUrl,
    port: bound,
    state: store,
    snsCertificatePem: signer.certificatePem,
    close: () =>
      new Promise<void>((resolve) => {
        if (activeStoreOrUndefined() === store) setActiveStore(undefined);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function activeStoreOrUndefined(): SimStore | undefined {
  try {
    return activeStore();
  } catch {
    return undefined;
  }
}

/** The certificate PEM that verifies simulated SNS signatures (same for every server in a process). */
export function snsCertificatePem(): string {
  return sharedSnsSigner().certificatePem;
}
