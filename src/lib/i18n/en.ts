import type { MessageKey } from './fr';
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

/** English UI strings; the type makes a missing key a compile error. */
export const en: Record<MessageKey, string> = {
	...shell.en,
	...common.en,
	...orders.en,
	...orderPage.en,
	...shippedMail.en,
	...editor.en,
	...catalogue.en,
	...documents.en,
	...reports.en,
	...csvExport.en,
	...productImport.en,
	...payments.en,
	...desk.en,
	...stall.en,
	...labels.en,
	...devices.en,
	...channels.en,
	...errors.en,
	...robustness.en,
	...money.en,
	...invoices.en,
	...compliance.en,
	...secureOrigin.en,
	...faceToFace.en
};
