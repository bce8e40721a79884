import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatInboundContent, ChatOutboundMessage } from '../../contract/chat.js';
import { stageVerifiedBackup, swapInStagedBackup } from '../business-day/index.js';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createChatApplier } from './chat-conversation.js';
import { chatStoreModules } from './chat-test-support.js';
import { NOON_MONDAY } from './test-support.js';

const CONTACT = 'contato-renata';
const NOW = NOON_MONDAY.now().toISOString();

/** One WhatsApp message as the relay hands it down (the same message id and cursor on every delivery). */
function relayMessage(cursor: number, content: ChatInboundContent) {
  const payload = { messageId: `wamid.${CONTACT}.${cursor}`, channel: 'WHATSAPP', contactId: CONTACT, userId: '5511977771234', profileName: 'Renata Bastos', sentAt: NOW, content };
  return { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: NOW };
}

function repliesTo(app: TestAppliance): ChatOutboundMessage[] {
  return (app.ctx.db.prepare("SELECT payload FROM journal WHERE type = 'chat.reply_queued' ORDER BY seq").pluck().all() as string[])
    .map((p) => JSON.parse(p) as { contactId: string; message: ChatOutboundMessage })
    .filter((reply) => reply.contactId === CONTACT)
    .map((reply) => reply.message);
}

async function deliver(app: TestAppliance, message: ReturnType<typeof relayMessage>): Promise<ChatOutboundMessage[]> {
  const before = repliesTo(app).length;
  const applier = createChatApplier(app.ctx);
  expect(await app.ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
  return repliesTo(app).slice(before);
}

/**
 * The owner restores the morning's backup. HQ then sends the store again every message it received
 * after that backup, so the marketplace orders of the morning come back; a WhatsApp customer's
 * messages come back too, but the customer already got the store's answers to them: they must
 * not get the same answers a second time. A message the customer writes after the restore is
 * answered as always.
 */
describe('a chat customer after the store restores a backup', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-chat-restore-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const start = () => startTestAppliance(chatStoreModules(), { dataDir, clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });

  it('is not answered again for the messages HQ sends the store once more', async () => {
    const greeting = relayMessage(1, { kind: 'TEXT', text: 'oi' });
    const menuAsked = relayMessage(2, { kind: 'TEXT', text: 'cardápio' });
    let backupName: string;
    let app = await start();
    try {
      expect((await deliver(app, greeting)).length).toBeGreaterThan(0);
      const backup = await callApi(app, app.bearer(['backups.manage']), 'POST', '/backups');
      expect(backup.status, JSON.stringify(backup.body)).toBe(201);
      backupName = backup.body.data.name;
      // Answered after the backup: the customer has these replies on their phone.
      expect((await deliver(app, menuAsked)).length).toBeGreaterThan(0);
    } finally {
      await app.close();
    }

    stageVerifiedBackup(dataDir, backupName);
    swapInStagedBackup(dataDir, { name: backupName, preRestoreBackup: 'store-pre-restore-x.db', requestedBy: 'owner' });

    app = await start();
    try {
      // HQ redelivers what came after the restored database's cursor: nothing is sent twice.
      expect(await deliver(app, menuAsked)).toEqual([]);
      // What the customer writes now is answered.
      expect((await deliver(app, relayMessage(3, { kind: 'TEXT', text: 'cardápio' }))).length).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  }, 60_000);
});
