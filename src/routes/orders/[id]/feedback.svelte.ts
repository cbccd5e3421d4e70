import { describeError } from '$lib/app/describe-error';
import type { Result } from '$lib/domain/result';

/** What one panel of the page says after an action: a confirmation, or why it was refused. */
export class Feedback {
	notice = $state('');
	error = $state('');
	busy = $state(false);

	/** Runs an action; on success shows `success(value)`, on refusal the seller-facing reason. */
	async run<T>(action: () => Promise<Result<T>>, success: (value: T) => string): Promise<boolean> {
		this.busy = true;
		this.notice = '';
		this.error = '';
		try {
			const result = await action();
			if (result.ok) this.notice = success(result.value);
			else this.error = describeError(result.error);
			return result.ok;
		} catch (error) {
			this.error = describeError(error);
			return false;
		} finally {
			this.busy = false;
		}
	}

	/** Shows a refusal found before calling any action. */
	refuse(message: string): void {
		this.notice = '';
		this.error = message;
	}

	clear(): void {
		this.notice = '';
		this.error = '';
	}
}
