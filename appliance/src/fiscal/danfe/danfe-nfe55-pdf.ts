import PDFDocument from 'pdfkit';
import type { FiscalDocumentRow } from '../store/documents.js';
import { code128Widths } from './code128.js';
import type { Translate } from './danfe-nfce.js';
import { readNfeFields, type NfeFields, type NfeItemFields } from './nfe-fields.js';
import { brDate, brDecimal, brMoney, brTime, formatCep, formatCnpj, formatDocumentNumber, formatKey } from './danfe-format.js';

type Pdf = InstanceType<typeof PDFDocument>;

const PAGE = { width: 595.28, height: 841.89, margin: 18 };
const WIDTH = PAGE.width - 2 * PAGE.margin;
const ROW = 20; // a labelled field: 5.5 pt label above a 8 pt value
const ITEM_ROW = 11;

const STUB_HEIGHT = 2 * ROW + 10;
const HEADER = { left: 0.4, middle: 0.17, height: 96 };

/** Where the access-key barcode box sits on the first sheet (points from the top left), for readers of the page. */
export const FIRST_PAGE_BARCODE_BOX = {
  x: PAGE.margin + WIDTH * (HEADER.left + HEADER.middle),
  y: PAGE.margin + STUB_HEIGHT,
  width: WIDTH * (1 - HEADER.left - HEADER.middle),
};

/** One labelled box of the DANFE grid. */
interface Field {
  label: string;
  value: string;
  width: number; // fraction of the row
  align?: 'left' | 'center' | 'right';
}

class DanfeWriter {
  y = PAGE.margin;

  constructor(
    readonly pdf: Pdf,
    readonly t: Translate,
  ) {}

  box(x: number, y: number, w: number, h: number): void {
    this.pdf.lineWidth(0.5).rect(x, y, w, h).stroke();
  }

  label(text: string, x: number, y: number, w: number): void {
    this.pdf.font('Helvetica').fontSize(5.5).text(text, x + 2, y + 1.5, { width: w - 4, lineBreak: false, ellipsis: true });
  }

  value(text: string, x: number, y: number, w: number, align: Field['align'] = 'left', size = 8, bold = false): void {
    this.pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).text(text, x + 2, y, { width: w - 4, align, lineBreak: false, ellipsis: true });
  }

  section(title: string): void {
    this.pdf.font('Helvetica-Bold').fontSize(6.5).text(title, PAGE.margin, this.y + 2, { lineBreak: false });
    this.y += 10;
  }

  /** A row of labelled boxes spanning the page width. */
  row(fields: Field[]): void {
    let x = PAGE.margin;
    for (const f of fields) {
      const w = WIDTH * f.width;
      this.box(x, this.y, w, ROW);
      this.label(f.label, x, this.y, w);
      this.value(f.value, x, this.y + 9.5, w, f.align);
      x += w;
    }
    this.y += ROW;
  }

  barcode(text: string, x: number, y: number, w: number, h: number): void {
    const widths = code128Widths(text);
    const quiet = 10;
    const module = w / (widths.reduce((a, b) => a + b, 0) + 2 * quiet);
    let at = x + quiet * module;
    widths.forEach((width, i) => {
      if (i % 2 === 0) this.pdf.rect(at, y, width * module, h).fill('#000');
      at += width * module;
    });
    this.pdf.fillColor('#000');
  }
}

function receiptStub(w: DanfeWriter, nfe: NfeFields): void {
  const stubWidth = WIDTH * 0.82;
  const h = 2 * ROW;
  w.box(PAGE.margin, w.y, stubWidth, ROW);
  w.label(w.t('danfe55.receipt', { emitter: nfe.emit.name }), PAGE.margin, w.y, stubWidth);
  w.box(PAGE.margin, w.y + ROW, stubWidth * 0.25, ROW);
  w.label(w.t('danfe55.receivedAt'), PAGE.margin, w.y + ROW, stubWidth * 0.25);
  w.box(PAGE.margin + stubWidth * 0.25, w.y + ROW, stubWidth * 0.75, ROW);
  w.label(w.t('danfe55.receiver'), PAGE.margin + stubWidth * 0.25, w.y + ROW, stubWidth * 0.75);
  const x = PAGE.margin + stubWidth;
  w.box(x, w.y, WIDTH - stubWidth, h);
  w.value('NF-e', x, w.y + 6, WIDTH - stubWidth, 'center', 10, true);
  w.value(w.t('danfe55.number', { number: formatDocumentNumber(nfe.number) }), x, w.y + 19, WIDTH - stubWidth, 'center', 8, true);
  w.value(w.t('danfe55.series', { series: nfe.series.padStart(3, '0') }), x, w.y + 29, WIDTH - stubWidth, 'center', 8, true);
  w.pdf.dash(3, { space: 2 }).moveTo(PAGE.margin, w.y + h + 5).lineTo(PAGE.margin + WIDTH, w.y + h + 5).stroke().undash();
  w.y += STUB_HEIGHT;
}

