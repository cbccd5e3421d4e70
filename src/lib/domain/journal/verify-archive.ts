/**
 * Verifying an archive file without Comptoir: what the standalone verifier runs. Every problem
 * names the file's line, so an accountant can see where the file was changed.
 */
import { parseCanonical } from './canonical';
import { readEntry, type StoredEntry } from './chain';
import { archiveMagic, headerHeads, type ArchiveHeader } from './archive';
import { closingsOf, type ClosingInfo } from './closing';
import { sha256Hex } from './sha256';
import { verifyJournal } from './verify';
import type { Problem } from './verify-chain';

/** A problem in an archive, at a line of the file (1-based; 0 for the file as a whole). */
export interface ArchiveProblem {
	line: number;
	code: Problem['code'] | 'format' | 'header' | 'document' | 'fileHash' | 'noClosing';
	device?: string;
	seq?: number;
}

/** The verdict on an archive. */
export interface ArchiveReport {
	ok: boolean;
	header: ArchiveHeader | null;
	closing: ClosingInfo | null;
	events: number;
	documents: number;
	problems: ArchiveProblem[];
}

/** Verifies an archive's text. */
export function verifyArchive(text: string): ArchiveReport {
	const problems: ArchiveProblem[] = [];
	const lines = text.split('\n');
	if (lines.at(-1) === '') lines.pop();
	let header: ArchiveHeader | null = null;
	const entries = new Map<string, StoredEntry[]>();
	const lineOf = new Map<string, number>();
	let documents = 0;
	let end = -1;
	lines.forEach((line, i) => {
		const n = i + 1;
		if (i === 0) {
			if (line !== archiveMagic) problems.push({ line: n, code: 'format' });
		} else if (line.startsWith('H ') && header === null) {
			header = parseHeader(line.slice(2));
			if (!header) problems.push({ line: n, code: 'header' });
		} else if (line.startsWith('J ')) {
			const read = readEntry(line.slice(2));
			if (!read) return void problems.push({ line: n, code: 'unreadable' });
			const { device, seq } = read.record;
			const list = entries.get(device) ?? [];
			list.push({ seq, line: line.slice(2) });
			entries.set(device, list);
			lineOf.set(`${device}:${seq}`, n);
		} else if (line.startsWith('D ')) {
			documents++;
			const hash = line.slice(2, 66);
			const json = line.slice(67);
			if (line[66] !== ' ' || sha256Hex(json) !== hash || parseCanonical(json) === null) {
				problems.push({ line: n, code: 'document' });
			}
		} else if (line.startsWith('END ') && i === lines.length - 1) {
			end = i;
			const body = lines
				.slice(0, i)
				.map((l) => `${l}\n`)
				.join('');
			if (sha256Hex(body) !== line.slice(4)) problems.push({ line: n, code: 'fileHash' });
		} else problems.push({ line: n, code: 'format' });
	});
	if (end < 0) problems.push({ line: lines.length, code: 'fileHash' });
	const h = header as ArchiveHeader | null;
	if (!h) problems.push({ line: 2, code: 'header' });
	const report = verifyJournal({ entries, remembered: h ? headerHeads(h) : new Map() });
	for (const p of report.problems) {
		const at = lineOf.get(`${p.device}:${p.seq}`) ?? lineOf.get(`${p.device}:${p.seq - 1}`) ?? 0;
		problems.push({ line: at, code: p.code, device: p.device, seq: p.seq });
	}
	const closing = h
		? (closingsOf(report.chains).find((c) => `${c.record.device}:${c.record.seq}` === h.closing)
				?.info ?? null)
		: null;
	if (h && !closing) problems.push({ line: 2, code: 'noClosing' });
	problems.sort((a, b) => a.line - b.line);
	return {
		ok: problems.length === 0,
		header: h,
		closing,
		events: report.events,
		documents,
		problems
	};
}

function parseHeader(text: string): ArchiveHeader | null {
	const v = parseCanonical(text) as unknown as ArchiveHeader | null;
	if (!v || typeof v !== 'object' || typeof v.closing !== 'string' || !Array.isArray(v.heads)) {
		return null;
	}
	return v;
}
