import assert from 'node:assert/strict';
import { it } from 'node:test';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { neutraliseCell, neutraliseWorkbook } from './spreadsheet-cells.ts';

it('a cell starting with = + - @ tab or carriage return gets a leading apostrophe', () => {
  for (const text of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
    assert.equal(neutraliseCell(text), `'${text}`);
  for (const text of ['GREENSKILLS', '', "'quoted", ' =1', '1-2']) assert.equal(neutraliseCell(text), text);
});

it('no neutralised text starts like a formula, and removing the apostrophe gives the text back', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      const cell = neutraliseCell(text);
      assert.ok(!/^[=+\-@\t\r]/.test(cell));
      assert.equal(cell === text ? text : cell.slice(1), text);
    }),
  );
});

it('every text cell of every sheet is neutralised; numbers stay numbers', () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('a').addRow(['=1+1', 5, 'plain']);
  wb.addWorksheet('b').addRow(['@cmd', -3]);
  neutraliseWorkbook(wb);
  assert.deepEqual((wb.getWorksheet('a')!.getRow(1).values as unknown[]).slice(1), ["'=1+1", 5, 'plain']);
  assert.deepEqual((wb.getWorksheet('b')!.getRow(1).values as unknown[]).slice(1), ["'@cmd", -3]);
});
