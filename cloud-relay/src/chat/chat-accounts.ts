import crypto from 'node:crypto';
import type { ChatChannel } from '../../../appliance/contract/index.js';
import type { RelayDb } from '../db/database.js';
import { RelayError } from '../http/envelope.js';
import type { CredentialVault } from '../marketplaces/credential-vault.js';

/** A store's WhatsApp number, Facebook page or Instagram account. The token never leaves the relay. */
export interface ChatAccount {
  id: string;
  storeId: string;
  channel: ChatChannel;
  /** WhatsApp's phone-number id, the Facebook page id or the Instagram account id: what webhooks name. */
  platformAccountId: string;
  createdAt: string;
  updatedAt: string;
}

export interface ChatAccountInput {
  storeId: string;
  channel: ChatChannel;
  platformAccountId: string;
  accessToken: string;
}

const toAccount = (row: any): ChatAccount => ({
  id: row.id,
  storeId: row.store_id,
  channel: row.channel,
  platformAccountId: row.platform_account_id,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/**
 * Creates or replaces a store's account on a channel, the access token sealed with the
 * marketplace key (the account id as associated data). One platform account belongs to one store.
 */
export async function saveChatAccount(db: RelayDb, vault: CredentialVault, input: ChatAccountInput): Promise<ChatAccount> {
  return db.transaction().execute(async (trx) => {
    const store = await trx.selectFrom('relay.stores').select('id').where('id', '=', input.storeId).executeTakeFirst();
    if (!store) throw new RelayError('STORE_NOT_FOUND', 404, { messageKey: 'STORE_ID_NOT_FOUND', params: { storeId: input.storeId } });
    const existing = await trx
      .selectFrom('relay.chat_accounts')
      .select('id')
      .where('store_id', '=', input.storeId)
      .where('channel', '=', input.channel)
      .executeTakeFirst();
    const id = existing?.id ?? crypto.randomUUID();
    const taken = await trx
      .selectFrom('relay.chat_accounts')
      .select('id')
      .where('channel', '=', input.channel)
      .where('platform_account_id', '=', input.platformAccountId)
      .where('id', '<>', id)
      .executeTakeFirst();
    if (taken) throw new RelayError('CHAT_ACCOUNT_TAKEN', 409);
    const sealed = vault.seal(input.accessToken, id);
    const row = await trx
      .insertInto('relay.chat_accounts')
      .values({ id, store_id: input.storeId, channel: input.channel, platform_account_id: input.platformAccountId, access_token_sealed: sealed })
      .onConflict((oc) => oc.columns(['store_id', 'channel']).doUpdateSet({ platform_account_id: input.platformAccountId, access_token_sealed: sealed, updated_at: new Date() }))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAccount(row);
  });
}

export async function listChatAccounts(db: RelayDb, storeId: string): Promise<ChatAccount[]> {
  const rows = await db.selectFrom('relay.chat_accounts').selectAll().where('store_id', '=', storeId).orderBy('channel').execute();
  return rows.map(toAccount);
}

/** The account a webhook names, or null when no store of the chain has it. */
export async function findChatAccount(db: RelayDb, channel: ChatChannel, platformAccountId: string): Promise<ChatAccount | null> {
  const row = await db
    .selectFrom('relay.chat_accounts')
    .selectAll()
    .where('channel', '=', channel)
    .where('platform_account_id', '=', platformAccountId)
    .executeTakeFirst();
  return row ? toAccount(row) : null;
}

/** The account and its opened access token, for a send. */
export async function loadChatAccountToken(db: RelayDb, vault: CredentialVault, accountId: string): Promise<{ account: ChatAccount; accessToken: string } | null> {
  const row = await db.selectFrom('relay.chat_accounts').selectAll().where('id', '=', accountId).executeTakeFirst();
  return row ? { account: toAccount(row), accessToken: vault.open(row.access_token_sealed, row.id) } : null;
}