function header(w: DanfeWriter, nfe: NfeFields, page: number, pages: number): void {
  const h = HEADER.height;
  const left = WIDTH * HEADER.left;
  const middle = WIDTH * HEADER.middle;
  const right = WIDTH - left - middle;
  const x1 = PAGE.margin + left;
  const x2 = x1 + middle;
  const e = nfe.emit;
  w.box(PAGE.margin, w.y, left, h);
  w.value(e.name, PAGE.margin + 2, w.y + 14, left - 4, 'center', 10, true);
  const lines = [`${e.street}, ${e.number}${e.complement ? ` - ${e.complement}` : ''}`, `${e.district} - ${formatCep(e.cep)}`, `${e.cityName} - ${e.uf}${e.phone ? `  Fone: ${e.phone}` : ''}`];
  lines.forEach((line, i) => w.value(line, PAGE.margin + 2, w.y + 40 + i * 11, left - 4, 'center', 7.5));
  w.box(x1, w.y, middle, h);
  w.value(w.t('danfe55.title'), x1, w.y + 6, middle, 'center', 14, true);
  w.pdf.font('Helvetica').fontSize(6.5).text(w.t('danfe55.subtitle'), x1 + 4, w.y + 23, { width: middle - 8, align: 'center' });
  w.pdf.fontSize(6.5).text(w.t('danfe55.direction'), x1 + 8, w.y + 44, { width: middle * 0.6 });
  w.box(x1 + middle - 22, w.y + 45, 12, 12);
  w.value('1', x1 + middle - 22, w.y + 47, 14, 'center', 9, true);
  w.value(w.t('danfe55.number', { number: formatDocumentNumber(nfe.number) }), x1, w.y + 64, middle, 'center', 8, true);
  w.value(w.t('danfe55.series', { series: nfe.series.padStart(3, '0') }), x1, w.y + 74, middle, 'center', 8, true);
  w.value(w.t('danfe55.sheet', { page, pages }), x1, w.y + 84, middle, 'center', 7);
  w.box(x2, w.y, right, h);
  w.barcode(nfe.accessKey, x2 + 4, w.y + 4, right - 8, 34);
  w.box(x2, w.y + 42, right, ROW);
  w.label(w.t('danfe55.accessKey'), x2, w.y + 42, right);
  w.value(formatKey(nfe.accessKey), x2, w.y + 51.5, right, 'center', 8, true);
  w.pdf.font('Helvetica').fontSize(7).text(w.t('danfe55.consult'), x2 + 6, w.y + 66, { width: right - 12, align: 'center' });
  w.y += h;
  const protocol = nfe.protocol ? `${nfe.protocol.number} - ${brDate(nfe.protocol.receivedAt)} ${brTime(nfe.protocol.receivedAt)}` : w.t('danfe55.notAuthorized');
  w.row([
    { label: w.t('danfe55.natOp'), value: nfe.natOp, width: 0.57 },
    { label: w.t('danfe55.protocol'), value: protocol, width: 0.43, align: 'center' },
  ]);
  w.row([
    { label: w.t('danfe55.ie'), value: e.ie, width: 0.33 },
    { label: w.t('danfe55.ieSt'), value: '', width: 0.34 },
    { label: w.t('danfe55.cnpj'), value: formatCnpj(e.cnpj), width: 0.33 },
  ]);
}

