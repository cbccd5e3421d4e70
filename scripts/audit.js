// `npm audit` of what ships (dependencies only): fails on a high or critical advisory.
// Some registries (mirrors, proxies) do not serve the advisory endpoint: then the check says so
// loudly and passes, unless AUDIT_REQUIRED=1 (set it where the real registry is reachable).
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
	report = JSON.parse(run.stdout);
} catch {
	report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
	const why = report?.message ?? report?.error?.summary ?? run.stderr.split('\n')[0];
	console.warn(
		`npm audit: advisory endpoint unreachable, shipped dependencies NOT checked (${why})`
	);
	process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
if (serious > 0) {
	console.error(
		`${serious} high or critical advisories in shipped dependencies: npm audit --omit=dev`
	);
	process.exit(1);
}
