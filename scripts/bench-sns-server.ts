// The server half of scripts/bench-sns.ts, in its own process so its memory is measured alone: the real route
// handler behind node:http, on the database of BENCH_DB_URL, trusting only the bench's test certificate.
// Prints "listening <url>" once ready; GET /drain answers when every stored message has been processed.
import { POST } from "../app/api/sns/route";
import { drainProcessing } from "../lib/bounces/processing-queue";
import { useDatabase } from "../lib/db/client";
import { serveRequestHandler } from "../lib/sns/serve-request-handler";
import { trustCertificatesExplicitly } from "../lib/sns/trusted-certificates";
import { trustCertificatesForThisProcess } from "../lib/sns/webhook-trust";

async function main() {
  const { BENCH_DB_URL: url, BENCH_CERT_URL: certUrl, BENCH_CERT_PEM: pem } = process.env;
  if (!url || !certUrl || !pem) throw new Error("BENCH_DB_URL, BENCH_CERT_URL and BENCH_CERT_PEM are set by scripts/bench-sns.ts");
  await useDatabase(url);
  trustCertificatesForThisProcess(trustCertificatesExplicitly([[certUrl, pem]]));
  const warn = console.warn;
  console.warn = (...args: unknown[]) => (String(args[0]).startsWith("[sns] refused") ? undefined : warn(...args));
  const server = await serveRequestHandler(async (req) => {
    if (new URL(req.url).pathname === "/drain") {
      await drainProcessing();
      return Response.json(process.memoryUsage());
    }
    return POST(req);
  });
  console.log(`listening ${server.url}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
