import type { Actor } from '../journal/event.js';
import type { CommandBus } from '../journal/command-bus.js';
import type { MessageCatalog } from '../i18n/catalog.js';

export type AppEnv = {
  Variables: {
    requestId: string;
    correlationId: string;
    actor: Actor | null;
    commands: CommandBus;
    messages: MessageCatalog;
  };
};

/** Resolves the caller from a bearer token; provided by the auth module. */
export interface Authenticator {
  authenticateBearer(token: string): Actor | null;
}
