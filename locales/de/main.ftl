# Command menu
cmd-start = Willkommen und erste Schritte
cmd-help = Was dieser Bot kann
cmd-list = Deine Assistenten
cmd-new = Einen neuen Assistenten erstellen
cmd-setkey = API-Schlüssel setzen oder ersetzen
cmd-forgetkey = Gespeicherten API-Schlüssel entfernen
cmd-language = Sprache wählen
cmd-cancel = Aktuellen Schritt verlassen

# /start and /help
start-welcome = Hallo! Ich erstelle und betreibe KI-Assistenten auf Telegram für dich – ohne Dashboard, ohne Code.
start-need-key = Zuerst brauche ich deinen Assistants-API-Schlüssel. Erstelle ihn im Dashboard des Dienstes auf der Seite API Keys und füge ihn hier ein: Ich lösche deine Nachricht sofort.
start-need-key-group = Zuerst braucht diese Gruppe einen Assistants-API-Schlüssel: Ein Admin kann ihn mit /setkey setzen.
wz-slot-state = Der Slot ist jetzt: { $status }.
start-has-key = Dein API-Schlüssel ist hinterlegt. Sende /new, um einen Assistenten zu erstellen, oder /list, um deine zu sehen.
help =
    Das kann ich:
    /new – einen neuen Assistenten Schritt für Schritt erstellen
    /list – deine Assistenten: stoppen, neu bereitstellen, bearbeiten oder löschen
    /setkey – deinen API-Schlüssel setzen oder ersetzen
    /forgetkey – den gespeicherten API-Schlüssel entfernen
    /language – meine Sprache wählen
    /cancel – den aktuellen Schritt verlassen
key-saved = Dein API-Schlüssel { $masked } ist gespeichert. Sende /new, um einen Assistenten zu erstellen.

# Errors
button-stale = Diese Schaltfläche ist nicht mehr aktiv.
error-internal = Bei mir ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.
api-error-unauthorized = Der Dienst hat den API-Schlüssel abgelehnt. Sende /setkey mit einem gültigen Schlüssel von der Seite API Keys.
api-error-invalid-request = Der Dienst hat die Anfrage nicht angenommen. Bitte prüfe deine Eingaben und versuche es erneut.
api-error-invalid-input = Der Dienst akzeptiert diesen Anbieter oder dieses Modell für den Assistenten nicht. Bitte wähle ein anderes.
api-error-invalid-state = Der Assistent ist gerade in einem Zustand, der das nicht erlaubt. Aktualisiere, um seinen Stand zu sehen.
api-error-not-found = Diesen Assistenten gibt es beim Dienst nicht mehr.
api-error-api-disabled = Der Dienst hat seine API vorübergehend abgeschaltet. Bitte versuche es später.
api-error-payment-not-configured = Der Dienst kann gerade keine Zahlungen annehmen. Bitte versuche es später.
api-error-worker-delete-failed = Der Dienst konnte den Worker des Assistenten nicht beenden. Es hat sich nichts geändert; versuche es in ein paar Minuten erneut.
api-error-internal-error = Beim Dienst ist ein interner Fehler aufgetreten, die Aktion wurde nicht abgeschlossen. Deine Eingaben sind in Ordnung; bitte versuche es in ein paar Minuten erneut.
api-error-unavailable = Der Dienst antwortet gerade nicht. Bitte versuche es gleich noch einmal.

# /setkey
setkey-ask = Füge deinen Assistants-API-Schlüssel ein (von der Seite API Keys im Dashboard). Ich lösche deine Nachricht sofort.
setkey-rejected = Der Dienst hat diesen Schlüssel abgelehnt, daher habe ich ihn nicht gespeichert. Prüfe ihn auf der Seite API Keys und sende /setkey erneut.
setkey-unchecked = Ich konnte den Schlüssel beim Dienst nicht prüfen, daher habe ich ihn nicht gespeichert. { $reason } Sende /setkey gleich noch einmal.
forgetkey-done = Ich habe den gespeicherten API-Schlüssel entfernt.
forgetkey-none = Es war kein API-Schlüssel gespeichert.
private-only = Aus Sicherheitsgründen nehme ich Tokens und Schlüssel nur im privaten Chat an. Lass uns dort weitermachen.
btn-open-private = Privaten Chat öffnen
secret-deleted = Ich habe deine Nachricht gelöscht, damit das Geheimnis nicht im Chat bleibt.
secret-not-deleted = Ich konnte deine Nachricht nicht löschen: Bitte lösche sie selbst, sie enthält ein Geheimnis.

