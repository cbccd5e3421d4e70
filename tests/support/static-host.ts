import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml'
};

/** A static host for `build/` as a seller would deploy it, whose files a test can replace. */
export interface StaticHost {
	url: string;
	/** Serves `body` instead of the built file at `path` from now on (a new deployment). */
	replace(path: string, body: string): void;
	close(): Promise<void>;
}

/** Starts a host on a free loopback port with the single-page fallback to index.html. */
export async function startStaticHost(root = 'build'): Promise<StaticHost> {
	const overrides = new Map<string, string>();
	const server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		const override = overrides.get(path);
		let body: Buffer | string;
		let file = path.endsWith('/') ? `${path}index.html` : path;
		if (override !== undefined) body = override;
		else {
			try {
				body = await readFile(join(root, file));
			} catch {
				file = '/index.html';
				body = await readFile(join(root, file));
			}
		}
		response.writeHead(200, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		replace: (path, body) => overrides.set(path, body),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