function recipient(w: DanfeWriter, nfe: NfeFields): void {
  const d = nfe.dest;
  w.section(w.t('danfe55.dest'));
  w.row([
    { label: w.t('danfe55.name'), value: d.name, width: 0.6 },
    { label: w.t('danfe55.cnpjCpf'), value: formatCnpj(d.cnpj), width: 0.24 },
    { label: w.t('danfe55.issuedAt'), value: brDate(nfe.issuedAt), width: 0.16, align: 'center' },
  ]);
  w.row([
    { label: w.t('danfe55.address'), value: `${d.street}, ${d.number}${d.complement ? ` - ${d.complement}` : ''}`, width: 0.48 },
    { label: w.t('danfe55.district'), value: d.district, width: 0.24 },
    { label: w.t('danfe55.cep'), value: formatCep(d.cep), width: 0.12 },
    { label: w.t('danfe55.leftAt'), value: brDate(nfe.issuedAt), width: 0.16, align: 'center' },
  ]);
  w.row([
    { label: w.t('danfe55.city'), value: d.cityName, width: 0.36 },
    { label: w.t('danfe55.uf'), value: d.uf, width: 0.06, align: 'center' },
    { label: w.t('danfe55.phone'), value: d.phone ?? '', width: 0.18 },
    { label: w.t('danfe55.ie'), value: d.ie, width: 0.24 },
    { label: w.t('danfe55.leftTime'), value: brTime(nfe.issuedAt), width: 0.16, align: 'center' },
  ]);
}

function taxesAndTransport(w: DanfeWriter, nfe: NfeFields): void {
  const money = (key: keyof NfeFields['totals']) => ({ label: w.t(`danfe55.${key}`), value: brMoney(nfe.totals[key]), align: 'right' as const });
  w.section(w.t('danfe55.taxes'));
  w.row([money('vBC'), money('vICMS'), money('vBCST'), money('vST'), money('vPIS'), money('vCOFINS'), money('vProd')].map((f) => ({ ...f, width: 1 / 7 })));
  w.row([money('vFrete'), money('vSeg'), money('vDesc'), money('vOutro'), money('vIPI'), money('vNF')].map((f) => ({ ...f, width: 1 / 6 })));
  w.section(w.t('danfe55.transport'));
  const freight = w.t(`danfe55.freight.${nfe.freightMode}`);
  w.row([
    { label: w.t('danfe55.name'), value: '', width: 0.5 },
    { label: w.t('danfe55.freight'), value: freight, width: 0.5 },
  ]);
}

const COLUMNS: { key: keyof NfeItemFields; label: string; width: number; align: Field['align']; format?: (v: string) => string }[] = [
  { key: 'code', label: 'danfe55.col.code', width: 0.08, align: 'left' },
  { key: 'description', label: 'danfe55.col.description', width: 0.27, align: 'left' },
  { key: 'ncm', label: 'danfe55.col.ncm', width: 0.07, align: 'center' },
  { key: 'cst', label: 'danfe55.col.cst', width: 0.05, align: 'center' },
  { key: 'cfop', label: 'danfe55.col.cfop', width: 0.05, align: 'center' },
  { key: 'unit', label: 'danfe55.col.unit', width: 0.04, align: 'center' },
  { key: 'quantity', label: 'danfe55.col.quantity', width: 0.07, align: 'right', format: (v) => brDecimal(v, 4) },
  { key: 'unitPrice', label: 'danfe55.col.unitPrice', width: 0.08, align: 'right', format: brMoney },
  { key: 'total', label: 'danfe55.col.total', width: 0.08, align: 'right', format: brMoney },
  { key: 'icmsBase', label: 'danfe55.col.icmsBase', width: 0.08, align: 'right', format: brMoney },
  { key: 'icmsValue', label: 'danfe55.col.icmsValue', width: 0.07, align: 'right', format: brMoney },
  { key: 'icmsRate', label: 'danfe55.col.icmsRate', width: 0.06, align: 'right', format: brMoney },
];

function products(w: DanfeWriter, items: NfeItemFields[], simples: boolean, bottom: number): void {
  w.section(w.t('danfe55.products'));
  const top = w.y;
  let x = PAGE.margin;
  for (const c of COLUMNS) {
    const label = c.key === 'cst' && simples ? 'danfe55.col.csosn' : c.label;
    w.pdf.font('Helvetica-Bold').fontSize(5.5).text(w.t(label), x + 1, top + 3, { width: WIDTH * c.width - 2, align: 'center', lineBreak: false, ellipsis: true });
    x += WIDTH * c.width;
  }
  w.y += 11;
  for (const item of items) {
    x = PAGE.margin;
    for (const c of COLUMNS) {
      const raw = item[c.key];
      w.value(c.format ? c.format(raw) : raw, x, w.y + 2, WIDTH * c.width, c.align, 6.5);
      x += WIDTH * c.width;
    }
    w.y += ITEM_ROW;
  }
  w.box(PAGE.margin, top, WIDTH, bottom - top);
  w.pdf.lineWidth(0.5).moveTo(PAGE.margin, top + 11).lineTo(PAGE.margin + WIDTH, top + 11).stroke();
  x = PAGE.margin;
  for (const c of COLUMNS.slice(0, -1)) {
    x += WIDTH * c.width;
    w.pdf.moveTo(x, top).lineTo(x, bottom).stroke();
  }
  w.y = bottom;
}

