# Command menu
cmd-start = Welcome and first steps
cmd-help = What this bot can do
cmd-list = Your assistants
cmd-new = Create a new assistant
cmd-setkey = Set or replace your API key
cmd-forgetkey = Remove the stored API key
cmd-language = Choose the language
cmd-cancel = Leave the current step

# /start and /help
start-welcome = Hi! I create and run AI assistants on Telegram for you — no dashboard, no code.
start-need-key = First, I need your Assistants API key. Create one on the service's dashboard, on the API Keys page, and paste it here: I'll delete your message right away.
start-need-key-group = First, this group needs an Assistants API key: an admin can set it with /setkey.
wz-slot-state = The slot is now: { $status }.
start-has-key = Your API key is set. Send /new to create an assistant or /list to see yours.
help =
    Here is what I can do:
    /new — create a new assistant, step by step
    /list — your assistants: stop, redeploy, edit or delete them
    /setkey — set or replace your Assistants API key
    /forgetkey — remove the stored API key
    /language — choose my language
    /cancel — leave the current step
key-saved = Your API key { $masked } is saved. Send /new to create an assistant.

# Errors
button-stale = This button is no longer active.
error-internal = Something went wrong on my side. Please try again in a moment.
api-error-unauthorized = The service rejected the API key. Send /setkey with a valid key from the dashboard's API Keys page.
api-error-invalid-request = The service did not accept the request. Please check what you entered and try again.
api-error-invalid-input = The service does not accept that provider or model for this assistant. Please choose another one.
api-error-invalid-state = The assistant is not in a state that allows this right now. Refresh to see where it stands.
api-error-not-found = That assistant no longer exists on the service.
api-error-api-disabled = The service has switched its API off for now. Please try again later.
api-error-payment-not-configured = The service cannot take payments right now. Please try again later.
api-error-worker-delete-failed = The service could not shut the assistant's worker down. Nothing changed; please try again in a few minutes.
api-error-internal-error = The service hit an error of its own and did not finish. Nothing you entered is wrong; please try again in a few minutes.
api-error-unavailable = The service is not answering right now. Please try again in a moment.

