import { generateKeyPairSync } from "node:crypto";
import type { Identity, SimStore } from "../aws/state";
import type { ZoneStore } from "./zone-store";

/**
 * What SES does in the background, for the demo: it looks up each pending
 * identity's DKIM CNAMEs and MAIL FROM MX in DNS and marks them verified once
 * they are in place. Here the simulated AWS reads the simulated DNS's zone
 * store on a timer, so the app sees SES's status change as it would on AWS,
 * without knowing either is simulated. SES also hosts the public keys behind
 * the CNAMEs (`<token>.dkim.amazonses.com`), so those are published too.
 */
const norm = (name: string) => name.toLowerCase().replace(/\.$/, "");

// One 2048-bit key for every simulated token: only its presence and length are checked.
let publicKey: string | undefined;
function dkimKeyStrings(): string[] {
  publicKey ??= generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ format: "der", type: "spki" }).toString("base64");
  const value = `v=DKIM1; k=rsa; p=${publicKey}`;
  return [value.slice(0, 255), value.slice(255)].filter(Boolean);
}

const hasCname = (zones: ZoneStore, name: string, target: string) =>
  zones.get(name).some((r) => r.type === "CNAME" && norm(r.data) === norm(target));

function hasSesMx(zones: ZoneStore, name: string, region: string): boolean {
  const mx = zones.get(name).filter((r) => r.type === "MX");
  return mx.length === 1 && mx[0]!.type === "MX" && norm(mx[0]!.data.exchange) === `feedback-smtp.${region}.amazonses.com`;
}

/** One pass over every domain identity of every region: what SES's periodic DNS check would conclude now. */
export function verifySesIdentities(store: SimStore, zones: ZoneStore): void {
  zones.addZone("dkim.amazonses.com");
  for (const rs of store.regions.values()) {
    for (const id of rs.identities.values()) {
      if (id.type !== "DOMAIN") continue;
      for (const t of id.dkim.tokens) {
        const keyName = `${t}.dkim.amazonses.com`;
        if (zones.get(keyName).length === 0) zones.set(keyName, [{ type: "TXT", data: dkimKeyStrings() }]);
      }
      verifyIdentity(store, rs.region, id, zones);
    }
  }
}

function verifyIdentity(store: SimStore, region: string, id: Identity, zones: ZoneStore): void {
  const dkimPublished =
    id.dkim.tokens.length > 0 && id.dkim.tokens.every((t) => hasCname(zones, `${t}._domainkey.${id.name}`, `${t}.dkim.amazonses.com`));
  if (dkimPublished && id.dkim.status !== "SUCCESS") store.setIdentityStatus(region, id.name, { dkim: "SUCCESS" });
  if (id.mailFrom && id.mailFrom.status !== "SUCCESS" && hasSesMx(zones, id.mailFrom.domain, region)) {
    store.setIdentityStatus(region, id.name, { mailFrom: "SUCCESS" });
  }
}

/** Runs verifySesIdentities every `intervalMs` until stopped; the timer never keeps the process alive. */
export function startSesDnsVerification(store: SimStore, zones: ZoneStore, intervalMs = 1000): () => void {
  const timer = setInterval(() => verifySesIdentities(store, zones), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
