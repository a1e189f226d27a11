import "server-only";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { SESClient } from "@aws-sdk/client-ses";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { SNSClient } from "@aws-sdk/client-sns";
import { STSClient } from "@aws-sdk/client-sts";

/**
 * One client per service and region, created on first use. Credentials and
 * endpoints come from the SDK's own default chain and AWS_ENDPOINT_URL*
 * variables: this code cannot tell AWS from LocalStack or the simulator.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

// Eight attempts with the SDK's exponential backoff and full jitter: a scheduled
// collection must ride out sustained throttling (a call fails for good at 0.35^8).
const common = (region: string) => ({ region, maxAttempts: 8 });

export const sesv2 = (region: string) => cached(`sesv2:${region}`, () => new SESv2Client(common(region)));
export const sesv1 = (region: string) => cached(`ses:${region}`, () => new SESClient(common(region)));
export const cloudwatch = (region: string) => cached(`cw:${region}`, () => new CloudWatchClient(common(region)));
export const sns = (region: string) => cached(`sns:${region}`, () => new SNSClient(common(region)));
export const sts = (region: string) => cached(`sts:${region}`, () => new STSClient(common(region)));
