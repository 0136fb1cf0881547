# Command menu
cmd-start = Willkommen und erste Schritte
cmd-help = Was dieser Bot kann
cmd-list = Deine Assistenten
cmd-new = Einen neuen Assistenten erstellen
cmd-setkey = Getclaw-API-Schlüssel hinterlegen oder ersetzen
cmd-forgetkey = Gespeicherten Getclaw-API-Schlüssel entfernen
cmd-language = Sprache wählen
cmd-cancel = Aktuellen Schritt abbrechen
cmd-audit = Die letzten Aktionen der Gruppe

# /start and /help
start-welcome = Hallo! Ich erstelle KI-Assistenten auf Telegram für dich und sorge dafür, dass sie laufen. Du beantwortest nur meine Fragen, ganz ohne Code.
start-need-key = Verbinde zuerst dein Getclaw-Konto: Melde dich auf { $dashboard } an, öffne die Seite API Keys, erstelle einen Schlüssel und füge ihn hier ein. Ich lösche deine Nachricht sofort, damit er privat bleibt.
start-need-key-group = Zuerst braucht diese Gruppe einen Getclaw-API-Schlüssel: Ein Admin kann ihn mit /setkey hinterlegen.
wz-slot-state = Sein Zustand jetzt: { $status }.
start-has-key = Dein Getclaw-API-Schlüssel ist hinterlegt. Sende /new, um einen Assistenten zu erstellen, oder /list, um deine zu sehen.
help =
    Das kann ich:
    /new – einen neuen Assistenten Schritt für Schritt erstellen
    /list – deine Assistenten: stoppen, neu starten, ändern oder löschen
    /setkey – deinen Getclaw-API-Schlüssel hinterlegen oder ersetzen
    /forgetkey – deinen gespeicherten Getclaw-API-Schlüssel entfernen
    /language – meine Sprache wählen
    /cancel – den aktuellen Schritt abbrechen
    /audit – in einer Gruppe: was ihre Admins zuletzt getan haben (nur für Admins)
key-saved = Dein Getclaw-API-Schlüssel { $masked } ist gespeichert. Sende /new, um einen Assistenten zu erstellen.

# Errors
button-stale = Diese Schaltfläche funktioniert nicht mehr.
error-internal = Bei mir ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.
api-error-unauthorized = Getclaw hat den API-Schlüssel nicht angenommen. Erstelle auf der Seite API Keys auf { $dashboard } einen neuen und schick ihn mit /setkey.
api-error-invalid-request = Getclaw hat die Anfrage nicht angenommen. Bitte prüfe deine Eingaben und versuche es erneut.
api-error-invalid-input = Getclaw bietet diesen KI-Anbieter oder dieses Modell für den Assistenten nicht an. Bitte wähle etwas anderes.
api-error-invalid-state = Das geht mit dem Assistenten gerade nicht (vielleicht startet er noch oder ist gestoppt). Tippe auf 🔄 Aktualisieren, um seinen Zustand zu sehen.
api-error-not-found = Diesen Assistenten gibt es bei Getclaw nicht mehr.
api-error-api-disabled = Getclaw hat den Zugang für Bots wie mich vorübergehend abgeschaltet. Bitte versuche es später.
api-error-payment-not-configured = Getclaw kann gerade keine Zahlungen annehmen. Bitte versuche es später.
api-error-worker-delete-failed = Getclaw konnte den Assistenten nicht ausschalten. Es hat sich nichts geändert; versuche es in ein paar Minuten erneut.
api-error-internal-error = Bei Getclaw ist ein Problem aufgetreten, die Aktion wurde nicht abgeschlossen. Deine Eingaben sind in Ordnung; bitte versuche es in ein paar Minuten erneut.
api-error-unavailable = Getclaw antwortet gerade nicht. Bitte versuche es gleich noch einmal.

# /setkey, /forgetkey
setkey-ask = Füge deinen Getclaw-API-Schlüssel ein (du erstellst ihn auf der Seite API Keys auf { $dashboard }). Ich lösche deine Nachricht sofort.
setkey-rejected = Getclaw hat diesen Schlüssel nicht angenommen, daher habe ich ihn nicht gespeichert. Prüfe ihn auf der Seite API Keys auf { $dashboard } und sende /setkey erneut.
setkey-unchecked = Ich konnte den Schlüssel bei Getclaw nicht prüfen, daher habe ich ihn nicht gespeichert. { $reason } Sende /setkey gleich noch einmal.
forgetkey-done = Ich habe den gespeicherten Getclaw-API-Schlüssel entfernt.
forgetkey-none = Es war kein API-Schlüssel gespeichert.
private-only = Damit sie geschützt bleiben, nehme ich Tokens und Schlüssel nur im privaten Chat an. Lass uns dort weitermachen.
btn-open-private = Privaten Chat öffnen
secret-deleted = Ich habe deine Nachricht gelöscht, damit die geheimen Daten nicht im Chat bleiben.
secret-not-deleted = Ich konnte deine Nachricht nicht löschen. Bitte lösche sie selbst: Sie enthält geheime Daten.

