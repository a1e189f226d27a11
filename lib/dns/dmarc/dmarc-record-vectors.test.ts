import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DmarcMode, DmarcRecord, ReportUri } from "./dmarc-types";
import { parseDmarcRecord } from "./parse-dmarc-record";

type Vector = {
  source: string;
  record: string;
  expect: "valid" | "invalid" | "error";
  semantics: string;
  note?: string;
  test?: string;
  expected_fields?: Record<string, unknown>;
  warning_substrings?: string[];
  options?: { parked?: boolean };
  error_class?: string;
};

// checkdmarc's exception classes, as this parser names them.
const ERROR_CLASS: Record<string, string> = {
  InvalidDMARCReportURI: "report-uri",
  InvalidDMARCTagValue: "tag-value",
  InvalidDMARCTag: "duplicate-tag",
  DMARCSyntaxError: "syntax",
  SPFRecordFoundWhereDMARCRecordShouldBe: "spf-record",
};

const file = path.join(import.meta.dirname, "../../../test/fixtures/dmarc/dmarc-record-vectors.json");
const vectors = (JSON.parse(readFileSync(file, "utf8")) as { vectors: Vector[] }).vectors;

// Vectors this parser does not meet, by record, with the reason. Empty: all 90 are met.
const NOT_MET: Record<string, string> = {};

const modeOf = (v: Vector): DmarcMode => (v.semantics.startsWith("RFC7489") ? "rfc7489" : "rfc9989");

/** Each source writes report URIs and flags its own way; map ours into the source's notation. */
function actualField(source: string, key: string, r: DmarcRecord): unknown {
  const uris = (list: ReportUri[]) =>
    source === "mox"
      ? list.map((u) => (u.sizeText ? `${u.uri} (max ${u.sizeText})` : u.uri))
      : list.map((u) => [u.address, u.maxBytes ?? 0]);
  switch (key) {
    case "rua":
      return uris(r.rua);
    case "ruf":
      return uris(r.ruf);
    case "t":
      return source === "checkdmarc" ? r.t : r.t === "y";
    case "fo":
      return source === "mox" ? r.fo : [...r.fo].sort().join(":");
    default:
      return r[key as keyof DmarcRecord];
  }
}

function normalizeExpected(source: string, key: string, value: unknown): unknown {
  if (key === "fo" && source !== "mox" && typeof value === "string") return value.split(":").sort().join(":");
  return value;
}

describe("DMARC record vectors (mox RFC 7489, stalwart and checkdmarc RFC 9989)", () => {
  let met = 0;
  afterAll(() => {
    console.log(`DMARC record vectors: ${met} of ${vectors.length} met; not met: ${Object.keys(NOT_MET).length}`);
  });

  it("has the 90 vectors", () => expect(vectors).toHaveLength(90));

  for (const [i, v] of vectors.entries()) {
    const name = `#${i + 1} ${v.source} ${modeOf(v)}: ${JSON.stringify(v.record)} → ${v.expect}`;
    const skip = NOT_MET[v.record];
    it.skipIf(skip !== undefined)(name, () => {
      const result = parseDmarcRecord(v.record, { mode: modeOf(v), parked: v.options?.parked });
      if (v.expect === "valid") {
        expect(result.ok, result.ok ? "" : result.error).toBe(true);
        if (!result.ok) return;
        for (const [key, value] of Object.entries(v.expected_fields ?? {})) {
          expect(actualField(v.source, key, result.record), key).toEqual(normalizeExpected(v.source, key, value));
        }
        const text = result.warnings.map((w) => w.message).join("\n");
        for (const s of v.warning_substrings ?? []) expect(text).toContain(s);
      } else {
        expect(result.ok).toBe(false);
        if (!result.ok && v.error_class) expect(result.errorClass).toBe(ERROR_CLASS[v.error_class]);
      }
      met++;
    });
  }
});
