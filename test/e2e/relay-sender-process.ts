import { openDatabase } from '../../appliance/src/kernel/db/open.js';
import { RelayClient, Replicator } from '../../appliance/src/replication/index.js';

/**
 * The appliance's replicator alone in a process, so a test can SIGKILL the sender mid-send without
 * killing the test runner. Reads the same SQLite journal file the test appends to.
 */
const env = process.env;
const db = openDatabase(env.SENDER_DB!);
const client = new RelayClient(env.SENDER_RELAY_URL!, env.SENDER_STORE_ID!, env.SENDER_CREDENTIAL!, 5_000);
const replicator = new Replicator(db, client, {
  maxBatchEvents: Number(env.SENDER_BATCH_EVENTS ?? 200),
  maxDelayMs: 10,
  idlePollMs: 50,
  heartbeatMs: 60_000,
  backoff: { baseMs: 40, maxMs: 400 },
});
replicator.start();
process.on('SIGTERM', () => {
  void replicator.stop().then(() => {
    db.close();
    process.exit(0);
  });
});
