import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fiscalRepoRoot } from './repo-root.js';

/**
 * The official schemas, certificates and SEFAZ tables are read in place from the shared
 * reference folder (never copied into the repo): env CHEFIA_FISCAL_REFERENCE or <repo>/../shared/fiscal.
 */
export function fiscalReferenceDir(): string {
  const fromEnv = process.env.CHEFIA_FISCAL_REFERENCE;
  if (fromEnv) return resolve(fromEnv);
  return resolve(fiscalRepoRoot(), '..', 'shared', 'fiscal');
}

export function fiscalReferenceAvailable(): boolean {
  return existsSync(join(fiscalReferenceDir(), 'nfe', 'PL_009_V4', 'nfe_v4.00.xsd'));
}

/** What emission needs at run time: the SEFAZ endpoint and QR-consultation tables. */
export function sefazTablesAvailable(): boolean {
  const dir = join(fiscalReferenceDir(), 'nfe', 'sefaz');
  return ['wsnfe_4.00_mod65.xml', 'autorizadores.json', 'uri_consulta_nfce.json'].every((file) => existsSync(join(dir, file)));
}

export const referencePaths = {
  nfeSchema: () => join(fiscalReferenceDir(), 'nfe', 'PL_009_V4', 'nfe_v4.00.xsd'),
  nfeSchemaDir: () => join(fiscalReferenceDir(), 'nfe', 'PL_009_V4'),
  taxReformSchemaDir: () => join(fiscalReferenceDir(), 'nfe', 'PL_010_V1.30'),
  sefazDir: () => join(fiscalReferenceDir(), 'nfe', 'sefaz'),
  certsDir: () => join(fiscalReferenceDir(), 'nfe', 'certs'),
  satDir: () => join(fiscalReferenceDir(), 'sat'),
};
