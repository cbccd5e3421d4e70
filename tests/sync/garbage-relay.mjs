// A hostile relay for the sync tests, on 127.0.0.1 (PORT, default 4469): the standard relay's
// own connection handler, plus, half a second after each connection opens, three frames no
// honest relay sends: an unknown message type, an update whose orders are whole but whose
// delete set is broken (Yjs would apply the orders, then throw), and a text frame.
import http from 'node:http';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { setupWSConnection } from '@y/websocket-server/utils';
// The `ws` the relay itself uses (a copy nested in its package, not a project dependency).
import WebSocket from '../../node_modules/@y/websocket-server/node_modules/ws/index.js';

function halfValidUpdateMessage() {
	const doc = new Y.Doc();
	for (let i = 0; i < 500; i++) doc.getMap('orders').set(`bad-${i}`, 'y'.repeat(100));
	const update = Y.encodeStateAsUpdate(doc);
	update[update.length - 1] = 5;
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	syncProtocol.writeUpdate(encoder, update);
	return encoding.toUint8Array(encoder);
}

const server = http.createServer((_request, response) => response.end('okay'));
const wss = new WebSocket.Server({ server });
wss.on('connection', (conn, request) => {
	setupWSConnection(conn, request);
	setTimeout(() => {
		conn.send(Uint8Array.of(42, 1, 2));
		conn.send(halfValidUpdateMessage());
		conn.send('{"type":"sync"}');
	}, 500);
});
server.listen(Number(process.env.PORT ?? 4469), '127.0.0.1');
