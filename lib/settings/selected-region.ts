import "server-only";
import { cookies } from "next/headers";
import { configuredRegions } from "./regions";

export const REGION_COOKIE = "region";

/** The region the user is looking at: the cookie if it names a configured region, else the default one. */
export async function selectedRegion(requested?: string | null): Promise<string> {
  const configured = await configuredRegions();
  const wanted = requested ?? (await cookies()).get(REGION_COOKIE)?.value;
  return wanted && configured.includes(wanted) ? wanted : configured[0]!;
}
