/** A free port on the loopback address, for the servers the tests start (never the fixed ports of `npm start`). */
import { createServer } from 'node:net';

export const host = '127.0.0.1';

/** A port that was free a moment ago: listen on port 0, read the port the system chose, close. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not read the port of the probe server'));
      });
    });
  });
}
