/**
 * Whether the session cookie is Secure (sent over https only): by default when the platform's
 * public address is https; SECURE_COOKIES=1 or 0 says so outright (behind a proxy that ends
 * TLS, for instance).
 */
export function secureCookiesFromEnvironment(
  env: Record<string, string | undefined>,
  publicUrl: string,
): boolean {
  if (env.SECURE_COOKIES === '1') return true;
  if (env.SECURE_COOKIES === '0') return false;
  return publicUrl.startsWith('https:');
}
