/**
 * The pairing link being joined, kept for this tab only (sessionStorage): the join page strips
 * the secret from the address bar, and a reload or a scan started on the Devices page must
 * still find it.
 */
const key = 'comptoir.join.link';

/** Keeps `link` for the join page of this tab. */
export function rememberJoinLink(link: string): void {
	sessionStorage.setItem(key, link);
}

/** The link kept by {@link rememberJoinLink}, if any. */
export function recallJoinLink(): string | null {
	return sessionStorage.getItem(key);
}

/** Forgets the kept link (joined, or given up). */
export function forgetJoinLink(): void {
	sessionStorage.removeItem(key);
}
