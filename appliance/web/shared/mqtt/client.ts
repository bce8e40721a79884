import { connectPacket, DISCONNECT, PACKET, PacketReader, PINGREQ, publishPacket, pubackPacket, readPublish, subscribePacket } from './packets';

const CONNECT_TIMEOUT_MS = 4000;

export interface MqttClientOptions {
  username: string;
  /** The user's password or access token, or the device token. */
  password: string;
  clientId: string;
  keepaliveSeconds: number;
  /** Wait before reconnecting after a lost link. */
  reconnectMs: number;
}

export interface MqttHandlers {
  connect?(): void;
  message?(topic: string, payload: Uint8Array): void;
  /** Any packet from the broker: a screen's watchdog counts these. */
  packet?(): void;
  lost?(): void;
  /** CONNACK refused (4 bad credentials, 5 not authorized): no automatic reconnect after this. */
  refused?(returnCode: number): void;
}

/** The appliance's MQTT-over-WebSocket endpoint, on the origin that served the page. */
export function brokerUrl(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/mqtt`;
}

/**
 * A reconnecting MQTT 3.1.1 client over one WebSocket. Sessions are clean: after every (re)connect
 * the screen subscribes again and the broker re-delivers the retained state, which is how each
 * screen rebuilds itself after an outage.
 */
export class MqttClient {
  connected = false;
  private socket: WebSocket | null = null;
  private nextPacketId = 1;
  private pendingSubscriptions = new Map<number, (granted: number[]) => void>();
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  private ended = false;
  private autoReconnect = true;
  private watchingBrowserNetwork = false;

  constructor(
    private readonly url: string,
    private options: MqttClientOptions,
    private readonly handlers: MqttHandlers,
  ) {}

  start(): void {
    this.ended = false;
    this.autoReconnect = true;
    this.watchBrowserNetwork();
    this.open();
  }

  /** Reconnects at once, e.g. with a refreshed token after a refusal. */
  reconnect(password?: string): void {
    if (password !== undefined) this.options = { ...this.options, password };
    this.closeSocket();
    this.start();
  }

  subscribe(filters: string[], qos: 0 | 1): Promise<number[]> {
    const id = this.packetId();
    return new Promise((resolve) => {
      this.pendingSubscriptions.set(id, resolve);
      this.send(subscribePacket(id, filters, qos));
    });
  }

  publish(topic: string, payload: string, qos: 0 | 1): void {
    this.send(publishPacket(topic, payload, qos, this.packetId()));
  }

  /** Drops a link that went silent; the usual reconnect follows. */
  dropLink(): void {
    this.socket?.close();
  }

  end(): void {
    this.ended = true;
    clearTimeout(this.reconnectTimer);
    if (this.connected) this.send(DISCONNECT);
    this.closeSocket();
    this.unwatchBrowserNetwork();
  }

  /**
   * The device left its network (a phone out of the Wi-Fi's reach, a cable pulled): the browser
   * says so at once, while the keepalive would take one and a half intervals to notice and a
   * closing handshake over the dead link never completes. The screen shows itself offline now,
   * and reconnects the moment the network is back instead of at its next retry.
   */
  private readonly browserOffline = (): void => {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    socket.close();
    this.linkLost();
  };

  private readonly browserOnline = (): void => {
    if (this.ended || this.connected || !this.autoReconnect) return;
    clearTimeout(this.reconnectTimer);
    if (!this.socket) this.open();
  };

  private watchBrowserNetwork(): void {
    if (this.watchingBrowserNetwork || typeof window === 'undefined') return;
    window.addEventListener('offline', this.browserOffline);
    window.addEventListener('online', this.browserOnline);
    this.watchingBrowserNetwork = true;
  }

  private unwatchBrowserNetwork(): void {
    if (!this.watchingBrowserNetwork) return;
    window.removeEventListener('offline', this.browserOffline);
    window.removeEventListener('online', this.browserOnline);
    this.watchingBrowserNetwork = false;
  }

  private open(): void {
    const socket = new WebSocket(this.url, 'mqtt');
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    const reader = new PacketReader();
    socket.onopen = () => socket.send(connectPacket(this.options));
    // A frozen appliance accepts the TCP connection but never answers: give up and retry.
    clearTimeout(this.connectTimer);
    this.connectTimer = setTimeout(() => {
      if (this.socket === socket && !this.connected) socket.close();
    }, CONNECT_TIMEOUT_MS);
    socket.onmessage = (event) => {
      if (this.socket !== socket) return;
      for (const packet of reader.push(new Uint8Array(event.data as ArrayBuffer))) this.receive(packet.type, packet);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.linkLost();
    };
  }

  private receive(type: number, packet: Parameters<typeof readPublish>[0]): void {
    this.handlers.packet?.();
    if (type === PACKET.CONNACK) {
      const code = packet.body[1];
      if (code !== 0) {
        this.autoReconnect = false;
        this.handlers.refused?.(code);
        return;
      }
      this.connected = true;
      clearTimeout(this.connectTimer);
      clearInterval(this.pingTimer);
      this.pingTimer = setInterval(() => this.send(PINGREQ), this.options.keepaliveSeconds * 1000);
      this.handlers.connect?.();
    } else if (type === PACKET.PUBLISH) {
      const message = readPublish(packet);
      if (message.packetId !== null) this.send(pubackPacket(message.packetId));
      this.handlers.message?.(message.topic, message.payload);
    } else if (type === PACKET.SUBACK) {
      const id = (packet.body[0] << 8) | packet.body[1];
      this.pendingSubscriptions.get(id)?.([...packet.body.subarray(2)]);
      this.pendingSubscriptions.delete(id);
    }
  }

  private linkLost(): void {
    this.connected = false;
    clearInterval(this.pingTimer);
    this.pendingSubscriptions.clear();
    if (this.ended) return;
    this.handlers.lost?.();
    if (this.autoReconnect) this.reconnectTimer = setTimeout(() => this.open(), this.options.reconnectMs);
  }

  private closeSocket(): void {
    const socket = this.socket;
    this.socket = null;
    this.connected = false;
    clearInterval(this.pingTimer);
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.connectTimer);
    socket?.close();
  }

  private send(bytes: Uint8Array): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(bytes);
  }

  private packetId(): number {
    const id = this.nextPacketId;
    this.nextPacketId = id >= 0xffff ? 1 : id + 1;
    return id;
  }
}