# /language
language-name = Deutsch
language-choose = Wähle meine Sprache:
language-auto = Wie in Telegram
language-set = Erledigt: Hier spreche ich Deutsch.

# /cancel
cancel-done = Abgebrochen.
cancel-nothing = Es gibt nichts abzubrechen.
cancel-waiting = { $count ->
    [one] Ich warte auch nicht mehr auf eine Zahlung. Der Slot bleibt erhalten: Wenn du später bezahlst, erscheint er in /list.
   *[other] Ich warte auch nicht mehr auf { $count } Zahlungen. Die Slots bleiben erhalten: Wenn du später bezahlst, erscheinen sie in /list.
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
btn-field-mode = Abrechnung
btn-field-name = Name
btn-field-model = Modell
btn-field-token = Bot-Token
btn-field-key = Modell-API-Schlüssel

# Billing modes
mode-byok = Eigener Schlüssel (byok)
mode-managed = Verwaltet
mode-unlimited = Unbegrenzt

# The /new wizard
wz-needs-key = Zuerst brauche ich deinen Assistants-API-Schlüssel: Sende /setkey.
wz-step = Schritt { $n } von { $total }
wz-mode =
    Wie soll der Assistent sein KI-Modell bezahlen?
    • Eigener Schlüssel (byok): Du nutzt deinen eigenen API-Schlüssel des Modellanbieters.
    • Verwaltet: Monatliche Modell-Guthaben sind inklusive.
    • Unbegrenzt: das höhere Kontingent, kein Schlüssel nötig.
wz-name = Wie soll der Assistent heißen? Sende einen Namen mit 1 bis 100 Zeichen.
wz-name-empty = Der Name darf nicht leer sein. Sende einen Namen mit 1 bis 100 Zeichen.
wz-name-too-long = Dieser Name hat { $count } Zeichen; erlaubt sind 100. Bitte sende einen kürzeren.
wz-provider = Welcher Modellanbieter? Wähle einen oder tippe seine ID.
wz-provider-other = Tippe die ID des Anbieters (zum Beispiel: mistral).
wz-provider-invalid = Eine Anbieter-ID ist ein Wort aus Kleinbuchstaben, Ziffern, Punkten, Binde- oder Unterstrichen. Bitte versuche es erneut.
wz-model = Welches Modell von { $provider }? Wähle eines oder tippe seine ID.
wz-model-managed = Verwaltete und unbegrenzte Assistenten laufen über OpenRouter. Welches Modell? Wähle eines oder tippe seine OpenRouter-ID (anbieter/modell).
wz-model-other = Tippe die ID des Modells.
wz-model-invalid = Eine Modell-ID hat keine Leerzeichen und höchstens 200 Zeichen. Bitte versuche es erneut.
wz-bot-token =
    Jetzt der Telegram-Bot, als der dein Assistent antwortet. Sende in @BotFather /newbot und folge den Schritten; du bekommst ein Token wie 123456789:AAH…
    Füge das Token hier ein. Ich lösche deine Nachricht sofort.
wz-bot-token-format = Das sieht nicht wie ein Bot-Token aus (Ziffern, ein Doppelpunkt, dann ein langer Code). Bitte füge es erneut ein.
wz-bot-token-rejected = Telegram akzeptiert dieses Token nicht. Kopiere es erneut aus @BotFather und füge es hier ein.
wz-bot-token-unchecked = Ich konnte das Token gerade nicht bei Telegram prüfen. Bitte füge es gleich noch einmal ein.
wz-bot-token-ok = Alles klar: Der Assistent antwortet als @{ $username }.
wz-model-key = Zuletzt dein API-Schlüssel für { $provider }: Damit ruft der Assistent das Modell auf. Füge ihn hier ein; ich lösche deine Nachricht sofort.
wz-model-key-invalid = Das sieht nicht wie ein API-Schlüssel aus (keine Leerzeichen, mindestens 8 Zeichen). Bitte füge ihn erneut ein.
wz-use-buttons = Bitte wähle mit den Schaltflächen oben, oder sende /cancel.
wz-summary =
    Bitte prüfen:
    Name: { $name }
    Abrechnung: { $mode }
    Modell: { $provider } / { $model }
    Telegram-Bot: @{ $bot }
    Modell-API-Schlüssel: { $key }
wz-summary-key-none = nicht nötig
wz-summary-buy = Bestätige, um den Slot zu kaufen; du bekommst einen Zahlungslink.
wz-summary-activate = Bestätige, um den bereits bezahlten Slot zu aktivieren.
wz-cancelled = Abgebrochen. Es wurde nichts gekauft.
wz-cancelled-slot = Abgebrochen. Der bezahlte Slot bleibt erhalten: Aktiviere ihn später über /list.
wz-pay-adopted = Der Platz für { $name } wurde gekauft, aber der Zahlungslink kam nicht bei mir an. Bezahle ihn im Dashboard des Dienstes; ich aktiviere { $name }, sobald die Zahlung sichtbar ist.
wz-resumed = Dein letztes Bestätigen wurde unterbrochen und der Kauf ist nicht zustande gekommen, es wurde nichts gekauft. Prüfe die Zusammenfassung und bestätige erneut.
wz-unlimited-refused = Der Dienst verkauft diesem Konto den Tarif „Unbegrenzt" nicht. Wähle stattdessen eigenen Schlüssel (byok) oder verwaltet.
wz-pay = Dein Slot für { $name } ist reserviert. Bezahle über den Link unten: Ich bemerke die Zahlung selbst und stelle { $name } sofort bereit.
wz-stopped-waiting = Gut, ich warte nicht mehr auf diese Zahlung. Der Slot bleibt erhalten: Wenn du später bezahlst, erscheint er in /list mit einer Schaltfläche „Aktivieren“.
wz-payment-timeout = Ich habe die Zahlung für { $name } in { $minutes } Minuten nicht gesehen und warte nicht mehr. Der Slot bleibt erhalten: Wenn du später bezahlst, erscheint er in /list mit einer Schaltfläche „Aktivieren“.
wz-paid-deploying = Zahlung erhalten! { $name } wird bereitgestellt… Ich melde mich hier, sobald er läuft.
wz-deploying = { $name } wird bereitgestellt… Ich melde mich hier, sobald er läuft.
wz-activation-model-rejected = Der Dienst hat das Modell { $model } für { $name } nicht akzeptiert. Bitte wähle ein anderes; der bezahlte Slot bleibt erhalten.
wz-activation-failed = Ich konnte { $name } nicht aktivieren. { $reason } Der Slot bleibt erhalten: Aktiviere ihn später über /list.

# Status
status-pending-payment = wartet auf Zahlung
status-purchased = bezahlt, nicht aktiviert
status-deploying = wird bereitgestellt
status-active = läuft
status-failed = fehlgeschlagen
status-stopped = gestoppt
status-gone = { $name } gibt es beim Dienst nicht mehr, daher verfolge ich ihn nicht weiter.
notice-active = ✅ { $name } läuft!
notice-link = Schreib ihm: { $link }
notice-worker = Worker: { $url }
notice-failed = ❌ { $name } konnte nicht bereitgestellt werden: { $reason }
notice-no-reason = der Dienst hat keinen Grund genannt
notice-changed = { $name } ist jetzt: { $status }.

# /list and cards
list-title = { $count ->
    [one] Dein Assistent:
   *[other] Deine { $count } Assistenten:
}
list-page = Seite { $page } von { $pages }
list-empty = Du hast noch keine Assistenten. Sende /new, um einen zu erstellen.
list-no-key = Zuerst brauche ich einen Assistants-API-Schlüssel: Sende /setkey.
list-offline = Ich konnte den Dienst nicht erreichen, daher zeige ich den letzten bekannten Stand. { $reason }
list-deleted = { $name } gelöscht.
card-status = Status: { $status }
card-reason = Grund: { $reason }
card-mode = Abrechnung: { $mode }
card-model = Modell: { $provider } / { $model }
card-bot = Telegram: { $link }
card-worker = Worker: { $url }
card-payment = Zahlung: { $status }
card-paid-until = Bezahlt bis: { $time }
card-canceled = Gekündigt am { $time }; läuft bis { $end }
card-canceled-at = Gekündigt am { $time }
card-updated = Aktualisiert: { $time }
card-gone = Diesen Assistenten gibt es beim Dienst nicht mehr.
card-state-changed = Sein Zustand hat sich geändert, seit diese Karte angezeigt wurde; so ist der aktuelle Stand.
card-stopped = Gestoppt.
card-redeploying = Wird neu bereitgestellt… Ich melde mich hier, sobald er läuft.
card-delete-confirm = { $name } löschen? Der Assistent stoppt und sein Slot wird entfernt. Das kann nicht rückgängig gemacht werden.
card-edit-stop-first = { $name } läuft: Stoppe ihn zuerst, dann kannst du ihn bearbeiten.
btn-stop = ⏹ Stoppen
btn-redeploy = 🔁 Neu bereitstellen
btn-edit = ✏️ Bearbeiten
btn-activate = ▶️ Aktivieren
btn-delete = 🗑 Löschen
btn-delete-yes = 🗑 Ja, { $name } löschen
btn-refresh = 🔄 Aktualisieren
btn-back-list = « Zurück zur Liste
btn-open-card = Karte öffnen
edit-choose = Was möchtest du an { $name } ändern?
edit-name = Sende den neuen Namen für { $name } (1 bis 100 Zeichen).
edit-saved = Gespeichert. Stelle { $name } neu bereit, damit die Änderung wirkt.
edit-cancelled = Bearbeitung abgebrochen; nichts wurde geändert.

# Groups
team-admins-only = Das können nur die Admins dieser Gruppe.
team-no-longer-admin = Du bist kein Admin dieser Gruppe mehr, darum habe ich es nicht getan. Ein Admin der Gruppe kann es neu beginnen.
team-anonymous-admin = Du schreibst anonym, daher weiß ich nicht, welcher Admin du bist. Um Assistenten zu verwalten, schalte in deinen Admin-Rechten für diese Gruppe „Anonym bleiben" aus und versuche es erneut.
team-upgraded = Diese Gruppe ist jetzt eine Supergruppe. API-Schlüssel, Assistenten und Protokoll wurden übernommen; nichts muss neu eingerichtet werden.
conversation-timed-out = Diese Einrichtung ist nach 30 Minuten ohne Antwort abgelaufen, und ich habe das Gesammelte gelöscht. Sende /new, um neu zu beginnen (oder /setkey, /list).
team-secret-deleted = { $who }, das sah nach einem Geheimnis aus, deshalb habe ich es gelöscht. Jeder hier könnte es gesehen haben: Ersetze es jetzt und gib mir Geheimnisse nur im privaten Chat.
team-secret-not-deleted = { $who }, das sieht nach einem Geheimnis aus, und ich kann es hier nicht löschen (mir fehlt das Recht, Nachrichten zu löschen). Lösche und ersetze es jetzt: Jeder hier könnte es gesehen haben.
btn-continue-private = 🔐 Im privaten Chat weitermachen
handoff-offer = { $who }, gib mir den API-Schlüssel im privaten Chat: Die Schaltfläche unten funktioniert einmal, nur für dich, 10 Minuten lang.
handoff-edit-offer = { $who }, gib mir das neue Geheimnis im privaten Chat: Die Schaltfläche unten funktioniert einmal, nur für dich, 10 Minuten lang.
handoff-edit-key = Füge hier den neuen Modell-API-Schlüssel ein. Ich lösche deine Nachricht sofort; die Gruppe erfährt nur, dass der Assistent bearbeitet wurde.
handoff-edit-done = Alles klar. Die Änderung ist in der Gruppe gespeichert, dort gibt es auch eine Schaltfläche zum Neu-Bereitstellen.
handoff-key-ask = Füge hier den Assistants-API-Schlüssel der Gruppe ein. Ich lösche deine Nachricht sofort und sage der Gruppe nur, dass der Schlüssel gesetzt ist.
handoff-key-saved = Der API-Schlüssel der Gruppe { $masked } ist gespeichert.
handoff-expired = Dieser Link ist abgelaufen (Links gelten { $minutes } Minuten). Fordere in der Gruppe einen neuen an.
handoff-used = Dieser Link wurde schon benutzt. Fordere in der Gruppe einen neuen an.
handoff-other-user = Dieser Link ist für einen anderen Admin der Gruppe.
handoff-unknown = Diesen Link kenne ich nicht. Fordere in der Gruppe einen neuen an.
handoff-wizard-gone = Die Einrichtung des Assistenten in der Gruppe wartet nicht mehr darauf. Beginne mit /new in der Gruppe neu.
handoff-wizard-done = Danke! Zurück in die Gruppe: Dort wartet die Zusammenfassung.
wz-group-secrets = Als Nächstes brauche ich das Bot-Token des Assistenten (und bei eigenem Schlüssel den Modell-API-Schlüssel). Geheimnisse gehören nicht in eine Gruppe: Mach im privaten Chat mit mir weiter, die Einrichtung geht hier weiter.
wz-reply-here = ✍️ Antworte auf diese Nachricht.
audit-title = Letzte Aktionen in dieser Gruppe:
audit-empty = In dieser Gruppe ist noch nichts passiert.
audit-key-set = { $who } hat den API-Schlüssel { $name } gesetzt
audit-key-removed = { $who } hat den API-Schlüssel entfernt
audit-bought = { $who } hat einen Slot für { $name } gekauft
audit-activated = { $who } hat { $name } aktiviert
audit-stopped = { $who } hat { $name } gestoppt
audit-redeployed = { $who } hat { $name } neu bereitgestellt
audit-deleted = { $who } hat { $name } gelöscht
audit-edited = { $who } hat { $name } bearbeitet

# Replayed after a restart
wz-replay-submitting = Der Bot wurde neu gestartet, während er deinen Platz gekauft hat. Ich prüfe zuerst, ob der Kauf durchgegangen ist …
replay-done = Der Bot wurde neu gestartet, gerade als er deine letzte Bitte erledigt hatte: Sie ist erledigt. Sende /list, um deine Assistenten zu sehen.

# The secure form (a Mini App served by the bot)
form-button = 🔐 In einem sicheren Formular eingeben
form-offer = 🔐 Sicherer: Gib es im sicheren Formular unten ein, dort wird es nie zu einer Chatnachricht. Oder füge es hier ein.
form-saved = Gespeichert { $masked }
form-page-title = Sicheres Formular
form-intro = Was du hier eingibst, geht direkt an den Server des Bots: Es wird nie zu einer Chatnachricht.
form-account = Wird gespeichert für { $who }. Nicht du? Schließe dieses Formular.
form-title-api-key = Dein Assistants-API-Schlüssel
form-title-bot-token = Das Bot-Token deines Assistenten
form-title-model-key = Dein API-Schlüssel für das Modell
form-hint-api-key = Von der Seite API Keys im Dashboard des Dienstes.
form-hint-bot-token = Von @BotFather: Ziffern, ein Doppelpunkt, dann ein langer Code.
form-hint-model-key = Der API-Schlüssel deines Modellanbieters: keine Leerzeichen, mindestens 8 Zeichen.
form-format-api-key = Das sieht nicht wie ein API-Schlüssel aus: Füge den ganzen Schlüssel ohne Leerzeichen ein.
form-format-bot-token = Das sieht nicht wie ein Bot-Token aus (Ziffern, ein Doppelpunkt, dann ein langer Code).
form-format-model-key = Das sieht nicht wie ein API-Schlüssel aus (keine Leerzeichen, mindestens 8 Zeichen).
form-show = Zeigen
form-hide = Verbergen
form-save = Speichern
form-checking = Wird geprüft…
form-close = Schließen
form-done = Gespeichert { $masked }. Du kannst dieses Formular schließen: Der Chat geht weiter.
form-outside-telegram = Öffne dieses Formular über seinen Button in deinem Chat mit dem Bot.
form-unreachable = Der Server des Bots war nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.
form-refused-signature = Die Signatur von Telegram für dieses Formular stimmt nicht. Öffne das Formular erneut aus dem Chat.
form-refused-stale = Dieses Formular wurde vor mehr als { $minutes } Minuten geöffnet. Öffne es erneut aus dem Chat.
form-refused-used = Dieses Formular wurde schon benutzt. Es wurde nichts Neues gespeichert.
form-refused-unknown = Dieses Formular gilt nicht mehr: Eine neuere Anfrage hat es ersetzt, oder es ist zu alt. Nutze die neueste Anfrage im Chat.
form-refused-expired = Dieses Formular ist nach { $minutes } Minuten abgelaufen. Fordere es im Chat erneut an.
form-refused-spent = Zu viele Versuche: Dieses Formular ist geschlossen. Fordere es im Chat erneut an.
form-refused-flood = Zu viele Versuche in kurzer Zeit. Warte kurz und versuche es dann erneut.
form-refused-other-user = Dieses Formular wurde für jemand anderen geöffnet. Es wurde nichts gespeichert.
form-refused-too-large = Das ist viel zu lang für einen Schlüssel oder ein Token. Es wurde nichts gespeichert.
form-refused-empty = Es wurde nichts eingegeben. Füge den ganzen Schlüssel oder das ganze Token in das Feld ein.
form-refused-malformed = Das Formular hat etwas gesendet, das der Bot nicht lesen konnte. Öffne es erneut aus dem Chat.
form-refused-not-awaited = Der Chat wartet nicht mehr auf dieses Geheimnis, daher wurde nichts gespeichert. Fordere es im Chat erneut an.
form-refused-failed = Auf der Seite des Bots ist etwas schiefgelaufen. Es wurde nichts gespeichert; versuche es gleich noch einmal.

# The assistant's bot created from the chat (managed bots)
btn-create-bot = 🤖 Bot für mich erstellen
newbot-offer = Oder ich erstelle ihn: Tippe unten auf „🤖 Bot für mich erstellen“. Telegram öffnet sein eigenes Fenster mit Name und @Benutzername schon ausgefüllt; ändere sie, wenn du magst, bestätige, und ich übernehme den Rest. Kein Token zum Kopieren.
newbot-again = Bei mir ist kein neuer Bot angekommen. Wenn das Telegram-Fenster geschlossen wurde oder es meldete, dass du schon zu viele Bots hast (lösche einen in @BotFather), tippe auf „🤖 Bot für mich erstellen“, um es erneut zu versuchen – oder füge ein Token von @BotFather ein.
newbot-token-failed = Dein neuer Bot @{ $username } ist da, aber Telegram hat mir sein Token gerade nicht gegeben. Tippe auf „Erneut versuchen“ – oder füge stattdessen ein Token von @BotFather ein.
newbot-unexpected = Dein neuer Bot @{ $username } wurde erstellt und gehört dir, aber ich habe gerade auf keinen Bot gewartet und ihn deshalb nicht angerührt. Du findest ihn in @BotFather.
newbot-put-away = Einen Schritt zurück: Ich habe die Schaltfläche „Bot für mich erstellen“ weggeräumt.
btn-new-token = 🔑 Neues Token
btn-access = 👥 Wer mit ihm sprechen darf
newtoken-done = @{ $username } hat ein neues Token; das alte funktioniert nicht mehr.
newtoken-failed = Telegram hat @{ $username } gerade kein neues Token gegeben, es hat sich also nichts geändert. Bitte versuche es gleich noch einmal.
access-title = Wer darf mit @{ $username } sprechen? Jetzt: { $now }.
access-now-everyone = alle
access-now-only = nur du
access-now-some = du und { $names }
access-now-unknown = Ich konnte Telegram gerade nicht fragen
btn-access-everyone = 🌍 Alle
btn-access-me = 🔒 Nur ich
btn-access-pick = 👥 Ich und Leute meiner Wahl…
access-pick = Tippe unten auf „👥 Leute auswählen“ und wähle bis zu 10 Leute, die mit @{ $username } sprechen dürfen. Du darfst es immer.
btn-access-choose = 👥 Leute auswählen
access-set-everyone = Jetzt dürfen alle mit @{ $username } sprechen.
access-set-only = Jetzt darfst nur du mit @{ $username } sprechen.
access-set-some = { $count ->
    [one] Jetzt dürfen nur du und 1 weitere Person mit @{ $username } sprechen.
   *[other] Jetzt dürfen nur du und { $count } weitere Personen mit @{ $username } sprechen.
}
access-failed = Telegram hat die Änderung gerade nicht angenommen, es hat sich also nichts geändert. Bitte versuche es gleich noch einmal.
