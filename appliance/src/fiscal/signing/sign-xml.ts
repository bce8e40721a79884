import { createHash, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';
import type XmlCrypto from 'xml-crypto';
import type { A1Certificate } from './certificate.js';
import { canonicalElement, findChildOfRoot, readCompactXml, serializeWith } from './compact-xml.js';

// Required on the first signature, synchronously (signing runs inside command transactions): a
// store without NFC-e never loads xml-crypto and its XML stack (@xmldom/xmldom, xpath).
const require = createRequire(import.meta.url);
const xmlCrypto = (): typeof XmlCrypto => require('xml-crypto') as typeof XmlCrypto;

const C14N = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
const DSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';
const RSA_SHA1 = 'http://www.w3.org/2000/09/xmldsig#rsa-sha1';
const SHA1 = 'http://www.w3.org/2000/09/xmldsig#sha1';

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
 *
 * The documents the appliance builds itself are signed without a DOM (`compact-xml.ts`): parsing,
 * xpath and canonicalization in JavaScript were ≈ 90 % of a signature's CPU (2.6 ms for an NFC-e
 * against 0.3 ms for the RSA operation), paid on the sale path of every fiscal store. Any other
 * shape of document goes through xml-crypto; both give the same bytes.
 */
export function signElement(xml: string, elementName: string, certificate: A1Certificate): string {
  return signCompact(xml, elementName, certificate) ?? signWithXmlCrypto(xml, elementName, certificate);
}

function signCompact(xml: string, elementName: string, certificate: A1Certificate): string | undefined {
  const document = readCompactXml(xml);
  const signed = document && findChildOfRoot(document, elementName);
  const id = signed?.element.attributes.find(([name]) => name === 'Id')?.[1];
  if (!document || !signed || id === undefined || !/^[A-Za-z0-9_.-]+$/.test(id)) return undefined;
  const digest = createHash('sha1').update(canonicalElement(document, signed.open, signed.close)).digest('base64');
  // SignedInfo as it is signed (canonical: empty elements open and closed, its namespace declared)
  // and as xml-crypto writes it into the document (empty elements self-closed).
  const signedInfo = (empty: (name: string, algorithm: string) => string, namespace: string) =>
    `<SignedInfo${namespace}>${empty('CanonicalizationMethod', C14N)}${empty('SignatureMethod', RSA_SHA1)}` +
    `<Reference URI="#${id}"><Transforms>${empty('Transform', ENVELOPED)}${empty('Transform', C14N)}</Transforms>` +
    `${empty('DigestMethod', SHA1)}<DigestValue>${digest}</DigestValue></Reference></SignedInfo>`;
  const canonicalSignedInfo = signedInfo((name, algorithm) => `<${name} Algorithm="${algorithm}"></${name}>`, ` xmlns="${DSIG_NAMESPACE}"`);
  const signatureValue = sign('sha1', Buffer.from(canonicalSignedInfo), privateKeyOf(certificate)).toString('base64');
  const signature =
    `<Signature xmlns="${DSIG_NAMESPACE}">${signedInfo((name, algorithm) => `<${name} Algorithm="${algorithm}"/>`, '')}` +
    `<SignatureValue>${signatureValue}</SignatureValue>${keyInfoContent(certificate, 'KeyInfo')}</Signature>`;
  return serializeWith(document, signed.close, signature);
}

function keyInfoContent(certificate: A1Certificate, wrapper?: string): string {
  const content = `<X509Data><X509Certificate>${certificate.certificateBase64}</X509Certificate></X509Data>`;
  return wrapper ? `<${wrapper}>${content}</${wrapper}>` : content;
}

/** The general path: any well-formed document, through xml-crypto's DOM. */
export function signWithXmlCrypto(xml: string, elementName: string, certificate: A1Certificate): string {
  const { SignedXml } = xmlCrypto();
  const signer = new SignedXml({
    privateKey: privateKeyOf(certificate),
    publicCert: certificate.certificatePem,
    canonicalizationAlgorithm: C14N,
    signatureAlgorithm: RSA_SHA1,
  });
  // The signed element is always a child of the document element (NFe, inutNFe, evento). Saying so
  // spares the xpath engine a local-name() test on every node of the document, twice (reference
  // and placement): half the time of a signature.
  const xpath = `/*/*[local-name(.)='${elementName}']`;
  signer.addReference({ xpath, transforms: [ENVELOPED, C14N], digestAlgorithm: SHA1 });
  signer.getKeyInfoContent = () => keyInfoContent(certificate);
  signer.computeSignature(xml, { location: { reference: xpath, action: 'after' } });
  return signer.getSignedXml();
}

/** DigestValue of the (first) signature: needed by the offline QR code. */
export function digestValueOf(signedXml: string): string {
  const match = /<DigestValue>([^<]+)<\/DigestValue>/.exec(signedXml);
  if (!match) throw new Error('signed XML has no DigestValue');
  return match[1];
}
