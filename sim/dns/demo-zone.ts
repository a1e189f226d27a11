import type { ZoneStore } from "./zone-store";

import { DEMO_DOMAIN } from "../aws/demo-scenario";

export { DEMO_DOMAIN };

// amazonses.com's own SPF record, which include:amazonses.com evaluates (ip4 ranges only, no further lookups).
const SES_SPF =
  "v=spf1 ip4:199.255.192.0/22 ip4:199.127.232.0/22 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 ip4:23.251.224.0/19 ip4:76.223.176.0/20 ip4:54.240.64.0/19 ip4:54.240.96.0/19 ip4:76.223.128.0/19 ip4:216.221.160.0/19 ip4:206.55.144.0/20 -all";

/**
 * The demo domain as a team typically has it before following the guide: SPF
 * published, DKIM CNAMEs not yet, no DMARC record, no custom MAIL FROM.
 */
export function loadDemoZone(zones: ZoneStore): void {
  zones.addZone(DEMO_DOMAIN);
  zones.set(DEMO_DOMAIN, [
    { type: "TXT", data: "v=spf1 include:amazonses.com ~all" },
    { type: "MX", data: { preference: 10, exchange: `mx.${DEMO_DOMAIN}` } },
  ]);
  zones.set(`www.${DEMO_DOMAIN}`, [{ type: "A", data: "192.0.2.10" }]);
  // The demo resolver answers for the whole reserved .example TLD (RFC 2606), so a domain added in
  // the demo reads as "no records yet" rather than "could not check", and for SES's SPF include.
  zones.addZone("example");
  zones.addZone("amazonses.com");
  zones.set("amazonses.com", [{ type: "TXT", data: SES_SPF }]);
}
