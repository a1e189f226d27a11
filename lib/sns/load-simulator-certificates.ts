import "server-only";
import { trustCertificatesExplicitly, type TrustedCertificates } from "./trusted-certificates";

/**
 * Demo mode only: the simulated AWS signs SNS deliveries with its own key and names `<endpoint>/sns-cert.pem`
 * (plain http on loopback) as SigningCertURL. The endpoint comes from the server's settings, never from a message.
 */
export async function loadSimulatorCertificates(endpointUrl: string, timeoutMs = 5_000): Promise<TrustedCertificates> {
  const url = `${endpointUrl.replace(/\/+$/, "")}/sns-cert.pem`;
  const res = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`the simulator's SNS certificate at ${url} answered HTTP ${res.status}`);
  return trustCertificatesExplicitly([[url, await res.text()]]);
}
