import { createHash, createSign } from 'node:crypto';
import { formatCents } from '../shared/format-decimal.js';

export interface QrCodeInput {
  baseUrl: string; // NfeConsultaQR of the UF
  accessKey: string;
  environment: 1 | 2; // tpAmb
  emissionType: 1 | 9;
  /** Offline only: */
  dayOfMonth?: string; // 2 digits of dhEmi
  totalCents?: number; // vNF
  digestValue?: string; // DigestValue (base64) of the signed NFC-e
}

export interface QrCodeV2Input extends QrCodeInput {
  cscId: string;
  cscToken: string;
}

export interface QrCodeV3Input extends QrCodeInput {
  /** Offline only: consumer identification type (1 CNPJ, 2 CPF, 3 foreign id) and value. */
  consumerIdType?: '1' | '2' | '3';
  consumerId?: string;
  /** Offline only: emitter's A1 private key, signs the parameters (RSA-SHA1). */
  privateKeyPem?: string;
}

function withParameter(baseUrl: string): string {
  return baseUrl.includes('?p=') ? baseUrl : `${baseUrl}?p=`;
}

/** ASCII of the DigestValue as lowercase hexadecimal, as the offline QR carries it. */
export function digestValueHex(digestValue: string): string {
  return Buffer.from(digestValue, 'ascii').toString('hex');
}

export function sha1HexUpper(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
}

function offlineFields(input: QrCodeInput): { day: string; total: string } {
  if (!input.dayOfMonth || input.totalCents === undefined) throw new Error('offline QR code needs day and total');
  return { day: input.dayOfMonth, total: formatCents(input.totalCents) };
}

/**
 * QR code version 2 (Manual DANFE NFC-e / NT 2019.001 §§ QR Code):
 * online  p=chave|2|tpAmb|idCSC|hash
 * offline p=chave|2|tpAmb|dia|vNF|hex(DigestValue)|idCSC|hash
 * hash = upper(hex(SHA-1(parameters up to idCSC, concatenated with the CSC))).
 * idCSC goes without leading zeros.
 */
export function qrCodeV2(input: QrCodeV2Input): string {
  const cscId = String(Number(input.cscId));
  let parameters: string;
  if (input.emissionType === 1) {
    parameters = `${input.accessKey}|2|${input.environment}|${cscId}`;
  } else {
    const { day, total } = offlineFields(input);
    if (!input.digestValue) throw new Error('offline QR code needs the DigestValue');
    parameters = `${input.accessKey}|2|${input.environment}|${day}|${total}|${digestValueHex(input.digestValue)}|${cscId}`;
  }
  return `${withParameter(input.baseUrl)}${parameters}|${sha1HexUpper(parameters + input.cscToken)}`;
}

/**
 * QR code version 3 (NT 2025.001): no CSC.
 * online  p=chave|3|tpAmb
 * offline p=chave|3|tpAmb|dia|vNF|tpIdDest|idDest|base64(RSA-SHA1 signature of the preceding text)
 */
export function qrCodeV3(input: QrCodeV3Input): string {
  if (input.emissionType === 1) return `${withParameter(input.baseUrl)}${input.accessKey}|3|${input.environment}`;
  const { day, total } = offlineFields(input);
  if (!input.privateKeyPem) throw new Error('offline QR code v3 needs the certificate key');
  const parameters = `${input.accessKey}|3|${input.environment}|${day}|${total}|${input.consumerIdType ?? ''}|${input.consumerId ?? ''}`;
  const signature = createSign('RSA-SHA1').update(parameters, 'utf8').sign(input.privateKeyPem, 'base64');
  return `${withParameter(input.baseUrl)}${parameters}|${signature}`;
}
