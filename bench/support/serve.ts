// Child process of the backend benchmark: the real app over the generated database, on
// loopback. Prints {"port": n} once listening; runs until killed, so its peak RSS is the
// server's alone.
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/src/app.ts';
import { createAppServer } from '../../server/src/http/app-server.ts';
import { openDeps } from './open-deps.ts';
import type { BenchTarget } from './open-deps.ts';

const target = JSON.parse(process.argv[2] ?? '{}') as BenchTarget;
const deps = await openDeps(target, 10);
const server = createAppServer(createApp(deps)).listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
process.on('SIGTERM', () => {
  server.close();
  void deps.storage.close().then(() => process.exit(0));
});
