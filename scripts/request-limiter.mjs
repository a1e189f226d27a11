/**
 * At most `max` requests in the handler at once; the others wait in arrival order. A page render holds its data
 * and output until it is sent, so under a burst, rendering everything at once multiplies the memory held without
 * finishing sooner (the CPU is shared anyway). A slot is freed when the response closes (sent or aborted).
 */
export function limitConcurrentRequests(max, handle) {
  let active = 0;
  const waiting = [];
  const next = () => {
    while (active < max && waiting.length) {
      const [req, res] = waiting.shift();
      if (res.destroyed) continue; // the client gave up while it waited
      active++;
      res.once("close", () => {
        active--;
        next();
      });
      Promise.resolve(handle(req, res)).catch((e) => {
        console.error(e);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    }
  };
  return (req, res) => {
    waiting.push([req, res]);
    next();
  };
}
