/** `mailto:` links: the only way to send mail without a server is the seller's own mail app. */

/** A `mailto:` URL with subject and body; every part is percent-encoded (spaces as %20). */
export function mailtoLink(o: { to: string; subject: string; body: string }): string {
	const query = `subject=${encodeURIComponent(o.subject)}&body=${encodeURIComponent(o.body)}`;
	return `mailto:${encodeURIComponent(o.to).replace(/%40/g, '@')}?${query}`;
}
