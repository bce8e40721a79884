import { z } from 'zod';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import type { ChatMenuCache } from './menu-port.js';
import { parseChatMessage } from './parser/parse.js';

// Answer schemas are built only when the OpenAPI document is (see AnswerSchema).
const answers = () => import('./answers.js');

/** A WhatsApp text is at most 4,096 characters; line breaks separate what was asked, so it is not a one-line name. */
const parseBody = lazySchema(() => z.object({ text: z.string().trim().min(1).max(4096) }));

/** The order parser on its own, for the back office to try aliases and for the chat channels' tests. */
export function registerChatRoutes(ctx: ModuleContext, menu: ChatMenuCache): void {
  ctx.api.post(
    '/chat/parse',
    routeDoc({ tag: 'chat', summary: 'Read a customer\'s chat message against the live menu: intent, items with options and remarks, what was taken back or left unclear', body: parseBody, response: () => answers().then((a) => a.parsedMessageAnswer) }),
    requirePermission('chat.parse'),
    async (c) => {
      const { text } = await readJson(c, parseBody);
      return ok(c, parseChatMessage(menu.current(), text));
    },
  );
}
