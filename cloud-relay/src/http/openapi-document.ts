import type { DocumentOptions } from '../../../appliance/contract/api/openapi/build-document.js';

/** What the relay's OpenAPI document says besides its routes; imported on the first request for it. */
export const RELAY_OPENAPI: DocumentOptions = {
  info: {
    title: 'Chefia POS cloud relay',
    version: '1',
    description: 'The HQ relay: stores push their journal and pull HQ changes; HQ users read reports and manage stores. Narrative: docs/relay.md.',
  },
  tags: [
    { name: 'system', description: 'Health, Prometheus metrics and this reference.' },
    { name: 'store-sync', description: 'What a store calls with its credential: journal upload, heartbeat, downstream messages.' },
    { name: 'hq', description: 'The JSON API for HQ users: stores, reports, catalog changes, settings, users.' },
    { name: 'chat', description: 'WhatsApp, Messenger and Instagram: Meta\'s webhook and the stores\' chat accounts.' },
    { name: 'portal', description: 'The HQ portal: server-rendered pt-BR pages and form posts.' },
  ],
  securitySchemes: {
    hqSession: { type: 'apiKey', in: 'cookie', name: 'chefia_hq_session', description: 'The HQ session from `/api/v1/auth/login` or the portal login.' },
    hqBearer: { type: 'http', scheme: 'bearer', description: 'The same HQ session token as a bearer token, for API clients.' },
    storeCredential: { type: 'http', scheme: 'bearer', description: 'The store credential issued at enrollment; valid only for its own store.' },
    metricsToken: { type: 'http', scheme: 'bearer', description: 'RELAY_METRICS_TOKEN, for `/metrics`; without it configured only scrapes from the relay\'s own host (loopback, not forwarded) are answered.' },
  },
  commonErrors: { 500: ['INTERNAL_ERROR'] },
  bodyErrors: { 400: ['INVALID_JSON'] },
  postHeaders: [],
};
