import { Agent, request } from 'node:http';

// The benchmarks' HTTP client: node:http over kept-alive sockets, as load tools are. fetch
// (undici) cost the bench process more per request than the server spent on /healthz, so it
// capped the /healthz rate (about 6,600 req/s against 20,000 with this client on the same
// server) and added its own collection pauses to every latency measured through it.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** GETs a URL on loopback; resolves with the status and the body's length in characters. */
export function getText(url: string, token?: string): Promise<{ status: number; length: number }> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const sent = request(
      {
        agent,
        host: hostname,
        port,
        path: `${pathname}${search}`,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      },
      (response) => {
        let length = 0;
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (length += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, length }));
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end();
  });
}
