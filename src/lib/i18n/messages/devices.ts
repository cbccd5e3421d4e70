/** Strings of the devices screens: pairing, sync status, backups, arrivals. */
export const fr = {
	'devices.name.label': 'Nom de cet appareil',
	'devices.name.save': 'Enregistrer le nom',
	'devices.name.saved': 'Cet appareil s’appelle maintenant « {name} ».',

	'devices.share.title': 'Partager cette boutique',
	'devices.share.lead':
		'Un autre appareil rejoint la boutique en scannant ce code avec son appareil photo ou en ouvrant le lien.',
	'devices.share.start': 'Partager cette boutique',
	'devices.share.show': 'Afficher le code d’appairage',
	'devices.share.hide': 'Masquer le code d’appairage',
	'devices.share.qrAlt': 'Code QR contenant le lien d’appairage de la boutique',
	'devices.share.linkLabel': 'Lien d’appairage',
	'devices.share.copy': 'Copier le lien',
	'devices.share.copied': 'Lien copié.',
	'devices.share.copyFailed': 'Copie impossible : sélectionnez le lien et copiez-le à la main.',
	'devices.share.warning':
		'Ce lien donne accès à toute la boutique : ne le montrez qu’aux appareils de votre équipe.',

	'devices.verdict.off': 'Cette boutique n’est pas encore partagée avec un autre appareil.',
	'devices.verdict.searching': 'Recherche des autres appareils…',
	'devices.verdict.connected': 'Connecté à {count} appareil(s).',
	'devices.verdict.relayOnly':
		'Aucun autre appareil connecté pour l’instant : les changements passent par le relais.',
	'devices.verdict.noDevice':
		'Aucun appareil trouvé pour ce code. Vérifiez que l’autre appareil affiche sa page Appareils, ou demandez un nouveau lien.',
	'devices.verdict.wrongCode':
		'Un appareil utilise ce salon, mais avec un autre code : le lien est faux ou périmé. Demandez un nouveau lien.',
	'devices.verdict.noServer':
		'Le serveur de signalisation ne répond pas ({urls}). Vérifiez qu’il tourne sur le réseau local.',

	'devices.paired.title': 'Appareils de la boutique',
	'devices.paired.none': 'Aucun autre appareil pour l’instant.',
	'devices.paired.unnamed': 'Appareil sans nom',
	'devices.paired.connected': 'Connecté',
	'devices.paired.notConnected': 'Non connecté',
	'devices.paired.lastSeen': 'Vu le {when}',
	'devices.paired.neverSeen': 'Jamais vu depuis cet appareil',

	'devices.delivery.title': 'Synchronisation',
	'devices.delivery.notShared':
		'Tout reste sur cet appareil tant que la boutique n’est pas partagée.',
	'devices.delivery.all': 'Tout ce qui est sur cet appareil a atteint au moins un autre appareil.',
	'devices.delivery.allWithRelay':
		'Tout ce qui est sur cet appareil a atteint au moins une autre copie : un autre appareil ou le relais.',
	'devices.delivery.pending':
		'Des changements faits ici n’ont encore atteint aucun autre appareil.',
	'devices.delivery.onlyHere': '{count} commande(s) n’existent que sur cet appareil.',

	'devices.signaling.title': 'Serveurs de signalisation',
	'devices.signaling.lead':
		'Les appareils se trouvent grâce à un petit serveur sur le réseau local (npm run signaling). Aucun serveur public n’est utilisé.',
	'devices.signaling.label': 'Adresses (wss://, séparées par des virgules)',
	'devices.signaling.save': 'Enregistrer les adresses',
	'devices.signaling.reset': 'Revenir à l’adresse par défaut',
	'devices.signaling.saved': 'Adresses enregistrées.',
	'devices.signaling.default': 'Par défaut : {urls}',
	'devices.signaling.error.empty': 'Indiquez au moins une adresse.',
	'devices.signaling.error.not-a-url': 'Une des adresses n’est pas une adresse valide.',
	'devices.signaling.error.not-websocket': 'Chaque adresse doit commencer par ws:// ou wss://.',
	'devices.signaling.error.insecure-websocket':
		'Sur le réseau, une adresse ws:// n’est pas chiffrée : n’importe qui sur le Wi-Fi peut la lire. Utilisez wss:// (ws:// n’est accepté que vers cet appareil lui-même).',

	'devices.relay.title': 'Relais (facultatif)',
	'devices.relay.lead':
		'Un relais garde une copie de la boutique toujours allumée, même quand aucun autre appareil ne l’est. Lancez-le avec npm run relay sur un ordinateur du réseau local, puis indiquez son adresse sur chaque appareil. Comptoir fonctionne entièrement sans relais.',
	'devices.relay.warning':
		'Le relais garde les données de la boutique lisibles (commandes, clients) sur l’ordinateur qui le fait tourner : faites-le tourner sur votre propre machine, jamais chez un tiers.',
	'devices.relay.label': 'Adresse du relais (wss://)',
	'devices.relay.save': 'Utiliser ce relais',
	'devices.relay.remove': 'Ne plus utiliser de relais',
	'devices.relay.saved': 'Relais enregistré.',
	'devices.relay.removed': 'Cet appareil n’utilise plus de relais.',
	'devices.relay.none': 'Aucun relais : les appareils se synchronisent directement entre eux.',
	'devices.relay.status.connecting': 'Connexion au relais…',
	'devices.relay.status.connected': 'Connecté au relais.',
	'devices.relay.status.unreachable':
		'Impossible de joindre le relais ({url}). Vérifiez qu’il tourne et que l’adresse est juste.',
	'devices.relay.error.empty': 'Indiquez l’adresse du relais.',
	'devices.relay.error.not-a-url':
		'Ce n’est pas une adresse valide (par exemple wss://192.168.1.20:8443/relay).',
	'devices.relay.error.not-websocket': 'L’adresse doit commencer par ws:// ou wss://.',
	'devices.relay.error.insecure-websocket':
		'Sur le réseau, une adresse ws:// n’est pas chiffrée : n’importe qui sur le Wi-Fi peut la lire. Utilisez wss:// (ws:// n’est accepté que vers cet appareil lui-même).',

	'devices.join.title': 'Rejoindre une boutique',
	'devices.join.lead':
		'Cet appareil va recevoir les commandes, produits et clients de la boutique.',
	'devices.join.nameLabel': 'Nom de cet appareil',
	'devices.join.nameHint': 'Par exemple « Tablette du marché » : les autres appareils le verront.',
	'devices.join.submit': 'Rejoindre la boutique',
	'devices.join.received': '{count} commandes sur cet appareil.',
	'devices.join.toOrders': 'Voir les commandes',
	'devices.join.retry': 'Réessayer',
	'devices.join.cancel': 'Abandonner',
	'devices.join.pasteLabel': 'Collez le lien d’appairage',
	'devices.join.pasteRead': 'Lire le lien',
	'devices.join.error.not-a-link': 'Ce n’est pas un lien d’appairage.',
	'devices.join.error.wrong-page': 'Ce lien ne mène pas à la page d’appairage de Comptoir.',
	'devices.join.error.missing-room': 'Le lien est incomplet : il manque le salon.',
	'devices.join.error.missing-secret': 'Le lien est incomplet : il manque le code secret.',
	'devices.join.error.malformed-room': 'Le lien est abîmé : le salon est illisible.',
	'devices.join.error.malformed-secret': 'Le lien est abîmé : le code secret est illisible.',
	'devices.join.error.secret-too-short': 'Le lien est abîmé : le code secret est trop court.',
	'devices.join.or': 'Ou collez le lien d’appairage reçu de l’autre appareil.',

	'devices.scan.title': 'Rejoindre une boutique',
	'devices.scan.lead':
		'Sur un nouvel appareil : scannez le code affiché par l’appareil qui partage la boutique, ou ouvrez son lien.',
	'devices.scan.open': 'Scanner le code',
	'devices.scan.pasteLink': 'Coller un lien d’appairage',
	'devices.scan.dialogTitle': 'Scanner le code d’appairage',
	'devices.scan.aim':
		'Visez le code QR affiché sur la page Appareils de l’autre appareil. La lecture est automatique.',
	'devices.scan.starting': 'Ouverture de la caméra…',
	'devices.scan.looking': 'Recherche d’un code…',
	'devices.scan.video': 'Image de la caméra',
	'devices.scan.close': 'Fermer la caméra',
	'devices.scan.foreign':
		'Ce code n’est pas un code d’appairage Comptoir. {reason} Visez le code de l’autre appareil.',
	'devices.scan.problem.insecure':
		'La caméra n’est disponible que sur une page sécurisée (https ou localhost). Ouvrez plutôt le lien d’appairage, ou collez-le sur cette page.',
	'devices.scan.problem.unsupported':
		'Ce navigateur ne donne pas accès à la caméra. Ouvrez plutôt le lien d’appairage, ou collez-le sur cette page.',
	'devices.scan.problem.denied':
		'L’accès à la caméra est refusé. Autorisez-le dans les réglages du navigateur, ou ouvrez plutôt le lien d’appairage.',
	'devices.scan.problem.no-camera':
		'Aucune caméra trouvée sur cet appareil. Ouvrez plutôt le lien d’appairage, ou collez-le sur cette page.',
	'devices.scan.problem.busy':
		'La caméra est occupée par une autre application. Fermez-la et réessayez, ou ouvrez plutôt le lien d’appairage.',
	'devices.scan.problem.failed':
		'La caméra n’a pas pu démarrer. Réessayez, ou ouvrez plutôt le lien d’appairage.',

	'devices.backup.title': 'Sauvegardes',
	'devices.backup.lead':
		'Un fichier contient toute la boutique. L’importer ajoute ce qui manque sans jamais effacer un travail plus récent.',
	'devices.backup.export': 'Exporter une sauvegarde',
	'devices.backup.import': 'Importer une sauvegarde',
	'devices.backup.exporting': 'Préparation de la sauvegarde…',
	'devices.backup.importing': 'Vérification et import de la sauvegarde…',
	'devices.backup.exported': 'Sauvegarde « {file} » téléchargée.',
	'devices.backup.exportFailed': 'La sauvegarde a échoué. {reason}',
	'devices.backup.imported': 'Sauvegarde de « {store} » du {date} importée.',
	'devices.backup.nothingNew': 'Cette sauvegarde ne contenait rien de nouveau.',
	'devices.backup.last': 'Dernière sauvegarde : {date}.',
	'devices.backup.never': 'Aucune sauvegarde exportée depuis cet appareil.',
	'devices.backup.reminderNever':
		'Le navigateur peut effacer les données de cet appareil : exportez une sauvegarde.',
	'devices.backup.reminderOld':
		'Dernière sauvegarde le {date}, il y a plus d’une semaine, et le navigateur peut effacer les données : exportez une sauvegarde.',
	'devices.backup.error.not-a-backup':
		'Ce fichier n’est pas une sauvegarde Comptoir. Rien n’a changé.',
	'devices.backup.error.unsupported-version':
		'Cette sauvegarde vient d’une version plus récente de Comptoir. Rien n’a changé.',
	'devices.backup.error.truncated':
		'Ce fichier de sauvegarde est incomplet (téléchargement coupé ?). Rien n’a changé.',
	'devices.backup.error.length-mismatch': 'Ce fichier de sauvegarde est abîmé. Rien n’a changé.',
	'devices.backup.error.checksum-mismatch':
		'Ce fichier de sauvegarde est abîmé (somme de contrôle fausse). Rien n’a changé.',
	'devices.backup.error.malformed-header': 'Ce fichier de sauvegarde est abîmé. Rien n’a changé.',
	'devices.backup.error.malformed-update': 'Ce fichier de sauvegarde est abîmé. Rien n’a changé.',
	'devices.backup.error.other-store':
		'Cette sauvegarde est celle d’une autre boutique. Rien n’a changé.',

	'devices.storage.title': 'Stockage',
	'devices.storage.usage': '{used} Mo utilisés sur {quota} Mo disponibles.',
	'devices.storage.usageUnknown': 'Le navigateur n’indique pas la place utilisée.',
	'devices.storage.unsupported': 'Ce navigateur ne renseigne pas sur son stockage.',
	'devices.storage.persisted': 'Le navigateur s’est engagé à conserver les données.',
	'devices.storage.notPersisted':
		'Le navigateur peut effacer les données s’il manque de place ou après une longue absence.',
	'devices.storage.askPersist': 'Demander un stockage durable',
	'devices.storage.persistGranted': 'Le navigateur conservera les données.',
	'devices.storage.persistRefused':
		'Le navigateur a refusé : exportez des sauvegardes régulièrement (installer l’application aide souvent).',

	'devices.arrival.text': '{count} nouvelle(s) commande(s) reçue(s) d’un autre appareil.',
	'devices.arrival.systemTitle': 'Comptoir : nouvelle commande',
	'devices.arrival.open': 'Ouvrir la commande',
	'devices.arrival.list': 'Voir les commandes',
	'devices.arrival.dismiss': 'Fermer',

	'devices.notify.title': 'Notifications',
	'devices.notify.off':
		'Être prévenu par une notification du système quand une commande arrive d’un autre appareil.',
	'devices.notify.ask': 'Autoriser les notifications',
	'devices.notify.on': 'Les notifications du système sont activées sur cet appareil.',
	'devices.notify.turnOff': 'Désactiver les notifications',
	'devices.notify.denied':
		'Le navigateur bloque les notifications de Comptoir ; changez-le dans les réglages du navigateur.',
	'devices.notify.unsupported': 'Ce navigateur ne propose pas de notifications.'
} as const;

