import { checkHost, type CheckHostInput, type CheckHostOptions } from "./check-host";
import { AddressDependent, RangeSplit, splitRange, type ClientIp } from "./spf-ip";
import type { SpfResult } from "./spf-types";

/** One piece of a block and the result every address in it gets; "undecided" when no single result exists for it. */
export type RangeVerdict = { range: string; result: SpfResult | "undecided"; reason: string };

// A record that carves a block into more pieces than this is judged not to cover it, rather than walked to the last address.
const MAX_PIECES = 256;

/**
 * check_host() for every address of a CIDR block at once: the block is one
 * client until a term matches only part of it, then each half is evaluated on
 * its own. Exact, not sampled: every address of a returned piece gets that
 * piece's result, lookup limits included (each piece takes the same path).
 */
export async function evaluateSpfRange(
  block: ClientIp,
  input: Omit<CheckHostInput, "ip">,
  options: CheckHostOptions,
): Promise<RangeVerdict[]> {
  let pieces = 1;
  const evaluate = async (range: ClientIp): Promise<RangeVerdict[]> => {
    try {
      const r = await checkHost({ ...input, ip: range }, options);
      return [{ range: range.text, result: r.result, reason: r.reason }];
    } catch (e) {
      if (e instanceof AddressDependent)
        return [{ range: range.text, result: "undecided", reason: `${e.term} depends on the individual address` }];
      if (!(e instanceof RangeSplit)) throw e;
      if (++pieces > MAX_PIECES)
        return [{ range: range.text, result: "undecided", reason: `the record splits it into more than ${MAX_PIECES} pieces` }];
      return (await Promise.all(splitRange(range).map(evaluate))).flat();
    }
  };
  return evaluate(block);
}