# /language
language-name = Deutsch
language-choose = Wähle meine Sprache:
language-auto = Wie in Telegram
language-set = Erledigt: Hier spreche ich Deutsch.

# /cancel, stray text
cancel-done = Abgebrochen.
cancel-nothing = Es gibt nichts abzubrechen.
cancel-waiting = { $count ->
    [one] Ich warte auch nicht mehr auf eine Zahlung. Deine Bestellung bleibt erhalten: Wenn du später bezahlst, erscheint sie in /list.
   *[other] Ich warte auch nicht mehr auf { $count } Zahlungen. Deine Bestellungen bleiben erhalten: Wenn du später bezahlst, erscheinen sie in /list.
}
unknown-text = Das habe ich nicht verstanden. Sende /help, um zu sehen, was ich kann.

# Buttons
btn-back = « Zurück
btn-cancel = Abbrechen
btn-confirm = ✅ Bestätigen
btn-change = ✏️ Ändern
btn-other = Andere…
btn-pay = 💳 Bezahlen
btn-stop-waiting = Nicht mehr warten
btn-try-again = 🔁 Erneut versuchen
btn-field-mode = Tarif
btn-field-name = Name des Assistenten
btn-field-model = KI-Modell
btn-field-token = Bot-Token
btn-field-key = KI-Schlüssel

# Plans (how the assistant pays for its AI)
mode-byok = 🔑 Eigener KI-Schlüssel
mode-managed = ✨ KI inklusive
mode-unlimited = ♾️ Unbegrenzt

# The /new wizard
wz-needs-key = Zuerst brauche ich deinen Getclaw-API-Schlüssel: Sende /setkey.
wz-step = Schritt { $n } von { $total }
wz-mode =
    Wie soll dein Assistent die KI bezahlen, die er nutzt?
    • 🔑 Eigener KI-Schlüssel: Du hast schon ein Konto bei einem KI-Anbieter (z. B. OpenAI) und fügst dessen Schlüssel ein.
    • ✨ KI inklusive: Ein monatliches KI-Guthaben ist im Preis enthalten.
    • ♾️ Unbegrenzt: KI inklusive, mit dem größten monatlichen Guthaben.
wz-name = Wie soll dein Assistent heißen? Sende einen Namen mit höchstens { $max ->
    [one] { $max } Zeichen
   *[other] { $max } Zeichen
}.
wz-name-empty = Der Name darf nicht leer sein. Sende einen Namen mit höchstens { $max ->
    [one] { $max } Zeichen
   *[other] { $max } Zeichen
}.
wz-name-too-long = Dieser Name hat { $count ->
    [one] { $count } Zeichen
   *[other] { $count } Zeichen
}; erlaubt sind höchstens { $max ->
    [one] { $max } Zeichen
   *[other] { $max } Zeichen
}. Bitte sende einen kürzeren.
wz-provider = Welcher KI-Anbieter? Wähle unten einen aus oder tippe seinen Kurznamen.
wz-provider-other = Tippe den Kurznamen des Anbieters (zum Beispiel: mistral).
wz-provider-invalid = Bitte tippe den Kurznamen des Anbieters als ein Wort in Kleinbuchstaben, etwa mistral.
wz-model = Welches Modell von { $provider }? Wähle unten eines aus oder tippe seinen Namen.
wz-model-managed = Welches KI-Modell soll dein Assistent nutzen? Wähle unten eines aus. Du willst ein bestimmtes? Tippe seinen Namen bei OpenRouter, etwa openai/gpt-5.
wz-model-other = Tippe den Namen des Modells genau so, wie der KI-Anbieter ihn schreibt.
wz-model-invalid = Ein Modellname hat keine Leerzeichen und höchstens { $max ->
    [one] { $max } Zeichen
   *[other] { $max } Zeichen
}. Bitte versuche es erneut.
wz-bot-token =
    Dein Assistent braucht einen eigenen Telegram-Bot, über den er schreibt. Öffne @BotFather, schick ihm /newbot und such dir einen Namen aus; als Antwort bekommst du ein Token (ein Passwort wie 123456789:AAH…).
    Füge es hier ein, und ich lösche es sofort.
