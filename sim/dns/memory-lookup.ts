import type * as dnsPacket from "dns-packet";
import { readAnswer } from "../../lib/dns/dns-client";
import type { DnsAnswer, DnsLookup } from "../../lib/dns/types";
import { answerQuery } from "./answer";
import type { ZoneStore } from "./zone-store";

const SERVER = "memory";

/**
 * The simulated server's answers without sockets: each query goes through the same
 * responder and the client's own reply reader, so only the transport is skipped.
 */
export function memoryLookup(zones: ZoneStore): DnsLookup {
  return async (name, type) => {
    const cnames: DnsAnswer["cnames"] = [];
    let current = name;
    for (let hop = 0; hop <= 10; hop++) {
      const reply = answerQuery(zones, { type: "query", id: 0, questions: [{ type: type as dnsPacket.RecordType, name: current }] });
      if (!reply) return { name, type, status: "error", records: [], cnames, ttl: 0, server: SERVER, error: "timeout" };
      const rcode = ["NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED"][(reply.flags ?? 0) & 0xf];
      if (rcode !== "NOERROR" && rcode !== "NXDOMAIN")
        return { name, type, status: "error", records: [], cnames, ttl: 0, server: SERVER, error: rcode };
      const packet = { ...reply, rcode } as Parameters<typeof readAnswer>[0];
      const step = readAnswer(packet, current, type, SERVER);
      cnames.push(...step.answer.cnames);
      if (step.continueAt === undefined) return { ...step.answer, name, cnames };
      current = step.continueAt;
    }
    return { name, type, status: "error", records: [], cnames, ttl: 0, server: SERVER, error: "CNAME chain too long" };
  };
}
