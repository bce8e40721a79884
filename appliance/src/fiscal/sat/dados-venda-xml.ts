import { computeSale, type ComputedItem } from '../nfce/compute-sale.js';
import type { FiscalPayment, FiscalSale } from '../nfce/sale-types.js';
import { formatCents, formatScaledInteger } from '../shared/format-decimal.js';
import { cleanText, el, group, productDescription } from '../shared/xml-text.js';

/** The CF-e's document model (mod 59 in its access key). */
export const CFE_MODEL = 59;

/** What the point of sale (AC) puts in every CF-e; the SAT fills in the rest and signs. */
export interface SatStoreConfig {
  softwareHouseCnpj: string; // ide/CNPJ of the AC vendor
  signAC: string; // AC signature registered with AssociarAssinatura (344 chars base64)
  checkoutNumber: number; // numeroCaixa
  cnpj: string;
  ie: string;
  im?: string;
  issqnRegime?: string; // cRegTribISSQN
}

/** cMP codes of the SAT layout. */
const CMP_BY_METHOD: Record<FiscalPayment['method'], string> = { CASH: '01', CREDIT: '03', DEBIT: '04', VOUCHER: '11', PIX: '17', OTHER: '99' };

// SAT rates are fractions with 4 decimals (0.0165), unlike NF-e percentages.
const fraction = (basisPoints: number) => formatScaledInteger(basisPoints, 4, 4);

function icms(line: ComputedItem): string {
  const orig = el('Orig', line.item.origin ?? 0);
  switch (line.item.icms.kind) {
    case 'CSOSN_102':
      return group('ICMSSN102', orig + el('CSOSN', '102'));
    case 'CSOSN_500':
      return group('ICMSSN102', orig + el('CSOSN', '500'));
    case 'CST_60':
      return group('ICMS40', orig + el('CST', '60'));
    case 'CST_00':
      return group('ICMS00', orig + el('CST', '00') + el('pICMS', formatScaledInteger(line.item.icms.rateBasisPoints, 2, 2)));
  }
}

function pisCofins(line: ComputedItem): string {
  const t = line.item.pisCofins;
  // The line's share of the delivery fee is part of the operation's value, as in the NFC-e.
  const base = formatCents(line.netCents + line.freightCents);
  switch (t.kind) {
    case 'ALIQ':
      return (
        group('PIS', group('PISAliq', el('CST', t.cst) + el('vBC', base) + el('pPIS', fraction(t.pisRateBasisPoints)))) +
        group('COFINS', group('COFINSAliq', el('CST', t.cst) + el('vBC', base) + el('pCOFINS', fraction(t.cofinsRateBasisPoints))))
      );
    case 'NT':
      return group('PIS', group('PISNT', el('CST', t.cst))) + group('COFINS', group('COFINSNT', el('CST', t.cst)));
    case 'OUTR':
      return t.cst === '49'
        ? group('PIS', group('PISSN', el('CST', '49'))) + group('COFINS', group('COFINSSN', el('CST', '49')))
        : group('PIS', group('PISOutr', el('CST', t.cst) + el('vBC', '0.00') + el('pPIS', '0.0000'))) +
            group('COFINS', group('COFINSOutr', el('CST', t.cst) + el('vBC', '0.00') + el('pCOFINS', '0.0000')));
  }
}

/** dadosVenda of EnviarDadosVenda, layout 0.08 (CfeDadosVendaAPL_0008.xsd). */
export function buildDadosVenda(sale: FiscalSale, store: SatStoreConfig): string {
  const computed = computeSale(sale, CFE_MODEL);
  const det = computed.items
    .map((line, index) => {
      const item = line.item;
      const quantity = item.unit === 'UNIT' ? formatScaledInteger(item.quantity, 0, 4) : formatScaledInteger(item.quantity, 3, 4);
      const prod =
        el('cProd', cleanText(item.code, 60)) +
        el('cEAN', item.gtin && /^\d{8}$|^\d{12,14}$/.test(item.gtin) ? item.gtin : undefined) +
        el('xProd', productDescription(item)) +
        el('NCM', item.ncm) +
        el('CEST', item.cest) +
        el('CFOP', item.cfop) +
        el('uCom', item.unit === 'UNIT' ? 'UN' : 'KG') +
        el('qCom', quantity) +
        el('vUnCom', formatCents(item.unitPriceCents)) +
        el('indRegra', item.unit === 'UNIT' ? 'A' : 'T') +
        (line.discountCents > 0 ? el('vDesc', formatCents(line.discountCents)) : '') +
        // Layout 0.08 has no freight: the line's share of the delivery fee is an "outra despesa
        // acessória" (vOutro), which the equipment adds to vItem and vCFe.
        (line.freightCents > 0 ? el('vOutro', formatCents(line.freightCents)) : '');
      return group('det', group('prod', prod) + group('imposto', group('ICMS', icms(line)) + pisCofins(line)), `nItem="${index + 1}"`);
    })
    .join('');
  const payments = sale.payments
    .map((p) => group('MP', el('cMP', CMP_BY_METHOD[p.method]) + el('vMP', formatCents(p.amountCents + (p.changeCents ?? 0)))))
    .join('');
  const infCFe =
    group('ide', el('CNPJ', store.softwareHouseCnpj) + el('signAC', store.signAC) + el('numeroCaixa', String(store.checkoutNumber).padStart(3, '0'))) +
    group('emit', el('CNPJ', store.cnpj) + el('IE', store.ie) + el('IM', store.im) + el('cRegTribISSQN', store.issqnRegime) + el('indRatISSQN', 'N')) +
    satDestXml(sale.consumerCpf ?? sale.consumerCnpj) +
    det +
    '<total/>' +
    group('pgto', payments);
  return `<CFe>${group('infCFe', infCFe, 'versaoDadosEnt="0.08"')}</CFe>`;
}

/** dest of a CF-e (sale or cancellation): CPF (11 digits) or CNPJ (14) na nota, else an unidentified consumer. */
export function satDestXml(consumerDocument: string | undefined): string {
  if (!consumerDocument) return '<dest/>';
  return group('dest', el(consumerDocument.length === 14 ? 'CNPJ' : 'CPF', consumerDocument));
}
