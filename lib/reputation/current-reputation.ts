import "server-only";
import { db } from "../db/client";
import { env } from "../env";
import { classifyRate, type RateStatus } from "./levels";

const DAY = 86_400_000;

export type CurrentRate = { value: number | null; at: number | null; status: RateStatus };
export type Volumes = Record<"send" | "delivery" | "bounce" | "complaint" | "reject", number | null>;

export type CurrentReputation = {
  region: string;
  /** Start of the newest stored period with any data, epoch ms. */
  latestAt: number | null;
  /** Sums over the last 24 hours of stored periods; null when no period had that metric. */
  volumes24h: Volumes;
  minVolume: number;
  bounce: CurrentRate;
  complaint: CurrentRate;
};

/**
 * The rates as they stand, from the stored samples: each rate's newest value of the last 24 hours, judged
 * against AWS's levels unless the 24 hours' sends are under the minimum volume. A rate older than a day is
 * no reading at all.
 */
export async function readCurrentReputation(
  region: string,
  now: Date = new Date(),
  minVolume = env().REPUTATION_MIN_VOLUME,
): Promise<CurrentReputation> {
  const since = new Date(now.getTime() - DAY);
  const window = { region, at: { gte: since, lte: now } };
  const [sums, bounce, complaint, latest] = await Promise.all([
    db().reputationSample.aggregate({ where: window, _sum: { send: true, delivery: true, bounce: true, complaint: true, reject: true } }),
    db().reputationSample.findFirst({
      where: { ...window, bounceRate: { not: null } },
      orderBy: { at: "desc" },
      select: { at: true, bounceRate: true },
    }),
    db().reputationSample.findFirst({
      where: { ...window, complaintRate: { not: null } },
      orderBy: { at: "desc" },
      select: { at: true, complaintRate: true },
    }),
    db().reputationSample.findFirst({ where: { region }, orderBy: { at: "desc" }, select: { at: true } }),
  ]);
  const volumes24h: Volumes = {
    send: sums._sum.send,
    delivery: sums._sum.delivery,
    bounce: sums._sum.bounce,
    complaint: sums._sum.complaint,
    reject: sums._sum.reject,
  };
  const sends = volumes24h.send ?? 0;
  const rate = (metric: "bounce" | "complaint", value: number | null | undefined, at: Date | undefined): CurrentRate => ({
    value: value ?? null,
    at: at?.getTime() ?? null,
    status: classifyRate(metric, value, sends, minVolume),
  });
  return {
    region,
    latestAt: latest?.at.getTime() ?? null,
    volumes24h,
    minVolume,
    bounce: rate("bounce", bounce?.bounceRate, bounce?.at),
    complaint: rate("complaint", complaint?.complaintRate, complaint?.at),
  };
}
