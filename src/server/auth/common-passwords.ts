/**
 * The list of common passwords shipped with the platform (common-passwords.txt, with its source
 * and licence in its header), read once; no network is needed to refuse them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../node/load-rule-book.ts';

/**
 * Found from the repository root, not beside this module: the compiled server is one bundle in
 * dist/server, where no copy of the list lies.
 */
const LIST = join(REPOSITORY_ROOT, 'src/server/auth/common-passwords.txt');

let list: Set<string> | undefined;

function commonPasswords(): Set<string> {
  list ??= new Set(
    readFileSync(LIST, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return list;
}

/**
 * Whether a password is on the list, in any mix of capitals, also when a listed password is only
 * repeated ("qwertyqwerty") or followed by digits ("password1234"): guessing tools try those first.
 */
export function isCommonPassword(password: string): boolean {
  const common = commonPasswords();
  const lower = password.toLowerCase();
  if (common.has(lower)) return true;
  const withoutDigits = lower.replace(/\d+$/, '');
  if (withoutDigits.length >= 4 && common.has(withoutDigits)) return true;
  for (let size = 1; size <= lower.length / 2; size++) {
    if (lower.length % size === 0 && lower.slice(0, size).repeat(lower.length / size) === lower) {
      const unit = lower.slice(0, size);
      if (size < 4 || common.has(unit)) return true;
    }
  }
  return false;
}
