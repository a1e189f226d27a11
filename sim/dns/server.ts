import dgram from "node:dgram";
import net from "node:net";
import * as dnsPacket from "dns-packet";
import { answerQuery } from "./answer";
import { createZoneStore, type ZoneStore } from "./zone-store";

export type SimulatedDns = {
  port: number;
  host: string;
  zones: ZoneStore;
  /** Milliseconds every answer is held back, to measure what parallel queries save. */
  delayMs: number;
  /** Queries received over UDP and TCP since the start. */
  queries: number;
  close(): Promise<void>;
};

// RFC 1035 §4.2.1 without EDNS; RFC 6891 lets the client announce more.
const CLASSIC_UDP_LIMIT = 512;
const TC = 0x0200;

type Options = { port?: number; host?: string; zones?: ZoneStore; delayMs?: number };

/** An authoritative DNS server on loopback, UDP and TCP on one port, answering from a zone store. */
export async function startSimulatedDns({
  port = 0,
  host = "127.0.0.1",
  zones = createZoneStore(),
  delayMs = 0,
}: Options = {}): Promise<SimulatedDns> {
  const sockets = new Set<net.Socket>();
  const state = { delayMs, queries: 0 };
  const later = (fn: () => void) => (state.delayMs > 0 ? setTimeout(fn, state.delayMs) : fn());

  const udp = dgram.createSocket(host.includes(":") ? "udp6" : "udp4");
  udp.on("message", (msg, rinfo) => {
    state.queries++;
    try {
      const query = dnsPacket.decode(msg);
      const answer = answerQuery(zones, query);
      if (!answer) return;
      let response = dnsPacket.encode(answer);
      // Too big for the client's UDP buffer: send the header with TC set, so it retries over TCP.
      if (response.length > udpLimit(query))
        response = dnsPacket.encode({ ...answer, flags: (answer.flags ?? 0) | TC, answers: [], authorities: [], additionals: [] });
      later(() => udp.send(response, rinfo.port, rinfo.address));
    } catch {
      // A packet we cannot parse gets no answer, like many servers; the client times out.
    }
  });
  await new Promise<void>((resolve, reject) => {
    udp.once("error", reject);
    udp.bind(port, host, () => resolve());
  });
  const boundPort = udp.address().port;

  const tcp = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    let buffer = Buffer.alloc(0);
    socket.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
        const length = buffer.readUInt16BE(0);
        state.queries++;
        try {
          const answer = answerQuery(zones, dnsPacket.decode(buffer.subarray(2, 2 + length)));
          if (answer) {
            const bytes = dnsPacket.streamEncode(answer);
            later(() => socket.writable && socket.write(bytes));
          }
        } catch {
          socket.destroy();
          return;
        }
        buffer = buffer.subarray(2 + length);
      }
    });
    socket.on("error", () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    tcp.once("error", reject);
    tcp.listen(boundPort, host, () => resolve());
  });

  return {
    port: boundPort,
    host,
    zones,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(ms: number) {
      state.delayMs = ms;
    },
    get queries() {
      return state.queries;
    },
    close: () =>
      new Promise<void>((resolve) => {
        udp.close();
        for (const s of sockets) s.destroy();
        tcp.close(() => resolve());
      }),
  };
}

function udpLimit(query: dnsPacket.Packet): number {
  const opt = query.additionals?.find((a) => a.type === "OPT") as { udpPayloadSize?: number } | undefined;
  return Math.max(CLASSIC_UDP_LIMIT, opt?.udpPayloadSize ?? 0);
}
