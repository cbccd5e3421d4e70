/** Strings of the face-to-face connection (codes shown and read, no server). */
export const fr = {
	'face.title': 'Connecter face à face, sans serveur',
	'face.lead':
		'Les deux appareils sur le même Wi-Fi (ou le partage de connexion d’un téléphone), même sans internet. L’un affiche son code, l’autre le scanne et affiche sa réponse, que le premier scanne à son tour.',
	'face.offer': 'Afficher mon code',
	'face.newOffer': 'Afficher un nouveau code',
	'face.scan': 'Scanner le code de l’autre appareil',
	'face.scanTitle': 'Scanner le code face à face',
	'face.qrAlt': 'Code QR de connexion face à face',
	'face.codeLabel': 'Code de cet appareil',
	'face.copy': 'Copier le code',
	'face.copied': 'Code copié.',
	'face.copyFailed': 'Copie impossible : sélectionnez le code et copiez-le à la main.',
	'face.pasteLabel': 'Code de l’autre appareil',
	'face.pasteUse': 'Utiliser ce code',
	'face.offerHint':
		'Faites scanner ce code par l’autre appareil, puis scannez ou collez la réponse qu’il affiche. Ce code donne accès à toute la boutique : ne le montrez qu’aux appareils de votre équipe.',
	'face.answerHint': 'Faites scanner cette réponse par l’appareil qui a affiché son code.',
	'face.status.preparing': 'Préparation du code…',
	'face.status.offering': 'En attente de la réponse de l’autre appareil…',
	'face.status.answering': 'Préparation de la réponse…',
	'face.status.answered': 'En attente de la connexion…',
	'face.status.accepted': 'Connexion en cours…',
	'face.status.connected': 'Connecté face à face : {count} appareil(s).',
	'face.dropped':
		'La connexion avec l’autre appareil est coupée. Vos données restent ici ; pour reprendre la synchronisation, affichez un nouveau code et faites-le scanner.',
	'face.reconnect': 'Se reconnecter',
	'face.notConnected':
		'Pas connecté aux autres appareils en ce moment : une connexion face à face s’arrête quand une page est fermée ou rechargée. Vos données restent ici ; pour reprendre la synchronisation, affichez un nouveau code et faites-le scanner.',
	'face.problem.not-a-code': 'Ce n’est pas un code Comptoir face à face. Rien n’a été changé.',
	'face.problem.damaged':
		'Ce code est incomplet ou abîmé : copiez-le en entier, ou scannez-le à nouveau. Rien n’a été changé.',
	'face.problem.newer-version':
		'Ce code vient d’une version plus récente de Comptoir : mettez cet appareil à jour. Rien n’a été changé.',
	'face.problem.expired':
		'Ce code est trop ancien (plus de 10 minutes). Demandez à l’autre appareil d’en afficher un nouveau. Rien n’a été changé.',
	'face.problem.other-shop':
		'Cette réponse vient d’un appareil d’une autre boutique. Rien n’a été changé.',
	'face.problem.not-this-code':
		'Cette réponse correspond à un ancien code, plus attendu. Affichez un nouveau code et faites-le scanner. Rien n’a été changé.',
	'face.problem.own-code': 'C’est le code de cet appareil : scannez-le avec l’autre appareil.',
	'face.problem.unusable':
		'Impossible de préparer la connexion : aucun réseau local trouvé. Connectez les deux appareils au même Wi-Fi et réessayez.'
} as const;

export const en: Record<keyof typeof fr, string> = {
	'face.title': 'Connect face to face, no server',
	'face.lead':
		'Both devices on the same Wi-Fi (or a phone’s hotspot), even with no internet. One shows its code, the other scans it and shows its answer, which the first one scans in turn.',
	'face.offer': 'Show my code',
	'face.newOffer': 'Show a new code',
	'face.scan': 'Scan the other device’s code',
	'face.scanTitle': 'Scan the face-to-face code',
	'face.qrAlt': 'Face-to-face connection QR code',
	'face.codeLabel': 'This device’s code',
	'face.copy': 'Copy the code',
	'face.copied': 'Code copied.',
	'face.copyFailed': 'Cannot copy: select the code and copy it by hand.',
	'face.pasteLabel': 'The other device’s code',
	'face.pasteUse': 'Use this code',
	'face.offerHint':
		'Have the other device scan this code, then scan or paste the answer it shows. This code opens the whole shop: show it only to your team’s devices.',
	'face.answerHint': 'Have the device that showed its code scan this answer.',
	'face.status.preparing': 'Preparing the code…',
	'face.status.offering': 'Waiting for the other device’s answer…',
	'face.status.answering': 'Preparing the answer…',
	'face.status.answered': 'Waiting for the connection…',
	'face.status.accepted': 'Connecting…',
	'face.status.connected': 'Connected face to face: {count} device(s).',
	'face.dropped':
		'The connection to the other device dropped. Your data stays here; to sync again, show a new code and have it scanned.',
	'face.reconnect': 'Connect again',
	'face.notConnected':
		'Not connected to the other devices right now: a face-to-face connection ends when a page is closed or reloaded. Your data stays here; to sync again, show a new code and have it scanned.',
	'face.problem.not-a-code': 'This is not a Comptoir face-to-face code. Nothing was changed.',
	'face.problem.damaged':
		'This code is incomplete or damaged: copy all of it, or scan it again. Nothing was changed.',
	'face.problem.newer-version':
		'This code comes from a newer Comptoir: update this device. Nothing was changed.',
	'face.problem.expired':
		'This code is too old (over 10 minutes). Ask the other device to show a new one. Nothing was changed.',
	'face.problem.other-shop':
		'This answer comes from a device of another shop. Nothing was changed.',
	'face.problem.not-this-code':
		'This answer belongs to an older code that is no longer awaited. Show a new code and have it scanned. Nothing was changed.',
	'face.problem.own-code': 'This is this device’s own code: scan it with the other device.',
	'face.problem.unusable':
		'Cannot prepare the connection: no local network found. Put both devices on the same Wi-Fi and try again.'
};
