/**
 * Stops this process (SIGTERM to itself, so its own shutdown runs) once the process that started it is gone: a
 * parent killed with -9 cannot stop its children, which would otherwise keep running and keep their ports. The
 * parent names itself in LAUNCHPAD_PARENT_PID; when it dies, the system gives this process another parent.
 */
export function stopWithParent(env = process.env, intervalMs = 500) {
  const parent = Number(env.LAUNCHPAD_PARENT_PID);
  if (!parent) return;
  const check = () => {
    if (process.ppid !== parent) process.kill(process.pid, "SIGTERM");
  };
  check();
  setInterval(check, intervalMs).unref();
}
