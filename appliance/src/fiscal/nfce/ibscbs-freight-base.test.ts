import { describe, expect, it } from 'vitest';
import { buildNfceXml } from './build-nfce-xml.js';
import { firstElement, firstTagText } from '../shared/xml-text.js';
import { referencePresent, regimeNormalSale, testEmitterConfig } from '../test-support/fixtures.js';

const cents = (decimal: string | undefined) => {
  const [units, fraction = ''] = (decimal ?? '0').split('.');
  return Number(units) * 100 + Number(fraction.padEnd(2, '0'));
};

/**
 * A delivered order under the 2026 IBS/CBS groups: the delivery fee (vFrete) enters every tax
 * base (compute-sale.ts taxes net + freight, and IBSCBSTot/vBCIBSCBS adds it), so each item's
 * gIBSCBS/vBC carries it too: the items' bases must add up to the total's, and each item's
 * vIBSUF/vCBS is its own vBC times its rate.
 */
describe.runIf(referencePresent())('IBS/CBS base of an NFC-e with a delivery fee', () => {
  it("declares each item's IBS/CBS base with its freight share, adding up to vBCIBSCBS", () => {
    const config = { ...testEmitterConfig(), crt: 3 as const, taxReformGroups: true };
    const sale = regimeNormalSale('order-delivered-reform');
    sale.items[0].freightCents = 340; // 35,00 + 3,40
    sale.items[1].freightCents = 360; // 36,00 + 3,60
    sale.payments[1].amountCents += 700;
    const built = buildNfceXml(config, sale, { number: 1, randomCode: '10203040', issuedAt: new Date('2026-11-23T15:04:05.678Z') });

    const dets = built.xml.split('<det nItem=').slice(1);
    const itemBases = dets.map((det) => cents(firstTagText(firstElement(det, 'gIBSCBS')!, 'vBC')));
    const totalBase = cents(firstTagText(firstElement(built.xml, 'IBSCBSTot')!, 'vBCIBSCBS'));
    expect(totalBase).toBe(3500 + 340 + 3600 + 360);
    expect(itemBases).toEqual([3840, 3960]);
    expect(itemBases.reduce((a, b) => a + b, 0)).toBe(totalBase);
  });
});
