import type { ZoneStore } from "./zone-store";

import { DEMO_DOMAIN } from "../aws/demo-scenario";

export { DEMO_DOMAIN };

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
}
