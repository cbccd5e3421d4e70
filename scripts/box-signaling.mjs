/*
 * y-webrtc's signaling protocol (subscribe, unsubscribe, publish, ping), as its bin/server.js
 * speaks it, for the market box's wss endpoints. It relays opaque messages between devices of a
 * room and stores nothing. Room names are never logged: a room name plus a leaked secret is a
 * shop, and logs travel further than anyone intends.
 */
import { WebSocketServer } from 'ws';

/** A WebSocket server (noServer) speaking y-webrtc's signaling protocol. */
export function signalingServer() {
	const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
	/** @type {Map<string, Set<import('ws').WebSocket>>} */
	const topics = new Map();
	const send = (conn, message) => {
		if (conn.readyState > 1) return conn.close();
		try {
			conn.send(JSON.stringify(message));
		} catch {
			conn.close();
		}
	};
	wss.on('connection', (conn) => {
		const subscribed = new Set();
		let alive = true;
		const ping = setInterval(() => {
			if (!alive) return conn.terminate();
			alive = false;
			conn.ping();
		}, 30_000);
		conn.on('pong', () => (alive = true));
		conn.on('close', () => {
			clearInterval(ping);
			for (const topic of subscribed) {
				const subs = topics.get(topic);
				subs?.delete(conn);
				if (subs?.size === 0) topics.delete(topic);
			}
		});
		conn.on('message', (raw) => {
			let message;
			try {
				message = JSON.parse(String(raw));
			} catch {
				return;
			}
			if (!message || typeof message.type !== 'string') return;
			if (message.type === 'subscribe' || message.type === 'unsubscribe') {
				for (const topic of Array.isArray(message.topics) ? message.topics : []) {
					if (typeof topic !== 'string') continue;
					if (message.type === 'subscribe') {
						if (!topics.has(topic)) topics.set(topic, new Set());
						topics.get(topic).add(conn);
						subscribed.add(topic);
					} else {
						topics.get(topic)?.delete(conn);
						subscribed.delete(topic);
					}
				}
			} else if (message.type === 'publish' && typeof message.topic === 'string') {
				const receivers = topics.get(message.topic);
				if (!receivers) return;
				message.clients = receivers.size;
				for (const receiver of receivers) send(receiver, message);
			} else if (message.type === 'ping') send(conn, { type: 'pong' });
		});
	});
	return wss;
}
