import { join } from 'node:path';
import type { ChatInboundContent } from '../../appliance/contract/chat.js';
import { startTestAppliance } from '../../appliance/src/kernel/testing/harness.js';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { applianceModules } from '../../appliance/src/modules.js';
import { createChatApplier } from '../../appliance/src/workflows/chat-conversation.js';

/**
 * Makes docs/img/admin-chat.png: the back office's Conversas screen of the demo store, with three
 * chat customers (one waiting for a person after asking for one), the waiting one's thread open;
 * then a new customer message reaches the open thread live (MQTT) before the shot. The appliance
 * runs in this process, so the messages are applied as the relay would deliver them. Run after
 * `npm run build`: `node dist/test/e2e/chat-screenshot.js`.
 */
const ADMIN_PASSWORD = 'Admin#2026';

async function main(): Promise<void> {
  const app = await startTestAppliance(applianceModules(), { realAuth: true, env: { CHEFIA_DEMO: '1', CHEFIA_ADMIN_PASSWORD: ADMIN_PASSWORD } });
  const browser = await launchChromium();
  let seq = 0;
  const say = (contactId: string, channel: string, userId: string, profileName: string, content: ChatInboundContent) => {
    seq += 1;
    const payload = { messageId: `mid.${seq}`, channel, contactId, userId, profileName, sentAt: new Date().toISOString(), content };
    const message = { cursor: seq, id: `chat-shot-${seq}`, type: 'chat.message_received', payload, createdAt: new Date().toISOString() };
    const applier = createChatApplier(app.ctx);
    return app.ctx.commands.run('chat.screenshot_message', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } });
  };
  const text = (value: string): ChatInboundContent => ({ kind: 'TEXT', text: value });
  const tap = (replyId: string, title: string): ChatInboundContent => ({ kind: 'REPLY', replyId, title });
  try {
    await say('c-joao', 'INSTAGRAM', 'igsid-1', 'João Pereira', text('oi, qual o cardápio?'));
    await say('c-joao', 'INSTAGRAM', 'igsid-1', 'João Pereira', tap('consent:no', 'Não autorizo'));
    await say('c-carla', 'MESSENGER', 'psid-2', 'Carla Souza', text('vocês abrem que horas?'));
    const maria = (content: ChatInboundContent) => say('c-maria', 'WHATSAPP', '5511987654321', 'Maria Oliveira', content);
    await maria(text('quero 2 x-bacon e uma coca'));
    await maria(tap('consent:yes', 'Autorizo'));
    await maria(tap('opt:medium', 'Ao ponto'));
    await maria(text('na verdade quero falar com atendente, a coca veio quente no último pedido'));

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(20_000);
    await page.goto(`${app.baseUrl}/admin#chat`);
    await page.locator('#login-form [name=username]').fill('admin');
    await page.locator('#login-form [name=password]').fill(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('.chat-list button').first().click();
    await page.locator('.chat-thread .bubble').first().waitFor();
    await maria(text('alguém aí?'));
    await page.locator('.chat-thread .bubble', { hasText: 'alguém aí?' }).waitFor();
    const file = join(repoRoot(), 'docs', 'img', 'admin-chat.png');
    await page.screenshot({ path: file });
    process.stdout.write(`wrote ${file}\n`);
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${String(error?.stack ?? error)}\n`);
  process.exit(1);
});
