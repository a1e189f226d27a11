import type { Answer, Packet, Question } from "dns-packet";
import type { SimRecord, ZoneStore } from "./zone-store";

const DEFAULT_TTL = 300;
// Negative answers are cached for the SOA's minimum (RFC 2308); kept short so propagation shows.
const NEGATIVE_TTL = 60;

function toAnswer(name: string, r: SimRecord): Answer {
  const ttl = r.ttl ?? DEFAULT_TTL;
  switch (r.type) {
    case "TXT":
      return { name, type: "TXT", ttl, data: Array.isArray(r.data) ? r.data : [r.data] } as Answer;
    case "MX":
      return { name, type: "MX", ttl, data: r.data } as Answer;
    default:
      return { name, type: r.type, ttl, data: r.data } as Answer;
  }
}

function soa(zone: string): Answer {
  return {
    name: zone,
    type: "SOA",
    ttl: NEGATIVE_TTL,
    data: { mname: `ns1.${zone}`, rname: `hostmaster.${zone}`, serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: NEGATIVE_TTL },
  } as Answer;
}

// dns-packet encodes the response code only through the low bits of `flags`.
const RCODE = { NOERROR: 0, FORMERR: 1, NXDOMAIN: 3, REFUSED: 5 } as const;
const AA = 0x0400;

/** Builds the authoritative response to one query: pure, so it is tested without sockets. */
export function answerQuery(store: ZoneStore, query: Packet): Packet {
  const question = query.questions?.[0] as Question | undefined;
  const base = { id: query.id, type: "response" as const, questions: query.questions, flags: AA };
  if (!question) return { ...base, flags: RCODE.FORMERR };
  const zone = store.zoneOf(question.name);
  if (!zone) return { ...base, flags: RCODE.REFUSED };

  const answers: Answer[] = [];
  let name = question.name;
  // Follow CNAMEs inside our zones, as an authoritative server does.
  for (let hops = 0; hops < 8; hops++) {
    const here = store.get(name);
    const cname = here.find((r) => r.type === "CNAME");
    if (cname && question.type !== "CNAME") {
      answers.push(toAnswer(name, cname));
      name = String(cname.data);
      if (!store.zoneOf(name)) break;
      continue;
    }
    if (question.type === "SOA" && name.toLowerCase().replace(/\.$/, "") === zone) answers.push(soa(zone));
    answers.push(...here.filter((r) => r.type === question.type).map((r) => toAnswer(name, r)));
    break;
  }
  if (answers.length > 0) return { ...base, answers } as Packet;
  const nx = !store.exists(question.name) && question.name.toLowerCase().replace(/\.$/, "") !== zone;
  return { ...base, flags: AA | (nx ? RCODE.NXDOMAIN : RCODE.NOERROR), authorities: [soa(zone)] };
}