# /setkey, /forgetkey
setkey-ask = Paste your Assistants API key (from the dashboard's API Keys page). I'll delete your message right away.
setkey-rejected = The service rejected this key, so I didn't save it. Check it on the dashboard's API Keys page and send /setkey again.
setkey-unchecked = I couldn't check the key with the service, so I didn't save it. { $reason } Send /setkey again in a moment.
forgetkey-done = I removed the stored API key.
forgetkey-none = There was no stored API key.
private-only = For safety I accept tokens and keys only in a private chat. Continue with me there.
btn-open-private = Open private chat
secret-deleted = I deleted your message so the secret doesn't stay in the chat.
secret-not-deleted = I couldn't delete your message: please delete it yourself, it contains a secret.

# /language
language-name = English
language-choose = Choose my language:
language-auto = Follow my Telegram language
language-set = Done: I'll speak English here.

# /cancel, stray text
cancel-done = Cancelled.
cancel-nothing = There's nothing to cancel.
cancel-waiting = { $count ->
    [one] I also stopped waiting for a payment. The slot is kept: if you pay later, it shows in /list.
   *[other] I also stopped waiting for { $count } payments. The slots are kept: if you pay later, they show in /list.
}
unknown-text = I didn't get that. Send /help to see what I can do.

# Buttons
btn-back = « Back
btn-cancel = Cancel
btn-confirm = ✅ Confirm
btn-change = ✏️ Change
btn-other = Other…
btn-pay = 💳 Pay
btn-stop-waiting = Stop waiting
btn-try-again = 🔁 Try again
btn-field-mode = Billing mode
btn-field-name = Name
btn-field-model = Model
btn-field-token = Bot token
btn-field-key = Model API key

# Billing modes
mode-byok = Own key (byok)
mode-managed = Managed
mode-unlimited = Unlimited

# The /new wizard
wz-needs-key = First I need your Assistants API key: send /setkey.
wz-step = Step { $n } of { $total }
wz-mode =
    How should the assistant pay for its AI model?
    • Own key (byok): you bring your own model provider API key.
    • Managed: monthly model credits are included.
    • Unlimited: the higher allowance, no key needed.
wz-name = What should the assistant be called? Send a name of 1 to 100 characters.
wz-name-empty = The name can't be empty. Send a name of 1 to 100 characters.
wz-name-too-long = That name has { $count } characters; the limit is 100. Please send a shorter one.
wz-provider = Which model provider? Choose one, or type its id.
wz-provider-other = Type the provider id (for example: mistral).
wz-provider-invalid = A provider id is one word of lowercase letters, digits, dots, dashes or underscores. Please try again.
wz-model = Which { $provider } model? Choose one, or type its id.
wz-model-managed = Managed and unlimited assistants run on OpenRouter. Which model? Choose one, or type its OpenRouter id (vendor/model).
wz-model-other = Type the model id.
wz-model-invalid = A model id has no spaces and at most 200 characters. Please try again.
wz-bot-token =
    Now the Telegram bot your assistant will answer as. In @BotFather, send /newbot and follow its steps; it gives you a token like 123456789:AAH…
    Paste that token here. I'll delete your message right away.
wz-bot-token-format = That doesn't look like a bot token (digits, a colon, then a long code). Please paste it again.
wz-bot-token-rejected = Telegram doesn't accept this token. Copy it again from @BotFather and paste it here.
wz-bot-token-unchecked = I couldn't check the token with Telegram just now. Please paste it again in a moment.
wz-bot-token-ok = Got it: the assistant will answer as @{ $username }.
wz-model-key = Last, your { $provider } API key: the assistant uses it to call the model. Paste it here; I'll delete your message right away.
wz-model-key-invalid = That doesn't look like an API key (no spaces, at least 8 characters). Please paste it again.
wz-use-buttons = Please choose with the buttons above, or send /cancel.
wz-summary =
    Please check:
    Name: { $name }
    Billing: { $mode }
    Model: { $provider } / { $model }
    Telegram bot: @{ $bot }
    Model API key: { $key }
wz-summary-key-none = not needed
wz-summary-buy = Confirm to buy the slot; you'll get a payment link.
wz-summary-activate = Confirm to activate the slot you already paid for.
wz-cancelled = Cancelled. Nothing was bought.
wz-cancelled-slot = Cancelled. The slot you paid for is kept: activate it later from /list.
wz-pay-adopted = The slot for { $name } was bought, but its payment link did not reach me. Pay for it on the service's dashboard; I'll activate { $name } as soon as the payment shows.
wz-resumed = Your last Confirm was cut short and the purchase did not go through, so nothing was bought. Check the summary and confirm again.
wz-unlimited-refused = The service does not sell the unlimited plan to this account. Choose own key (byok) or managed instead.
wz-pay = Your slot for { $name } is reserved. Pay with the link below: I'll notice the payment by myself and deploy { $name } right away.
wz-stopped-waiting = OK, I stopped waiting for this payment. The slot is kept: if you pay later, it shows in /list with an Activate button.
wz-payment-timeout = I haven't seen the payment for { $name } within { $minutes } minutes, so I stopped waiting. The slot is kept: if you pay later, it shows in /list with an Activate button.
wz-paid-deploying = Payment received! Deploying { $name }… I'll tell you here when it's live.
wz-deploying = Deploying { $name }… I'll tell you here when it's live.
wz-activation-model-rejected = The service didn't accept the model { $model } for { $name }. Please choose another; the slot you paid for is kept.
wz-activation-failed = I couldn't activate { $name }. { $reason } The slot is kept: activate it later from /list.

# Status
status-pending-payment = waiting for payment
status-purchased = paid, not activated
status-deploying = deploying
status-active = live
status-failed = failed
status-stopped = stopped
status-gone = { $name } no longer exists on the service, so I stopped tracking it.
notice-active = ✅ { $name } is live!
notice-link = Talk to it: { $link }
notice-worker = Worker: { $url }
notice-failed = ❌ { $name } failed to deploy: { $reason }
notice-no-reason = the service gave no reason
notice-changed = { $name } is now { $status }.

# /list and cards
list-title = { $count ->
    [one] Your assistant:
   *[other] Your { $count } assistants:
}
list-page = Page { $page } of { $pages }
list-empty = You have no assistants yet. Send /new to create one.
list-no-key = First I need an Assistants API key: send /setkey.
list-offline = I couldn't reach the service, so this is what I knew last. { $reason }
list-deleted = Deleted { $name }.
card-status = Status: { $status }
card-reason = Reason: { $reason }
card-mode = Billing: { $mode }
card-model = Model: { $provider } / { $model }
card-bot = Telegram: { $link }
card-worker = Worker: { $url }
card-payment = Payment: { $status }
card-paid-until = Paid until: { $time }
card-canceled = Canceled on { $time }; runs until { $end }
card-canceled-at = Canceled on { $time }
card-updated = Updated: { $time }
card-gone = That assistant no longer exists on the service.
card-state-changed = Its state changed since this card was drawn; here is where it stands now.
card-stopped = Stopped.
card-redeploying = Redeploying… I'll tell you here when it's live.
card-delete-confirm = Delete { $name }? The assistant stops and its slot is removed. This can't be undone.
card-edit-stop-first = { $name } is running: stop it first, then edit it.
btn-stop = ⏹ Stop
btn-redeploy = 🔁 Redeploy
btn-edit = ✏️ Edit
btn-activate = ▶️ Activate
btn-delete = 🗑 Delete
btn-delete-yes = 🗑 Yes, delete { $name }
btn-refresh = 🔄 Refresh
btn-back-list = « Back to list
btn-open-card = Open its card
edit-choose = What do you want to change in { $name }?
edit-name = Send the new name for { $name } (1 to 100 characters).
edit-saved = Saved. Redeploy { $name } so the change takes effect.
edit-cancelled = Edit cancelled; nothing changed.

# Groups
team-admins-only = Only this group's admins can do that.
team-no-longer-admin = You are no longer an admin of that group, so I did not do it. An admin of the group can start it again.
team-anonymous-admin = You are posting anonymously, so I can't tell which admin you are. To manage assistants, turn off "Remain anonymous" in your admin rights for this group, then try again.
team-upgraded = This group became a supergroup. Its API key, assistants and log came along; nothing needs to be set up again.
conversation-timed-out = That setup timed out after 30 minutes without an answer, and I deleted what it had collected. Send /new to start again (or /setkey, /list).
team-secret-deleted = { $who }, that looked like a secret, so I deleted it. Anyone here may have seen it: rotate it now, and give secrets to me only in a private chat.
team-secret-not-deleted = { $who }, that looks like a secret and I can't delete it here (I need the right to delete messages). Delete it and rotate it now: anyone here may have seen it.
btn-continue-private = 🔐 Continue in private chat
handoff-offer = { $who }, give me the API key in a private chat: the button below works once, for you, for 10 minutes.
handoff-edit-offer = { $who }, give me the new secret in a private chat: the button below works once, for you, for 10 minutes.
handoff-edit-key = Paste the new model API key here. I'll delete your message right away; the group only hears that the assistant was edited.
handoff-edit-done = Got it. The change is saved in the group, with a Redeploy button there.
handoff-key-ask = Paste the group's Assistants API key here. I'll delete your message right away and tell the group only that the key was set.
handoff-key-saved = The group's API key { $masked } is saved.
handoff-expired = This link has expired (links work for { $minutes } minutes). Ask for a new one in the group.
handoff-used = This link was already used. Ask for a new one in the group.
handoff-other-user = This link was made for another admin of the group.
handoff-unknown = I don't know this link. Ask for a new one in the group.
handoff-wizard-gone = The group's assistant setup is no longer waiting for this. Start again with /new in the group.
handoff-wizard-done = Thanks! Back to the group: the summary is waiting there.
wz-group-secrets = Next I need the assistant's bot token (and, for your own key, the model API key). Secrets don't belong in a group: continue in a private chat with me, and the setup goes on here.
wz-reply-here = ✍️ Reply to this message with your answer.
audit-title = Last actions in this group:
audit-empty = Nothing has been done in this group yet.
audit-key-set = { $who } set the API key { $name }
audit-key-removed = { $who } removed the API key
audit-bought = { $who } bought a slot for { $name }
audit-activated = { $who } activated { $name }
audit-stopped = { $who } stopped { $name }
audit-redeployed = { $who } redeployed { $name }
audit-deleted = { $who } deleted { $name }
audit-edited = { $who } edited { $name }

# Replayed after a restart
wz-replay-submitting = The bot restarted while it was buying your slot. Checking whether the purchase went through before anything else…
replay-done = The bot restarted just as it finished what you last asked: that is done. Send /list to see your assistants.

# The secure form (a Mini App served by the bot)
form-button = 🔐 Enter it in a secure form
form-offer = 🔐 Safer: enter it in the secure form below, where it never becomes a chat message. Or paste it here.
form-saved = Saved { $masked }
form-page-title = Secure form
form-intro = What you type here goes straight to the bot's server: it never becomes a chat message.
form-account = Saving for { $who }. Not you? Close this form.
form-title-api-key = Your Assistants API key
form-title-bot-token = Your assistant's bot token
form-title-model-key = Your model API key
form-hint-api-key = From the API Keys page of the service's dashboard.
form-hint-bot-token = From @BotFather: digits, a colon, then a long code.
form-hint-model-key = Your model provider's API key: no spaces, at least 8 characters.
form-format-api-key = That doesn't look like an API key: paste the whole key, without spaces.
form-format-bot-token = That doesn't look like a bot token (digits, a colon, then a long code).
form-format-model-key = That doesn't look like an API key (no spaces, at least 8 characters).
form-show = Show
form-hide = Hide
form-save = Save
form-checking = Checking…
form-close = Close
form-done = Saved { $masked }. You can close this form: the chat goes on.
form-outside-telegram = Open this form from its button in your chat with the bot.
form-unreachable = The bot's server could not be reached. Check your connection and try again.
form-refused-signature = Telegram's signature on this form does not match. Open the form again from the chat.
form-refused-stale = This form was opened more than { $minutes } minutes ago. Open it again from the chat.
form-refused-used = This form was used already. Nothing new was saved.
form-refused-unknown = This form is no longer valid: a newer prompt replaced it, or it is too old. Use the newest prompt in the chat.
form-refused-expired = This form expired after { $minutes } minutes. Ask for it again in the chat.
form-refused-spent = Too many tries: this form is closed. Ask for it again in the chat.
form-refused-flood = Too many tries in a short time. Wait a little, then try again.
form-refused-other-user = This form was opened for someone else. Nothing was saved.
form-refused-too-large = That is far too long for a key or a token. Nothing was saved.
form-refused-empty = Nothing was typed. Paste the whole key or token into the field.
form-refused-malformed = The form sent something the bot could not read. Open it again from the chat.
form-refused-not-awaited = The chat is no longer waiting for this secret, so nothing was saved. Ask again in the chat.
form-refused-failed = Something went wrong on the bot's side. Nothing was saved; please try again in a moment.

# The assistant's bot created from the chat (managed bots)
btn-create-bot = 🤖 Create the bot for me
newbot-offer = Or let me create it: tap “🤖 Create the bot for me” below. Telegram opens its own window with a name and @username filled in; change them if you like, confirm, and I take it from there. No token to copy.
newbot-again = No new bot has reached me. If Telegram's window was closed, or it said you already have too many bots (delete one in @BotFather), tap “🤖 Create the bot for me” to try again — or paste a token from @BotFather.
newbot-token-failed = Your new bot @{ $username } is there, but Telegram didn't give me its token just now. Tap “Try again” — or paste a token from @BotFather instead.
newbot-unexpected = Your new bot @{ $username } was created and is yours, but I wasn't waiting for a bot just then, so I left it alone. You'll find it in @BotFather.
newbot-put-away = Back one step: I put the “Create the bot for me” button away.
btn-new-token = 🔑 New token
btn-access = 👥 Who can talk to it
newtoken-done = @{ $username } has a new token; the old one no longer works.
newtoken-failed = Telegram didn't give @{ $username } a new token just now, so nothing changed. Please try again in a moment.
access-title = Who can talk to @{ $username }? Now: { $now }.
access-now-everyone = everyone
access-now-only = only you
access-now-some = you and { $names }
access-now-unknown = I couldn't ask Telegram just now
btn-access-everyone = 🌍 Everyone
btn-access-me = 🔒 Only me
btn-access-pick = 👥 Me and people I choose…
access-pick = Tap “👥 Choose people” below and pick up to 10 people who may talk to @{ $username }. You always can.
btn-access-choose = 👥 Choose people
access-set-everyone = Everyone can talk to @{ $username } now.
access-set-only = Only you can talk to @{ $username } now.
access-set-some = { $count ->
    [one] Only you and 1 more person can talk to @{ $username } now.
   *[other] Only you and { $count } more people can talk to @{ $username } now.
}
access-failed = Telegram didn't accept the change just now, so nothing changed. Please try again in a moment.
