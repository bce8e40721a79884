/**
 * NFC-e of a home delivery (a sale with a delivery fee).
 *
 * SEFAZ refuses an NFC-e declared a home delivery (indPres 4) without the recipient's
 * identification (787 "NFC-e de entrega a domicílio sem a identificação do destinatário") or
 * address (788 "... sem o endereço do destinatário"), and takes an NFC-e only in person (1) or
 * delivered (4) (717). So a delivery whose customer gave a CPF/CNPJ and whose address is in the
 * store's city is declared a home delivery, with dest, enderDest and the store as its carrier; a
 * delivery the store cannot identify (the usual chat order, no CPF) or place is declared in
 * person, without transport (753 refuses a freight mode outside a home delivery), its fee still
 * vFrete in the total.
 */
import { describe, expect, it } from 'vitest';
import { firstElement, firstTagText } from '../shared/xml-text.js';
import { modelRules } from '../simulators/sefaz-model-rules.js';
import { simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { buildNfceXml } from './build-nfce-xml.js';
import type { FiscalSale } from './sale-types.js';

/** simplesSale with a R$ 7,00 delivery fee spread over its lines and the cash tender covering it. */
function deliveredSale(orderId: string): FiscalSale {
  const sale = simplesSale(orderId);
  sale.items[0].freightCents = 340;
  sale.items[1].freightCents = 360;
  sale.payments[1] = { ...sale.payments[1], amountCents: sale.payments[1].amountCents + 700 };
  return sale;
}

/** The customer's delivery as the order knows it: no number, the city typed without its accent. */
const RECIPIENT = { name: 'Maria Souza', street: 'Rua dos Pinheiros', number: '', complement: 'apto 12', district: 'Pinheiros', cityName: 'sao paulo', uf: 'SP', cep: '05422001' };

/** What SEFAZ checks on an NFC-e declared a home delivery (rules 787 and 788). */
function homeDeliveryRefusal(xml: string): string | undefined {
  if (firstTagText(xml, 'indPres') !== '4') return undefined;
  const dest = firstElement(xml, 'dest');
  if (!dest || !(firstTagText(dest, 'CPF') ?? firstTagText(dest, 'CNPJ') ?? firstTagText(dest, 'idEstrangeiro'))) return '787 sem a identificação do destinatário';
  if (!firstElement(dest, 'enderDest')) return '788 sem o endereço do destinatário';
  return undefined;
}

describe('NFC-e with a delivery fee (home delivery)', () => {
  const identity = { number: 1, randomCode: '12345678', issuedAt: new Date() };

  it('an NFC-e declared a home delivery is one SEFAZ accepts: identified customer and address', () => {
    const config = testEmitterConfig({ environment: 'production' });
    // A delivery order whose customer gave no CPF (the usual chat delivery order).
    const anonymous = buildNfceXml(config, deliveredSale('delivery-no-cpf'), identity);
    expect(anonymous.computed.freightCents).toBe(700);
    expect(homeDeliveryRefusal(anonymous.xml)).toBeUndefined();
  });

  it('an identified customer with an address in the store\'s city gets a home delivery: dest with CPF, name and enderDest, the store as carrier', () => {
    const config = testEmitterConfig({ environment: 'production' });
    const sale = { ...deliveredSale('delivery-cpf'), consumerCpf: '52998224725', delivery: RECIPIENT };
    const { xml } = buildNfceXml(config, sale, identity);
    expect(homeDeliveryRefusal(xml)).toBeUndefined();
    expect(firstTagText(xml, 'indPres')).toBe('4');
    expect(firstElement(xml, 'dest')).toBe(
      '<dest><CPF>52998224725</CPF><xNome>Maria Souza</xNome><enderDest><xLgr>Rua dos Pinheiros</xLgr><nro>S/N</nro><xCpl>apto 12</xCpl><xBairro>Pinheiros</xBairro>' +
        '<cMun>3550308</cMun><xMun>São Paulo</xMun><UF>SP</UF><CEP>05422001</CEP><cPais>1058</cPais><xPais>BRASIL</xPais></enderDest><indIEDest>9</indIEDest></dest>',
    );
    expect(firstElement(xml, 'transp')).toBe(`<transp><modFrete>3</modFrete><transporta><CNPJ>${config.cnpj}</CNPJ><xNome>${config.legalName}</xNome></transporta></transp>`);
  });

  it('a delivery without a usable address is declared in person, without transport, its fee still vFrete', () => {
    const config = testEmitterConfig({ environment: 'production' });
    const withCpf = { ...deliveredSale('delivery-elsewhere'), consumerCpf: '52998224725' };
    for (const delivery of [undefined, { ...RECIPIENT, cityName: 'Osasco' }, { ...RECIPIENT, district: '' }]) {
      const { xml, computed } = buildNfceXml(config, { ...withCpf, delivery }, identity);
      expect([firstTagText(xml, 'indPres'), firstElement(xml, 'transp'), computed.freightCents]).toEqual(['1', '<transp><modFrete>9</modFrete></transp>', 700]);
      expect(firstElement(xml, 'dest')).toBe('<dest><CPF>52998224725</CPF><indIEDest>9</indIEDest></dest>');
    }
  });

  it('the SEFAZ simulator refuses what SEFAZ refuses (787, 788, 786, 753) and takes both kinds of delivery the store issues', () => {
    const config = testEmitterConfig();
    const home = buildNfceXml(config, { ...deliveredSale('home'), consumerCpf: '52998224725', delivery: RECIPIENT }, identity).xml;
    const inPerson = buildNfceXml(config, deliveredSale('in-person'), identity).xml;
    expect([modelRules(home), modelRules(inPerson)]).toEqual([undefined, undefined]);
    const declaredHome = (xml: string) => xml.replace('<indPres>1</indPres>', '<indPres>4</indPres>');
    expect(modelRules(declaredHome(inPerson))?.cStat).toBe(787);
    const withCpf = buildNfceXml(config, { ...deliveredSale('cpf-only'), consumerCpf: '52998224725' }, identity).xml;
    expect(modelRules(declaredHome(withCpf))?.cStat).toBe(788);
    expect(modelRules(home.replace(/<transporta>.*<\/transporta>/, ''))?.cStat).toBe(786);
    expect(modelRules(inPerson.replace('<modFrete>9</modFrete>', '<modFrete>0</modFrete>'))?.cStat).toBe(753);
  });
});
