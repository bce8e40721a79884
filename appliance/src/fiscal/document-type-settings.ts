import { resolve } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../../contract/lazy-schema.js';
import { cnpjField, isNumericCnpj } from '../kernel/cnpj.js';

/**
 * Which consumer document a paid order becomes (docs/fiscal.md "Document type"):
 * NFCE (model 65, default), MFE (Ceará's MF-e, CF-e model 59 through the MF-e integrator) or SAT
 * (CF-e-SAT model 59, where the state still accepts it). NF-e model 55 is issued on request for a
 * company buyer whatever the type.
 */
export const documentTypes = ['NFCE', 'MFE', 'SAT'] as const;
export type DocumentType = (typeof documentTypes)[number];


/** The SAT / MF-e equipment: its library (ER SAT functions) and what the point of sale puts in every CF-e. */
export const satSettingsSchema = lazySchema(() => z.object({
  /** libsat.so of the vendor (or the MF-e integrator's library); relative to the config file. */
  libraryPath: z.string().min(1),
  /** Código de ativação set when the equipment was activated (8 to 32 characters). */
  activationCode: z.string().min(8).max(32),
  /**
   * CNPJ of the software house (ide/CNPJ) and its AC signature registered with AssociarAssinatura.
   * Digits only: the CF-e layout 0.08 (CfeDadosVendaAPL_0008.xsd) has no alphanumeric CNPJ.
   */
  softwareHouseCnpj: cnpjField().refine(isNumericCnpj, 'the CF-e layout takes only a numeric software house CNPJ'),
  signAC: z.string().min(1).max(344),
  checkoutNumber: z.number().int().min(1).max(999),
  im: z.string().regex(/^\d{1,15}$/).optional(),
  issqnRegime: z.string().regex(/^\d$/).optional(),
}));
export type SatSettings = z.infer<typeof satSettingsSchema>;

export const nfeSettingsSchema = lazySchema(() => z.object({
  /** NF-e model 55 series of this checkout (its own numbering, apart from the NFC-e series). */
  series: z.number().int().min(0).max(999),
}));

/** The part of config.json that picks and configures the document types. */
export const documentTypeFields = () => ({
  documentType: z.enum(documentTypes).optional(),
  sat: satSettingsSchema.optional(),
  nfe: nfeSettingsSchema.optional(),
});

export interface DocumentTypeSettings {
  documentType: DocumentType;
  /** Present for MFE / SAT stores; libraryPath resolved against the config file. */
  sat?: SatSettings;
  nfeSeries: number;
}

type DocumentTypeInput = { documentType?: DocumentType; sat?: SatSettings; nfe?: { series: number } };

/** A CF-e store without its equipment block, or an MF-e outside Ceará, is a configuration error reported like any other. */
export function checkDocumentType(settings: DocumentTypeInput & { address: { uf: string } }, issue: (message: string, path: string[]) => void): void {
  if (settings.documentType && settings.documentType !== 'NFCE' && !settings.sat) issue(`documentType ${settings.documentType} needs the "sat" block`, ['sat']);
  if (settings.documentType === 'MFE' && settings.address.uf !== 'CE') issue('the MF-e is the document of stores in Ceará (address.uf CE)', ['documentType']);
}

export function documentTypeSettings(settings: DocumentTypeInput, configFile: string): DocumentTypeSettings {
  return {
    documentType: settings.documentType ?? 'NFCE',
    sat: settings.sat ? { ...settings.sat, libraryPath: resolve(configFile, '..', settings.sat.libraryPath) } : undefined,
    nfeSeries: settings.nfe?.series ?? 1,
  };
}