wz-bot-token-format = Das sieht nicht wie ein Bot-Token aus (Ziffern, ein Doppelpunkt, dann ein langer Code). Bitte füge es erneut ein.
wz-bot-token-rejected = Telegram akzeptiert dieses Token nicht. Kopiere es erneut aus deinem Chat mit @BotFather und füge es hier ein.
wz-bot-token-unchecked = Ich konnte das Token gerade nicht bei Telegram prüfen. Bitte füge es gleich noch einmal ein.
wz-bot-token-ok = Alles klar: Dein Assistent antwortet als { $username }.
wz-model-key = Zuletzt dein API-Schlüssel für { $provider }: Damit greift dein Assistent auf die KI zu. Füge ihn hier ein; ich lösche deine Nachricht sofort.
wz-model-key-invalid = Das sieht nicht wie ein API-Schlüssel aus (keine Leerzeichen, mindestens { $min ->
    [one] { $min } Zeichen
   *[other] { $min } Zeichen
}). Bitte füge ihn erneut ein.
wz-use-buttons = Bitte wähle mit den Schaltflächen oben oder sende /cancel.
wz-summary =
    Bitte prüfen:
    Name: { $name }
    Tarif: { $mode }
    KI-Modell: { $provider } / { $model }
    Telegram-Bot: { $bot }
    KI-Schlüssel: { $key }
wz-summary-key-none = nicht nötig
wz-summary-buy = Tippe auf ✅ Bestätigen, dann schicke ich dir einen Link, um diesen Assistenten zu bezahlen.
wz-summary-activate = Tippe auf ✅ Bestätigen, um den bereits bezahlten Assistenten einzurichten.
wz-cancelled = Abgebrochen. Es wurde nichts gekauft.
wz-cancelled-slot = Abgebrochen. Was du bezahlt hast, bleibt erhalten: Schließ die Einrichtung später über /list ab.
wz-pay-adopted = Ich habe { $name } bestellt, aber der Zahlungslink kam nicht bei mir an. Bitte bezahle die Bestellung in deinem Getclaw-Konto auf { $dashboard }; ich starte { $name }, sobald die Zahlung eingeht.
wz-resumed = Deine letzte Bestätigung ist nicht durchgegangen, es wurde nichts gekauft. Prüfe die Angaben und bestätige erneut.
wz-unlimited-refused = Getclaw bietet diesem Konto den Tarif „♾️ Unbegrenzt“ nicht an. Wähle stattdessen „🔑 Eigener KI-Schlüssel“ oder „✨ KI inklusive“.
wz-pay = { $name } ist für dich reserviert. Bezahle über den Link unten: Sobald die Zahlung eingeht, starte ich { $name }. Du musst mir nicht Bescheid geben.
wz-stopped-waiting = Gut, ich warte nicht mehr auf diese Zahlung. Deine Bestellung bleibt erhalten: Wenn du später bezahlst, erscheint sie in /list mit der Schaltfläche „▶️ Einrichtung abschließen“.
wz-payment-timeout = { $minutes ->
    [one] Ich habe die Zahlung für { $name } in { $minutes } Minute nicht gesehen und warte nicht mehr. Deine Bestellung bleibt erhalten: Wenn du später bezahlst, erscheint sie in /list mit der Schaltfläche „▶️ Einrichtung abschließen“.
   *[other] Ich habe die Zahlung für { $name } in { $minutes } Minuten nicht gesehen und warte nicht mehr. Deine Bestellung bleibt erhalten: Wenn du später bezahlst, erscheint sie in /list mit der Schaltfläche „▶️ Einrichtung abschließen“.
}
wz-paid-deploying = Zahlung erhalten! { $name } wird gestartet… Ich melde mich hier, sobald er läuft.
wz-deploying = { $name } wird gestartet… Ich melde mich hier, sobald er läuft.
wz-activation-model-rejected = Getclaw hat das Modell { $model } für { $name } nicht angenommen. Bitte wähle ein anderes; was du bezahlt hast, bleibt erhalten.
wz-activation-failed = Ich konnte { $name } nicht starten. { $reason } Was du bezahlt hast, bleibt erhalten: Schließ die Einrichtung später über /list ab.

