/** The offline HTML verifier: pick an archive file, read the verdict. */
import { verifyArchive } from '../../src/lib/domain/journal/verify-archive';
import { describeReport } from './report-text';

const input = document.querySelector<HTMLInputElement>('#file')!;
const output = document.querySelector<HTMLElement>('#out')!;
input.addEventListener('change', async () => {
	const file = input.files?.[0];
	if (!file) return;
	const report = verifyArchive(await file.text());
	output.textContent = describeReport(report).join('\n');
	output.className = report.ok ? 'ok' : 'broken';
});
