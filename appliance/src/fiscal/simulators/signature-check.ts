import { SignedXml } from 'xml-crypto';
import { firstElement } from '../shared/xml-text.js';

/** Verifies the enveloped signature of a standalone element (NFe, inutNFe, evento) with its embedded certificate. */
export function signatureIsValid(signedElement: string): boolean {
  const signature = firstElement(signedElement, 'Signature');
  if (!signature) return false;
  try {
    const verifier = new SignedXml({ getCertFromKeyInfo: SignedXml.getCertFromKeyInfo });
    verifier.loadSignature(signature);
    return verifier.checkSignature(signedElement);
  } catch {
    return false;
  }
}
