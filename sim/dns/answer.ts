import type { Answer, Packet, Question } from "dns-packet";
import type { SimRecord, ZoneStore } from "./zone-store";

const DEFAULT_TTL = 300;
// Negative answers are cached for the SOA's minimum (RFC 2308); kept short so propagation shows.
const NEGATIVE_TTL = 60;

/** RFC 1035 §3.3.14 character-strings; dns-packet has no codec for type 99 (SPF), so its rdata is built here. */
function characterStrings(strings: string[]): Buffer {
  return Buffer.concat(
    strings.map((s) => {
      const bytes = Buffer.from(s, "utf8");
      return Buffer.concat([Buffer.from([bytes.length]), bytes]);
    }),
  );
}

type DataRecord = Exclude<SimRecord, { type: "TIMEOUT" }>;
const isData = (r: SimRecord): r is DataRecord => r.type !== "TIMEOUT";

function toAnswer(name: string, r: DataRecord): Answer {
  const ttl = r.ttl ?? DEFAULT_TTL;
  switch (r.type) {
    case "TXT":
      return { name, type: "TXT", ttl, data: Array.isArray(r.data) ? r.data : [r.data] } as Answer;
    case "SPF":
      return { name, type: "SPF", ttl, data: characterStrings(Array.isArray(r.data) ? r.data : [r.data]) } as unknown as Answer;
    case "MX":
      return { name, type: "MX", ttl, data: r.data } as Answer;
    default:
      return { name, type: r.type, ttl, data: r.data } as Answer;
  }
}

function soa(zone: string): Answer {
  const apex = zone === "" ? "." : zone;
  const suffix = zone === "" ? "" : `.${zone}`;
  return {
    name: apex,
    type: "SOA",
    ttl: NEGATIVE_TTL,
    data: {
      mname: `ns1${suffix}`,
      rname: `hostmaster${suffix}`,
      serial: 1,
      refresh: 3600,
      retry: 600,
      expire: 86400,
      minimum: NEGATIVE_TTL,
    },
  } as Answer;
}

/** The suite's TIMEOUT rule: it applies unless a record of the asked type is listed before it. */
function timesOut(records: SimRecord[], type: string): boolean {
  for (const r of records) {
    if (r.type === "TIMEOUT") return true;
    if (r.type === type || r.type === "CNAME") return false;
  }
  return false;
}

// dns-packet encodes the response code only through the low bits of `flags`.
const RCODE = { NOERROR: 0, FORMERR: 1, NXDOMAIN: 3, REFUSED: 5 } as const;
const AA = 0x0400;

/**
 * Builds the authoritative response to one query: pure, so it is tested without sockets.
 * Null means "send nothing", for names that simulate a server that never answers.
 */
export function answerQuery(store: ZoneStore, query: Packet): Packet | null {
  const question = query.questions?.[0] as Question | undefined;
  const base = { id: query.id, type: "response" as const, questions: query.questions, flags: AA };
  if (!question) return { ...base, flags: RCODE.FORMERR };
  const zone = store.zoneOf(question.name);
  if (zone === undefined) return { ...base, flags: RCODE.REFUSED };

  const answers: Answer[] = [];
  let name = question.name;
  // Follow CNAMEs inside our zones, as an authoritative server does.
  for (let hops = 0; hops < 8; hops++) {
    const here = store.get(name);
    if (timesOut(here, question.type)) return null;
    const cname = here.filter(isData).find((r) => r.type === "CNAME");
    if (cname && question.type !== "CNAME") {
      answers.push(toAnswer(name, cname));
      name = String(cname.data);
      if (store.zoneOf(name) === undefined) break;
      continue;
    }
    if (question.type === "SOA" && name.toLowerCase().replace(/\.$/, "") === zone) answers.push(soa(zone));
    for (const r of here.filter(isData)) if (r.type === question.type) answers.push(toAnswer(name, r));
    break;
  }
  if (answers.length > 0) return { ...base, answers } as Packet;
  const nx = !store.exists(question.name) && question.name.toLowerCase().replace(/\.$/, "") !== zone;
  return { ...base, flags: AA | (nx ? RCODE.NXDOMAIN : RCODE.NOERROR), authorities: [soa(zone)] };
}
