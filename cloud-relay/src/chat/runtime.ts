import type { Logger } from 'pino';
import type { ChatConfig } from '../config.js';
import type { RelayDb } from '../db/database.js';
import type { DownstreamChannel } from '../downstream/downstream-service.js';
import type { CredentialVault } from '../marketplaces/credential-vault.js';
import { ChatReplyWorker } from './chat-reply-worker.js';

export interface ChatRuntime {
  config: ChatConfig;
  /** The marketplace vault: one key seals every platform secret the relay holds. */
  vault: CredentialVault;
  worker: ChatReplyWorker;
}

export function createChatRuntime(db: RelayDb, downstream: DownstreamChannel, config: ChatConfig, vault: CredentialVault, leaseSeconds: number, logger: Logger): ChatRuntime {
  const worker = new ChatReplyWorker(db, vault, downstream, { graphUrl: config.graphUrl, leaseSeconds, tickMs: 250, backoff: { baseMs: 1000, maxMs: 60_000 } }, logger);
  return { config, vault, worker };
}
