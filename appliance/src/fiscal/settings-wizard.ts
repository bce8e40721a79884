import type Forge from 'node-forge';
import { z } from 'zod';
import { isValidCnpj, normalizeCnpj } from '../kernel/cnpj.js';
import { AppError } from '../kernel/errors.js';
import { fiscalSettingsObject, type FiscalSettings } from './fiscal-settings.js';
import { CertificateError, loadA1Certificate, type A1Certificate } from './signing/certificate.js';
import { nodeForge } from './signing/node-forge.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/** The certificate expiry the back office warns about ahead of time. */
export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;
/** The A1 file kept next to config.json. */
const CERTIFICATE_FILE = 'a1.pfx';
/** ICP-Brasil's otherName for the CNPJ of the company that holds an e-CNPJ (DOC-ICP-04). */
const ICP_BRASIL_HOLDER_CNPJ_OID = '2.16.76.1.3.3';
/** GeneralName tag of an otherName in a subjectAltName. */
const OTHER_NAME = 0;
const CNPJ_BASE_LENGTH = 8;

/**
 * What the fiscal wizard sends: the emitter's data, the A1 (.pfx as base64 with its password),
 * the CSC, the series and where numbering continues, and the environment — `simulator` is
 * homologação against the in-repo SEFAZ simulator, for training before the real credentials.
 */
export const fiscalWizardBody = lazySchema(() => fiscalSettingsObject
  .pick({ cnpj: true, ie: true, legalName: true, tradeName: true, crt: true, address: true, cscId: true, cscToken: true })
  .extend({
    series: z.number().int().min(1).max(999),
    nextNumber: z.number().int().min(1).max(999_999_999).default(1),
    environment: z.enum(['production', 'homologation', 'simulator']),
    certificate: z.object({ pfxBase64: z.string().min(16).max(100_000).regex(/^[A-Za-z0-9+/=\s]+$/), password: z.string().max(128) }),
  }));
export type FiscalWizardInput = z.output<typeof fiscalWizardBody>;

/** The A1 as the wizard shows it: who it names and how long it still signs. */
export interface CertificateView {
  subject: string;
  notAfter: string;
  daysLeft: number;
  expiringSoon: boolean;
}

export function describeCertificate(certificate: A1Certificate, now: Date): CertificateView {
  const daysLeft = Math.floor((certificate.notAfter.getTime() - now.getTime()) / DAY_MS);
  return { subject: certificate.subject, notAfter: certificate.notAfter.toISOString(), daysLeft, expiringSoon: daysLeft <= EXPIRY_WARNING_DAYS };
}

/**
 * Opens the uploaded A1 and checks it can sign for this CNPJ today: a wrong password, an
 * unreadable file, an expired certificate or another company's certificate are the manager's
 * input errors (422), answered before anything is written.
 */
export function checkUploadedCertificate(input: FiscalWizardInput, now: Date): { pfx: Buffer; certificate: A1Certificate } {
  const pfx = Buffer.from(input.certificate.pfxBase64, 'base64');
  let certificate: A1Certificate;
  try {
    certificate = loadA1Certificate(pfx, input.certificate.password);
  } catch (error) {
    if (error instanceof CertificateError) throw new AppError(error.code, 422);
    throw error;
  }
  if (now > certificate.notAfter || now < certificate.notBefore) throw new AppError('CERTIFICATE_EXPIRED', 422);
  if (!signsFor(holderCnpj(certificate), input.cnpj)) throw new AppError('FISCAL_CERTIFICATE_CNPJ_MISMATCH', 422, 'FISCAL_CERTIFICATE_CNPJ_MISMATCH', null, { cnpj: input.cnpj });
  return { pfx, certificate };
}

/**
 * SEFAZ compares the CNPJ base (the company, first 8 characters) of the emitter with the
 * certificate's (213), so a branch may sign with its head office's e-CNPJ.
 */
function signsFor(holder: string | undefined, storeCnpj: string): boolean {
  return holder !== undefined && holder.slice(0, CNPJ_BASE_LENGTH) === storeCnpj.slice(0, CNPJ_BASE_LENGTH);
}

/**
 * The CNPJ of the company that holds the A1: ICP-Brasil's otherName for it, else the CN, which
 * names the holder as `RAZÃO SOCIAL:CNPJ`. Nothing else in the subject is read: an OU may carry
 * another company's CNPJ (the registration authority's).
 */
function holderCnpj(certificate: A1Certificate): string | undefined {
  const x509 = nodeForge().pki.certificateFromPem(certificate.certificatePem);
  return [cnpjFromAltNames(x509), cnpjFromCommonName(x509)].find((cnpj) => cnpj !== undefined && isValidCnpj(cnpj));
}

function cnpjFromCommonName(x509: Forge.pki.Certificate): string | undefined {
  const commonName = x509.subject.getField('CN')?.value;
  if (typeof commonName !== 'string') return undefined;
  return normalizeCnpj(commonName.slice(commonName.lastIndexOf(':') + 1));
}

/** The otherName 2.16.76.1.3.3 of the subjectAltName: `[OID, [0] EXPLICIT string of the CNPJ]`. */
function cnpjFromAltNames(x509: Forge.pki.Certificate): string | undefined {
  const forge = nodeForge();
  const extension = x509.getExtension('subjectAltName') as { altNames?: { type: number; value: unknown }[] } | undefined;
  for (const altName of extension?.altNames ?? []) {
    if (altName.type !== OTHER_NAME || !Array.isArray(altName.value)) continue;
    const [typeId, explicitValue] = altName.value as Forge.asn1.Asn1[];
    if (typeof typeId?.value !== 'string' || forge.asn1.derToOid(typeId.value) !== ICP_BRASIL_HOLDER_CNPJ_OID) continue;
    const text = Array.isArray(explicitValue?.value) ? explicitValue.value[0]?.value : undefined;
    if (typeof text === 'string') return normalizeCnpj(text);
  }
  return undefined;
}

/** The settings file the wizard writes; keys an installer set by hand (timeouts, tax groups, SEFAZ address) are kept. */
export function wizardSettings(input: FiscalWizardInput, previous: FiscalSettings | undefined): FiscalSettings {
  const { certificate, environment, nextNumber: _nextNumber, ...emitter } = input;
  return {
    ...previous,
    ...emitter,
    certificate: { path: CERTIFICATE_FILE, password: certificate.password },
    environment: environment === 'production' ? 'production' : 'homologation',
    sefazSimulator: environment === 'simulator',
  };
}
