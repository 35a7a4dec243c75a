/** The seeded demo accounts (packages/seed), shown on the log-in page of demo deployments. */
export const DEMO_PASSWORD = "openttc-demo-2026";

export const DEMO_ACCOUNTS = [
  { role: "institute", email: "institute@demo.openttc.org" },
  { role: "instituteMember", email: "institute-member@demo.openttc.org" },
  { role: "enterprise", email: "enterprise@demo.openttc.org" },
  { role: "broker", email: "broker@demo.openttc.org" },
  { role: "reviewer", email: "reviewer@demo.openttc.org" },
  { role: "operator", email: "operator@demo.openttc.org" },
] as const;

/** Whether this build shows the demo accounts: on unless VITE_SHOW_DEMO_HINT is "false". */
export function showDemoHint(env: { VITE_SHOW_DEMO_HINT?: string } = import.meta.env): boolean {
  return env.VITE_SHOW_DEMO_HINT !== "false";
}
