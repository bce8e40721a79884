import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../appliance/src/kernel/db/open.js';
import { STORE_CHECKPOINT_PACING, WalCheckpointer } from '../../appliance/src/kernel/db/wal-checkpointer.js';
import { WalSyncer } from '../../appliance/src/kernel/db/wal-sync.js';

/**
 * What journal-post would measure if a journaled POST cost nothing beyond being durable: node:http,
 * the appliance's SQLite settings (WAL, its PASSIVE checkpoints every 250 ms, and the durability
 * the bench runs the appliance with, `CHEFIA_DURABILITY`: the WAL's fsync inside each COMMIT, or
 * off the loop with answers after it) and the command bus's group commit (requests that arrive while a
 * batch is written share the next COMMIT; two loop turns between batches), one row per request. No
 * routing, auth, validation, savepoints or events.
 */
const MAX_BATCH = 256;
const durability = process.env.CHEFIA_DURABILITY === 'group-fsync' ? 'group-fsync' : 'full';
const dir = mkdtempSync(join(tmpdir(), 'chefia-journal-floor-'));
const file = join(dir, 'floor.db');
const db = openDatabase(file, durability);
db.exec('CREATE TABLE rows (seq INTEGER PRIMARY KEY, body TEXT NOT NULL, at TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO rows (body, at) VALUES (?, ?)');
const checkpointer = new WalCheckpointer(db, STORE_CHECKPOINT_PACING, () => undefined);
const syncer =
  durability === 'group-fsync'
    ? new WalSyncer(`${file}-wal`, (error) => {
        throw error;
      })
    : null;

let queue: { body: string; response: ServerResponse }[] = [];
let scheduled = false;
/** Batches committed so far: the bench reads it (`GET /batches`) to report POSTs per batch. */
let batches = 0;

function flush(): void {
  const batch = queue.slice(0, MAX_BATCH);
  queue = queue.slice(MAX_BATCH);
  const at = new Date().toISOString();
  const seqs: number[] = [];
  db.exec('BEGIN IMMEDIATE');
  for (const { body } of batch) seqs.push(Number(insert.run(body, at).lastInsertRowid));
  db.exec('COMMIT');
  batches += 1;
  checkpointer.noteCommit();
  const answer = () =>
    batch.forEach(({ response }, i) => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: { seq: seqs[i] } }));
    });
  if (syncer) syncer.afterCommit(answer);
  else answer();
  if (queue.length > 0) setImmediate(() => setImmediate(flush));
  else scheduled = false;
}

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/batches') {
    response.end(String(batches));
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    queue.push({ body: Buffer.concat(chunks).toString('utf8'), response });
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
const shutdown = () => {
  checkpointer.stop();
  syncer?.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', shutdown);
// A bench that died leaves no floor behind: the IPC channel closes with it.
process.on('disconnect', shutdown);
