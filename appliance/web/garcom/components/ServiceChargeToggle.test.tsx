import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { TabView } from '../state/floor';
import { payState, startPayment } from '../state/table-payment';
import { BillSheet } from './BillSheet';
import { PaySheet } from './PaySheet';
import { ServiceChargeToggle } from './ServiceChargeToggle';

const tab = (over: Partial<TabView> = {}): TabView => ({
  id: 'tab-1',
  status: 'CLOSING',
  primaryOrderId: 'o-1',
  guests: 2,
  tableIds: ['table-4'],
  orders: [],
  totalCents: 10_005,
  paidCents: 0,
  serviceChargeBp: 1000,
  serviceChargeWaived: false,
  serviceChargeCents: 1001,
  serviceChargePaidCents: 0,
  ...over,
});
const text = (container: Element, selector: string) => container.querySelector(selector)?.textContent;

describe('the service charge on the waiter\'s bill and payment (Preact, happy-dom)', () => {
  afterEach(cleanup);

  it('shows "Taxa de serviço (10%)" switched on by default, with its amount; declined, the switch is off', () => {
    render(<ServiceChargeToggle tab={tab()} />);
    const on = screen.getByRole('switch');
    expect(on.getAttribute('aria-checked')).toBe('true');
    expect(on.textContent).toBe('Taxa de serviço (10%)R$\u00a010,01');
    cleanup();
    render(<ServiceChargeToggle tab={tab({ serviceChargeWaived: true, serviceChargeCents: 0 })} />);
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    expect(screen.getByRole('switch').textContent).toContain('Dispensada');
    cleanup();
    // A store without a service charge shows none.
    const { container } = render(<ServiceChargeToggle tab={tab({ serviceChargeBp: 0, serviceChargeCents: 0 })} />);
    expect(container.innerHTML).toBe('');
  });

  it('the bill\'s amount due follows the switch: goods plus the charge, or the goods only', () => {
    const { container } = render(<BillSheet tab={tab()} />);
    expect(text(container, '#bill-total')).toBe('R$\u00a0110,06');
    expect(text(container, '#bill-due')).toBe('R$\u00a0110,06');
    cleanup();
    const declined = render(<BillSheet tab={tab({ serviceChargeWaived: true, serviceChargeCents: 0 })} />);
    expect(text(declined.container, '#bill-due')).toBe('R$\u00a0100,05');
    cleanup();
    // Half paid with its share: what is left is the rest of both.
    const half = render(<BillSheet tab={tab({ paidCents: 5_003, serviceChargePaidCents: 500 })} />);
    expect(text(half.container, '#bill-due')).toBe('R$\u00a055,03');
  });

  it('the card at the table charges the part with its share, and the goods only once the guests declined it', () => {
    startPayment({ amountCents: 5_003, serviceChargeCents: 500, label: '1/2' });
    payState.value = { step: 'ready' };
    const { container } = render(<PaySheet tab={tab()} />);
    expect(text(container, '#pay-amount')).toBe('R$\u00a055,03');
    expect(text(container, '#pay-service')).toBe('R$\u00a05,00');
    expect(text(container, '#pay-charge')).toBe('Cobrar R$\u00a055,03 na maquininha');
    cleanup();
    const declined = render(<PaySheet tab={tab({ serviceChargeWaived: true, serviceChargeCents: 0 })} />);
    expect(text(declined.container, '#pay-amount')).toBe('R$\u00a050,03');
    expect(text(declined.container, '#pay-service')).toBe('Dispensada');
  });
});
