import type { MessageKey } from './fr';
import * as catalogue from './messages/catalogue';
import * as channels from './messages/channels';
import * as common from './messages/common';
import * as devices from './messages/devices';
import * as editor from './messages/editor';
import * as faceToFace from './messages/face-to-face';
import * as labels from './messages/labels';
import * as orderPage from './messages/order-page';
import * as orders from './messages/orders';
import * as paper from './messages/paper';
import * as secureOrigin from './messages/secure-origin';
import * as shell from './messages/shell';

/** English UI strings; the type makes a missing key a compile error. */
export const en: Record<MessageKey, string> = {
	...shell.en,
	...common.en,
	...orders.en,
	...orderPage.en,
	...editor.en,
	...catalogue.en,
	...paper.en,
	...labels.en,
	...devices.en,
	...channels.en,
	...secureOrigin.en,
	...faceToFace.en
};
