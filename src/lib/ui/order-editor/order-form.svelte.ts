/** The editor's reactive state: the form as typed, refusals by field, and whether it changed. */
import type { DecimalSeparator } from '$lib/domain/money';
import type { DomainError } from '$lib/domain/result';
import type { Totals } from '$lib/domain/totals';
import { customLine, emptyForm, fillCustomer, lineFromProduct, type OrderForm } from './form';
import { parseOrderForm, previewTotals, type FieldErrors, type Pricing } from './parse';

let nextKey = 0;

/** One order being typed, new or edited. */
export class OrderFormState {
	form = $state<OrderForm>(emptyForm());
	errors = $state.raw<FieldErrors>({});
	/** A refusal of the action that no field explains (shown in an alert). */
	failure = $state.raw<DomainError | null>(null);
	pricing = $state.raw<Pricing>({
		pricesIncludeVat: true,
		feeVatRate: 2000 as Pricing['feeVatRate']
	});
	decimal = $state<DecimalSeparator>(',');
	#baseline = $state(JSON.stringify(emptyForm()));

	/** Live totals of what is typed, in cents. */
	readonly totals: Totals = $derived(previewTotals(this.form, this.pricing));
	/** True when the form differs from what was loaded or last saved. */
	readonly dirty: boolean = $derived(JSON.stringify(this.form) !== this.#baseline);

	/** Replaces the form (an order loaded for editing) and counts it as saved. */
	load(form: OrderForm): void {
		this.form = form;
		this.errors = {};
		this.failure = null;
		this.markSaved();
	}

	/** Counts the current form as saved: leaving no longer warns. */
	markSaved(): void {
		this.#baseline = JSON.stringify(this.form);
	}

	/** Adds a catalogue product, or one more unit when it is already a line. */
	addProduct(product: Parameters<typeof lineFromProduct>[0]): string {
		const existing = this.form.lines.find((l) => !l.custom && l.sku === product.sku);
		if (existing) {
			const qty = Number.parseInt(existing.quantity, 10);
			existing.quantity = String(Number.isNaN(qty) ? 1 : qty + 1);
			return existing.key;
		}
		const line = lineFromProduct(product, { key: `new-${++nextKey}`, decimal: this.decimal });
		this.form.lines.push(line);
		return line.key;
	}

	/** Adds an empty line for an item that is not in the catalogue. */
	addCustom(vatRate: number): string {
		const line = customLine({ key: `new-${++nextKey}`, decimal: this.decimal, vatRate });
		this.form.lines.push(line);
		return line.key;
	}

	/** Removes a line. */
	removeLine(key: string): void {
		this.form.lines = this.form.lines.filter((l) => l.key !== key);
	}

	/** Changes a line's quantity by `delta`, never below 1. */
	step(key: string, delta: number): void {
		const line = this.form.lines.find((l) => l.key === key);
		if (!line) return;
		const qty = Number.parseInt(line.quantity, 10);
		line.quantity = String(Math.max(1, (Number.isNaN(qty) ? 0 : qty) + delta));
	}

	/** Fills a returning customer's remembered details into the empty fields. */
	applyCustomer(customer: Parameters<typeof fillCustomer>[1]): void {
		this.form = fillCustomer(this.form, customer);
	}

	/** Parses the form; on refusal, shows every message beside its field. */
	parse() {
		const parsed = parseOrderForm(this.form);
		this.errors = parsed.ok ? {} : parsed.errors;
		this.failure = null;
		return parsed.ok ? parsed.value : null;
	}

	/** The refusal of one field, if any. */
	error(field: string): DomainError | undefined {
		return this.errors[field];
	}
}
