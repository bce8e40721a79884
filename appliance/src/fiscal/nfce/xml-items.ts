import { formatBasisPointsAsPercent, formatCents, formatScaledInteger } from '../shared/format-decimal.js';
import { cleanText, el, group, productDescription } from '../shared/xml-text.js';
import type { ComputedItem } from './compute-sale.js';

const HOMOLOGATION_FIRST_ITEM = 'NOTA FISCAL EMITIDA EM AMBIENTE DE HOMOLOGACAO - SEM VALOR FISCAL';

function quantityText(item: ComputedItem['item']): string {
  return item.unit === 'UNIT' ? formatScaledInteger(item.quantity, 0, 4) : formatScaledInteger(item.quantity, 3, 4);
}

function prodXml(computed: ComputedItem, index: number, homologation: boolean): string {
  const { item } = computed;
  const unit = item.unit === 'UNIT' ? 'UN' : 'KG';
  const gtin = item.gtin && /^\d{8}$|^\d{12,14}$/.test(item.gtin) ? item.gtin : 'SEM GTIN';
  // SEFAZ rule 373: in homologação the first item must carry this fixed description.
  const description = homologation && index === 0 ? HOMOLOGATION_FIRST_ITEM : productDescription(item);
  return group(
    'prod',
    el('cProd', cleanText(item.code, 60)) +
      el('cEAN', gtin) +
      el('xProd', description) +
      el('NCM', item.ncm) +
      el('CEST', item.cest) +
      el('CFOP', item.cfop) +
      el('uCom', unit) +
      el('qCom', quantityText(item)) +
      el('vUnCom', formatCents(item.unitPriceCents)) +
      el('vProd', formatCents(computed.grossCents)) +
      el('cEANTrib', gtin) +
      el('uTrib', unit) +
      el('qTrib', quantityText(item)) +
      el('vUnTrib', formatCents(item.unitPriceCents)) +
      (computed.freightCents > 0 ? el('vFrete', formatCents(computed.freightCents)) : '') +
      (computed.discountCents > 0 ? el('vDesc', formatCents(computed.discountCents)) : '') +
      el('indTot', 1),
  );
}

function icmsXml(computed: ComputedItem): string {
  const { item } = computed;
  const orig = String(item.origin ?? 0);
  switch (item.icms.kind) {
    case 'CSOSN_102':
      return group('ICMS', group('ICMSSN102', el('orig', orig) + el('CSOSN', '102')));
    case 'CSOSN_500':
      return group('ICMS', group('ICMSSN500', el('orig', orig) + el('CSOSN', '500')));
    case 'CST_60':
      return group('ICMS', group('ICMS60', el('orig', orig) + el('CST', '60')));
    case 'CST_00':
      return group(
        'ICMS',
        group(
          'ICMS00',
          el('orig', orig) +
            el('CST', '00') +
            el('modBC', 3) +
            el('vBC', formatCents(computed.icmsBaseCents)) +
            el('pICMS', formatBasisPointsAsPercent(item.icms.rateBasisPoints)) +
            el('vICMS', formatCents(computed.icmsCents)),
        ),
      );
  }
}

function pisCofinsXml(computed: ComputedItem): string {
  const taxation = computed.item.pisCofins;
  switch (taxation.kind) {
    case 'ALIQ': {
      const base = formatCents(computed.pisBaseCents);
      return (
        group('PIS', group('PISAliq', el('CST', taxation.cst) + el('vBC', base) + el('pPIS', formatBasisPointsAsPercent(taxation.pisRateBasisPoints)) + el('vPIS', formatCents(computed.pisCents)))) +
        group('COFINS', group('COFINSAliq', el('CST', taxation.cst) + el('vBC', base) + el('pCOFINS', formatBasisPointsAsPercent(taxation.cofinsRateBasisPoints)) + el('vCOFINS', formatCents(computed.cofinsCents))))
      );
    }
    case 'NT':
      return group('PIS', group('PISNT', el('CST', taxation.cst))) + group('COFINS', group('COFINSNT', el('CST', taxation.cst)));
    case 'OUTR':
      return (
        group('PIS', group('PISOutr', el('CST', taxation.cst) + el('vBC', '0.00') + el('pPIS', '0.00') + el('vPIS', '0.00'))) +
        group('COFINS', group('COFINSOutr', el('CST', taxation.cst) + el('vBC', '0.00') + el('pCOFINS', '0.00') + el('vCOFINS', '0.00')))
      );
  }
}

/** IBSCBS group of PL_010 (tax reform); present only when the store enabled it and the item has it. */
function ibsCbsXml(computed: ComputedItem): string {
  const reform = computed.item.ibsCbs;
  if (!reform) return '';
  const ibsTotal = computed.ibsStateCents + computed.ibsCityCents;
  return group(
    'IBSCBS',
    el('CST', reform.cst) +
      el('cClassTrib', reform.classCode) +
      group(
        'gIBSCBS',
        // The base the item's IBS and CBS were computed on: its net value plus its share of the freight.
        el('vBC', formatCents(computed.netCents + computed.freightCents)) +
          group('gIBSUF', el('pIBSUF', formatBasisPointsAsPercent(reform.ibsStateRateBasisPoints)) + el('vIBSUF', formatCents(computed.ibsStateCents))) +
          group('gIBSMun', el('pIBSMun', formatBasisPointsAsPercent(reform.ibsCityRateBasisPoints)) + el('vIBSMun', formatCents(computed.ibsCityCents))) +
          el('vIBS', formatCents(ibsTotal)) +
          group('gCBS', el('pCBS', formatBasisPointsAsPercent(reform.cbsRateBasisPoints)) + el('vCBS', formatCents(computed.cbsCents))),
      ),
  );
}

export function detXml(items: ComputedItem[], homologation: boolean, taxReformGroups: boolean): string {
  return items
    .map((computed, index) =>
      group(
        'det',
        prodXml(computed, index, homologation) +
          group('imposto', icmsXml(computed) + pisCofinsXml(computed) + (taxReformGroups ? ibsCbsXml(computed) : '')),
        `nItem="${index + 1}"`,
      ),
    )
    .join('');
}
