import { firstElement, firstTagText } from '../shared/xml-text.js';

export interface Refusal {
  cStat: number;
  xMotivo: string;
}

/**
 * The per-model rules of the authorizer that a till can break (a few of the real list, with their
 * real codes, enough to tell an NF-e from an NFC-e apart): an NF-e model 55 needs an identified buyer with an address and
 * a portrait or landscape DANFE; an NFC-e prints on the receipt (tpImp 4 or 5) and follows the
 * home-delivery rules.
 */
export function modelRules(nfe: string): Refusal | undefined {
  const model = firstTagText(nfe, 'mod');
  const printType = firstTagText(nfe, 'tpImp');
  const dest = firstElement(nfe, 'dest');
  if (model === '55') {
    if (!dest || !firstElement(dest, 'enderDest')) return { cStat: 719, xMotivo: 'Rejeição: NF-e sem a identificação do destinatário' };
    if (printType !== '1' && printType !== '2') return { cStat: 710, xMotivo: 'Rejeição: NF-e com formato de DANFE inválido' };
    if (firstTagText(dest, 'indIEDest') === '1' && !firstTagText(dest, 'IE')) return { cStat: 232, xMotivo: 'Rejeição: IE do destinatário não informada' };
    return undefined;
  }
  if (printType !== '4' && printType !== '5') return { cStat: 709, xMotivo: 'Rejeição: NFC-e com formato de DANFE inválido' };
  return homeDeliveryRules(nfe, dest);
}

/**
 * An NFC-e declared a home delivery (indPres 4) names the recipient (787) with the address (788)
 * and the carrier (786, checked by the states that require it; the simulator does); any other
 * NFC-e declares no transport (753).
 */
function homeDeliveryRules(nfe: string, dest: string | undefined): Refusal | undefined {
  const transport = firstElement(nfe, 'transp') ?? '';
  if (firstTagText(nfe, 'indPres') !== '4') {
    return firstTagText(transport, 'modFrete') === '9' ? undefined : { cStat: 753, xMotivo: 'Rejeição: NFC-e com Frete' };
  }
  if (!dest || !(firstTagText(dest, 'CPF') ?? firstTagText(dest, 'CNPJ') ?? firstTagText(dest, 'idEstrangeiro'))) {
    return { cStat: 787, xMotivo: 'Rejeição: NFC-e de entrega a domicílio sem a identificação do destinatário' };
  }
  if (!firstElement(dest, 'enderDest')) return { cStat: 788, xMotivo: 'Rejeição: NFC-e de entrega a domicílio sem o endereço do destinatário' };
  const carrier = firstElement(transport, 'transporta');
  if (!carrier || !(firstTagText(carrier, 'CNPJ') ?? firstTagText(carrier, 'CPF')) || !firstTagText(carrier, 'xNome')) {
    return { cStat: 786, xMotivo: 'Rejeição: NFC-e de entrega a domicílio sem dados do Transportador' };
  }
  return undefined;
}
