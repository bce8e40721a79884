import { createPrivateKey, type KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';
import type XmlCrypto from 'xml-crypto';
import type { A1Certificate } from './certificate.js';

// Required on the first signature, synchronously (signing runs inside command transactions): a
// store without NFC-e never loads xml-crypto and its XML stack (@xmldom/xmldom, xpath).
const require = createRequire(import.meta.url);
const xmlCrypto = (): typeof XmlCrypto => require('xml-crypto') as typeof XmlCrypto;

const C14N = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

// The parsed key of each certificate: reading the PEM again on every signature cost a quarter of it.
const privateKeys = new WeakMap<A1Certificate, KeyObject>();
function privateKeyOf(certificate: A1Certificate): KeyObject {
  let key = privateKeys.get(certificate);
  if (!key) {
    key = createPrivateKey(certificate.privateKeyPem);
    privateKeys.set(certificate, key);
  }
  return key;
}

/**
 * XMLDSig enveloped signature as the NF-e manual prescribes: C14N, RSA-SHA1, SHA-1 digest,
 * Reference URI="#<Id>" to the element, KeyInfo with the X509Certificate. The Signature is placed
 * right after the signed element (infNFe, infInut, infEvento), as its sibling.
 */
export function signElement(xml: string, elementName: string, certificate: A1Certificate): string {
  const { SignedXml } = xmlCrypto();
  const signer = new SignedXml({
    privateKey: privateKeyOf(certificate),
    publicCert: certificate.certificatePem,
    canonicalizationAlgorithm: C14N,
    signatureAlgorithm: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
  });
  // The signed element is always a child of the document element (NFe, inutNFe, evento). Saying so
  // spares the xpath engine a local-name() test on every node of the document, twice (reference
  // and placement): half the time of a signature.
  const xpath = `/*/*[local-name(.)='${elementName}']`;
  signer.addReference({ xpath, transforms: [ENVELOPED, C14N], digestAlgorithm: 'http://www.w3.org/2000/09/xmldsig#sha1' });
  signer.getKeyInfoContent = () => `<X509Data><X509Certificate>${certificate.certificateBase64}</X509Certificate></X509Data>`;
  signer.computeSignature(xml, { location: { reference: xpath, action: 'after' } });
  return signer.getSignedXml();
}

/** DigestValue of the (first) signature: needed by the offline QR code. */
export function digestValueOf(signedXml: string): string {
  const match = /<DigestValue>([^<]+)<\/DigestValue>/.exec(signedXml);
  if (!match) throw new Error('signed XML has no DigestValue');
  return match[1];
}
