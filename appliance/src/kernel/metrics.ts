import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface KernelMetrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  commandBatchSize: Histogram;
  journalEvents: Counter<'type'>;
  journalSeq: Gauge;
  mqttClients: Gauge;
  mqttMessages: Counter<'direction'>;
  databaseBytes: Gauge<'file'>;
}

export function createMetrics(): KernelMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'chefia_' });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'chefia_http_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    commandBatchSize: new Histogram({
      name: 'chefia_command_batch_size',
      help: 'Commands committed together in one SQLite transaction (group commit)',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
      registers: [registry],
    }),
    journalEvents: new Counter({
      name: 'chefia_journal_events_total',
      help: 'Journal events committed, by type (business counters)',
      labelNames: ['type'],
      registers: [registry],
    }),
    journalSeq: new Gauge({ name: 'chefia_journal_last_seq', help: 'Highest committed journal seq', registers: [registry] }),
    mqttClients: new Gauge({ name: 'chefia_mqtt_clients', help: 'Connected MQTT clients', registers: [registry] }),
    databaseBytes: new Gauge({
      name: 'chefia_database_bytes',
      help: 'Size of the store database and its WAL on disk',
      labelNames: ['file'],
      registers: [registry],
    }),
    mqttMessages: new Counter({
      name: 'chefia_mqtt_messages_total',
      help: 'MQTT messages published by clients (in) and by the appliance (out)',
      labelNames: ['direction'],
      registers: [registry],
    }),
  };
}
