# Command menu
cmd-start = Welcome and first steps
cmd-help = What this bot can do

# /start and /help
start-welcome = Hi! I create and run AI assistants on Telegram for you — no dashboard, no code.
start-need-key = First, I need your Assistants API key. Create one on the service's dashboard, on the API Keys page, then send /setkey and paste it.
start-has-key = Your API key is set. Send /new to create an assistant or /list to see yours.
help =
    Here is what I can do:
    /new — create a new assistant, step by step
    /list — your assistants: stop, redeploy, edit or delete them
    /setkey — set or replace your Assistants API key
    /forgetkey — remove the stored API key
    /language — choose my language
    /cancel — leave the current step
key-saved = Your API key { $masked } is saved.

# Errors
button-stale = This button is no longer active.
error-internal = Something went wrong on my side. Please try again in a moment.
api-error-unauthorized = The service rejected the API key. Send /setkey with a valid key from the dashboard's API Keys page.
api-error-invalid-request = The service did not accept the request. Please check what you entered and try again.
api-error-invalid-input = The service does not accept that provider or model for this assistant. Please choose another one.
api-error-invalid-state = The assistant is not in a state that allows this right now. Refresh to see where it stands.
api-error-not-found = That assistant no longer exists on the service.
api-error-disabled = The service has switched its API off for now. Please try again later.
api-error-payment-not-configured = The service cannot take payments right now. Please try again later.
api-error-worker-delete-failed = The service could not shut the assistant's worker down. Nothing changed; please try again in a few minutes.
api-error-unavailable = The service is not answering right now. Please try again in a moment.
