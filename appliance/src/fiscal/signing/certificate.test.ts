import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencePaths } from '../shared/reference-paths.js';
import { referencePresent } from '../test-support/fixtures.js';
import { assertCertificateValid, loadA1Certificate } from './certificate.js';
import { generateTestCertificate } from './test-certificate.js';

const cert = (name: string) => readFileSync(join(referencePaths.certsDir(), name));

describe.runIf(referencePresent())('A1 certificates (shared test PKCS#12 files)', () => {
  it('opens the legacy and the AES (PBES2) PKCS#12 files', () => {
    const legacy = loadA1Certificate(cert('test_certificate.pfx'), 'nfephp');
    expect(legacy.subject).toContain('CN=SPED Projects in PHP');
    const aes = loadA1Certificate(cert('novo_cert_cnpj_06157250000116_senha_minhasenha.pfx'), 'minhasenha');
    expect(aes.certificateBase64.length).toBeGreaterThan(500);
    expect(aes.privateKeyPem).toContain('BEGIN RSA PRIVATE KEY');
  });

  it('reports a wrong password with a stable code', () => {
    expect(() => loadA1Certificate(cert('test_certificate.pfx'), 'wrong')).toThrow(expect.objectContaining({ code: 'CERTIFICATE_PASSWORD_INVALID' }));
  });

  it('refuses to sign with an expired certificate', () => {
    const expired = loadA1Certificate(cert('expired_certificate.pfx'), 'associacao');
    expect(() => assertCertificateValid(expired, new Date())).toThrow(expect.objectContaining({ code: 'CERTIFICATE_EXPIRED', status: 503 }));
  });
});

describe('self-signed certificate generator', () => {
  it('makes a PKCS#12 that loads back with the CNPJ in the CN and a validity window around now', () => {
    const generated = generateTestCertificate({ cnpj: '11222333000181', legalName: 'LOJA', password: 'p', validDays: 10 });
    const loaded = loadA1Certificate(generated.pfx, 'p');
    expect(loaded.subject).toContain('CN=LOJA:11222333000181');
    expect(() => assertCertificateValid(loaded, new Date())).not.toThrow();
    expect(() => assertCertificateValid(loaded, new Date(Date.now() + 11 * 86_400_000))).toThrow();
  });
});
