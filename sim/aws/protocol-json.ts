import type { ServerResponse } from "node:http";

/** Thrown by handlers; each protocol module renders it in its own wire format. */
export class SimError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly status = 400,
    /** Query-compatible code for CloudWatch's x-amzn-query-error header, when it differs from `code`. */
    public readonly queryCode?: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, requestId: string, contentType = "application/json"): void {
  const text = body === undefined ? "{}" : JSON.stringify(body);
  res.writeHead(status, { "content-type": contentType, "x-amzn-requestid": requestId, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** REST-JSON (SES v2): the SDK reads the error name from x-amzn-errortype and the text from body.message. */
export function sendRestJsonError(res: ServerResponse, err: SimError, requestId: string): void {
  const text = JSON.stringify({ message: err.message });
  res.writeHead(err.status, {
    "content-type": "application/json",
    "x-amzn-errortype": err.code,
    "x-amzn-requestid": requestId,
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** AWS JSON 1.0 in query-compatible mode (CloudWatch): `__type` plus the legacy Query code in a header. */
export function sendJsonRpcError(res: ServerResponse, err: SimError, namespace: string, requestId: string): void {
  const text = JSON.stringify({ __type: `${namespace}#${err.code}`, message: err.message });
  const type = err.status >= 500 ? "Receiver" : "Sender";
  res.writeHead(err.status, {
    "content-type": "application/x-amz-json-1.0",
    "x-amzn-query-error": `${err.queryCode ?? err.code};${type}`,
    "x-amzn-requestid": requestId,
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

export function parseJsonBody(raw: string): Record<string, unknown> {
  if (!raw.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new SimError("SerializationException", "The request body is not a JSON object.");
}

/** Epoch seconds: the SDK rejects ISO strings in JSON protocols. */
export const epochSeconds = (ms: number): number => Math.round(ms) / 1000;

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
export function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
export function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
export function strArr(v: unknown): string[] {
  return arr(v).filter((x): x is string => typeof x === "string");
}

/** Opaque paging tokens: an offset the simulator can validate. */
export function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString("base64url");
}
export function decodeToken(token: string | undefined, code = "InvalidNextToken"): number {
  if (token === undefined || token === "") return 0;
  try {
    const o: unknown = (JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { o?: unknown }).o;
    if (typeof o === "number" && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through
  }
  throw new SimError(code, "The specified NextToken is not valid.");
}
