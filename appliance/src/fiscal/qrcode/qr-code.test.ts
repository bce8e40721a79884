import { generateKeyPairSync, createVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestValueHex, qrCodeV2, qrCodeV3 } from './qr-code.js';

// Known-answer vectors computed once with coreutils and checked by hand:
//   printf '%s' '35261106157250000116650010000000011123456780|2|2|1A1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6Q7R8' | sha1sum
//   -> 663007372504166d0abfd157a91bb4297423f56f
//   printf '%s' '29181033657677000156650010001654399001654399|2|2|01|150.00|6d39...383d|1A1B2C...Q7R8' | sha1sum
//   -> 27a74227e85f3680b864af71314f06aa37f5403a
//   printf '%s' 'm9ZrQTKMxv7A1Blnf/nmNGVX+N8=' | xxd -p  (the digVal printed in nfephp's nfce_com_qrcode.xml)
const CSC = 'A1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6Q7R8';
const BASE = 'https://www.homologacao.nfce.fazenda.sp.gov.br/qrcode';

describe('NFC-e QR code v2', () => {
  it('online form hashes key|2|tpAmb|idCSC + CSC', () => {
    const url = qrCodeV2({
      baseUrl: BASE,
      accessKey: '35261106157250000116650010000000011123456780',
      environment: 2,
      emissionType: 1,
      cscId: '000001',
      cscToken: CSC,
    });
    expect(url).toBe(`${BASE}?p=35261106157250000116650010000000011123456780|2|2|1|663007372504166D0ABFD157A91BB4297423F56F`);
  });

  it('offline form carries day, vNF and the hex DigestValue', () => {
    expect(digestValueHex('m9ZrQTKMxv7A1Blnf/nmNGVX+N8=')).toBe('6d395a7251544b4d7876374131426c6e662f6e6d4e4756582b4e383d');
    const url = qrCodeV2({
      baseUrl: 'http://hnfe.sefaz.ba.gov.br/servicos/nfce/qrcode.aspx',
      accessKey: '29181033657677000156650010001654399001654399',
      environment: 2,
      emissionType: 9,
      dayOfMonth: '01',
      totalCents: 15000,
      digestValue: 'm9ZrQTKMxv7A1Blnf/nmNGVX+N8=',
      cscId: '1',
      cscToken: CSC,
    });
    expect(url).toBe(
      'http://hnfe.sefaz.ba.gov.br/servicos/nfce/qrcode.aspx?p=29181033657677000156650010001654399001654399|2|2|01|150.00|' +
        '6d395a7251544b4d7876374131426c6e662f6e6d4e4756582b4e383d|1|27A74227E85F3680B864AF71314F06AA37F5403A',
    );
  });
});

describe('NFC-e QR code v3', () => {
  it('online form has no CSC and no hash', () => {
    expect(qrCodeV3({ baseUrl: BASE, accessKey: '35261106157250000116650010000000011123456780', environment: 1, emissionType: 1 })).toBe(
      `${BASE}?p=35261106157250000116650010000000011123456780|3|1`,
    );
  });

  it('offline form is signed with the certificate key (RSA-SHA1) and verifiable', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const url = qrCodeV3({
      baseUrl: BASE,
      accessKey: '35261106157250000116650010000000029123456791',
      environment: 2,
      emissionType: 9,
      dayOfMonth: '23',
      totalCents: 7100,
      consumerIdType: '2',
      consumerId: '52998224725',
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    const parameters = url.slice(url.indexOf('?p=') + 3);
    const fields = parameters.split('|');
    expect(fields.slice(0, 7)).toEqual(['35261106157250000116650010000000029123456791', '3', '2', '23', '71.00', '2', '52998224725']);
    const signed = fields.slice(0, 7).join('|');
    expect(createVerify('RSA-SHA1').update(signed).verify(publicKey, fields[7], 'base64')).toBe(true);
  });
});