/** English strings of the devices screens. */
export const en: Record<keyof typeof fr, string> = {
	'devices.name.label': 'Name of this device',
	'devices.name.save': 'Save name',
	'devices.name.saved': 'This device is now called “{name}”.',

	'devices.share.title': 'Share this shop',
	'devices.share.lead':
		'Another device joins the shop by scanning this code with its camera or by opening the link.',
	'devices.share.start': 'Share this shop',
	'devices.share.show': 'Show pairing code',
	'devices.share.hide': 'Hide pairing code',
	'devices.share.qrAlt': 'QR code holding the shop’s pairing link',
	'devices.share.linkLabel': 'Pairing link',
	'devices.share.copy': 'Copy link',
	'devices.share.copied': 'Link copied.',
	'devices.share.copyFailed': 'Cannot copy: select the link and copy it by hand.',
	'devices.share.warning': 'This link opens the whole shop: show it only to your team’s devices.',

	'devices.verdict.off': 'This shop is not shared with another device yet.',
	'devices.verdict.searching': 'Looking for the other devices…',
	'devices.verdict.connected': 'Connected to {count} device(s).',
	'devices.verdict.relayOnly': 'No other device connected right now: changes go through the relay.',
	'devices.verdict.noDevice':
		'No device found for this code. Check that the other device shows its Devices page, or ask for a new link.',
	'devices.verdict.wrongCode':
		'A device uses this room with another code: the link is wrong or stale. Ask for a new link.',
	'devices.verdict.noServer':
		'The signaling server does not answer ({urls}). Check that it runs on the local network.',

	'devices.paired.title': 'Devices of this shop',
	'devices.paired.none': 'No other device yet.',
	'devices.paired.unnamed': 'Unnamed device',
	'devices.paired.connected': 'Connected',
	'devices.paired.notConnected': 'Not connected',
	'devices.paired.lastSeen': 'Seen {when}',
	'devices.paired.neverSeen': 'Never seen from this device',

	'devices.delivery.title': 'Sync',
	'devices.delivery.notShared': 'Everything stays on this device until the shop is shared.',
	'devices.delivery.all': 'Everything on this device has reached at least one other device.',
	'devices.delivery.allWithRelay':
		'Everything on this device has reached at least one other copy: another device or the relay.',
	'devices.delivery.pending': 'Some changes made here have not reached any other device yet.',
	'devices.delivery.onlyHere': '{count} order(s) exist only on this device.',

	'devices.signaling.title': 'Signaling servers',
	'devices.signaling.lead':
		'Devices find each other through a small server on the local network (npm run signaling). No public server is used.',
	'devices.signaling.label': 'Addresses (wss://, comma-separated)',
	'devices.signaling.save': 'Save addresses',
	'devices.signaling.reset': 'Back to the default address',
	'devices.signaling.saved': 'Addresses saved.',
	'devices.signaling.default': 'Default: {urls}',
	'devices.signaling.error.empty': 'Enter at least one address.',
	'devices.signaling.error.not-a-url': 'One of the addresses is not a valid address.',
	'devices.signaling.error.not-websocket': 'Each address must start with ws:// or wss://.',
	'devices.signaling.error.insecure-websocket':
		'On the network a ws:// address is not encrypted: anyone on the Wi-Fi can read it. Use wss:// (ws:// is accepted only to this device itself).',

	'devices.relay.title': 'Relay (optional)',
	'devices.relay.lead':
		'A relay keeps an always-on copy of the shop, even when no other device is on. Start it with npm run relay on a computer of the local network, then enter its address on each device. Comptoir works fully without a relay.',
	'devices.relay.warning':
		'The relay keeps the shop’s data readable (orders, customers) on the computer that runs it: run it on your own machine, never on someone else’s.',
	'devices.relay.label': 'Relay address (wss://)',
	'devices.relay.save': 'Use this relay',
	'devices.relay.remove': 'Stop using a relay',
	'devices.relay.saved': 'Relay saved.',
	'devices.relay.removed': 'This device no longer uses a relay.',
	'devices.relay.none': 'No relay: devices sync directly with each other.',
	'devices.relay.status.connecting': 'Connecting to the relay…',
	'devices.relay.status.connected': 'Connected to the relay.',
	'devices.relay.status.unreachable':
		'Cannot reach the relay ({url}). Check that it runs and that the address is right.',
	'devices.relay.error.empty': 'Enter the relay’s address.',
	'devices.relay.error.not-a-url':
		'This is not a valid address (for example wss://192.168.1.20:8443/relay).',
	'devices.relay.error.not-websocket': 'The address must start with ws:// or wss://.',
	'devices.relay.error.insecure-websocket':
		'On the network a ws:// address is not encrypted: anyone on the Wi-Fi can read it. Use wss:// (ws:// is accepted only to this device itself).',

	'devices.join.title': 'Join a shop',
	'devices.join.lead': 'This device will receive the shop’s orders, products and customers.',
	'devices.join.nameLabel': 'Name of this device',
	'devices.join.nameHint': 'For example “Market tablet”: the other devices will see it.',
	'devices.join.submit': 'Join the shop',
	'devices.join.received': '{count} orders on this device.',
	'devices.join.toOrders': 'See the orders',
	'devices.join.retry': 'Try again',
	'devices.join.cancel': 'Give up',
	'devices.join.pasteLabel': 'Paste the pairing link',
	'devices.join.pasteRead': 'Read the link',
	'devices.join.error.not-a-link': 'This is not a pairing link.',
	'devices.join.error.wrong-page': 'This link does not lead to Comptoir’s pairing page.',
	'devices.join.error.missing-room': 'The link is incomplete: the room is missing.',
	'devices.join.error.missing-secret': 'The link is incomplete: the secret code is missing.',
	'devices.join.error.malformed-room': 'The link is damaged: the room cannot be read.',
	'devices.join.error.malformed-secret': 'The link is damaged: the secret code cannot be read.',
	'devices.join.error.secret-too-short': 'The link is damaged: the secret code is too short.',
	'devices.join.or': 'Or paste the pairing link received from the other device.',

	'devices.scan.title': 'Join a shop',
	'devices.scan.lead':
		'On a new device: scan the code shown by the device that shares the shop, or open its link.',
	'devices.scan.open': 'Scan the code',
	'devices.scan.pasteLink': 'Paste a pairing link',
	'devices.scan.dialogTitle': 'Scan the pairing code',
	'devices.scan.aim':
		'Point the camera at the QR code on the other device’s Devices page. It reads by itself.',
	'devices.scan.starting': 'Opening the camera…',
	'devices.scan.looking': 'Looking for a code…',
	'devices.scan.video': 'Camera view',
	'devices.scan.close': 'Close the camera',
	'devices.scan.foreign':
		'This code is not a Comptoir pairing code. {reason} Point at the other device’s code.',
	'devices.scan.problem.insecure':
		'The camera is only available on a secure page (https or localhost). Open the pairing link instead, or paste it on this page.',
	'devices.scan.problem.unsupported':
		'This browser gives no access to the camera. Open the pairing link instead, or paste it on this page.',
	'devices.scan.problem.denied':
		'Camera access is refused. Allow it in the browser’s settings, or open the pairing link instead.',
	'devices.scan.problem.no-camera':
		'No camera found on this device. Open the pairing link instead, or paste it on this page.',
	'devices.scan.problem.busy':
		'The camera is busy in another app. Close it and try again, or open the pairing link instead.',
	'devices.scan.problem.failed':
		'The camera could not start. Try again, or open the pairing link instead.',

	'devices.backup.title': 'Backups',
	'devices.backup.lead':
		'One file holds the whole shop. Importing it adds what is missing and never erases newer work.',
	'devices.backup.export': 'Export a backup',
	'devices.backup.import': 'Import a backup',
	'devices.backup.exporting': 'Preparing the backup…',
	'devices.backup.importing': 'Checking and importing the backup…',
	'devices.backup.exported': 'Backup “{file}” downloaded.',
	'devices.backup.exportFailed': 'The backup failed. {reason}',
	'devices.backup.imported': 'Backup of “{store}” from {date} imported.',
	'devices.backup.nothingNew': 'This backup held nothing new.',
	'devices.backup.last': 'Last backup: {date}.',
	'devices.backup.never': 'No backup exported from this device.',
	'devices.backup.reminderNever': 'The browser may erase this device’s data: export a backup.',
	'devices.backup.reminderOld':
		'Last backup on {date}, more than a week ago, and the browser may erase the data: export a backup.',
	'devices.backup.error.not-a-backup': 'This file is not a Comptoir backup. Nothing changed.',
	'devices.backup.error.unsupported-version':
		'This backup comes from a newer version of Comptoir. Nothing changed.',
	'devices.backup.error.truncated':
		'This backup file is incomplete (download cut short?). Nothing changed.',
	'devices.backup.error.length-mismatch': 'This backup file is damaged. Nothing changed.',
	'devices.backup.error.checksum-mismatch':
		'This backup file is damaged (wrong checksum). Nothing changed.',
	'devices.backup.error.malformed-header': 'This backup file is damaged. Nothing changed.',
	'devices.backup.error.malformed-update': 'This backup file is damaged. Nothing changed.',
	'devices.backup.error.other-store': 'This backup belongs to another shop. Nothing changed.',

	'devices.storage.title': 'Storage',
	'devices.storage.usage': '{used} MB used of {quota} MB available.',
	'devices.storage.usageUnknown': 'The browser does not say how much space is used.',
	'devices.storage.unsupported': 'This browser tells nothing about its storage.',
	'devices.storage.persisted': 'The browser promised to keep the data.',
	'devices.storage.notPersisted':
		'The browser may erase the data when space runs short or after a long absence.',
	'devices.storage.askPersist': 'Ask for lasting storage',
	'devices.storage.persistGranted': 'The browser will keep the data.',
	'devices.storage.persistRefused':
		'The browser refused: export backups regularly (installing the app often helps).',

	'devices.arrival.text': '{count} new order(s) received from another device.',
	'devices.arrival.systemTitle': 'Comptoir: new order',
	'devices.arrival.open': 'Open the order',
	'devices.arrival.list': 'See the orders',
	'devices.arrival.dismiss': 'Close',

	'devices.notify.title': 'Notifications',
	'devices.notify.off': 'Get a system notification when an order arrives from another device.',
	'devices.notify.ask': 'Allow notifications',
	'devices.notify.on': 'System notifications are on for this device.',
	'devices.notify.turnOff': 'Turn notifications off',
	'devices.notify.denied':
		'The browser blocks Comptoir’s notifications; change it in the browser’s settings.',
	'devices.notify.unsupported': 'This browser offers no notifications.'
};
