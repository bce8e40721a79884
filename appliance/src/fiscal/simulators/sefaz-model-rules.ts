import { firstElement, firstTagText } from '../shared/xml-text.js';

export interface Refusal {
  cStat: number;
  xMotivo: string;
}

/**
 * The per-model rules of the authorizer that a till can break (a few of the real list, with their
 * real codes, enough to tell an NF-e from an NFC-e apart): an NF-e model 55 needs an identified buyer with an address and
 * a portrait or landscape DANFE; an NFC-e prints on the receipt (tpImp 4 or 5).
 */
export function modelRules(nfe: string): Refusal | undefined {
  const model = firstTagText(nfe, 'mod');
  const printType = firstTagText(nfe, 'tpImp');
  const dest = firstElement(nfe, 'dest');
  if (model === '55') {
    if (!dest || !firstElement(dest, 'enderDest')) return { cStat: 719, xMotivo: 'Rejeição: NF-e sem a identificação do destinatário' };
    if (printType !== '1' && printType !== '2') return { cStat: 710, xMotivo: 'Rejeição: NF-e com formato de DANFE inválido' };
    if (firstTagText(dest, 'indIEDest') === '1' && !firstTagText(dest, 'IE')) return { cStat: 232, xMotivo: 'Rejeição: IE do destinatário não informada' };
  } else if (printType !== '4' && printType !== '5') {
    return { cStat: 709, xMotivo: 'Rejeição: NFC-e com formato de DANFE inválido' };
  }
  return undefined;
}
