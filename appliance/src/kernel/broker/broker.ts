import { Aedes, type Client, type PublishPacket } from 'aedes';
import { createServer, type Server as NetServer } from 'node:net';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { KernelMetrics } from '../metrics.js';
import { mayPublish, mayReceive, maySubscribe, type MqttPrincipal } from './acl.js';
import { ClientIdOwners } from './client-id-owners.js';
import { guardPacketSize } from './packet-size-guard.js';
import { PendingConnections } from './pending-connections.js';
import { topicMatches } from './topics.js';
import { mqttStreamOverWebSocket } from './websocket-stream.js';

/** Where a CONNECT came from, for login limits and the journal. */
export interface MqttConnection {
  /** The TCP peer address (of the WebSocket's socket for `/mqtt`). */
  address: string | null;
}

export interface BrokerAuthenticator {
  /** May be async so a password hash never runs on the event loop that serves the tills. */
  authenticate(username: string, password: string, connection?: MqttConnection): MqttPrincipal | null | Promise<MqttPrincipal | null>;
}

export type CommandHandler = (topic: string, payload: Buffer, principal: MqttPrincipal) => void | Promise<void>;

export interface PublishOptions {
  retain?: boolean;
  qos?: 0 | 1;
}

/** What modules see of the broker: publish after commit, and handle command topics. */
export interface BrokerPort {
  publish(topic: string, payload: unknown, options?: PublishOptions): Promise<void>;
  handle(filter: string, handler: CommandHandler): void;
  /**
   * Closes the principal's connections (only those of one login session when `sessionId` is
   * given) because what they were authorized with was withdrawn: they publish nothing more, not
   * even their Last Will. Without `sessionId` the principal itself changed (role, status,
   * credentials, a revoked or re-paired device), and the subscriptions its persistent sessions
   * (clean: false) keep are dropped too, so nothing more is queued for it under the old rights.
   */
  disconnect(principalId: string, sessionId?: string): number;
  clientCount(): number;
}

export interface BrokerDeps {
  storeId: string;
  logger: Logger;
  metrics: KernelMetrics;
  authenticator: () => BrokerAuthenticator | null;
  limits: Config['mqtt'];
}

/** The part of aedes' persistence the broker uses to end a client's session state. */
interface AedesPersistence {
  delWill(client: { id: string; brokerId: string }): Promise<unknown>;
  cleanSubscriptions(client: { id: string }): Promise<unknown>;
}

const DRAIN_TIMEOUT_MS = 10_000;
/** Packets a client may send after CONNECT before it is answered (authentication is async). */
const QUEUED_BEFORE_CONNACK = 8;
/** Inbound QoS 2 publishes one client may leave waiting for PUBREL, each held in memory. */
const MAX_INBOUND_QOS2_IN_FLIGHT = 16;
/** Connections still before CONNACK, from one address and in all (a store has a few dozen devices). */
const MAX_PENDING_PER_ADDRESS = 16;
const MAX_PENDING_TOTAL = 128;

/** The embedded aedes broker on TCP and on WebSocket `/mqtt` of the HTTP server. */
export class EmbeddedBroker implements BrokerPort {
  private readonly principals = new WeakMap<Client, MqttPrincipal>();
  private readonly handlers: { filter: string; handler: CommandHandler }[] = [];
  private readonly addresses = new WeakMap<object, string | null>();
  private readonly clientIds = new ClientIdOwners<Client>();
  private readonly pending = new PendingConnections<Duplex>(MAX_PENDING_PER_ADDRESS, MAX_PENDING_TOTAL);
  private tcp: NetServer | null = null;
  private ws: WebSocketServer | null = null;

  private constructor(
    private readonly aedes: Aedes,
    private readonly deps: BrokerDeps,
  ) {}

