// A local address where nothing listens: a service that is down. The port
// is taken from the OS and released, so the connection is refused at once.
import { createServer } from 'node:net';

export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('no TCP address');
  }
  await new Promise<void>((done) => server.close(() => done()));
  return address.port;
}

export async function closedPortUrl(scheme: string): Promise<string> {
  return `${scheme}://127.0.0.1:${await closedPort()}`;
}
