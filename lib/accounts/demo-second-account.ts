/**
 * The demo's second simulated account, reached by adding this role (and external id) on the Settings page.
 * Here rather than in sim/ because the Settings page names it; the simulator imports it from here.
 */
export const DEMO_SECOND_ACCOUNT = {
  id: "210987654321",
  roleArn: "arn:aws:iam::210987654321:role/SesLaunchpad",
  externalId: "launchpad-demo",
};
