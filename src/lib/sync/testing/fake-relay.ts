/*
 * A relay for the specs: the real @y/websocket-server connection handler (setupWSConnection),
 * reached through in-memory sockets instead of the network. `WebSocket` is the class a provider
 * uses to reach it; `inject` sends any frame to every connected socket, as a broken or hostile
 * relay could; `reachable = false` makes new connections fail like a relay that is not running.
 */
import type { IncomingMessage } from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';

type Listener = (...args: unknown[]) => void;

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 3;

/** The server side of one connection, shaped like the `ws` socket setupWSConnection expects. */
class ServerConn {
	binaryType = 'arraybuffer';
	readyState = OPEN;
	readonly #listeners = new Map<string, Listener[]>();
	constructor(readonly client: RelaySocket) {}
	on(event: string, listener: Listener) {
		this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
	}
	emit(event: string, ...args: unknown[]) {
		for (const listener of this.#listeners.get(event) ?? []) listener(...args);
	}
	send(message: Uint8Array, _options?: unknown, callback?: (error?: Error) => void) {
		const copy = message.slice();
		setTimeout(() => this.client.receive(copy.buffer), 0);
		callback?.();
	}
	ping() {
		setTimeout(() => this.emit('pong'), 0);
	}
	close() {
		this.client.close();
	}
}

/** One client socket of a {@link FakeRelay}. */
class RelaySocket extends EventTarget {
	readonly CONNECTING = CONNECTING;
	readonly OPEN = OPEN;
	readyState = CONNECTING;
	binaryType = 'blob';
	onopen: ((event: Event) => void) | null = null;
	onclose: ((event: Event) => void) | null = null;
	onerror: ((event: Event) => void) | null = null;
	#conn: ServerConn | null = null;
	// Like a browser's event handler attribute: an internal slot that the dispatch calls, so an
	// own `onmessage` property set on the instance (as guardWebSocket does) shadows it entirely.
	#onmessage: ((event: MessageEvent) => void) | null = null;
	get onmessage() {
		return this.#onmessage;
	}
	set onmessage(handler: ((event: MessageEvent) => void) | null) {
		this.#onmessage = handler;
	}

	constructor(
		readonly relay: FakeRelay,
		readonly url: string
	) {
		super();
		this.addEventListener('message', (event) => this.#onmessage?.(event as MessageEvent));
		setTimeout(() => this.#open(), 0);
	}

	#open() {
		if (this.readyState !== CONNECTING) return;
		if (!this.relay.reachable) {
			this.onerror?.(new Event('error'));
			return this.#closed();
		}
		this.readyState = OPEN;
		this.relay.sockets.add(this);
		this.#conn = new ServerConn(this);
		// The handler reads only `url` (the room) from the HTTP request.
		const request = { url: new URL(this.url).pathname } as unknown as IncomingMessage;
		setupWSConnection(this.#conn, request);
		this.onopen?.(new Event('open'));
	}

	send(data: Uint8Array | ArrayBuffer) {
		if (this.readyState !== OPEN) throw new Error('not open');
		const copy = new Uint8Array(data).slice();
		setTimeout(() => this.#conn?.emit('message', copy.buffer), 0);
	}

	receive(data: ArrayBuffer | string) {
		if (this.readyState !== OPEN) return;
		this.dispatchEvent(new MessageEvent('message', { data }));
	}

	close() {
		if (this.readyState === CLOSED) return;
		const conn = this.#conn;
		this.#conn = null;
		this.#closed();
		if (conn) {
			conn.readyState = CLOSED;
			conn.emit('close');
		}
	}

	#closed() {
		this.readyState = CLOSED;
		this.relay.sockets.delete(this);
		this.onclose?.(Object.assign(new Event('close'), { code: 1006, reason: '' }));
	}
}

/** An in-memory standard relay and the WebSocket class that reaches it. */
export class FakeRelay {
	reachable = true;
	readonly sockets = new Set<RelaySocket>();
	readonly WebSocket: typeof WebSocket;

	constructor() {
		const open = (url: string | URL) => new RelaySocket(this, String(url));
		// y-websocket calls it with `new`: a constructor function may return the object it built.
		this.WebSocket = function FakeRelayWebSocket(url: string | URL) {
			return open(url);
		} as unknown as typeof WebSocket;
	}

	/** Sends a frame to every connected socket, as the relay would. */
	inject(frame: Uint8Array | string): void {
		for (const socket of this.sockets)
			socket.receive(typeof frame === 'string' ? frame : frame.slice().buffer);
	}

	/** Drops every connection (the relay stops). */
	stop(): void {
		this.reachable = false;
		for (const socket of [...this.sockets]) socket.close();
	}
}
