// Starts the standard Yjs relay (@y/websocket-server, what `npm run relay` runs) bound to
// 127.0.0.1 for the sync tests: the server reads HOST and PORT from the environment at start.
process.env.HOST = '127.0.0.1';
process.env.PORT ??= '4464';
await import('../../node_modules/@y/websocket-server/src/server.js');
