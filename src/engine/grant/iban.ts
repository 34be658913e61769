/**
 * IBANs: the shape per ISO 13616 (country, two check digits, up to 30 letters and digits) and the
 * mod-97 check; a mistyped digit or two swapped ones is caught before a payment goes astray.
 */

/** Spaces removed, upper case: the form an IBAN is stored in. */
export function normaliseIban(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export type IbanProblem = 'format' | 'check-digits';

export function ibanProblem(raw: string): IbanProblem | undefined {
  const iban = normaliseIban(raw);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return 'format';
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const digits = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1 ? undefined : 'check-digits';
}

/** The country and the last four characters only: "DK•• •••• •••• 5678". */
export function maskIban(iban: string): string {
  const n = normaliseIban(iban);
  const hidden = `${n.slice(0, 2)}${'•'.repeat(Math.max(0, n.length - 6))}${n.slice(-4)}`;
  return hidden.replace(/(.{4})/g, '$1 ').trim();
}

/** Grouped in fours, as printed on a bank statement. */
export function formatIban(iban: string): string {
  return normaliseIban(iban)
    .replace(/(.{4})/g, '$1 ')
    .trim();
}