# Status
status-pending-payment = wartet auf Zahlung
status-purchased = bezahlt, noch nicht eingerichtet
status-deploying = startet
status-active = läuft
status-failed = mit Fehler gestoppt
status-stopped = gestoppt
status-gone = { $name } gibt es bei Getclaw nicht mehr, daher verfolge ich ihn nicht weiter.
notice-active = ✅ { $name } läuft!
notice-link = Schreib ihm hier: { $link }
notice-worker = Serveradresse (für Entwickler): { $url }
notice-failed = ❌ { $name } konnte nicht starten: { $reason }
notice-no-reason = Getclaw hat keinen Grund genannt
notice-changed = { $name } ist jetzt: { $status }.

# /list and cards
list-title = { $count ->
    [one] Dein Assistent:
   *[other] Deine { $count } Assistenten:
}
list-page = Seite { $page } von { $pages }
list-empty = Du hast noch keine Assistenten. Sende /new, um einen zu erstellen.
list-no-key = Zuerst brauche ich einen Getclaw-API-Schlüssel: Sende /setkey.
list-offline = Ich konnte Getclaw nicht erreichen, daher zeige ich den letzten bekannten Stand. { $reason }
list-deleted = { $name } gelöscht.
card-status = Zustand: { $status }
card-reason = Grund: { $reason }
card-mode = Tarif: { $mode }
card-model = KI-Modell: { $provider } / { $model }
card-bot = Auf Telegram: { $link }
card-worker = Serveradresse (für Entwickler): { $url }
card-payment = Zahlung: { $status }
card-paid-until = Bezahlt bis: { $time }
card-canceled = Abo gekündigt am { $time }; läuft noch bis { $end }
card-canceled-at = Abo gekündigt am { $time }
card-updated = Aktualisiert: { $time }
card-gone = Diesen Assistenten gibt es bei Getclaw nicht mehr.
card-state-changed = Der Assistent hat sich verändert, seit ich dir diese Karte gezeigt habe; so steht er jetzt.
card-stopped = Gestoppt.
card-redeploying = Wird neu gestartet… Ich melde mich hier, sobald er läuft.
card-delete-confirm = { $name } löschen? Der Assistent stoppt und wird samt Abo endgültig entfernt. Das kann nicht rückgängig gemacht werden.
card-edit-stop-first = { $name } läuft: Stoppe ihn zuerst (⏹ Stoppen), dann kannst du ihn ändern.
btn-stop = ⏹ Stoppen
btn-redeploy = 🔁 Neu starten
btn-edit = ✏️ Bearbeiten
btn-activate = ▶️ Einrichtung abschließen
btn-delete = 🗑 Löschen
btn-delete-yes = 🗑 Ja, { $name } löschen
btn-refresh = 🔄 Aktualisieren
btn-back-list = « Zurück zur Liste
btn-open-card = Karte öffnen
edit-choose = Was möchtest du an { $name } ändern?
edit-name = Sende den neuen Namen für { $name } (höchstens { $max ->
    [one] { $max } Zeichen
   *[other] { $max } Zeichen
}).
edit-saved = Gespeichert. Tippe auf 🔁 Neu starten, damit { $name } die Änderung übernimmt.
edit-cancelled = Abgebrochen; nichts wurde geändert.

