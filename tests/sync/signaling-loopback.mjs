// Starts y-webrtc's own signaling server bound to 127.0.0.1: y-webrtc 10.3's bin/server.js reads
// PORT but ignores HOST and listens on every interface, which a test must not do.
import http from 'node:http';

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (port, ...rest) {
	return typeof rest[0] === 'string'
		? listen.call(this, port, ...rest)
		: listen.call(this, port, '127.0.0.1', ...rest);
};
await import('../../node_modules/y-webrtc/bin/server.js');
