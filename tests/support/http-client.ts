/**
 * The TestClient of client.ts over real HTTP, for a server running in another process: the same
 * methods (so the builders of proposals.ts work unchanged), a keep-alive agent, the session
 * cookie and the CSRF token kept between requests.
 */
import http from 'node:http';
import { TestClient, type TestResponse } from './client.ts';

/** One keep-alive agent per server is enough for tests; benchmarks pass their own. */
const defaultAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export class HttpClient extends TestClient {
  constructor(
    readonly baseUrl: string,
    readonly agent: http.Agent = defaultAgent,
    readonly timeoutMs = 60_000,
  ) {
    // The app of TestClient is only used by its own request(), which this class replaces.
    super(undefined as never);
  }

  /** Another client on the same session (as a second tab, or the same browser on another process). */
  sameSessionOn(baseUrl: string): HttpClient {
    const other = new HttpClient(baseUrl, this.agent, this.timeoutMs);
    other.cookie = this.cookie;
    other.csrfToken = this.csrfToken;
    other.account = this.account;
    return other;
  }

  override request<T = any>(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') h['x-csrf-token'] ??= this.csrfToken;
    let payload: Buffer | undefined;
    if (body !== undefined) {
      payload = Buffer.isBuffer(body)
        ? body
        : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
      h['content-type'] ??= 'application/json';
      h['content-length'] = String(payload.length);
    }
    const target = new URL(url, this.baseUrl);
    return new Promise((resolve, reject) => {
      const req = http.request(
        target,
        { method, headers: h, agent: this.agent, timeout: this.timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            for (const c of res.headers['set-cookie'] ?? []) {
              const [pair] = c.split(';');
              if (pair?.startsWith('alliances_session=')) this.cookie = pair.endsWith('=') ? undefined : pair;
            }
            let parsed: unknown = raw.toString('utf8');
            if (String(res.headers['content-type'] ?? '').includes('json') && raw.length > 0) {
              try {
                parsed = JSON.parse(raw.toString('utf8'));
              } catch {
                // left as text: the caller sees what came
              }
            }
            resolve({
              status: res.statusCode ?? 0,
              body: parsed as T,
              headers: res.headers as TestResponse['headers'],
              raw,
            });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${url}: no answer in ${this.timeoutMs} ms`)));
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  }
}
