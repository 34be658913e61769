/** A simple table for pdfkit: fixed column widths, wrapped cells, a repeated header on new pages. */
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

export interface TableFonts {
  regular: string;
  bold: string;
}

const PAD = 3;

function rowHeight(doc: Doc, columns: Column[], cells: string[]): number {
  return Math.max(
    ...columns.map((c, i) => doc.heightOfString(cells[i] ?? '', { width: c.width - 2 * PAD }) + 2 * PAD),
  );
}

function drawRow(doc: Doc, columns: Column[], cells: string[], y: number, height: number, shade: boolean) {
  let x = doc.page.margins.left;
  for (const [i, c] of columns.entries()) {
    if (shade) doc.save().rect(x, y, c.width, height).fill('#dbe6f3').restore();
    doc.rect(x, y, c.width, height).lineWidth(0.5).stroke('#999999');
    doc
      .fillColor('#171a22')
      .text(cells[i] ?? '', x + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align ?? 'left' });
    x += c.width;
  }
}

export function table(
  doc: Doc,
  fonts: TableFonts,
  columns: Column[],
  rows: string[][],
  options: { boldLast?: boolean } = {},
) {
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const header = columns.map((c) => c.header);
  const drawHeader = () => {
    doc.font(fonts.bold);
    const h = rowHeight(doc, columns, header);
    const y = doc.y;
    drawRow(doc, columns, header, y, h, true);
    // Writing the cells moved doc.y; the next row starts below this one.
    doc.y = y + h;
  };
  doc.fontSize(9);
  drawHeader();
  for (const [index, cells] of rows.entries()) {
    const bold = options.boldLast && index === rows.length - 1;
    doc.font(bold ? fonts.bold : fonts.regular);
    const h = rowHeight(doc, columns, cells);
    if (doc.y + h > bottom()) {
      doc.addPage();
      drawHeader();
      doc.font(bold ? fonts.bold : fonts.regular);
    }
    const y = doc.y;
    drawRow(doc, columns, cells, y, h, false);
    doc.y = y + h;
  }
  doc.x = doc.page.margins.left;
  doc.font(fonts.regular).fontSize(10).moveDown();
}
