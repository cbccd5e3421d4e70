/** Warns before leaving a page with unsaved edits (in-app navigation, reload, closing the tab). */
import { beforeNavigate } from '$app/navigation';

/** Call during component initialisation; `message` is asked for in-app navigation. */
export function guardUnsaved(o: { dirty: () => boolean; message: () => string }): void {
	beforeNavigate((navigation) => {
		if (!o.dirty()) return;
		// On reload or tab close the browser shows its own question; SvelteKit asks for it on cancel.
		if (navigation.type === 'leave') {
			navigation.cancel();
			return;
		}
		if (!confirm(o.message())) navigation.cancel();
	});
	$effect(() => {
		const warn = (event: BeforeUnloadEvent) => {
			if (!o.dirty()) return;
			event.preventDefault();
		};
		window.addEventListener('beforeunload', warn);
		return () => window.removeEventListener('beforeunload', warn);
	});
}