function additionalData(w: DanfeWriter, nfe: NfeFields): void {
  w.section(w.t('danfe55.additional'));
  const h = PAGE.height - PAGE.margin - w.y;
  const info = WIDTH * 0.65;
  w.box(PAGE.margin, w.y, info, h);
  w.label(w.t('danfe55.complementary'), PAGE.margin, w.y, info);
  const notes = [nfe.homologation ? w.t('danfe55.homologation') : '', nfe.additionalInfo].filter(Boolean).join('\n');
  w.pdf.font('Helvetica').fontSize(7).text(notes, PAGE.margin + 3, w.y + 10, { width: info - 6, height: h - 12 });
  w.box(PAGE.margin + info, w.y, WIDTH - info, h);
  w.label(w.t('danfe55.fisco'), PAGE.margin + info, w.y, WIDTH - info);
}

/** Homologação documents say so across the product area, as the DANFE manual asks. */
function watermark(w: DanfeWriter, top: number, bottom: number): void {
  const cx = PAGE.margin + WIDTH / 2;
  const cy = (top + bottom) / 2;
  w.pdf.save().rotate(-30, { origin: [cx, cy] }).fillColor('#c8c8c8').font('Helvetica-Bold').fontSize(34);
  w.pdf.text(w.t('danfe55.watermark'), cx - 260, cy - 20, { width: 520, align: 'center' });
  w.pdf.restore().fillColor('#000');
}

/** Room left for product rows on a page whose header ends at `y`, keeping the additional data box. */
const ADDITIONAL_HEIGHT = 80;
const itemsFitting = (y: number) => Math.floor((PAGE.height - PAGE.margin - ADDITIONAL_HEIGHT - 10 - y - 21) / ITEM_ROW);

/**
 * DANFE of an NF-e model 55 on A4 portrait (tpImp 1) from the stored procNFe: receipt stub,
 * emitter and DANFE identification with the Code 128 barcode of the access key, protocol,
 * recipient, tax totals, transport, products and additional data. Long sales continue on more
 * sheets, each with the identification block.
 */
export function renderDanfeNfe55Pdf(row: FiscalDocumentRow, t: Translate): Promise<Buffer> {
  const nfe = readNfeFields(row.proc_xml ?? row.signed_xml);
  const issued = new Date(row.issued_at);
  const pdf = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: `DANFE ${nfe.accessKey}`, Author: nfe.emit.name, CreationDate: issued, ModDate: issued } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const firstPageRows = itemsFitting(PAGE.margin + STUB_HEIGHT + HEADER.height + 2 * ROW + 10 + 3 * ROW + 2 * 10 + 3 * ROW + 10);
  const laterPageRows = itemsFitting(PAGE.margin + HEADER.height + 2 * ROW);
  const pages = 1 + Math.max(0, Math.ceil((nfe.items.length - firstPageRows) / laterPageRows));
  let next = 0;
  for (let page = 1; page <= pages; page++) {
    pdf.addPage({ size: 'A4', margin: 0 });
    const w = new DanfeWriter(pdf, t);
    if (page === 1) receiptStub(w, nfe);
    header(w, nfe, page, pages);
    if (page === 1) {
      recipient(w, nfe);
      taxesAndTransport(w, nfe);
    }
    const count = page === 1 ? firstPageRows : laterPageRows;
    const productsBottom = PAGE.height - PAGE.margin - ADDITIONAL_HEIGHT - 10;
    if (nfe.homologation) watermark(w, w.y, productsBottom); // under the rows, not over them
    products(w, nfe.items.slice(next, next + count), nfe.emit.crt === '1' || nfe.emit.crt === '4', productsBottom);
    next += count;
    additionalData(w, nfe);
  }
  pdf.end();
  return done;
}
