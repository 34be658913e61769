/**
 * The rules decide; the catalogues word (../messages). A sentence written inside a rule would
 * reach one language only, or drift from its translation, so no rule file may hold one: no
 * string with a space between words and no Danish letter. Ids, codes and field paths pass.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The files that hold rule logic: every rule, and the form's completeness rules. */
const LOGIC_FILES = [
  ...readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(here, f)),
  join(here, '../rule-kit.ts'),
  join(here, '../../proposal/form-rules.ts'),
];

/**
 * The text of every string literal in TypeScript source: quoted strings and the literal parts of
 * template strings (not their `${…}` expressions); comments are skipped.
 */
export function stringLiterals(source: string): string[] {
  const found: string[] = [];
  let i = 0;
  const n = source.length;
  // Each open template literal's depth of `{` inside its current `${…}`.
  const templates: number[] = [];
  let text = '';
  const inTemplateText = () => templates.length > 0 && templates.at(-1) === -1;
  while (i < n) {
    const c = source[i]!;
    if (inTemplateText()) {
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        found.push(text);
        text = '';
        templates.pop();
        i++;
      } else if (c === '$' && source[i + 1] === '{') {
        found.push(text);
        text = '';
        templates[templates.length - 1] = 0;
        i += 2;
      } else {
        text += c;
        i++;
      }
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let value = '';
      while (j < n && source[j] !== c) {
        if (source[j] === '\\') j++;
        value += source[j];
        j++;
      }
      found.push(value);
      i = j + 1;
    } else if (c === '`') {
      templates.push(-1);
      i++;
    } else {
      if (templates.length > 0) {
        // Inside a template's `${…}`: its closing brace returns to the template's text.
        if (c === '{') templates[templates.length - 1]! += 1;
        else if (c === '}') {
          if (templates.at(-1) === 0) templates[templates.length - 1] = -1;
          else templates[templates.length - 1]! -= 1;
        }
      }
      i++;
    }
  }
  return found;
}

/** A literal that reads as words for people: two words with a space between, or a Danish letter. */
export function isSentence(literal: string): boolean {
  return /\p{L}\p{L}*[ \u00a0]+\p{L}/u.test(literal) || /[æøåÆØÅ]/.test(literal);
}

function sentencesIn(source: string): string[] {
  return stringLiterals(source).filter(isSentence);
}

describe('no sentence inside a rule', () => {
  for (const file of LOGIC_FILES) {
    const name = file.slice(file.indexOf('src/'));
    it(`${name} holds no English or Danish sentence`, () => {
      assert.deepEqual(sentencesIn(readFileSync(file, 'utf8')), [], `${name} words a message itself`);
    });
  }

  it('finds a sentence in a string, a template or a template inside a template, and not in comments', () => {
    const source = [
      '// The applicants: a comment may say what it likes.',
      '/* Så længe det er en kommentar. */',
      "const id = 'consortium.min-countries';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source as a sample
      'const field = `participants[${p.index}].country`;',
      "const en = 'The consortium has too few applicants';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source as a sample
      'const da = `Konsortiet har ${n} ansøgere`;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source as a sample
      'const nested = `${ok ? `${n} more beneficiaries` : "x"}`;',
      "const letter = 'Bruxelles-tid: ø';",
    ].join('\n');
    assert.deepEqual(sentencesIn(source), [
      'The consortium has too few applicants',
      'Konsortiet har ',
      ' ansøgere',
      ' more beneficiaries',
      'Bruxelles-tid: ø',
    ]);
    assert.deepEqual(stringLiterals(source).slice(0, 3), [
      'consortium.min-countries',
      'participants[',
      '].country',
    ]);
  });
});
