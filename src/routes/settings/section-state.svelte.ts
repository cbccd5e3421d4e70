/**
 * One settings section: a draft filled from the shared settings, kept in step with them (a peer's
 * change shows up) until the seller starts typing, then saved in one go with its own status.
 */
import { untrack } from 'svelte';
import { describeError } from '$lib/app/describe-error';
import type { DomainError, Result } from '$lib/domain/result';
import { t } from '$lib/i18n/preferences.svelte';
import { settingsFieldOf } from './settings-form';

/** The state of one settings form. */
export class SettingsSection<D> {
	draft: D = $state() as D;
	/** Last outcome, for the section's `role="status"`. */
	status = $state('');
	/** Messages by field id. */
	errors = $state<Record<string, string>>({});
	/** A refusal no field owns. */
	formError = $state('');
	saving = $state(false);
	#dirty = $state(false);

	/** `read` must read reactive state (session.settings...): the draft follows it while clean. */
	constructor(read: () => D) {
		this.draft = untrack(read);
		$effect(() => {
			const fresh = read();
			if (!untrack(() => this.#dirty)) this.draft = fresh;
		});
	}

	/** Call on input: the draft stops following the stored settings. */
	touch = (): void => {
		this.#dirty = true;
		this.status = '';
	};

	/** Marks fields as refused (by element id) without saving. */
	refuse(errors: Record<string, string>): void {
		this.errors = errors;
		this.formError = t('catalogue.fixErrors');
		this.status = '';
		focusFirst(Object.keys(errors));
	}

	/** Runs a save; on success shows `saved`, on refusal shows the message beside its field. */
	async save(run: () => Promise<Result<unknown>>, saved = t('settings.saved')): Promise<boolean> {
		this.saving = true;
		this.errors = {};
		this.formError = '';
		this.status = '';
		try {
			const result = await run();
			if (result.ok) {
				this.#dirty = false;
				this.status = saved;
				return true;
			}
			this.#show(result.error);
			return false;
		} finally {
			this.saving = false;
		}
	}

	#show(error: DomainError): void {
		const message = describeError(error);
		const field = settingsFieldOf(error);
		if (field && document.getElementById(field)) {
			this.refuse({ [field]: message });
		} else {
			this.formError = message;
		}
	}
}

function focusFirst(ids: string[]): void {
	queueMicrotask(() => {
		const first = ids.map((id) => document.getElementById(id)).find((el) => el !== null);
		first?.focus();
	});
}
