import "server-only";
import { isDemo } from "../env";
import { splitTxt, type DnsRecordSpec } from "../dns/generators/dns-record-spec";

/**
 * Demo mode only: writes records into the demo's DNS zone through the
 * simulator's control route (served beside the simulated AWS, whose address
 * the demo gives the SDK as AWS_ENDPOINT_URL). The simulated SES then finds
 * them on its own, as SES does, and verifies the identity.
 */
export async function publishDemoRecords(zone: string, records: DnsRecordSpec[]): Promise<void> {
  // eslint-disable-next-line no-restricted-syntax -- AWS_ENDPOINT_URL is the SDK's own setting (not the app's), read here only in demo mode.
  const endpoint = process.env.AWS_ENDPOINT_URL;
  if (!isDemo() || !endpoint) throw new Error("Publishing to the demo DNS is only possible in demo mode.");
  const body = {
    zone,
    records: records.map((r) => ({ name: r.name, type: r.type, ttl: r.ttl, value: r.type === "TXT" ? splitTxt(r.value) : r.value })),
  };
  const res = await fetch(new URL("/_sim/dns/records", endpoint), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`The demo DNS refused the records (HTTP ${res.status}): ${await res.text()}`);
}
