import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeOrg } from './FakeOrg.js';
import { restApi } from './restApi.js';

/** Methods a fetch `Request` cannot carry: answered 405 before one is made. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** A running HTTP server in front of a fake org. */
export interface FakeOrgServer {
  /** The instance URL to point a client at, e.g. `http://127.0.0.1:8787`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the fake org's API over HTTP on 127.0.0.1 (`port` 0: any free one), each request turned
 * into a `Request` for `restApi`, so HTTP clients and msw see the same org. A request that fails
 * outside `restApi` (a broken connection, a bad header) answers 500 `UNKNOWN_EXCEPTION`: the server
 * keeps running.
 */
export function serveHttp(org: FakeOrg, port = 0): Promise<FakeOrgServer> {
  const api = restApi(org);
  const server = createServer(async (req, res) => {
    try {
      if (FORBIDDEN_METHODS.has(req.method ?? '')) {
        res.writeHead(405, { 'content-type': 'application/json;charset=UTF-8' });
        return void res.end(JSON.stringify([{ errorCode: 'METHOD_NOT_ALLOWED', message: `HTTP Method '${req.method}' not allowed.` }]));
      }
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url}`, {
        method: req.method,
        headers: Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v] as [string, string]])),
        body: req.method === 'GET' || req.method === 'HEAD' || !chunks.length ? undefined : Buffer.concat(chunks),
      });
      const response = await api(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      console.error(`fake org: could not answer ${req.method} ${req.url?.split('?')[0]}:`, error instanceof Error ? error.message : error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify([{ errorCode: 'UNKNOWN_EXCEPTION', message: 'An unexpected error occurred.' }]));
    }
  });
  // Node closes an idle kept-alive connection after 5 s; a client that spent longer between two
  // requests (parsing a Bulk result page, fitting) may then reuse a socket being closed and read
  // ECONNRESET. Salesforce's front ends keep connections far longer: so does the fake org.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${bound}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
