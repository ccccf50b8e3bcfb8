/**
 * Many clients sending at once until the server under them is killed: each of `clients` loops calls `send` again
 * as soon as its previous call settled, and stops at the first failure (the connection refused or reset once the
 * server is gone).
 */
export function burst(clients: number, send: (client: number, round: number) => Promise<void>) {
  let inFlight = 0;
  let running = true;
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let round = 0; running; round++) {
      inFlight++;
      try {
        await send(client, round);
      } catch {
        return;
      } finally {
        inFlight--;
      }
    }
  });
  return {
    /** Calls sent and not yet answered. */
    inFlight: () => inFlight,
    /** Stops sending and waits until every loop has ended. */
    end: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}
