import { describe, expect, it } from 'vitest';
import { buildNfceXml } from '../nfce/build-nfce-xml.js';
import { buildNfe55Xml } from '../nfe55/build-nfe55-xml.js';
import { cancellationEventXml, inutNFeXml } from '../sefaz/messages.js';
import { el, escapeXml, group } from '../shared/xml-text.js';
import { referencePresent, regimeNormalSale, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { loadA1Certificate } from './certificate.js';
import { findChildOfRoot, readCompactXml } from './compact-xml.js';
import { signElement, signWithXmlCrypto } from './sign-xml.js';

const NS = 'xmlns="http://www.portalfiscal.inf.br/nfe"';

describe.runIf(referencePresent())('signing without a DOM gives xml-crypto’s bytes', () => {
  const config = testEmitterConfig();
  const certificate = loadA1Certificate(config.certificate.pfx, config.certificate.password);
  const issuedAt = new Date('2026-12-04T15:04:05.678Z');

  /** Signs both ways and checks the document took the compact path, not the fallback. */
  const expectSameSignature = (xml: string, element: string) => {
    const document = readCompactXml(xml);
    expect(document && findChildOfRoot(document, element), `compact shape: ${xml.slice(0, 80)}`).toBeTruthy();
    const compact = signElement(xml, element, certificate);
    expect(compact).toBe(signWithXmlCrypto(xml, element, certificate));
    return compact;
  };

  it('NFC-e of every kind the store issues', () => {
    const normal = { ...config, crt: 3 as const };
    const awkward = simplesSale('order-awkward');
    awkward.items[0].description = `Pão d'água "especial" & <cia> ç € 😀 ${'>'}`;
    awkward.consumerCpf = '12345678909';
    const documents = [
      buildNfceXml(config, simplesSale(), { number: 1, randomCode: '10203040', issuedAt }),
      buildNfceXml(config, simplesSale(), {
        number: 2,
        randomCode: '10203041',
        issuedAt,
        contingency: { enteredAt: issuedAt, reason: 'SEFAZ SEM RESPOSTA NO TEMPO LIMITE' },
      }),
      buildNfceXml(normal, regimeNormalSale(), { number: 3, randomCode: '10203042', issuedAt }),
      buildNfceXml({ ...normal, taxReformGroups: true, qrCodeVersion: 3 }, regimeNormalSale(), { number: 5, randomCode: '10203044', issuedAt }),
      // In production the item's own name goes into xProd (homologação replaces it).
      buildNfceXml({ ...config, environment: 'production' }, awkward, { number: 9, randomCode: '10203049', issuedAt }),
    ];
    for (const built of documents) {
      const signed = expectSameSignature(built.xml, 'infNFe');
      expect(signed).toContain(`<Reference URI="#NFe${built.accessKey}">`);
    }
    // The builder writes only what SEFAZ's Latin-1 text fields take; the signer keeps any character.
    expect(documents[4].xml).toContain('<xProd>Pão d&#39;água &quot;especial&quot; &amp; &lt;cia&gt; ç EUR &gt;</xProd>');
    const beyondLatin1 = documents[4].xml.replace(' ç EUR &gt;', ' ç € 😀 &gt;');
    expect(expectSameSignature(beyondLatin1, 'infNFe')).toContain(`Pão d'água "especial" &amp; &lt;cia&gt; ç € 😀`);
  });

  it('NF-e model 55, the inutilização and the cancellation event', () => {
    const buyer = {
      cnpj: '11222333000181',
      ie: '110042490114',
      legalName: 'CONSTRUTORA EXEMPLO & FILHOS LTDA',
      address: { street: 'Avenida Paulista', number: '1000', district: 'Bela Vista', cityCode: '3550308', cityName: 'Sao Paulo', uf: 'SP', cep: '01310100' },
    };
    const nfe = buildNfe55Xml({ ...config, crt: 3 }, regimeNormalSale(), buyer, { series: 1, number: 10, randomCode: '10203050', issuedAt });
    expectSameSignature(nfe.xml, 'infNFe');
    // These are signed inside the message builders: sign their unsigned element again both ways.
    const unsign = (signed: string, root: string) => signed.replace(/<Signature .*<\/Signature>/, '').slice(signed.indexOf(`<${root} `));
    const inutilization = inutNFeXml(
      { environment: 2, ufCode: 35, year: 2026, cnpj: config.cnpj, model: 65, series: 1, firstNumber: 5, lastNumber: 7, justification: 'Numeração pulada por falha do sistema' },
      certificate,
    );
    expectSameSignature(unsign(inutilization, 'inutNFe'), 'infInut');
    const cancellation = cancellationEventXml(
      '1',
      { environment: 2, ufCode: 35, cnpj: config.cnpj, accessKey: '3'.repeat(44), protocol: '135260000000001', justification: "Cliente desistiu da compra 'agora'", at: '2026-12-04T12:04:05-03:00' },
      certificate,
    );
    const evento = cancellation.slice(cancellation.indexOf('<evento '), cancellation.indexOf('</envEvento>'));
    expectSameSignature(unsign(evento, 'evento'), 'infEvento');
  });

  it('any text and attribute values (seeded random documents)', () => {
    const alphabet = ['a', 'Z', '0', ' ', "'", '"', '&', '<', '>', 'ç', 'ã', '€', '😀', '\t', '\n', ';', '#', '=', '/'];
    let seed = 20261204;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = () => Array.from({ length: 1 + random(12) }, () => alphabet[random(alphabet.length)]).join('');
    for (let i = 0; i < 60; i++) {
      // Attribute values as the builders write them; text both as they write it and minimally escaped.
      const attribute = escapeXml(text().replace(/[\t\n]/g, '_'));
      const xml = `<NFe ${NS}><infNFe versao="4.00" Id="NFe${i}" zeta="${attribute}">${el('a', text())}${group('b', el('c', text()) + text().replace(/&/g, '&amp;').replace(/</g, '&lt;'), `k="${attribute}"`)}</infNFe></NFe>`;
      expectSameSignature(xml, 'infNFe');
    }
  });

  it('shapes the compact reader refuses still sign, through xml-crypto', () => {
    const refused = [
      `<?xml version="1.0"?><NFe ${NS}><infNFe Id="NFe1"><a>1</a></infNFe></NFe>`,
      `<NFe ${NS}><infNFe Id="NFe1"><a/></infNFe></NFe>`,
      `<NFe ${NS}><infNFe Id="NFe1"><a></a></infNFe></NFe>`,
      `<NFe ${NS}><infNFe Id="NFe1"><!-- note --><a>1</a></infNFe></NFe>`,
      `<NFe ${NS}><infNFe Id="NFe1"><a><![CDATA[x]]></a></infNFe></NFe>`,
      `<NFe ${NS}><infNFe Id="NFe1"><a xmlns="urn:other">1</a></infNFe></NFe>`,
      `<NFe ${NS}><infNFe Id="NFe1"><a>1\r\n2</a></infNFe></NFe>`,
      `<NFe ${NS}><infNFe Id="NFe1"><a>&eacute;</a></infNFe></NFe>`,
      `<NFe ${NS}><infNFe Id="NFe1"><a  b="1">1</a></infNFe></NFe>`,
      `<NFe ${NS}><infNFe Id="NFe1"><a b='1'>1</a></infNFe></NFe>`,
      `<NFe ${NS}><infNFe Id="NFe1"><a b="x\ty">1</a></infNFe></NFe>`,
    ];
    for (const xml of refused) {
      expect(readCompactXml(xml), xml).toBeUndefined();
      expect(signElement(xml, 'infNFe', certificate)).toBe(signWithXmlCrypto(xml, 'infNFe', certificate));
    }
    // Well formed and compact, but the element is not a child of the root or has no Id.
    const nested = `<NFe ${NS}><x><infNFe Id="NFe1"><a>1</a></infNFe></x></NFe>`;
    expect(findChildOfRoot(readCompactXml(nested) as NonNullable<ReturnType<typeof readCompactXml>>, 'infNFe')).toBeUndefined();
    const withoutId = `<NFe ${NS}><infNFe versao="4.00"><a>1</a></infNFe></NFe>`;
    expect(signElement(withoutId, 'infNFe', certificate)).toBe(signWithXmlCrypto(withoutId, 'infNFe', certificate));
  });

  it('refuses what is not well formed', () => {
    const notWellFormed = [`<NFe><a>1</b></NFe>`, `<NFe><a>1</a>`, `<NFe></NFe><NFe></NFe>`, `<NFe><a>1</a></NFe>tail`, `text<NFe><a>1</a></NFe>`, `<NFe><a>&amp</a></NFe>`];
    for (const xml of [...notWellFormed, `<NFe><a>&#xD800;</a></NFe>`, `<NFe><a>&#x110000;</a></NFe>`, `<NFe><a>&#0;</a></NFe>`]) {
      expect(readCompactXml(xml), xml).toBeUndefined();
    }
  });
});
