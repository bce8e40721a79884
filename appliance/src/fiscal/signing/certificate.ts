import type Forge from 'node-forge';
import { AppError } from '../../kernel/errors.js';
import { nodeForge } from './node-forge.js';

export interface A1Certificate {
  privateKeyPem: string;
  certificatePem: string;
  /** DER of the certificate in base64, as it goes in X509Certificate. */
  certificateBase64: string;
  subject: string;
  notBefore: Date;
  notAfter: Date;
}

/** The A1 certificate cannot be used: a store configuration problem, not bad sale input. */
export class CertificateError extends AppError {
  constructor(code: 'CERTIFICATE_PASSWORD_INVALID' | 'CERTIFICATE_UNREADABLE' | 'CERTIFICATE_EXPIRED', reason: string) {
    super(code, 503, code, { reason });
    this.name = 'CertificateError';
  }
}

/**
 * Opens an A1 certificate (PKCS#12). node-forge is used instead of Node's TLS loader because
 * many A1 files still use legacy PBE algorithms that OpenSSL 3 refuses without the legacy provider.
 */
export function loadA1Certificate(pfx: Buffer, password: string): A1Certificate {
  const forge = nodeForge();
  let p12: Forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(pfx.toString('binary')));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    const wrongPassword = /mac|password|invalid/i.test(message);
    throw new CertificateError(wrongPassword ? 'CERTIFICATE_PASSWORD_INVALID' : 'CERTIFICATE_UNREADABLE', message);
  }
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const key = keyBags.find((bag) => bag.key)?.key as Forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new CertificateError('CERTIFICATE_UNREADABLE', 'no private key in PKCS#12');
  // The end-entity certificate is the one whose public key matches the private key.
  const modulus = key.n.toString(16);
  const cert = certBags
    .map((bag) => bag.cert)
    .find((c): c is Forge.pki.Certificate => !!c && (c.publicKey as Forge.pki.rsa.PublicKey).n.toString(16) === modulus);
  if (!cert) throw new CertificateError('CERTIFICATE_UNREADABLE', 'no certificate matching the private key');
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return {
    privateKeyPem: forge.pki.privateKeyToPem(key),
    certificatePem: forge.pki.certificateToPem(cert),
    certificateBase64: forge.util.encode64(der),
    subject: cert.subject.attributes.map((a) => `${a.shortName ?? a.name}=${a.value}`).join(', '),
    notBefore: cert.validity.notBefore,
    notAfter: cert.validity.notAfter,
  };
}

export function assertCertificateValid(certificate: A1Certificate, at: Date): void {
  if (at > certificate.notAfter || at < certificate.notBefore) {
    throw new CertificateError('CERTIFICATE_EXPIRED', `certificate valid ${certificate.notBefore.toISOString()}..${certificate.notAfter.toISOString()}`);
  }
}
