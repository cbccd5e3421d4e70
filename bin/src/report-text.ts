/** The verifier's verdict in plain French and English (shared by the command line and the HTML). */
import type { ArchiveProblem, ArchiveReport } from '../../src/lib/domain/journal/verify-archive';

const what: Record<ArchiveProblem['code'], [fr: string, en: string]> = {
	format: ['ligne inattendue dans un fichier d’archive', 'unexpected line in an archive file'],
	header: ['en-tête illisible', 'unreadable header'],
	document: [
		'document modifié (son empreinte ne correspond plus)',
		'document changed (hash mismatch)'
	],
	fileHash: [
		'l’empreinte finale du fichier ne correspond pas',
		'the file’s final hash does not match'
	],
	noClosing: ['la clôture annoncée est absente', 'the closing named in the header is missing'],
	unreadable: ['écriture illisible ou modifiée', 'entry unreadable or changed'],
	hash: [
		'écriture modifiée : son empreinte ne suit plus la précédente',
		'entry changed: its hash no longer follows the previous one'
	],
	wrongPlace: ['écriture hors de sa place', 'entry out of place'],
	missing: ['écriture manquante (supprimée)', 'entry missing (deleted)'],
	lostTail: ['fin du journal supprimée', 'end of the journal removed'],
	rewritten: ['fin du journal réécrite', 'end of the journal rewritten'],
	closingTotals: [
		'les totaux de la clôture ne sont pas la somme de ses écritures',
		'the closing’s totals are not the sum of its entries'
	],
	closingGrand: [
		'le grand total perpétuel ne suit pas la clôture précédente',
		'the perpetual grand total does not follow the previous closing'
	],
	closingRange: [
		'une écriture couverte par une clôture a disparu ou changé',
		'an entry covered by a closing is gone or changed'
	],
	closingOverlap: [
		'deux clôtures comptent les mêmes écritures',
		'two closings count the same entries'
	]
};

const euros = (cents: number) => (cents / 100).toFixed(2);

/** Lines of text saying what the archive holds and what, if anything, is broken and where. */
export function describeReport(r: ArchiveReport): string[] {
	const out: string[] = [];
	if (r.header) {
		out.push(`Archive ${r.header.level} ${r.header.period} — ${r.header.store || '(sans nom)'}`);
	}
	out.push(`Écritures / entries: ${r.events}; documents: ${r.documents}`);
	if (r.closing) {
		const t = r.closing.totals;
		out.push(
			`Total de la période / period total: ${euros(t.salesTotal)}; grand total: ${euros(r.closing.grand)}`
		);
		for (const s of t.sales) {
			out.push(
				`  TVA ${(s.rate / 100).toFixed(2)} %: HT ${euros(s.net)}  TVA ${euros(s.vat)}  TTC ${euros(s.gross)}`
			);
		}
		for (const p of t.pay) out.push(`  ${p.method}: ${euros(p.amount)}`);
	}
	if (r.ok) {
		out.push(
			'INTÈGRE / INTACT: chaque écriture, clôture et document est conforme à son empreinte.'
		);
		return out;
	}
	out.push(`ALTÉRÉE / BROKEN: ${r.problems.length} problème(s)`);
	for (const p of r.problems) {
		const [fr, en] = what[p.code];
		const where = p.device ? ` (appareil/device ${p.device}, n° ${p.seq})` : '';
		out.push(`  ligne/line ${p.line}: ${fr} / ${en}${where}`);
	}
	return out;
}
