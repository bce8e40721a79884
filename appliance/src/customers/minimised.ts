import { maskCpf } from '../kernel/cpf.js';
import { AppError } from '../kernel/errors.js';
import type { Customer } from './customer.js';

/**
 * Data minimisation (LGPD art. 6 III) for callers who read customers without managing them (a
 * waiter): they find one customer, by their exact CPF or phone or a few letters of their name, and
 * see only what tells them apart. Listing everyone, or a search by one letter that pages through
 * the whole file, is for the roles that manage customers (`customers.manage`).
 */
export const MIN_NAME_SEARCH_LENGTH = 3;

export const searchTooShort = () =>
  new AppError('CUSTOMER_SEARCH_TOO_SHORT', 400, 'CUSTOMER_SEARCH_TOO_SHORT', { minLength: MIN_NAME_SEARCH_LENGTH }, { min: MIN_NAME_SEARCH_LENGTH });

/** A phone number as it was typed, every digit but the last four hidden: "(**) *****-7777". */
export function maskPhone(phone: string): string {
  let hidden = phone.replace(/\D/g, '').length - 4;
  return phone.replace(/\d/g, (digit) => (hidden-- > 0 ? '*' : digit));
}

/** What a caller who does not manage customers sees of one: name, masked CPF and phone; no e-mail, no address. */
export function minimisedCustomer(customer: Customer): Customer {
  return {
    ...customer,
    cpf: customer.cpf === null ? null : maskCpf(customer.cpf),
    phone: customer.phone === null ? null : maskPhone(customer.phone),
    email: null,
    addresses: [],
  };
}