# Groups
team-admins-only = Das können nur die Admins dieser Gruppe.
team-not-bot-owner = Der Bot dieses Assistenten gehört jemand anderem. Nur sein Eigentümer kann sein Token ändern oder festlegen, wer ihm schreiben darf.
team-no-longer-admin = Du bist kein Admin dieser Gruppe mehr, darum habe ich es nicht getan. Ein Admin der Gruppe kann es neu beginnen.
team-anonymous-admin = Du schreibst als anonymer Admin, daher weiß ich nicht, welcher Admin du bist. Um Assistenten zu verwalten, schalte in deinen Admin-Rechten für diese Gruppe „Anonym bleiben“ aus und versuche es erneut.
team-upgraded = Telegram hat diese Gruppe umgestellt. Getclaw-API-Schlüssel, Assistenten und Verlauf wurden übernommen; nichts muss neu eingerichtet werden.
conversation-timed-out = Diese Einrichtung wurde nach { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} ohne Antwort beendet, und ich habe deine bisherigen Angaben gelöscht. Sende /new, um neu zu beginnen (oder /setkey, /list).
team-secret-deleted = { $who }, das sah nach geheimen Daten aus, deshalb habe ich es gelöscht. Jeder hier könnte es gesehen haben: Ersetze es jetzt (erstelle ein neues; das alte funktioniert dann nicht mehr) und schick mir Geheimes nur im privaten Chat.
team-secret-not-deleted = { $who }, das sieht nach geheimen Daten aus, und ich kann es hier nicht löschen (mir fehlt das Recht, Nachrichten zu löschen). Lösche es und ersetze es jetzt (erstelle ein neues; das alte funktioniert dann nicht mehr): Jeder hier könnte es gesehen haben.
btn-continue-private = 🔐 Privat weitermachen
handoff-offer = { $who }, schick mir den Getclaw-API-Schlüssel im privaten Chat: Die Schaltfläche unten funktioniert einmal, nur für dich, { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} lang.
handoff-edit-offer = { $who }, schick mir die neuen geheimen Daten im privaten Chat: Die Schaltfläche unten funktioniert einmal, nur für dich, { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} lang.
handoff-edit-key = Füge hier den neuen KI-Schlüssel ein. Ich lösche deine Nachricht sofort; die Gruppe erfährt nur, dass der Assistent geändert wurde.
handoff-edit-done = Alles klar, die Änderung ist gespeichert. Tippe in der Gruppe auf 🔁 Neu starten, damit sie wirkt.
handoff-key-ask = Füge hier den Getclaw-API-Schlüssel der Gruppe ein. Ich lösche deine Nachricht sofort und sage der Gruppe nur, dass der Schlüssel hinterlegt ist.
handoff-key-saved = Der Getclaw-API-Schlüssel der Gruppe { $masked } ist gespeichert.
handoff-expired = { $minutes ->
    [one] Dieser Link ist abgelaufen (Links gelten { $minutes } Minute). Fordere in der Gruppe einen neuen an.
   *[other] Dieser Link ist abgelaufen (Links gelten { $minutes } Minuten). Fordere in der Gruppe einen neuen an.
}
handoff-used = Dieser Link wurde schon benutzt. Fordere in der Gruppe einen neuen an.
handoff-other-user = Dieser Link ist für einen anderen Admin der Gruppe.
handoff-unknown = Diesen Link kenne ich nicht. Fordere in der Gruppe einen neuen an.
handoff-wizard-gone = Die Einrichtung des Assistenten in der Gruppe braucht das nicht mehr. Beginne mit /new in der Gruppe neu.
handoff-wizard-done = Danke! Zurück in die Gruppe: Dort wartet die Zusammenfassung.
wz-group-secrets = Jetzt kommen die geheimen Angaben: das Token des Bots (und bei eigenem KI-Schlüssel auch dieser Schlüssel). Poste sie nicht hier: Tippe auf die Schaltfläche und schick sie mir privat. Der Rest der Einrichtung läuft dann hier in der Gruppe weiter.
wz-reply-here = ✍️ Antworte auf diese Nachricht.
audit-title = Letzte Aktionen in dieser Gruppe:
audit-empty = In dieser Gruppe ist noch nichts passiert.
audit-key-set = { $who } hat den Getclaw-API-Schlüssel { $name } hinterlegt
audit-key-removed = { $who } hat den Getclaw-API-Schlüssel entfernt
audit-bought = { $who } hat { $name } bestellt
audit-activated = { $who } hat { $name } eingerichtet und gestartet
audit-stopped = { $who } hat { $name } gestoppt
audit-redeployed = { $who } hat { $name } neu gestartet
audit-deleted = { $who } hat { $name } gelöscht
audit-edited = { $who } hat { $name } geändert

# Replayed after a restart
wz-replay-submitting = Ich wurde neu gestartet, während ich deinen Assistenten bestellt habe. Ich prüfe zuerst, ob die Bestellung durchgegangen ist…
replay-done = Der Bot wurde neu gestartet, gerade als er deine letzte Bitte erledigt hatte: Sie ist erledigt. Sende /list, um deine Assistenten zu sehen.

