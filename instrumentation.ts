// Runs once when the server starts, before it answers any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabase } = await import("./lib/db/prepare-database");
  await prepareDatabase();
  const { scheduleCollection } = await import("./lib/snapshots/schedule-collection");
  scheduleCollection();
}
