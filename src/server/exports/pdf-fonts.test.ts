import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { printable } from './pdf-fonts.ts';

describe('text for a PDF font', () => {
  const helvetica = { regular: 'Helvetica', bold: 'Helvetica-Bold', unicode: false };
  const dejavu = { regular: '/x/DejaVuSans.ttf', bold: '/x/DejaVuSans-Bold.ttf', unicode: true };

  it('leaves every letter to a Unicode font', () => {
    const text = 'æ ø å é ü ß Łódź Plzeň Győr Iași';
    assert.equal(printable(text, dejavu), text);
  });

  it('keeps what Helvetica (WinAnsi) prints: Danish, German, French letters, the euro sign, typographic quotes', () => {
    const text = 'Grøn æble på café, Straße für Müller — “€ 1.500” – Kraków';
    assert.equal(printable(text, helvetica), text);
  });

  it('reduces the letters Helvetica cannot print to their base letters', () => {
    assert.equal(printable('Łódź, Plzeň, Győr, Iași, Đakovo', helvetica), 'Lódz, Plzen, Gyor, Iasi, Dakovo');
    assert.equal(printable('Αθήνα', helvetica), '?????');
  });
});
