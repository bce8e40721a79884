import type { DocumentOptions } from '../../../contract/api/openapi/build-document.js';

const TAGS: Array<{ name: string; description: string }> = [
  { name: 'system', description: 'Health, metrics, journal replay, the start page and this reference.' },
  { name: 'web-apps', description: 'The store web apps (POS terminal, KDS) and their built assets.' },
  { name: 'auth', description: 'Logins, sessions, passwords and PINs, manager overrides.' },
  { name: 'users', description: 'Store users and their roles.' },
  { name: 'devices', description: 'Enrolled terminals, tablets, KDS screens and their pairing.' },
  { name: 'audit', description: 'The security audit trail.' },
  { name: 'integrations', description: 'API keys for third-party systems.' },
  { name: 'business-day', description: 'Opening and closing the business day, the Z report.' },
  { name: 'cashier', description: 'Cash drawers, sessions, withdrawals and counts.' },
  { name: 'catalog', description: 'Products, categories, modifiers and combos.' },
  { name: 'pricing', description: 'Price lists and promotions.' },
  { name: 'orders', description: 'Orders, their items, fulfilment and write-offs.' },
  { name: 'tables', description: 'Floor layout, tables and tabs.' },
  { name: 'kitchen', description: 'Stations, tickets and the KDS screen.' },
  { name: 'payments', description: 'Payments (cash, card/TEF, PIX), refunds and gateway webhooks.' },
  { name: 'fiscal', description: 'NFC-e, SAT and NF-e documents, contingency and exports.' },
  { name: 'customers', description: 'Customers and their LGPD data-subject requests.' },
  { name: 'stock', description: 'Stock items, movements and counts.' },
  { name: 'printing', description: 'Printers, routing and print jobs.' },
  { name: 'hardware', description: 'Scales, scanners, displays and other peripherals.' },
];

/** What the appliance's OpenAPI document says besides its routes; imported on the first request for it, never at start-up. */
export const APPLIANCE_OPENAPI: DocumentOptions = {
  info: {
    title: 'Chefia POS appliance',
    version: '1',
    description: 'The store appliance HTTP API. Conventions (envelope, ids, idempotency, error codes, MQTT topics, roles): docs/api.md.',
  },
  tags: TAGS,
  securitySchemes: {
    bearerAuth: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'A user access token (JWT), a device token (`chd_…`) or an integration API key (`chefia_sk_…`).',
    },
    apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'An integration API key (`chefia_sk_…`).' },
    managerOverride: {
      type: 'apiKey',
      in: 'header',
      name: 'X-Manager-Override',
      description: "A manager's `<username>:<pin>` authorizing this one request (or the body's `managerOverride`).",
    },
  },
  commonErrors: { 500: ['INTERNAL_ERROR'], 503: ['SHUTTING_DOWN'] },
  bodyErrors: { 400: ['MALFORMED_JSON', 'IDEMPOTENCY_KEY_INVALID'], 413: ['BODY_TOO_LARGE'], 415: ['UNSUPPORTED_MEDIA_TYPE'], 422: ['IDEMPOTENCY_KEY_REUSED'], 507: ['STORAGE_FULL'] },
  postHeaders: [
    {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'A retry with the same key, caller and path gets the first answer again and changes nothing.',
      schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' },
    },
  ],
};