  static async create(deps: BrokerDeps): Promise<EmbeddedBroker> {
    // drainTimeout: a frozen KDS tablet on weak Wi-Fi must not stall ticket delivery to the others.
    const aedes = await Aedes.createBroker({
      drainTimeout: DRAIN_TIMEOUT_MS,
      heartbeatInterval: 60_000,
      connectTimeout: deps.limits.connectTimeoutMs,
      queueLimit: QUEUED_BEFORE_CONNACK,
      maxInflightInbound: MAX_INBOUND_QOS2_IN_FLIGHT,
    });
    const broker = new EmbeddedBroker(aedes, deps);
    broker.wire();
    return broker;
  }

  private wire(): void {
    const { aedes, deps } = this;
    aedes.authenticate = (client, username, password, done) => {
      const auth = deps.authenticator();
      const refuse = () => {
        deps.logger.warn({ clientId: client.id, username }, 'mqtt connect refused');
        done(Object.assign(new Error('bad username or password'), { returnCode: 4 as const }), false);
      };
      if (!auth || !username || !password) return refuse();
      const address = this.addresses.get(client.conn) ?? null;
      Promise.resolve()
        .then(() => auth.authenticate(username, password.toString('utf8'), { address }))
        .then(
          (principal) => {
            if (!principal) return refuse();
            // Closed while the password was checked: aedes drops the answer, and no id is claimed.
            if (client.closed || client.conn.destroyed) return done(null, false);
            if (!this.clientIds.claim(client.id, principal, client)) {
              deps.logger.warn({ clientId: client.id, principal: principal.id, address }, 'mqtt client id held by another principal; connect refused');
              return done(Object.assign(new Error('client id in use by another principal'), { returnCode: 2 as const }), false);
            }
            client.conn.once('close', () => this.clientIds.release(client.id, client, !client.clean));
            this.principals.set(client, principal);
            done(null, true);
          },
          (error) => {
            deps.logger.error({ err: error, clientId: client.id }, 'mqtt authentication failed');
            refuse();
          },
        );
    };
    aedes.authorizePublish = (client, packet, done) => {
      // Without a client aedes is publishing a will left by a connection it no longer has (a
      // broker it believes dead): nobody live stands behind it. The appliance's own messages do
      // not come through here.
      if (!client) {
        const will = packet as PublishPacket & { clientId?: string; brokerId?: string };
        deps.logger.warn({ topic: packet.topic, clientId: will.clientId }, 'mqtt will of a gone client dropped');
        // Dropped from the store too, or aedes would offer it again at every sweep.
        if (will.clientId && will.brokerId) this.persistence().delWill({ id: will.clientId, brokerId: will.brokerId }).catch(() => undefined);
        return done(new Error('publish not authorized'));
      }
      // No live principal: the connection is being closed because its credentials were withdrawn
      // (its will included) or its session lapsed.
      const principal = this.livePrincipal(client);
      if (!principal || !mayPublish(deps.storeId, principal, packet.topic)) {
        deps.logger.warn({ clientId: client.id, principal: principal?.id, topic: packet.topic }, 'mqtt publish denied');
        return done(new Error('publish not authorized'));
      }
      // What a later subscriber is handed on connecting is the store's own state (tickets, counts,
      // the board), retained by the appliance. A client's message, its will included, is delivered
      // once: kept, it would stay in memory (up to a packet on every topic the client may name) and
      // greet every screen subscribing after it.
      packet.retain = false;
      done(null);
    };
    aedes.authorizeSubscribe = (client, subscription, done) => {
      const principal = this.livePrincipal(client);
      if (!principal || !maySubscribe(deps.storeId, principal, subscription.topic)) {
        deps.logger.warn({ clientId: client.id, principal: principal?.id, topic: subscription.topic }, 'mqtt subscribe denied');
        // A null subscription makes aedes answer SUBACK 0x80 (failure) without dropping the client.
        return done(null, null);
      }
      done(null, subscription);
    };
    aedes.authorizeForward = (client, packet) => {
      // Every message on its way to a client, live or from a persistent session's queue, is held
      // to the client's current rights: aedes fills that queue, and restores the subscriptions it
      // comes from, for the client id, whoever held it when they were made (a manager's tablet
      // reconnecting after a demotion to cashier must not get the audit/ queued meanwhile).
      const principal = this.livePrincipal(client);
      if (!principal || !mayReceive(deps.storeId, principal, packet.topic)) return null;
      // A client that does not read what it subscribed to would otherwise collect every message in
      // its socket's write buffer until the drain timeout.
      const queued = client.conn.writableLength;
      if (queued <= deps.limits.maxClientQueueBytes) return packet;
      deps.logger.warn({ clientId: client.id, queuedBytes: queued }, 'mqtt client not reading; disconnected');
      client.conn.destroy();
      return null;
    };
    aedes.on('client', (client) => {
      this.pending.settle(client.conn as Duplex);
      deps.metrics.mqttClients.set(aedes.connectedClients);
    });
    aedes.on('clientDisconnect', () => deps.metrics.mqttClients.set(aedes.connectedClients));
    aedes.on('publish', (packet, client) => {
      if (!client) return;
      deps.metrics.mqttMessages.inc({ direction: 'in' });
      const principal = this.livePrincipal(client);
      if (principal) this.dispatch(packet, principal);
    });
    // aedes reports a will its periodic sweep found refused (above) as a broker 'error' event,
    // which without a listener would throw and stop the store; absent from aedes' typings.
    (aedes as unknown as NodeJS.EventEmitter).on('error', (error: Error) => deps.logger.error({ err: error }, 'mqtt broker error'));
    aedes.on('clientError', (client, error) => deps.logger.debug({ clientId: client.id, err: error.message }, 'mqtt client error'));
    aedes.on('connectionError', (client, error) => deps.logger.debug({ clientId: client.id, err: error.message }, 'mqtt connection error'));
  }

