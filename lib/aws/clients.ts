import "server-only";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { SESClient } from "@aws-sdk/client-ses";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { SNSClient } from "@aws-sdk/client-sns";
import { STSClient } from "@aws-sdk/client-sts";
import { currentAccount } from "../accounts/account-context";
import { credentialsFor, type CredentialsProvider } from "../accounts/account-credentials";
import type { AwsAccount } from "../accounts/aws-account";

/**
 * One client per account, service and region, created on first use. The account is the
 * one in effect when a call is sent (lib/accounts/account-context.ts), so the adapters
 * take only a region. Endpoints come from the SDK's AWS_ENDPOINT_URL* variables and
 * credentials from the account (the default chain for the server's own): this code
 * cannot tell AWS from LocalStack or the simulator.
 */
const clients = new Map<string, unknown>();
const credentials = new Map<string, CredentialsProvider | undefined>();

type Config = { region: string; maxAttempts: number; credentials?: CredentialsProvider };
type Sender = { send(...args: never[]): Promise<unknown> };

// The whole account definition is the key: editing a role or profile gets fresh credentials.
const accountKey = (account: AwsAccount) => JSON.stringify(account);

function clientFor<C>(account: AwsAccount, service: string, region: string, make: (config: Config) => C): C {
  const ofAccount = accountKey(account);
  const key = `${ofAccount}|${service}|${region}`;
  if (!clients.has(key)) {
    if (!credentials.has(ofAccount)) credentials.set(ofAccount, credentialsFor(account));
    // Eight attempts with the SDK's exponential backoff and full jitter: a scheduled
    // collection must ride out sustained throttling (a call fails for good at 0.35^8).
    clients.set(key, make({ region, maxAttempts: 8, credentials: credentials.get(ofAccount) }));
  }
  return clients.get(key) as C;
}

/** A client whose `send` goes to the current account's client for this service and region. */
function routed<C extends Sender>(service: string, region: string, make: (config: Config) => C): Pick<C, "send"> {
  const send = async (...args: never[]) => clientFor(await currentAccount(), service, region, make).send(...args);
  return { send } as unknown as Pick<C, "send">;
}

export const sesv2 = (region: string) => routed("sesv2", region, (c) => new SESv2Client(c));
export const sesv1 = (region: string) => routed("ses", region, (c) => new SESClient(c));
export const cloudwatch = (region: string) => routed("cw", region, (c) => new CloudWatchClient(c));
export const sns = (region: string) => routed("sns", region, (c) => new SNSClient(c));
export const sts = (region: string) => routed("sts", region, (c) => new STSClient(c));
