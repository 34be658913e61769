import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Catalogues, localisedMessage, type Translation } from './catalogue.ts';

describe('a message rendered from the catalogues', () => {
  const written: string[] = [];
  const en = {
    'greeting.hello': (p: { name: string }) => {
      written.push('en');
      return `Hello, ${p.name}`;
    },
  };
  const da: Translation<typeof en> = {
    'greeting.hello': (p) => {
      written.push('da');
      return `Hej, ${p.name}`;
    },
  };
  const catalogues: Catalogues<typeof en> = { en, da };

  it('is written in a language only when that language is read, and once', () => {
    written.length = 0;
    const message = localisedMessage(catalogues, 'greeting.hello', { name: 'Aarhus' });
    assert.deepEqual(written, []);
    assert.equal(message.da, 'Hej, Aarhus');
    assert.equal(message.da, 'Hej, Aarhus');
    assert.deepEqual(written, ['da']);
    assert.equal(message.en, 'Hello, Aarhus');
    assert.deepEqual(written, ['da', 'en']);
  });

  it('reads as plain text in JSON, in a copy and in a spread', () => {
    const message = localisedMessage(catalogues, 'greeting.hello', { name: 'Porto' });
    const plain = { en: 'Hello, Porto', da: 'Hej, Porto' };
    assert.deepEqual(JSON.parse(JSON.stringify({ message })), { message: plain });
    assert.deepEqual(structuredClone(message), plain);
    assert.deepEqual({ ...message }, plain);
  });

  it('names a key that has no wording when it is read', () => {
    const message = localisedMessage(catalogues, 'greeting.goodbye', {});
    assert.throws(() => message.en, /no en wording for the message key greeting\.goodbye/);
  });
});