  /**
   * The principal a client acts as, or undefined once it has none: withdrawn by `disconnect`, or
   * lapsed (its login session went idle or past its lifetime with no command to close it), in which
   * case the connection is closed here, at its first message since.
   */
  private livePrincipal(client: Client): MqttPrincipal | undefined {
    const principal = this.principals.get(client);
    if (!principal?.lapsed?.()) return principal;
    this.deps.logger.info({ clientId: client.id, principal: principal.id, sessionId: principal.sessionId }, 'mqtt session over; disconnected');
    this.withdraw(client);
    // Not from inside aedes' own delivery or authorization call: the principal is already gone,
    // so nothing passes meanwhile.
    setImmediate(() => client.close());
    return undefined;
  }

  /**
   * Takes a client's authorization away before its connection closes: aedes authorizes and
   * publishes the Last Will of a connection that did not send DISCONNECT as it closes it, and a
   * will armed by a device being revoked (a `void` on its station's commands) must not run as a
   * command of that device after the revocation committed.
   */
  private withdraw(client: Client): void {
    this.principals.delete(client);
    const withWill = client as Client & { will: unknown };
    if (withWill.will) {
      withWill.will = null;
      this.persistence().delWill({ id: client.id, brokerId: this.aedes.id }).catch((error: unknown) =>
        this.deps.logger.warn({ err: error, clientId: client.id }, 'could not drop the will of a withdrawn mqtt client'),
      );
    }
  }

