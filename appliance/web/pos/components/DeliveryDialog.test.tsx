import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import type { DeliveryQuote } from '../state/delivery';
import { DeliveryDialog } from './DeliveryDialog';

const PINHEIROS: DeliveryQuote = {
  zone: { id: 'zone-1', name: 'Pinheiros', kind: 'DISTRICT', maxDistanceMeters: null, districts: ['Pinheiros'], postalPrefixes: [], feeCents: 700, minimumOrderCents: 0, estimateMinutes: 40, active: true },
  distanceMeters: null,
};

/** The goods of the cart as the appliance would price them on a DELIVERY order. */
const goods = async () => 3000;

function typeInto(label: string, value: string): void {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function typeAddress(district = 'Pinheiros'): void {
  typeInto('Nome de quem recebe', 'Maria Souza');
  typeInto('Telefone', '(11) 98888-7777');
  typeInto('CEP', '05422-010');
  typeInto('Rua', 'Rua dos Pinheiros');
  typeInto('Número', '1200');
  typeInto('Bairro', district);
  typeInto('Cidade', 'São Paulo');
  typeInto('UF', 'sp');
}

const submit = (container: Element) => fireEvent.submit(container.querySelector('#delivery-form')!);

describe('delivery dialog (Preact, happy-dom)', () => {
  afterEach(cleanup);

  it('asks for what is missing in pt-BR, and checks the phone as people type it', async () => {
    const quoted: unknown[] = [];
    const { container } = render(<DeliveryDialog quote={async (address) => (quoted.push(address), PINHEIROS)} goods={goods} />);
    submit(container);
    expect(container.querySelector('#delivery-error')?.textContent).toBe('Preencha: Nome de quem recebe, Telefone, CEP, Rua, Número, Bairro, Cidade, UF.');
    expect(container.querySelector('#delivery-quote')?.textContent).toContain('A taxa aparece quando');
    typeAddress();
    typeInto('Telefone', '98888-77');
    submit(container);
    expect(container.querySelector('#delivery-error')?.textContent).toBe('Telefone com DDD: 10 ou 11 dígitos, como (11) 98888-7777.');
    // The CEP with its dash and the UF in lower case reach the appliance as it reads them.
    await waitFor(() => expect(quoted).toHaveLength(1));
    expect(quoted[0]).toMatchObject({ postalCode: '05422010', state: 'SP', district: 'Pinheiros', complement: null });
  });

  it('quotes the zone as soon as the address is there: fee, time, goods plus fee, and the change to take for a note', async () => {
    const { container } = render(<DeliveryDialog quote={async () => PINHEIROS} goods={goods} />);
    typeAddress();
    await waitFor(() => expect(container.querySelector('#delivery-fee')?.textContent).toBe('R$\u00a07,00'));
    expect(container.querySelector('#delivery-zone')?.textContent).toBe('Zona Pinheiros · cerca de 40 min');
    expect(container.querySelector('#delivery-goods')?.textContent).toBe('R$\u00a030,00');
    expect(container.querySelector('#delivery-total')?.textContent).toBe('R$\u00a037,00');

    typeInto('Troco para (R$; vazio = sem troco)', '30,00');
    submit(container);
    expect(container.querySelector('#delivery-error')?.textContent).toBe('O troco deve ser para um valor maior que o total (R$\u00a037,00).');
    typeInto('Troco para (R$; vazio = sem troco)', '100,00');
    expect(container.querySelector('#delivery-change')?.textContent).toBe('Troco a levar: R$\u00a063,00');

    // A card on the courier's machine takes no change; paying now offers PIX and no voucher.
    fireEvent.click(screen.getByLabelText('Cartão débito'));
    expect(container.querySelector('input[name=changeFor]')).toBeNull();
    fireEvent.click(screen.getByLabelText('Pagar agora'));
    expect(screen.getByLabelText('Pix')).toBeTruthy();
    expect(screen.queryByLabelText('Vale-refeição')).toBeNull();
    expect(screen.getByRole('button', { name: 'Confirmar e pagar (Enter)' })).toBeTruthy();
  });

  it('shows the appliance\'s pt-BR refusal for an address out of the area and will not confirm it', async () => {
    const outOfArea = new ApiError(422, { code: 'DELIVERY_OUT_OF_AREA', message: 'Endereço fora da área de entrega da loja.', details: null }, null);
    const { container } = render(<DeliveryDialog quote={async () => Promise.reject(outOfArea)} goods={goods} />);
    typeAddress('Moema');
    await waitFor(() => expect(container.querySelector('#delivery-out-of-area')?.textContent).toBe('Endereço fora da área de entrega da loja.'));
    expect(container.querySelector('#delivery-total')).toBeNull();
    submit(container);
    expect(container.querySelector('#delivery-error')?.textContent).toBe('Endereço fora da área de entrega da loja.');
    expect((screen.getByLabelText('Bairro') as HTMLInputElement).value).toBe('Moema');
  });
});
