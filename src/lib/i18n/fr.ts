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

// One file per feature (messages/*.ts) so that screens built side by side never edit the same
// dictionary; each file's English half is typed against its French half.

/** French UI strings: the reference dictionary. */
export const fr = {
	...shell.fr,
	...common.fr,
	...orders.fr,
	...orderPage.fr,
	...editor.fr,
	...catalogue.fr,
	...paper.fr,
	...labels.fr,
	...devices.fr,
	...channels.fr,
	...secureOrigin.fr,
	...faceToFace.fr
} as const;

/** A key of the UI dictionary. */
export type MessageKey = keyof typeof fr;
