/**
 * The HTTP client of the web app: JSON in and out, the session cookie sent by the browser, and
 * the session's CSRF token sent as x-csrf-token on every write (the server refuses writes
 * without it). Errors become ApiError with the fields the server names in `problems`.
 */
import type { Problem } from '../../contracts/common.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Progress of a download: bytes so far, and the total when the server says it. */
export interface Progress {
  loaded: number;
  total: number | undefined;
}

const SAFE = new Set(['GET', 'HEAD']);

async function errorFrom(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  const problems = Array.isArray(body.problems) ? (body.problems as Problem[]) : [];
  const message = typeof body.message === 'string' ? body.message : `${res.status} ${res.statusText}`;
  return new ApiError(
    res.status,
    typeof body.error === 'string' ? body.error : 'http',
    message,
    problems,
    body,
  );
}

export class ApiClient {
  csrfToken: string | undefined;
  /** Called when the server says the session is gone (401), so the app can ask to sign in again. */
  onUnauthenticated: (() => void) | undefined;

  /** `signal` cancels the request (a page that is left); the cancellation is rethrown as is. */
  async request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (!SAFE.has(method) && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body !== undefined && { body: JSON.stringify(body) }),
        ...(signal && { signal }),
      });
    } catch (e) {
      if (signal?.aborted) throw e;
      throw new ApiError(0, 'network', 'The server cannot be reached. Check the connection and try again.');
    }
    if (!res.ok) {
      const error = await errorFrom(res);
      if (res.status === 401 && !path.startsWith('/api/v1/auth/')) this.onUnauthenticated?.();
      throw error;
    }
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.request<T>('GET', path, undefined, signal);
  }
  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }
  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  /**
   * A JSON write whose upload a progress bar follows (fetch cannot report upload progress).
   * Once uploaded, `total` stays and `loaded` equals it while the server works.
   */
  upload<T>(path: string, body: unknown, onProgress: (p: Progress) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      xhr.setRequestHeader('content-type', 'application/json');
      xhr.setRequestHeader('accept', 'application/json');
      if (this.csrfToken) xhr.setRequestHeader('x-csrf-token', this.csrfToken);
      xhr.upload.onprogress = (e) =>
        onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : undefined });
      xhr.onerror = () =>
        reject(
          new ApiError(0, 'network', 'The server cannot be reached. Check the connection and try again.'),
        );
      xhr.onload = () => {
        const res = new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText });
        if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as T);
        else void errorFrom(res).then(reject);
      };
      xhr.send(JSON.stringify(body));
    });
  }

  /** A file, read chunk by chunk so a progress bar can follow it. */
  async download(path: string, onProgress: (p: Progress) => void): Promise<Blob> {
    const res = await fetch(path, { credentials: 'same-origin' });
    if (!res.ok) throw await errorFrom(res);
    const length = Number(res.headers.get('content-length'));
    const total = Number.isFinite(length) && length > 0 ? length : undefined;
    const type = res.headers.get('content-type') ?? 'application/octet-stream';
    if (!res.body) return new Blob([await res.arrayBuffer()], { type });
    const reader = res.body.getReader();
    const parts: Uint8Array[] = [];
    let loaded = 0;
    onProgress({ loaded, total });
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      loaded += value.byteLength;
      onProgress({ loaded, total });
    }
    return new Blob(parts as BlobPart[], { type });
  }
}

export const api = new ApiClient();
