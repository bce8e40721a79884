import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogModule } from '../catalog/index.js';
import { createChatModule, MenuIndex } from '../chat/index.js';
import { loadLabelledSet, scoreLabelledSet, SLOTS } from '../chat/testing/labelled-set.js';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogChatMenu } from './chat-menu.js';

describe('chat order parser over the live demo menu', () => {
  let app: TestAppliance;
  let manager: string;

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule, createChatModule({ menu: catalogChatMenu })], { env: { CHEFIA_DEMO: '1' } });
    manager = app.bearer(['chat.parse', 'catalog.read', 'catalog.write']);
  });
  afterAll(() => app?.close());

  it('reads the labelled set of customer messages with at least 90% exact orders', () => {
    const set = loadLabelledSet();
    expect(set.length).toBeGreaterThanOrEqual(Number(process.env.CHAT_MIN ?? 300));
    const score = scoreLabelledSet(new MenuIndex(catalogChatMenu(app.ctx).read()), set);
    const slotLines = SLOTS.map((s) => `${s.padEnd(10)} precision ${score.slots[s].precision.toFixed(3)} recall ${score.slots[s].recall.toFixed(3)}`);
    process.stdout.write(`chat parser: ${score.exactOrders}/${score.messages} exact orders (${score.exactOrderAccuracy})\n${slotLines.join('\n')}\n`);
    for (const miss of score.misses) process.stdout.write(`  miss: ${miss.text}\n    expected ${miss.expected}\n    got      ${miss.got}\n`);
    expect(score.exactOrderAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
