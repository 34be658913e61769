/**
 * Where a request comes from, for throttling sign-ins per client address. Behind a reverse proxy
 * every request comes from the proxy; TRUST_PROXY tells which proxies' X-Forwarded-For to believe.
 * Unset, the header is ignored: anyone could otherwise claim a new address on each attempt.
 *
 *   TRUST_PROXY=1                  the nearest hop is a proxy (a number: that many hops)
 *   TRUST_PROXY=10.0.0.1,10.0.0.2  these addresses (or CIDR ranges, e.g. 10.0.0.0/8) are proxies
 *   TRUST_PROXY=true               every hop is (only when nothing reaches the server directly)
 */
export type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

export function trustProxyFromEnvironment(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
