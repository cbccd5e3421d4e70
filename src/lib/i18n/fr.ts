import * as catalogue from './messages/catalogue';
import * as channels from './messages/channels';
import * as common from './messages/common';
import * as csvExport from './messages/csv-export';
import * as compliance from './messages/compliance';
import * as desk from './messages/desk';
import * as devices from './messages/devices';
import * as documents from './messages/documents';
import * as editor from './messages/editor';
import * as errors from './messages/errors';
import * as faceToFace from './messages/face-to-face';
import * as labels from './messages/labels';
import * as invoices from './messages/invoices';
import * as money from './messages/money';
import * as orderPage from './messages/order-page';
import * as orders from './messages/orders';
import * as productImport from './messages/product-import';
import * as reports from './messages/reports';
import * as robustness from './messages/robustness';
import * as payments from './messages/payments';
import * as secureOrigin from './messages/secure-origin';
import * as shell from './messages/shell';
import * as shippedMail from './messages/shipped-mail';
import * as stall from './messages/stall';

// One file per feature (messages/*.ts) so that screens built side by side never edit the same
// dictionary; each file's English half is typed against its French half.

/** French UI strings: the reference dictionary. */
export const fr = {
	...shell.fr,
	...common.fr,
	...orders.fr,
	...orderPage.fr,
	...shippedMail.fr,
	...editor.fr,
	...catalogue.fr,
	...documents.fr,
	...reports.fr,
	...csvExport.fr,
	...productImport.fr,
	...payments.fr,
	...desk.fr,
	...stall.fr,
	...labels.fr,
	...devices.fr,
	...channels.fr,
	...errors.fr,
	...robustness.fr,
	...money.fr,
	...invoices.fr,
	...compliance.fr,
	...secureOrigin.fr,
	...faceToFace.fr
} as const;

/** A key of the UI dictionary. */
export type MessageKey = keyof typeof fr;
