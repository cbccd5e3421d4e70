import type { ErrorCode } from './error-codes';

/** A refusal a seller can read: a code (translated by the UI) and its params. */
export interface DomainError {
	code: ErrorCode;
	params?: Record<string, string | number>;
}

/** The outcome of validating or applying a rule. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/** Wraps a valid value. */
export function ok<T>(value: T): Result<T> {
	return { ok: true, value };
}

/** Wraps a refusal. */
export function fail<T = never>(code: ErrorCode, params?: DomainError['params']): Result<T> {
	return params ? { ok: false, error: { code, params } } : { ok: false, error: { code } };
}

/** Thrown by store actions so callers can `catch` a refusal and show `messageFor(error)`. */
export class DomainRefusal extends Error {
	readonly code: ErrorCode;
	readonly params: Record<string, string | number> | undefined;
	constructor(error: DomainError) {
		super(error.code);
		this.name = 'DomainRefusal';
		this.code = error.code;
		this.params = error.params;
	}
}

/** Returns the value or throws a DomainRefusal. */
export function unwrap<T>(result: Result<T>): T {
	if (!result.ok) throw new DomainRefusal(result.error);
	return result.value;
}
