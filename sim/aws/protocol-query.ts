import type { ServerResponse } from "node:http";
import type { SimError } from "./protocol-json";

/** AWS Query input: flat form fields, e.g. `Identities.member.1=a`. */
export type QueryParams = Map<string, string>;

export function parseForm(raw: string): QueryParams {
  const params = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(raw)) params.set(k, v);
  return params;
}

/** `Prefix.member.N` lists, as the SDK serializes them. */
export function memberList(params: QueryParams, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 1; params.has(`${prefix}.member.${i}`); i++) out.push(params.get(`${prefix}.member.${i}`) ?? "");
  return out;
}

/** `Prefix.entry.N.key/value` maps. */
export function entryMap(params: QueryParams, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 1; params.has(`${prefix}.entry.${i}.key`); i++) {
    out.set(params.get(`${prefix}.entry.${i}.key`) ?? "", params.get(`${prefix}.entry.${i}.value`) ?? "");
  }
  return out;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/**
 * A tiny XML value model. Arrays become `<member>` lists and `XmlMap` becomes `<entry><key/><value/></entry>`,
 * which is how the Query protocol serializes lists and maps.
 */
export class XmlMap {
  constructor(public readonly entries: Array<[string, XmlValue]>) {}
}
export type XmlValue = string | number | boolean | undefined | XmlValue[] | XmlMap | { [k: string]: XmlValue };

export function toXml(value: XmlValue): string {
  if (value === undefined) return "";
  if (typeof value === "string") return escapeXml(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map((v) => `<member>${toXml(v)}</member>`).join("");
  if (value instanceof XmlMap)
    return value.entries.map(([k, v]) => `<entry><key>${escapeXml(k)}</key><value>${toXml(v)}</value></entry>`).join("");
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
    .join("");
}

export function sendQueryResult(res: ServerResponse, action: string, xmlns: string, result: XmlValue | null, requestId: string): void {
  const inner = result === null ? "" : `<${action}Result>${toXml(result)}</${action}Result>`;
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${xmlns}">${inner}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`;
  res.writeHead(200, { "content-type": "text/xml", "x-amzn-requestid": requestId, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

export function sendQueryError(res: ServerResponse, err: SimError, requestId: string): void {
  const type = err.status >= 500 ? "Receiver" : "Sender";
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse><Error><Type>${type}</Type><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
  res.writeHead(err.status, { "content-type": "text/xml", "x-amzn-requestid": requestId, "content-length": Buffer.byteLength(text) });
  res.end(text);
}
