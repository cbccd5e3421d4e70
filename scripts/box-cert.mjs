/*
 * The market box's certificates, made once with openssl and kept in a folder: a small
 * certificate authority of the box's own (the one file a tablet trusts) and the server
 * certificate it signs for every name and address the box answers to. iOS and Android accept a
 * server certificate only with its names in subjectAltName, `serverAuth` usage and at most 825
 * days of validity; the authority is what the seller installs, once per tablet.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The box's names: its host name (with .local, for mDNS), localhost, its IPv4 addresses. */
export function boxNames(extra = []) {
	const host = os.hostname().toLowerCase();
	const dns = new Set([host, `${host}.local`, 'localhost', 'marche-box', ...extra]);
	const ips = new Set(['127.0.0.1']);
	for (const list of Object.values(os.networkInterfaces()))
		for (const address of list ?? []) if (address.family === 'IPv4') ips.add(address.address);
	return { dns: [...dns].filter(Boolean), ips: [...ips] };
}

/** Makes (or reuses) the authority and a server certificate for `names`; returns their paths. */
export function ensureCertificates(dir, names) {
	mkdirSync(dir, { recursive: true });
	const file = (name) => path.join(dir, name);
	const openssl = (...args) => execFileSync('openssl', args, { stdio: 'pipe' });
	if (!existsSync(file('ca.crt'))) {
		openssl(
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-sha256',
			'-days',
			'825',
			'-keyout',
			file('ca.key'),
			'-out',
			file('ca.crt'),
			'-subj',
			'/CN=Comptoir market box',
			'-addext',
			'basicConstraints=critical,CA:TRUE',
			'-addext',
			'keyUsage=critical,keyCertSign,cRLSign'
		);
	}
	const wanted = [...names.dns.map((n) => `DNS:${n}`), ...names.ips.map((ip) => `IP:${ip}`)].join(
		','
	);
	const stamp = file('server.names');
	const same = existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted;
	if (!same || !existsSync(file('server.crt'))) {
		const extensions = file('server.ext');
		writeFileSync(
			extensions,
			[
				`subjectAltName=${wanted}`,
				'basicConstraints=CA:FALSE',
				'keyUsage=critical,digitalSignature,keyEncipherment',
				'extendedKeyUsage=serverAuth'
			].join('\n')
		);
		openssl(
			'req',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-keyout',
			file('server.key'),
			'-out',
			file('server.csr'),
			'-subj',
			`/CN=${names.dns[0]}`
		);
		openssl(
			'x509',
			'-req',
			'-in',
			file('server.csr'),
			'-CA',
			file('ca.crt'),
			'-CAkey',
			file('ca.key'),
			'-CAcreateserial',
			'-days',
			'825',
			'-sha256',
			'-extfile',
			extensions,
			'-out',
			file('server.crt')
		);
		writeFileSync(stamp, wanted);
	}
	return { ca: file('ca.crt'), cert: file('server.crt'), key: file('server.key') };
}