  private dispatch(packet: PublishPacket, principal: MqttPrincipal): void {
    for (const { filter, handler } of this.handlers) {
      if (!topicMatches(filter, packet.topic)) continue;
      const payload = Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload);
      Promise.resolve()
        .then(() => handler(packet.topic, payload, principal))
        .catch((error) => this.deps.logger.error({ err: error, topic: packet.topic, principal: principal.id }, 'mqtt command handler failed'));
    }
  }

  async listenTcp(host: string, port: number): Promise<number> {
    // Without noDelay a small packet written while the client's ACK of the previous one is still
    // delayed waits for it (Nagle's algorithm): a second ticket a few ms after the first reached a
    // KDS on TCP up to 40 ms late.
    const server = createServer({ noDelay: true }, (socket) => this.accept(socket, socket.remoteAddress ?? null));
    this.tcp = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const address = server.address();
    return typeof address === 'object' && address ? address.port : port;
  }

  /** Serves MQTT over WebSocket at `/mqtt` on the HTTP server (browsers: KDS, tablets). */
  attachWebSocket(http: HttpServer): void {
    // A frame is buffered whole before it is handed on, so no frame may exceed one MQTT packet;
    // compression stays off (a small compressed frame could inflate past any limit).
    const wss = new WebSocketServer({
      noServer: true,
      maxPayload: this.deps.limits.maxPacketBytes,
      perMessageDeflate: false,
      handleProtocols: (protocols) => (protocols.has('mqtt') ? 'mqtt' : false),
    });
    this.ws = wss;
    http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = (request.url ?? '').split('?')[0];
      if (path !== '/mqtt') {
        socket.destroy();
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => {
        this.accept(mqttStreamOverWebSocket(ws), request.socket.remoteAddress ?? null);
      });
    });
  }

  /** Hands a new connection to aedes behind the packet size limit, remembering its address. */
  private accept(conn: Duplex, address: string | null): void {
    if (!this.pending.admit(conn, address)) {
      this.deps.logger.warn({ address }, 'mqtt connection refused: too many connections waiting for CONNECT');
      conn.destroy();
      return;
    }
    conn.once('close', () => this.pending.settle(conn));
    guardPacketSize(conn, this.deps.limits.maxPacketBytes, () =>
      this.deps.logger.warn({ address, maxPacketBytes: this.deps.limits.maxPacketBytes }, 'mqtt packet over the size limit; connection closed'),
    );
    this.addresses.set(conn, address);
    this.aedes.handle(conn);
  }

  publish(topic: string, payload: unknown, options: PublishOptions = {}): Promise<void> {
    const body = Buffer.isBuffer(payload) ? payload : typeof payload === 'string' ? Buffer.from(payload) : Buffer.from(JSON.stringify(payload));
    this.deps.metrics.mqttMessages.inc({ direction: 'out' });
    return new Promise((resolve, reject) => {
      this.aedes.publish(
        { cmd: 'publish', topic, payload: body, qos: options.qos ?? 1, retain: options.retain ?? false, dup: false },
        (error) => (error ? reject(error) : resolve()),
      );
    });
  }

  handle(filter: string, handler: CommandHandler): void {
    this.handlers.push({ filter, handler });
  }

  /** aedes' session store (in memory), untyped in its typings. */
  private persistence(): AedesPersistence {
    return (this.aedes as unknown as { persistence: AedesPersistence }).persistence;
  }

  /** aedes keeps its connected clients in an untyped `clients` map. */
  private connected(): Client[] {
    return Object.values((this.aedes as unknown as { clients: Record<string, Client> }).clients);
  }

  disconnect(principalId: string, sessionId?: string): number {
    let closed = 0;
    for (const client of this.connected()) {
      const principal = this.principals.get(client);
      if (principal?.id === principalId && (sessionId === undefined || principal.sessionId === sessionId)) {
        this.withdraw(client);
        client.close();
        closed += 1;
      }
    }
    if (sessionId === undefined) this.dropPersistentSubscriptions(principalId);
    return closed;
  }

  /**
   * Forgets what the principal's persistent sessions subscribed to, connected or not, so the broker
   * stops queueing messages for them under rights the principal no longer has. Messages queued
   * before are held back at delivery (authorizeForward). The client ids stay the principal's.
   */
  private dropPersistentSubscriptions(principalId: string): void {
    for (const id of this.clientIds.heldBy(principalId)) {
      this.persistence().cleanSubscriptions({ id }).catch((error: unknown) =>
        this.deps.logger.warn({ err: error, clientId: id }, 'could not drop the subscriptions of a persistent mqtt session'),
      );
    }
  }

  clientCount(): number {
    return this.aedes.connectedClients;
  }

  async close(): Promise<void> {
    for (const client of this.ws?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.ws ? this.ws.close(() => resolve()) : resolve()));
    for (const client of this.connected()) client.close();
    await new Promise<void>((resolve) => (this.tcp ? this.tcp.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => this.aedes.close(() => resolve()));
  }
}
