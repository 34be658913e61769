/**
 * Folding names for search, so "Universite" and "KRAKOW" find "Université" and "Kraków". The
 * same one-letter-for-one-letter table is applied to the query here and to the stored name in
 * SQL with translate(), which PGlite and PostgreSQL both have; lower() is not used because under
 * the C collation it leaves accented capitals (É, Ł) as they are.
 */

/** Letters without a decomposition that people type without their stroke. */
const EXTRA: Record<string, string> = {
  Ø: 'o',
  ø: 'o',
  Ł: 'l',
  ł: 'l',
  Đ: 'd',
  đ: 'd',
  Ħ: 'h',
  ħ: 'h',
  ı: 'i',
};

function buildTable(): { from: string; to: string } {
  let from = '';
  let to = '';
  for (let code = 0x41; code <= 0x5a; code++) {
    from += String.fromCharCode(code);
    to += String.fromCharCode(code + 32);
  }
  // Latin-1 Supplement and Latin Extended-A: every letter that is a base letter plus marks.
  for (let code = 0xc0; code <= 0x17f; code++) {
    const letter = String.fromCharCode(code);
    const base =
      EXTRA[letter] ??
      letter
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    if (base !== letter && /^[a-z]$/.test(base)) {
      from += letter;
      to += base;
    }
  }
  return { from, to };
}

export const FOLD = buildTable();
const map = new Map([...FOLD.from].map((c, i) => [c, FOLD.to[i]!]));

/** The query as the folded names are stored: each letter mapped as translate() maps it. */
export function foldForSearch(text: string): string {
  let out = '';
  for (const c of text) out += map.get(c) ?? c;
  return out;
}
