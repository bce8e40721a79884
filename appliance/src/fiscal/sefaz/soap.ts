import { request } from 'node:https';
import { firstElement } from '../shared/xml-text.js';

export const SOAP12_NAMESPACE = 'http://www.w3.org/2003/05/soap-envelope';
const WSDL_BASE = 'http://www.portalfiscal.inf.br/nfe/wsdl/';

export function soapEnvelope(operation: string, body: string): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<soap12:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap12="${SOAP12_NAMESPACE}">` +
    `<soap12:Body><nfeDadosMsg xmlns="${WSDL_BASE}${operation}">${body}</nfeDadosMsg></soap12:Body></soap12:Envelope>`
  );
}

export function soapResultEnvelope(operation: string, body: string): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<soap:Envelope xmlns:soap="${SOAP12_NAMESPACE}"><soap:Body>` +
    `<nfeResultMsg xmlns="${WSDL_BASE}${operation}">${body}</nfeResultMsg></soap:Body></soap:Envelope>`
  );
}

/** Content of nfeDadosMsg / nfeResultMsg and the operation named by its namespace. */
export function unwrapSoap(envelope: string, wrapper: 'nfeDadosMsg' | 'nfeResultMsg'): { operation: string; body: string } {
  const element = firstElement(envelope, wrapper);
  if (!element) throw new Error(`SOAP message without ${wrapper}`);
  const open = /^<[^>]*>/.exec(element)![0];
  const operation = /xmlns="[^"]*\/wsdl\/([^"]+)"/.exec(open)?.[1] ?? '';
  const body = element.slice(open.length, element.lastIndexOf('</'));
  return { operation, body };
}

export interface TlsClientIdentity {
  keyPem: string;
  certPem: string;
  caPem?: string;
}

export class SefazTransportError extends Error {
  constructor(
    readonly code: 'SEFAZ_TIMEOUT' | 'SEFAZ_UNREACHABLE' | 'SEFAZ_HTTP_ERROR',
    message: string,
  ) {
    super(message);
    this.name = 'SefazTransportError';
  }
}

/** POSTs a SOAP 1.2 message over mutual TLS (the A1 certificate is the client identity). */
export function postSoap(url: string, operation: string, method: string, body: string, identity: TlsClientIdentity, timeoutMs: number): Promise<string> {
  const payload = soapEnvelope(operation, body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        key: identity.keyPem,
        cert: identity.certPem,
        ca: identity.caPem,
        headers: {
          'Content-Type': `application/soap+xml; charset=utf-8; action="${WSDL_BASE}${operation}/${method}"`,
          'Content-Length': Buffer.byteLength(payload),
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve(unwrapSoap(text, 'nfeResultMsg').body);
          } catch {
            // An HTML error page or a truncated body counts as SEFAZ being unavailable.
            reject(new SefazTransportError('SEFAZ_HTTP_ERROR', `HTTP ${res.statusCode} without a SOAP answer from ${url}`));
          }
        });
        res.on('error', (error) => reject(new SefazTransportError('SEFAZ_UNREACHABLE', error.message)));
      },
    );
    // A hard deadline for the whole exchange, not just socket idleness: the cashier is waiting.
    const deadline = setTimeout(() => req.destroy(new SefazTransportError('SEFAZ_TIMEOUT', `no answer from ${url} in ${timeoutMs} ms`)), timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('timeout', () => req.destroy(new SefazTransportError('SEFAZ_TIMEOUT', `no answer from ${url} in ${timeoutMs} ms`)));
    req.on('error', (error) => {
      clearTimeout(deadline);
      reject(error instanceof SefazTransportError ? error : new SefazTransportError('SEFAZ_UNREACHABLE', error.message));
    });
    req.end(payload);
  });
}
