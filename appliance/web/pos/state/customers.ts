import { api } from './session';

export interface CustomerMatch {
  id: string;
  name: string;
  cpf: string | null;
  phone: string | null;
}

/**
 * The store's customers by phone or CPF (matched exactly through the appliance's blind indexes) or
 * by name, for CPF na nota without asking the customer to dictate the digits again.
 */
export function findCustomers(text: string): Promise<CustomerMatch[]> {
  return api.get('/api/v1/customers', { params: { query: { q: text.trim(), size: 5 } } });
}