# The secure form (a Mini App served by the bot)
form-button = 🔐 Sicheres Formular öffnen
form-offer = 🔐 Sicherer: Gib es unten im sicheren Formular ein, dann erscheint es nie im Chat. Oder füge es hier ein.
form-saved = Gespeichert { $masked }
form-page-title = Sicheres Formular
form-intro = Was du hier eingibst, geht direkt an den Bot und erscheint nie im Chat.
form-account = Wird gespeichert für { $who }. Nicht du? Schließe dieses Formular.
form-title-api-key = Dein Getclaw-API-Schlüssel
form-title-bot-token = Das Bot-Token deines Assistenten
form-title-model-key = Dein KI-Schlüssel
form-hint-api-key = Von der Seite API Keys auf { $dashboard }.
form-hint-bot-token = Von @BotFather: Ziffern, ein Doppelpunkt, dann ein langer Code.
form-hint-model-key = Der API-Schlüssel aus deinem Konto beim KI-Anbieter: keine Leerzeichen, mindestens { $min ->
    [one] { $min } Zeichen
   *[other] { $min } Zeichen
}.
form-format-api-key = Das sieht nicht wie ein API-Schlüssel aus: Füge den ganzen Schlüssel ohne Leerzeichen ein.
form-format-bot-token = Das sieht nicht wie ein Bot-Token aus (Ziffern, ein Doppelpunkt, dann ein langer Code).
form-format-model-key = Das sieht nicht wie ein API-Schlüssel aus (keine Leerzeichen, mindestens { $min ->
    [one] { $min } Zeichen
   *[other] { $min } Zeichen
}).
form-show = Zeigen
form-hide = Verbergen
form-save = Speichern
form-checking = Wird geprüft…
form-close = Schließen
form-done = Gespeichert { $masked }. Du kannst dieses Formular schließen und zum Chat zurückkehren.
form-outside-telegram = Öffne dieses Formular über seine Schaltfläche in deinem Chat mit dem Bot.
form-unreachable = Ich konnte den Bot nicht erreichen. Prüfe deine Internetverbindung und versuche es erneut.
form-refused-signature = Telegram konnte nicht bestätigen, dass dieses Formular wirklich deins ist. Öffne es erneut aus dem Chat.
form-refused-stale = { $minutes ->
    [one] Dieses Formular wurde vor mehr als { $minutes } Minute geöffnet. Öffne es erneut aus dem Chat.
   *[other] Dieses Formular wurde vor mehr als { $minutes } Minuten geöffnet. Öffne es erneut aus dem Chat.
}
form-refused-used = Dieses Formular wurde schon benutzt. Es wurde nichts Neues gespeichert.
form-refused-unknown = Dieses Formular funktioniert nicht mehr: Ein neueres hat es ersetzt, oder es ist zu alt. Nutze das neueste im Chat.
form-refused-expired = { $minutes ->
    [one] Dieses Formular ist nach { $minutes } Minute abgelaufen. Fordere es im Chat erneut an.
   *[other] Dieses Formular ist nach { $minutes } Minuten abgelaufen. Fordere es im Chat erneut an.
}
form-refused-spent = Zu viele Versuche: Dieses Formular ist geschlossen. Fordere es im Chat erneut an.
form-refused-flood = Zu viele Versuche in kurzer Zeit. Warte kurz und versuche es dann erneut.
form-refused-other-user = Dieses Formular wurde für jemand anderen geöffnet. Es wurde nichts gespeichert.
form-refused-too-large = Das ist viel zu lang für einen Schlüssel oder ein Token. Es wurde nichts gespeichert.
form-refused-empty = Es wurde nichts eingegeben. Füge den ganzen Schlüssel oder das ganze Token in das Feld ein.
form-refused-malformed = Beim Senden des Formulars ist etwas schiefgelaufen. Öffne es erneut aus dem Chat.
form-refused-not-awaited = Ich warte im Chat nicht mehr darauf, daher wurde nichts gespeichert. Beginne diesen Schritt im Chat neu.
form-refused-failed = Bei mir ist etwas schiefgelaufen. Es wurde nichts gespeichert; versuche es gleich noch einmal.

