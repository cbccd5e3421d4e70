/** The actions of an open store, each bound to its context and waiting for the store to load. */
import * as catalogue from './catalogue';
import { importProductBatch } from './product-import';
import * as channels from './channels';
import * as drawer from './drawer';
import * as orders from './orders';
import * as organise from './organise';
import * as sale from './sale';
import * as settings from './settings';
import * as status from './status';
import type { ActionContext } from '../crdt/context';
import { seedDemo } from './seed';
import * as till from '../journal/actions';

type Bind = <A extends unknown[], R>(
	fn: (ctx: ActionContext, ...args: A) => Promise<R>
) => (...args: A) => Promise<R>;

/** Binds every action; each resolves to a Result once the change is on disk and indexed. */
export function createActions(bind: Bind) {
	return {
		createOrder: bind(orders.createOrder),
		saveDraft: bind(orders.saveDraft),
		placeDraft: bind(orders.placeDraft),
		editOrder: bind(orders.editOrder),
		setPaymentStatus: bind(status.setPaymentStatus),
		setFulfilmentStatus: bind(status.setFulfilmentStatus),
		cancelOrder: bind(status.cancelOrder),
		refundLines: bind(status.refundLines),
		recordSale: bind(sale.recordSale),
		addPayment: bind(sale.addPayment),
		issueInvoice: bind(status.issueInvoice),
		issueInvoices: bind(status.issueInvoices),
		recordCashCount: bind(drawer.recordCashCount),
		archiveOrders: bind(organise.archiveOrders),
		unarchiveOrders: bind(organise.unarchiveOrders),
		tagOrders: bind(organise.tagOrders),
		addNote: bind(organise.addNote),
		addMessage: bind(organise.addMessage),
		setTracking: bind(organise.setTracking),
		upsertProduct: bind(catalogue.upsertProduct),
		importProductBatch: bind(importProductBatch),
		adjustStock: bind(catalogue.adjustStock),
		countStock: bind(catalogue.countStock),
		upsertCustomer: bind(catalogue.upsertCustomer),
		upsertTag: bind(catalogue.upsertTag),
		upsertChannel: bind(channels.upsertChannel),
		updateSettings: bind(settings.updateSettings),
		raiseNextNumber: bind(settings.raiseNextNumber),
		registerDevice: bind(settings.registerDevice),
		fillWithDemoData: bind(seedDemo),
		closePeriods: bind(till.closePeriods),
		recordDocument: bind(till.recordDocument)
	};
}
