/**
 * Fonts for PDFs that must print every European letter. pdfkit's built-in Helvetica is
 * WinAnsi-encoded: it prints æ ø å é ü ß, but not ł ś č ő ș (they come out as garbage). So a
 * Unicode TrueType font is embedded when the system has one (DejaVu Sans or Liberation Sans, as
 * Debian installs with Chromium or fontconfig); without one, Helvetica is used and letters it
 * cannot print are replaced by their base letter (ł → l), which stays readable.
 */
import { existsSync } from 'node:fs';

export interface PdfFonts {
  regular: string;
  bold: string;
  /** True when the fonts print any Unicode letter; false for the Helvetica fallback. */
  unicode: boolean;
}

const CANDIDATES: [regular: string, bold: string][] = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  ['/usr/share/fonts/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf'],
  [
    '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  ],
  ['/Library/Fonts/Arial Unicode.ttf', '/Library/Fonts/Arial Unicode.ttf'],
  ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'],
];

let found: PdfFonts | undefined;

export function pdfFonts(): PdfFonts {
  if (!found) {
    const pair = CANDIDATES.find(([r, b]) => existsSync(r) && existsSync(b));
    found = pair
      ? { regular: pair[0], bold: pair[1], unicode: true }
      : { regular: 'Helvetica', bold: 'Helvetica-Bold', unicode: false };
  }
  return found;
}

/** Windows-1252 beyond Latin-1: the letters and signs Helvetica prints besides U+0000–U+00FF. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const SPECIAL: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'n' };

/** Text Helvetica can print: unchanged when the font is Unicode, else letters reduced to base letters. */
export function printable(text: string, fonts: PdfFonts): string {
  if (fonts.unicode) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code <= 0xff || CP1252_EXTRA.has(ch)) out += ch;
    else if (SPECIAL[ch]) out += SPECIAL[ch];
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += [...base].every((c) => c.codePointAt(0)! <= 0xff) ? base : '?';
    }
  }
  return out;
}