# The assistant's bot created from the chat (managed bots)
btn-create-bot = 🤖 Bot für mich erstellen
newbot-offer = Am einfachsten: Tippe unten auf „🤖 Bot für mich erstellen“. Telegram schlägt einen Namen vor; ändere ihn, wenn du magst, bestätige, und ich erledige den Rest. Kein Token zum Kopieren.
newbot-again = Bei mir ist kein neuer Bot angekommen. Wenn das Telegram-Fenster geschlossen wurde oder es meldete, dass du schon zu viele Bots hast (lösche einen in @BotFather), tippe auf „🤖 Bot für mich erstellen“, um es erneut zu versuchen – oder füge ein Token von @BotFather ein.
newbot-token-failed = Dein neuer Bot { $username } ist da, aber Telegram hat mir sein Token gerade nicht gegeben. Tippe auf „🔁 Erneut versuchen“ – oder füge stattdessen ein Token von @BotFather ein.
newbot-unexpected = Dein neuer Bot { $username } wurde erstellt und gehört dir, aber ich habe gerade auf keinen Bot gewartet und ihn deshalb nicht angerührt. Du findest ihn in @BotFather.
newbot-put-away = Einen Schritt zurück: Ich habe die Schaltfläche „🤖 Bot für mich erstellen“ ausgeblendet.
btn-new-token = 🔑 Neues Token
btn-access = 👥 Wer ihm schreiben darf
newtoken-done = { $username } hat ein neues Token; das alte funktioniert nicht mehr.
newtoken-failed = Telegram hat { $username } gerade kein neues Token gegeben, es hat sich also nichts geändert. Bitte versuche es gleich noch einmal.
access-title = Wer darf { $username } schreiben? Jetzt: { $now }.
access-now-everyone = alle
access-now-only = nur du
access-now-some = du und { $names }
access-now-unknown = unbekannt (Telegram hat nicht geantwortet)
btn-access-everyone = 🌍 Alle
btn-access-me = 🔒 Nur ich
btn-access-pick = 👥 Ich und Leute meiner Wahl…
access-pick = Tippe unten auf „👥 Leute auswählen“ und wähle bis zu { $max ->
    [one] { $max } Person
   *[other] { $max } Personen
}, die { $username } schreiben dürfen. Du selbst darfst das immer.
btn-access-choose = 👥 Leute auswählen
access-set-everyone = Jetzt dürfen alle { $username } schreiben.
access-set-only = Jetzt darfst nur du { $username } schreiben.
access-set-some = { $count ->
    [one] Jetzt dürfen nur du und 1 weitere Person { $username } schreiben.
   *[other] Jetzt dürfen nur du und { $count } weitere Personen { $username } schreiben.
}
access-failed = Telegram hat die Änderung gerade nicht angenommen, es hat sich also nichts geändert. Bitte versuche es gleich noch einmal.
flood-slow-down = Das ist mehr, als ich hier auf einmal beantworten kann, deshalb habe ich einiges übersprungen. Warte bitte auf meine Antworten und schick dann noch mal, was du noch brauchst.

# Errors (w2)
api-error-invalid-state-chat = Der Assistent kann das in seinem jetzigen Zustand nicht (vielleicht startet er gerade oder ist angehalten). Sende /list und öffne ihn, um zu sehen, was du jetzt mit ihm tun kannst.
api-error-not-found-next = Sende /list, um deine aktuellen Assistenten zu sehen, oder tippe auf seiner Karte auf 🔄 Aktualisieren.
api-error-rate-limited = Getclaw bekommt gerade zu viele Anfragen. Bitte warte eine Minute und versuche es dann noch einmal.
api-error-rate-limited-seconds = Getclaw bekommt gerade zu viele Anfragen. Bitte warte { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
} und versuche es dann noch einmal.
api-error-rate-limited-minutes = Getclaw bekommt gerade zu viele Anfragen. Bitte warte { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} und versuche es dann noch einmal.
api-error-forbidden = Getclaw hat den Zugriff darauf verweigert. Wenn das wieder passiert, prüfe deinen API-Schlüssel auf der Seite „API Keys“ unter { $dashboard } und sende mit /setkey einen neuen.
wz-kept-for-later = Ich habe deine Antworten behalten. Wenn Getclaw wieder da ist, tippe auf 🔁 Erneut versuchen – du musst nicht von vorn anfangen.

# Restart question (w2)
restart-live-again = { $name } läuft wieder – trotzdem neu starten? Er wäre dann kurz nicht erreichbar.
btn-restart-yes = ✅ Ja, neu starten
btn-restart-no = Nein
restart-kept-running = Gut, { $name } läuft einfach weiter.

# Pay later (w2)
card-pay-link = 💳 Zum Bezahlen öffne diesen Link: { $link }
card-paid-finish = 💳 Zahlung erhalten! Tippe auf ▶️ Einrichtung abschließen, wähle den Rest aus, und ich starte ihn.

# Payment wait's end (w2)
payment-wait-ended =
    Ich warte nicht mehr auf die Zahlung für { $name }, weil ich sie nicht mehr prüfen kann. { $reason }
    Deine Antworten dafür habe ich gelöscht. Deine Bestellung bleibt erhalten: Sobald sie bezahlt ist, öffne sie in /list und tippe auf ▶️ Einrichtung abschließen.
