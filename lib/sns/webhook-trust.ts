import "server-only";
import { isDemo } from "../env";
import { loadSimulatorCertificates } from "./load-simulator-certificates";
import type { TrustedCertificates } from "./trusted-certificates";

let demo: Promise<TrustedCertificates> | undefined;
let forTests: TrustedCertificates | undefined;

/**
 * Certificates the webhook accepts outside the SNS host rules: in demo mode the simulator's (its endpoint comes from
 * the server's own AWS_ENDPOINT_URL, loaded once), else only what a test or the bench passed to
 * trustCertificatesForThisProcess. Undefined means the strict allow-list alone.
 */
export async function webhookTrust(): Promise<TrustedCertificates | undefined> {
  if (isDemo()) {
    // eslint-disable-next-line no-restricted-syntax -- AWS_ENDPOINT_URL is the SDK's own setting (not the app's), read here only in demo mode.
    const endpoint = process.env.AWS_ENDPOINT_URL;
    if (!endpoint) throw new Error("demo mode without AWS_ENDPOINT_URL: the simulator's certificate cannot be loaded");
    demo ??= loadSimulatorCertificates(endpoint).catch((e: unknown) => {
      // Not cached: the simulator may simply not be up yet.
      demo = undefined;
      throw e;
    });
    return demo;
  }
  return forTests;
}

/** TEST AND BENCH ONLY: in-process code naming this function is the only way to widen the allow-list outside demo mode. */
export function trustCertificatesForThisProcess(trusted: TrustedCertificates | undefined): void {
  forTests = trusted;
}
