/** `node bin/verify-archive.mjs FILE…`: checks Comptoir archives; exit code 1 when one is broken. */
import { readFileSync } from 'node:fs';
import { verifyArchive } from '../../src/lib/domain/journal/verify-archive';
import { describeReport } from './report-text';

const files = process.argv.slice(2);
if (files.length === 0) {
	console.log('Usage: node bin/verify-archive.mjs ARCHIVE.txt [...]');
	process.exit(2);
}
let broken = 0;
for (const file of files) {
	const report = verifyArchive(readFileSync(file, 'utf8'));
	console.log(`== ${file}`);
	for (const line of describeReport(report)) console.log(line);
	if (!report.ok) broken++;
}
process.exit(broken ? 1 : 0);
