/**
 * GTIN check digit (EAN-8, UPC-A, EAN-13, GTIN-14): from the right, digits alternately weigh 3 and
 * 1 starting with the digit left of the check digit; the check digit tops the sum up to a multiple of 10.
 */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(code)) return false;
  return gtinCheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}

/**
 * The form barcodes are compared in. A GTIN is one number whatever its length: GS1 right-aligns every
 * GTIN in 14 digits, so UPC-A 036000291452 (as printed on the box) and EAN-13 0036000291452 (as many
 * scanners send it) are one code. Anything else (a store's own code) is compared as it is.
 */
export function barcodeKey(code: string): string {
  return isValidGtin(code) ? code.padStart(14, '0') : code;
}
