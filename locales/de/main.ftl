# Command menu
cmd-start = Willkommen und erste Schritte
cmd-help = Was dieser Bot kann

# /start and /help
start-welcome = Hallo! Ich erstelle und betreibe KI-Assistenten auf Telegram für dich – ohne Dashboard, ohne Code.
start-need-key = Zuerst brauche ich deinen Assistants-API-Schlüssel. Erstelle ihn im Dashboard des Dienstes auf der Seite API Keys, sende dann /setkey und füge ihn ein.
start-has-key = Dein API-Schlüssel ist hinterlegt. Sende /new, um einen Assistenten zu erstellen, oder /list, um deine zu sehen.
help =
    Das kann ich:
    /new – einen neuen Assistenten Schritt für Schritt erstellen
    /list – deine Assistenten: stoppen, neu bereitstellen, bearbeiten oder löschen
    /setkey – deinen API-Schlüssel setzen oder ersetzen
    /forgetkey – den gespeicherten API-Schlüssel entfernen
    /language – meine Sprache wählen
    /cancel – den aktuellen Schritt verlassen
key-saved = Dein API-Schlüssel { $masked } ist gespeichert.

# Errors
button-stale = Diese Schaltfläche ist nicht mehr aktiv.
error-internal = Bei mir ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.
api-error-unauthorized = Der Dienst hat den API-Schlüssel abgelehnt. Sende /setkey mit einem gültigen Schlüssel von der Seite API Keys.
api-error-invalid-request = Der Dienst hat die Anfrage nicht angenommen. Bitte prüfe deine Eingaben und versuche es erneut.
api-error-invalid-input = Der Dienst akzeptiert diesen Anbieter oder dieses Modell für den Assistenten nicht. Bitte wähle ein anderes.
api-error-invalid-state = Der Assistent ist gerade in einem Zustand, der das nicht erlaubt. Aktualisiere, um seinen Stand zu sehen.
api-error-not-found = Diesen Assistenten gibt es beim Dienst nicht mehr.
api-error-disabled = Der Dienst hat seine API vorübergehend abgeschaltet. Bitte versuche es später.
api-error-payment-not-configured = Der Dienst kann gerade keine Zahlungen annehmen. Bitte versuche es später.
api-error-worker-delete-failed = Der Dienst konnte den Worker des Assistenten nicht beenden. Es hat sich nichts geändert; versuche es in ein paar Minuten erneut.
api-error-unavailable = Der Dienst antwortet gerade nicht. Bitte versuche es gleich noch einmal.
