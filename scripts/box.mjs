#!/usr/bin/env node
/*
 * `npm run box`: the market box. Serves the built app (`npm run build` first) over https, with
 * y-webrtc signaling over wss on the same port and on 4444 (the app's default signaling
 * address), and optionally the Yjs relay at wss://<box>:<port>/relay (BOX_RELAY=1). A plain-http
 * port serves only a page to install the box's certificate, and sends everything else to https.
 * Any host name is answered: tablets reach the box as caisse.local, its IP, or another name.
 *
 * Settings (environment): BOX_PORT (8443), BOX_HTTP_PORT (8080, 0: none), BOX_SIGNALING_PORT
 * (4444, 0: none), BOX_HOST (0.0.0.0), BOX_DIR (.box: certificates), BOX_NAMES (extra names for
 * the certificate, comma-separated), BOX_RELAY (1: run the relay).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { boxNames, ensureCertificates } from './box-cert.mjs';
import { signalingServer } from './box-signaling.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const port = Number(env.BOX_PORT ?? 8443);
const httpPort = Number(env.BOX_HTTP_PORT ?? 8080);
const signalingPort = Number(env.BOX_SIGNALING_PORT ?? 4444);
const host = env.BOX_HOST ?? '0.0.0.0';
const build = path.join(root, 'build');
const names = boxNames(
	(env.BOX_NAMES ?? '')
		.split(',')
		.map((n) => n.trim())
		.filter(Boolean)
);
const certs = ensureCertificates(path.resolve(root, env.BOX_DIR ?? '.box'), names);
const tls = { cert: readFileSync(certs.cert), key: readFileSync(certs.key) };

if (!existsSync(path.join(build, 'index.html'))) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.txt': 'text/plain; charset=utf-8',
	'.crt': 'application/x-x509-ca-cert'
};

/** Serves a file of the build, or the app's fallback page for any other path (SPA). */
function serveApp(request, response) {
	const url = new URL(request.url ?? '/', 'https://box');
	if (url.pathname === '/comptoir-box.crt') return sendFile(response, certs.ca, 'no-cache');
	let file = path.join(build, decodeURIComponent(url.pathname));
	if (!file.startsWith(build)) file = build;
	if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(build, 'index.html');
	// The service worker and the fallback page must be fresh; hashed assets can be kept.
	const immutable = url.pathname.includes('/_app/immutable/');
	sendFile(response, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
}

function sendFile(response, file, cacheControl) {
	response.writeHead(200, {
		'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
		'Cache-Control': cacheControl
	});
	createReadStream(file).pipe(response);
}

const signaling = signalingServer();
let relay = null;
if (env.BOX_RELAY === '1') {
	const { WebSocketServer } = await import('ws');
	const { setupWSConnection } = await import('@y/websocket-server/utils');
	relay = new WebSocketServer({ noServer: true });
	relay.on('connection', (conn, request) => {
		// The room name follows /relay/ in the path; it is not logged.
		const docName = (request.url ?? '').split('?')[0].slice('/relay/'.length);
		setupWSConnection(conn, request, { docName });
	});
}

function upgrade(request, socket, head) {
	const target = relay && (request.url ?? '').startsWith('/relay/') ? relay : signaling;
	target.handleUpgrade(request, socket, head, (ws) => target.emit('connection', ws, request));
}

const app = https.createServer(tls, serveApp);
app.on('upgrade', upgrade);
app.listen(port, host);

if (signalingPort > 0) {
	const wss = https.createServer(tls, (_request, response) => {
		response.writeHead(200, { 'Content-Type': 'text/plain' });
		response.end('Comptoir signaling');
	});
	wss.on('upgrade', upgrade);
	wss.listen(signalingPort, host);
}

if (httpPort > 0) {
	// Plain http: the certificate to install, and a way to the https address. Nothing else.
	http
		.createServer((request, response) => {
			const url = new URL(request.url ?? '/', 'http://box');
			if (url.pathname === '/comptoir-box.crt') return sendFile(response, certs.ca, 'no-cache');
			const name = (request.headers.host ?? 'localhost').replace(/:\d+$/, '');
			const secure = `https://${name}:${port}/`;
			response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			response.end(`<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Comptoir</title><h1>Comptoir</h1>
<p>1. <a href="/comptoir-box.crt">Installer le certificat de la boîte</a> (une fois par tablette, voir le README).</p>
<p>2. <a href="${secure}">Ouvrir Comptoir en https</a></p>`);
		})
		.listen(httpPort, host);
}

console.log(`Comptoir market box
  app:        https://${names.dns[0]}:${port}/  (also ${names.ips.map((ip) => `https://${ip}:${port}/`).join(', ')})
  signaling:  wss://<box>:${port}/${signalingPort > 0 ? ` and wss://<box>:${signalingPort}/` : ''}
  relay:      ${relay ? `wss://<box>:${port}/relay` : 'off (BOX_RELAY=1 to run it)'}
  certificate to trust on each tablet: ${certs.ca}${httpPort > 0 ? ` (or http://<box>:${httpPort}/)` : ''}`);
