import { nodeForge } from './node-forge.js';

export interface GeneratedCertificate {
  pfx: Buffer;
  password: string;
  certificatePem: string;
  privateKeyPem: string;
}

/**
 * Self-signed e-CNPJ-like certificate for homologação demos and tests (the CN carries
 * "NAME:CNPJ" like ICP-Brasil A1 certificates). Never valid for production.
 */
export function generateTestCertificate(options: {
  cnpj: string;
  legalName: string;
  password: string;
  validDays?: number;
  commonName?: string;
  altNames?: string[];
}): GeneratedCertificate {
  const forge = nodeForge();
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(8));
  const now = new Date();
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime() + (options.validDays ?? 365) * 86_400_000);
  const attrs = [
    { name: 'countryName', value: 'BR' },
    { name: 'organizationName', value: 'ICP-Brasil TESTE' },
    { name: 'commonName', value: options.commonName ?? `${options.legalName}:${options.cnpj}` },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, keyEncipherment: true },
    { name: 'extKeyUsage', clientAuth: true, serverAuth: true, emailProtection: true },
  ];
  if (options.altNames) {
    extensions.push({
      name: 'subjectAltName',
      altNames: options.altNames.map((n) => (/^\d+\.\d+\.\d+\.\d+$/.test(n) ? { type: 7, ip: n } : { type: 2, value: n })),
    });
  }
  cert.setExtensions(extensions);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], options.password, { algorithm: '3des' });
  return {
    pfx: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'),
    password: options.password,
    certificatePem: forge.pki.certificateToPem(cert),
    privateKeyPem: forge.pki.privateKeyToPem(keys.privateKey),
  };
}
