import { formatCents } from '../shared/format-decimal.js';
import { el, group } from '../shared/xml-text.js';
import type { ComputedSale } from './compute-sale.js';

const ZERO = '0.00';

export function totalXml(sale: ComputedSale, taxReformGroups: boolean): string {
  const icmsTot =
    el('vBC', formatCents(sale.icmsBaseCents)) +
    el('vICMS', formatCents(sale.icmsCents)) +
    el('vICMSDeson', ZERO) +
    el('vFCP', ZERO) +
    el('vBCST', ZERO) +
    el('vST', ZERO) +
    el('vFCPST', ZERO) +
    el('vFCPSTRet', ZERO) +
    el('vProd', formatCents(sale.grossCents)) +
    el('vFrete', formatCents(sale.freightCents)) +
    el('vSeg', ZERO) +
    el('vDesc', formatCents(sale.discountCents)) +
    el('vII', ZERO) +
    el('vIPI', ZERO) +
    el('vIPIDevol', ZERO) +
    el('vPIS', formatCents(sale.pisCents)) +
    el('vCOFINS', formatCents(sale.cofinsCents)) +
    el('vOutro', ZERO) +
    el('vNF', formatCents(sale.totalCents));
  const hasReform = taxReformGroups && sale.items.some((i) => i.item.ibsCbs);
  return group('total', group('ICMSTot', icmsTot) + (hasReform ? ibsCbsTotXml(sale) : ''));
}

function ibsCbsTotXml(sale: ComputedSale): string {
  const ibs = sale.ibsStateCents + sale.ibsCityCents;
  return group(
    'IBSCBSTot',
    el('vBCIBSCBS', formatCents(sale.ibsCbsBaseCents)) +
      group(
        'gIBS',
        group('gIBSUF', el('vDif', ZERO) + el('vDevTrib', ZERO) + el('vIBSUF', formatCents(sale.ibsStateCents))) +
          group('gIBSMun', el('vDif', ZERO) + el('vDevTrib', ZERO) + el('vIBSMun', formatCents(sale.ibsCityCents))) +
          el('vIBS', formatCents(ibs)) +
          el('vCredPres', ZERO) +
          el('vCredPresCondSus', ZERO),
      ) +
      group('gCBS', el('vDif', ZERO) + el('vDevTrib', ZERO) + el('vCBS', formatCents(sale.cbsCents)) + el('vCredPres', ZERO) + el('vCredPresCondSus', ZERO)),
  );
}
