/** An HTTP client for tests over app.inject: keeps the session cookie and sends the CSRF token. */
import type { FastifyInstance } from 'fastify';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
  raw: Buffer;
}

export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  account: { id: string; email: string; name: string; role: string } | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async request<T = any>(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') h['x-csrf-token'] ??= this.csrfToken;
    let payload: string | Buffer | undefined;
    if (body !== undefined) {
      // A Buffer is sent as it is (a file); anything else but text as JSON.
      payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      headers: h,
      ...(payload !== undefined && { payload }),
    });
    const setCookie = res.headers['set-cookie'];
    for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = c.split(';');
      if (pair?.startsWith('alliances_session=')) this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    let parsed: unknown = res.body;
    if (String(res.headers['content-type'] ?? '').includes('json'))
      parsed = res.body ? JSON.parse(res.body) : undefined;
    return { status: res.statusCode, body: parsed as T, headers: res.headers, raw: res.rawPayload };
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
  put<T = any>(url: string, body: unknown) {
    return this.request<T>('PUT', url, body);
  }
  patch<T = any>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }

  async signIn(email: string, password: string): Promise<this> {
    const res = await this.post('/api/v1/auth/sign-in', { email, password });
    if (res.status !== 200)
      throw new Error(`sign-in as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrfToken = res.body.csrfToken;
    this.account = res.body.account;
    return this;
  }

  async register(email: string, name: string, password = 'a-long-password-1'): Promise<this> {
    const res = await this.post('/api/v1/auth/register', { email, name, password });
    if (res.status !== 200)
      throw new Error(`register ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrfToken = res.body.csrfToken;
    this.account = res.body.account;
    return this;
  }
}
