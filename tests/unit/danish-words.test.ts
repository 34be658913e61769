/**
 * One Danish word per thing outside the web dictionary too: the engines' Danish catalogues, the
 * e-mails, the PDFs, the file checks and the command line say "ansøgning" for a proposal (the word
 * of the Danish national agency's page on the action), never "forslag", and quote with »…«.
 * (src/web/i18n/danish-terms.test.ts holds the web dictionary to the same words.)
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = files(join(root, 'src')).map((path) => ({
  path: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

describe('Danish words outside the web dictionary', () => {
  it('a proposal is an "ansøgning", never a "forslag", in any source', () => {
    const found = sources.flatMap(({ path, text }) =>
      text
        .split('\n')
        .flatMap((line, i) => (/forslag/i.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
    );
    assert.deepEqual(found, []);
  });

  it('the engines’ Danish catalogues quote with »…«, never with English or straight quotation marks', () => {
    const catalogues = sources.filter(({ path }) => /^src\/engine\/.*\/messages\/da\.ts$/.test(path));
    assert.ok(catalogues.length >= 5, `found ${catalogues.length} Danish catalogues`);
    const found = catalogues.flatMap(({ path, text }) =>
      text.split('\n').flatMap((line, i) =>
        // Comments quote examples in English style; the sentences are what the reader sees.
        /[“”"„]/.test(line) && !/^\s*(\/\/|\/\*|\*)/.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [],
      ),
    );
    assert.deepEqual(found, []);
  });
});