# The watch on the assistant's own bot (w3)
watch-silent = ⚠️ { $name } scheint nicht mehr zu antworten: { $count ->
    [one] 1 Nachricht wartet
   *[other] { $count } Nachrichten warten
} seit { $since } auf Antwort.
watch-telegram-said = Telegram meldet: { $reason }.
watch-silent-next = Ein Neustart hilft oft. Wenn nicht, öffne seine Karte unter /list, um zu sehen, was passiert ist.
watch-reason-status = sein Server hat mit { $status } geantwortet
watch-reason-timeout = sein Server hat nicht rechtzeitig geantwortet
watch-reason-refused = sein Server hat die Verbindung abgelehnt
watch-reason-other = „{ $message }“
watch-answers-again = ✅ { $name } antwortet wieder: Es warten keine Nachrichten mehr.
watch-revoked = ⚠️ Telegram nimmt das Bot-Token von { $name } nicht mehr an, daher kann er niemandem antworten. Das passiert, wenn das Token in @BotFather widerrufen wurde. Hol dir dort ein neues Token, öffne dann seine Karte unter /list und tippe auf { $edit } → { $field }.
watch-revoked-managed = ⚠️ Telegram nimmt das Bot-Token von { $name } nicht mehr an, daher kann er niemandem antworten. Öffne seine Karte unter /list und tippe auf { $newtoken }, danach auf { $restart }.
btn-watch-open = 💬 Öffnen
card-health-ok-now = Antwortet · gerade eben geprüft
card-health-ok = Antwortet · geprüft vor { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
}
card-health-waiting = { $count ->
    [one] 1 Nachricht wartet
   *[other] { $count } Nachrichten warten
} seit { $since }
card-health-revoked = Telegram nimmt sein Bot-Token nicht mehr an
card-health-off = Nicht geprüft: Du hast die Prüfung ausgeschaltet
btn-watch-off = 👁 Nicht mehr prüfen
watch-off-done = Ich prüfe nicht mehr, ob { $name } antwortet, und habe die Kopie seines Bot-Tokens gelöscht, die ich aufbewahrt hatte. Wenn du sein Bot-Token neu einträgst, ist die Prüfung wieder an.

# The assistant's Telegram profile (w3)
btn-profile = 🪪 Profil
btn-profile-name = Anzeigename
btn-profile-about = Info
btn-profile-description = Beschreibung
profile-empty = (leer)
profile-view = So sieht { $assistant } in Telegram aus:
    Name: { $name }
    Info: { $about }
    Beschreibung: { $description }
profile-ask-name = Schick mir den neuen Namen des Bots (bis zu { $limit } Zeichen). Schick { $clear }, um ihn zu entfernen.
profile-ask-about = Schick mir den neuen Info-Text, der im Profil des Bots steht (bis zu { $limit } Zeichen). Schick { $clear }, um ihn zu entfernen.
profile-ask-description = Schick mir die neue Beschreibung, die man sieht, bevor man einen Chat mit dem Bot beginnt (bis zu { $limit } Zeichen). Schick { $clear }, um sie zu entfernen.
profile-saved-name = Erledigt: Der Bot von { $assistant } hat seinen neuen Namen.
profile-saved-about = Erledigt: Der Bot von { $assistant } hat seinen neuen Info-Text.
profile-saved-description = Erledigt: Der Bot von { $assistant } hat seine neue Beschreibung.
profile-too-long = Der Text ist zu lang für Telegram: Es nimmt bis zu { $limit } Zeichen, dieser hat { $length }. Schick bitte einen kürzeren.
profile-refused = Telegram hat die Änderung nicht angenommen ({ $reason }), daher hat sich nichts geändert.
profile-unreachable = Ich konnte Telegram gerade nicht erreichen, daher hat sich nichts geändert. Versuch es gleich noch einmal.
profile-token-refused = Telegram nimmt das Bot-Token von { $assistant } nicht mehr an, daher kann ich sein Profil nicht ändern. Trag zuerst ein neues Token ein.
# Watch (w1): an assistant that changed after it went live, told once in its chat.
watch-failed =
    ⚠️ { $name } funktioniert nicht mehr: { $reason }
    Tippe unten auf „Neu starten“, um ihn wieder zu starten.
watch-stopped =
    ⏸ { $name } wurde außerhalb dieses Chats ausgeschaltet: { $reason }
    Tippe unten auf „Neu starten“, um ihn wieder einzuschalten.
watch-deleted = 🗑 { $name } wurde außerhalb dieses Chats gelöscht und antwortet daher nicht mehr. Sende /new, um einen neuen zu erstellen.
watch-moved =
    ℹ️ { $name } läuft jetzt unter einer neuen Serveradresse: { $url }
    Du musst nichts tun: Er antwortet weiter wie bisher.
