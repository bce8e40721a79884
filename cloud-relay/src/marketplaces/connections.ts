import crypto from 'node:crypto';
import { type ExpressionBuilder, sql } from 'kysely';
import type { RelayDb } from '../db/database.js';
import { RelayError } from '../http/envelope.js';
import type { MarketplaceConnector, PlatformCredentials, PlatformSession } from './connector.js';
import type { CredentialVault } from './credential-vault.js';
import { armRecurringJob } from './job-queue.js';

export interface Connection {
  id: string;
  storeId: string;
  platform: string;
  merchantId: string;
  mode: 'POLLING' | 'WEBHOOK';
  /** The platform's API for this store when it has no single one (each Open Delivery app has its own). */
  apiUrl: string | null;
}

export interface ConnectionInput {
  storeId: string;
  platform: string;
  merchantId: string;
  mode: 'POLLING' | 'WEBHOOK';
  apiUrl?: string;
  credentials: PlatformCredentials;
}

/** A token is renewed this long before it expires, so no call carries one that runs out on the way. */
const TOKEN_MARGIN_MS = 5 * 60_000;

const toConnection = (row: any): Connection => ({ id: row.id, storeId: row.store_id, platform: row.platform, merchantId: row.merchant_id, mode: row.mode, apiUrl: row.api_url });

/**
 * Creates or replaces a store's connection to one ordering app (a platform, and for Open Delivery
 * the app at `apiUrl`: each app has its own credentials and merchant ids); the credentials are
 * sealed before they reach Postgres. A polling connection gets its recurring poll job in the same
 * transaction.
 */
export async function saveConnection(db: RelayDb, vault: CredentialVault, input: ConnectionInput): Promise<Connection> {
  const apiUrl = appApiUrl(input.apiUrl);
  return db.transaction().execute(async (trx) => {
    // Locked so two saves for one store cannot both find no connection to the app and both insert.
    const store = await trx.selectFrom('relay.stores').select('id').where('id', '=', input.storeId).forUpdate().executeTakeFirst();
    if (!store) throw new RelayError('STORE_NOT_FOUND', 404, { messageKey: 'STORE_ID_NOT_FOUND', params: { storeId: input.storeId } });
    const existing = await trx
      .selectFrom('relay.marketplace_connections')
      .select('id')
      .where('store_id', '=', input.storeId)
      .where('platform', '=', input.platform)
      .where(sameApp(apiUrl))
      .executeTakeFirst();
    const id = existing?.id ?? crypto.randomUUID();
    const settings = { merchant_id: input.merchantId, mode: input.mode, api_url: apiUrl, credentials_sealed: vault.seal(JSON.stringify(input.credentials), id) };
    const row = existing
      ? await trx
          .updateTable('relay.marketplace_connections')
          .set({ ...settings, access_token_sealed: null, token_expires_at: null, updated_at: new Date() })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow()
          .catch(refuseTakenMerchant)
      : await trx
          .insertInto('relay.marketplace_connections')
          .values({ id, store_id: input.storeId, platform: input.platform, ...settings })
          .returningAll()
          .executeTakeFirstOrThrow()
          .catch(refuseTakenMerchant);
    // Armed again on every save: a connection that polled before, then took webhooks, has a done poll job.
    if (input.mode === 'POLLING') await armRecurringJob(trx, { kind: 'POLL', connectionId: id, dedupeKey: `poll:${id}`, payload: {} });
    return toConnection(row);
  });
}

/**
 * The unique index on (app, merchant) decides whether the merchant is another store's: a check
 * before the write locked only this store, so two stores saved at once for one merchant both
 * found it free and the second write failed on the index (answered 500).
 */
function refuseTakenMerchant(error: unknown): never {
  const failure = error as { code?: string; constraint?: string } | null;
  if (failure?.code === '23505' && failure.constraint === 'marketplace_connections_app_merchant_idx') throw new RelayError('MARKETPLACE_MERCHANT_TAKEN', 409);
  throw error;
}

/** An app's API URL as stored: without a trailing slash, so `…/app` and `…/app/` are one app. */
const appApiUrl = (apiUrl: string | undefined): string | null => (apiUrl ? apiUrl.replace(/\/+$/, '') : null);

/** Connections to the app at `apiUrl` (none: the platform's single API), as the unique indexes compare them. */
export const sameApp = (apiUrl: string | null) => (eb: ExpressionBuilder<any, any>) =>
  eb(sql<string>`coalesce(api_url, '')`, '=', apiUrl ?? '');

export async function listConnections(db: RelayDb, storeId: string): Promise<Connection[]> {
  const rows = await db.selectFrom('relay.marketplace_connections').selectAll().where('store_id', '=', storeId).orderBy('platform').execute();
  return rows.map(toConnection);
}

export class ConnectionSessions {
  constructor(
    private readonly db: RelayDb,
    private readonly vault: CredentialVault,
    private readonly apiUrls: Record<string, string>,
  ) {}

  async load(connectionId: string): Promise<{ connection: Connection; credentials: PlatformCredentials } | null> {
    const row = await this.db.selectFrom('relay.marketplace_connections').selectAll().where('id', '=', connectionId).executeTakeFirst();
    if (!row) return null;
    return { connection: toConnection(row), credentials: JSON.parse(this.vault.open(row.credentials_sealed, row.id)) };
  }

  /** The connection of `merchantId` at the same app as `connection` (same platform and API URL), if any. */
  async loadMerchantAtSameApp(connection: Connection, merchantId: string): Promise<{ connection: Connection; credentials: PlatformCredentials } | null> {
    const row = await this.db
      .selectFrom('relay.marketplace_connections')
      .select('id')
      .where('platform', '=', connection.platform)
      .where(sameApp(connection.apiUrl))
      .where('merchant_id', '=', merchantId)
      .executeTakeFirst();
    return row ? this.load(row.id) : null;
  }

  async forgetToken(connectionId: string): Promise<void> {
    await this.db.updateTable('relay.marketplace_connections').set({ access_token_sealed: null, token_expires_at: null }).where('id', '=', connectionId).execute();
  }

  /**
   * A session whose token comes from Postgres while it is valid (any node may have fetched it),
   * otherwise from the platform's OAuth endpoint, sealed and stored for the other nodes.
   */
  session(connector: MarketplaceConnector, connection: Connection, credentials: PlatformCredentials): PlatformSession {
    const apiUrl = connection.apiUrl ?? this.apiUrls[connection.platform];
    if (!apiUrl) throw new Error(`no API URL configured for ${connection.platform}`);
    let cached: string | null = null;
    return {
      apiUrl,
      merchantId: connection.merchantId,
      credentials,
      accessToken: async () => {
        if (cached) return cached;
        const row = await this.db
          .selectFrom('relay.marketplace_connections')
          .select(['access_token_sealed', 'token_expires_at'])
          .where('id', '=', connection.id)
          .where('token_expires_at', '>', new Date(Date.now() + TOKEN_MARGIN_MS))
          .executeTakeFirst();
        if (row?.access_token_sealed) cached = this.vault.open(row.access_token_sealed, connection.id);
        else {
          const token = await connector.authenticate(apiUrl, credentials);
          await this.db
            .updateTable('relay.marketplace_connections')
            .set({ access_token_sealed: this.vault.seal(token.token, connection.id), token_expires_at: token.expiresAt, updated_at: sql`now()` })
            .where('id', '=', connection.id)
            .execute();
          cached = token.token;
        }
        return cached;
      },
    };
  }
}
