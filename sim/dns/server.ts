import dgram from "node:dgram";
import net from "node:net";
import * as dnsPacket from "dns-packet";
import { answerQuery } from "./answer";
import { createZoneStore, type ZoneStore } from "./zone-store";

export type SimulatedDns = { port: number; host: string; zones: ZoneStore; close(): Promise<void> };

/** An authoritative DNS server on loopback, UDP and TCP on one port, answering from a zone store. */
export async function startSimulatedDns({ port = 0, host = "127.0.0.1", zones = createZoneStore() } = {}): Promise<SimulatedDns> {
  const udp = dgram.createSocket(host.includes(":") ? "udp6" : "udp4");
  udp.on("message", (msg, rinfo) => {
    try {
      const response = dnsPacket.encode(answerQuery(zones, dnsPacket.decode(msg)));
      udp.send(response, rinfo.port, rinfo.address);
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
    let buffer = Buffer.alloc(0);
    socket.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
        const length = buffer.readUInt16BE(0);
        try {
          socket.write(dnsPacket.streamEncode(answerQuery(zones, dnsPacket.decode(buffer.subarray(2, 2 + length)))));
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
    close: () =>
      new Promise<void>((resolve) => {
        udp.close();
        tcp.close(() => resolve());
      }),
  };
}
