import { localDayOfMonth } from '../shared/local-datetime.js';
import { escapeXml } from '../shared/xml-text.js';
import { consultByKeyUrl, sefazEndpoint } from '../sefaz/endpoints.js';
import { qrCodeV2, qrCodeV3 } from '../qrcode/qr-code.js';
import type { A1Certificate } from '../signing/certificate.js';
import { digestValueOf, signElement } from '../signing/sign-xml.js';
import { buildNfceXml, type BuiltNfce, type NfceIdentity } from './build-nfce-xml.js';
import { tpAmb, type EmitterConfig } from './emitter-config.js';
import type { FiscalSale } from './sale-types.js';

export interface IssuedNfce extends BuiltNfce {
  signedXml: string;
  qrCode: string;
  urlChave: string;
  digestValue: string;
}

/** The offline QR v3 names the consumer dest names: tpIdDest 2 with a CPF, 1 with a CNPJ. */
function consumerIdentification(sale: FiscalSale): { consumerIdType?: '1' | '2'; consumerId?: string } {
  if (sale.consumerCpf) return { consumerIdType: '2', consumerId: sale.consumerCpf };
  if (sale.consumerCnpj) return { consumerIdType: '1', consumerId: sale.consumerCnpj };
  return {};
}

/** Builds, signs and completes (infNFeSupl with QR code) one NFC-e; pure apart from reading the SEFAZ tables. */
export function issueNfce(config: EmitterConfig, certificate: A1Certificate, sale: FiscalSale, identity: NfceIdentity): IssuedNfce {
  const built = buildNfceXml(config, sale, identity);
  const signed = signElement(built.xml, 'infNFe', certificate);
  const digestValue = digestValueOf(signed);
  const baseUrl = sefazEndpoint(config.address.uf, config.environment, 'NfeConsultaQR').url;
  const common = {
    baseUrl,
    accessKey: built.accessKey,
    environment: tpAmb(config),
    emissionType: built.emissionType,
    dayOfMonth: localDayOfMonth(built.issuedAtLocal),
    totalCents: built.computed.totalCents,
  };
  const qrCode =
    config.qrCodeVersion === 3
      ? qrCodeV3({
          ...common,
          ...consumerIdentification(sale),
          privateKeyPem: certificate.privateKeyPem,
        })
      : qrCodeV2({ ...common, digestValue, cscId: config.cscId, cscToken: config.cscToken });
  const urlChave = consultByKeyUrl(config.address.uf, config.environment);
  // infNFeSupl sits between infNFe and Signature and is outside the signed reference, so the
  // offline QR can carry the DigestValue computed above.
  const supl = `<infNFeSupl><qrCode>${escapeXml(qrCode)}</qrCode><urlChave>${escapeXml(urlChave)}</urlChave></infNFeSupl>`;
  const signatureStart = signed.indexOf('<Signature');
  const signedXml = signed.slice(0, signatureStart) + supl + signed.slice(signatureStart);
  return { ...built, signedXml, qrCode, urlChave, digestValue };
}
