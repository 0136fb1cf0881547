# Command menu
cmd-start = Welcome and first steps
cmd-help = What this bot can do
cmd-list = Your assistants
cmd-new = Create a new assistant
cmd-setkey = Add or replace your Getclaw API key
cmd-forgetkey = Remove your saved Getclaw API key
cmd-language = Choose the language
cmd-cancel = Stop the current step
cmd-audit = The group's recent actions

# /start and /help
start-welcome = Hi! I create AI assistants on Telegram for you and keep them running. You just answer my questions, no code needed.
start-need-key = To start, connect your Getclaw account: sign in at { $dashboard }, open the API Keys page, create a key and paste it here. I'll delete your message at once to keep it private.
start-need-key-group = To start, this group needs a Getclaw API key: an admin can add it with /setkey.
wz-slot-state = Its status now: { $status }.
start-has-key = Your Getclaw API key is saved. Send /new to create an assistant, or /list to see yours.
help =
    Here is what I can do:
    /new — create a new assistant, step by step
    /list — your assistants: stop, restart, change or delete them
    /setkey — add or replace your Getclaw API key
    /forgetkey — remove your saved Getclaw API key
    /language — choose my language
    /cancel — stop the current step
    /audit — in a group: what its admins did lately (admins only)
key-saved = Your API key { $masked } is saved. Send /new to create an assistant.

# Errors
button-stale = This button no longer works.
error-internal = Something went wrong on my side. Please try again in a moment.
api-error-unauthorized = Getclaw didn't accept the API key. Make a new one on the API Keys page at { $dashboard } and send it with /setkey.
api-error-invalid-request = Getclaw didn't accept the request. Please check what you entered and try again.
api-error-invalid-input = Getclaw doesn't offer that AI company or model for this assistant. Please choose another one.
api-error-invalid-state = The assistant can't do that right now (it may be starting or stopped). Tap 🔄 Refresh to see its status.
api-error-not-found = That assistant no longer exists on Getclaw.
api-error-api-disabled = Getclaw has switched off access for bots like me for now. Please try again later.
api-error-payment-not-configured = Getclaw can't take payments right now. Please try again later.
api-error-worker-delete-failed = Getclaw couldn't switch the assistant off. Nothing changed; please try again in a few minutes.
api-error-internal-error = Getclaw ran into a problem on its side and didn't finish. Nothing you entered is wrong; please try again in a few minutes.
api-error-unavailable = Getclaw isn't answering right now. Please try again in a moment.

# /setkey, /forgetkey
setkey-ask = Paste your Getclaw API key (you make one on the API Keys page at { $dashboard }). I'll delete your message right away.
setkey-rejected = Getclaw didn't accept this key, so I didn't save it. Check it on the API Keys page at { $dashboard } and send /setkey again.
setkey-unchecked = I couldn't check the key with Getclaw, so I didn't save it. { $reason } Send /setkey again in a moment.
forgetkey-done = I removed the saved Getclaw API key.
forgetkey-none = There was no saved API key.
private-only = To keep them safe, I take tokens and keys only in a private chat. Let's continue there.
btn-open-private = Open private chat
secret-deleted = I deleted your message so the secret doesn't stay in the chat.
secret-not-deleted = I couldn't delete your message. Please delete it yourself: it contains a secret.

# /language
language-name = English
language-choose = Choose my language:
language-auto = Follow my Telegram language
language-set = Done: I'll speak English here.

# /cancel, stray text
cancel-done = Cancelled.
cancel-nothing = There's nothing to cancel.
cancel-waiting = { $count ->
    [one] I also stopped waiting for a payment. Your order is kept: if you pay later, it shows up in /list.
   *[other] I also stopped waiting for { $count } payments. Your orders are kept: if you pay later, they show up in /list.
}
unknown-text = I didn't understand that. Send /help to see what I can do.

# Buttons
btn-back = « Back
btn-cancel = Cancel
btn-confirm = ✅ Confirm
btn-change = ✏️ Change
btn-other = Other…
btn-pay = 💳 Pay
btn-stop-waiting = Stop waiting
btn-try-again = 🔁 Try again
btn-field-mode = Plan
btn-field-name = Name
btn-field-model = AI model
btn-field-token = Bot token
btn-field-key = AI key

# Plans (how the assistant pays for its AI)
mode-byok = 🔑 My own AI key
mode-managed = ✨ AI included
mode-unlimited = ♾️ Unlimited

# The /new wizard
wz-needs-key = First I need your Getclaw API key: send /setkey.
wz-step = Step { $n } of { $total }
wz-mode =
    How will your assistant pay for the AI it uses?
    • 🔑 My own AI key: you already have an account with an AI company (like OpenAI) and paste its key.
    • ✨ AI included: a monthly amount of AI use is in the price.
    • ♾️ Unlimited: AI included, with the largest monthly amount.
wz-name = What should your assistant be called? Send a name of up to { $max ->
    [one] { $max } character
   *[other] { $max } characters
}.
wz-name-empty = The name can't be empty. Send a name of up to { $max ->
    [one] { $max } character
   *[other] { $max } characters
}.
wz-name-too-long = That name has { $count ->
    [one] { $count } character
   *[other] { $count } characters
}; the limit is { $max ->
    [one] { $max } character
   *[other] { $max } characters
}. Please send a shorter one.
wz-provider = Which AI company? Pick one below, or type its short name.
wz-provider-other = Type the company's short name (for example: mistral).
wz-provider-invalid = Please type the company's short name as one word in lowercase, like mistral.
wz-model = Which { $provider } model? Pick one below, or type its name.
wz-model-managed = Which AI model should your assistant use? Pick one below. Want a specific one? Type its OpenRouter name, like openai/gpt-5.
wz-model-other = Type the model's name exactly as the AI company writes it.
wz-model-invalid = A model name has no spaces and at most { $max ->
    [one] { $max } character
   *[other] { $max } characters
}. Please try again.
wz-bot-token =
    Your assistant needs its own Telegram bot to talk through. Open @BotFather, send /newbot and pick a name; it replies with a token (a password like 123456789:AAH…).
    Paste it here and I'll delete it right away.
wz-bot-token-format = That doesn't look like a bot token (numbers, a colon, then a long code). Please paste it again.
wz-bot-token-rejected = Telegram doesn't accept this token. Copy it again from your chat with @BotFather and paste it here.
wz-bot-token-unchecked = I couldn't check the token with Telegram just now. Please paste it again in a moment.
wz-bot-token-ok = Got it: your assistant will answer as { $username }.
wz-model-key = Last, your { $provider } API key: your assistant uses it to reach the AI. Paste it here; I'll delete your message right away.
wz-model-key-invalid = That doesn't look like an API key (no spaces, at least { $min ->
    [one] { $min } character
   *[other] { $min } characters
}). Please paste it again.
wz-use-buttons = Please choose with the buttons above, or send /cancel.
wz-summary =
    Please check:
    Name: { $name }
    Plan: { $mode }
    AI model: { $provider } / { $model }
    Telegram bot: { $bot }
    AI key: { $key }
wz-summary-key-none = not needed
wz-summary-buy = Tap ✅ Confirm and I'll send you a link to pay for this assistant.
wz-summary-activate = Tap ✅ Confirm to set up the assistant you already paid for.
wz-cancelled = Cancelled. Nothing was bought.
wz-cancelled-slot = Cancelled. What you paid for is kept: finish setting it up later from /list.
wz-pay-adopted = I ordered { $name }, but its payment link did not reach me. Please pay for it in your Getclaw account at { $dashboard }; I'll start { $name } as soon as the payment arrives.
wz-resumed = Your last confirmation didn't go through, so nothing was bought. Check the details and confirm again.
wz-unlimited-refused = Getclaw doesn't offer the Unlimited plan to this account. Choose “🔑 My own AI key” or “✨ AI included” instead.
wz-pay = { $name } is reserved for you. Pay with the link below: as soon as the payment arrives, I'll start { $name }. No need to tell me.
wz-stopped-waiting = OK, I stopped waiting for this payment. Your order is kept: if you pay later, it shows up in /list with a ▶️ Finish setup button.
wz-payment-timeout = { $minutes ->
    [one] I didn't see the payment for { $name } within { $minutes } minute, so I stopped waiting. Your order is kept: if you pay later, it shows up in /list with a ▶️ Finish setup button.
   *[other] I didn't see the payment for { $name } within { $minutes } minutes, so I stopped waiting. Your order is kept: if you pay later, it shows up in /list with a ▶️ Finish setup button.
}
wz-paid-deploying = Payment received! Starting { $name }… I'll tell you here when it's live.
wz-deploying = Starting { $name }… I'll tell you here when it's live.
wz-activation-model-rejected = Getclaw didn't accept the model { $model } for { $name }. Please choose another; what you paid for is kept.
wz-activation-failed = I couldn't start { $name }. { $reason } What you paid for is kept: finish setting it up later from /list.

# Status
status-pending-payment = waiting for payment
status-purchased = paid, not set up yet
status-deploying = starting up
status-active = live
status-failed = failed
status-stopped = stopped
status-gone = { $name } no longer exists on Getclaw, so I stopped following it.
notice-active = ✅ { $name } is live!
notice-link = Talk to it: { $link }
notice-worker = Server address (for developers): { $url }
notice-failed = ❌ { $name } couldn't start: { $reason }
notice-no-reason = Getclaw gave no reason
notice-changed = { $name } is now { $status }.

# /list and cards
list-title = { $count ->
    [one] Your assistant:
   *[other] Your { $count } assistants:
}
list-page = Page { $page } of { $pages }
list-empty = You have no assistants yet. Send /new to create one.
list-no-key = First I need a Getclaw API key: send /setkey.
list-offline = I couldn't reach Getclaw, so this is what I knew last. { $reason }
list-deleted = Deleted { $name }.
card-status = Status: { $status }
card-reason = Reason: { $reason }
card-mode = Plan: { $mode }
card-model = AI model: { $provider } / { $model }
card-bot = Telegram: { $link }
card-worker = Server address (for developers): { $url }
card-payment = Payment: { $status }
card-paid-until = Paid until: { $time }
card-canceled = Subscription cancelled on { $time }; it keeps running until { $end }
card-canceled-at = Subscription cancelled on { $time }
card-updated = Updated: { $time }
card-gone = That assistant no longer exists on Getclaw.
card-state-changed = This assistant changed since I showed this card; here's its status now.
card-stopped = Stopped.
card-redeploying = Restarting… I'll tell you here when it's live.
card-delete-confirm = Delete { $name }? The assistant stops and is removed for good, together with its subscription. This can't be undone.
card-edit-stop-first = { $name } is running: stop it first (⏹ Stop), then change it.
btn-stop = ⏹ Stop
btn-redeploy = 🔁 Restart
btn-edit = ✏️ Edit
btn-activate = ▶️ Finish setup
btn-delete = 🗑 Delete
btn-delete-yes = 🗑 Yes, delete { $name }
btn-refresh = 🔄 Refresh
btn-back-list = « Back to list
btn-open-card = Open its card
edit-choose = What do you want to change in { $name }?
edit-name = Send the new name for { $name } (up to { $max ->
    [one] { $max } character
   *[other] { $max } characters
}).
edit-saved = Saved. Tap 🔁 Restart so { $name } uses the change.
edit-cancelled = Cancelled; nothing was changed.

# Groups
team-admins-only = Only this group's admins can do that.
team-not-bot-owner = This assistant's bot belongs to someone else, so only its owner can change its token or who can talk to it.
team-no-longer-admin = You're no longer an admin of that group, so I didn't do it. An admin of the group can start it again.
team-anonymous-admin = You're posting as an anonymous admin, so I can't tell which admin you are. To manage assistants, turn off “Remain anonymous” in your admin rights for this group, then try again.
team-upgraded = Telegram upgraded this group. Its Getclaw API key, assistants and history came along; nothing needs to be set up again.
conversation-timed-out = That setup timed out after { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} without an answer, and I deleted what you had told me. Send /new to start again (or /setkey, /list).
team-secret-deleted = { $who }, that looked like a secret, so I deleted it. Anyone here may have seen it: replace it now (make a new one; the old one then stops working), and send secrets to me only in a private chat.
team-secret-not-deleted = { $who }, that looks like a secret and I can't delete it here (I need the right to delete messages). Delete it and replace it now (make a new one; the old one then stops working): anyone here may have seen it.
btn-continue-private = 🔐 Continue in private chat
handoff-offer = { $who }, give me the API key in a private chat: the button below works once, only for you, for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
handoff-edit-offer = { $who }, give me the new secret in a private chat: the button below works once, only for you, for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
handoff-edit-key = Paste the new AI key here. I'll delete your message right away; the group only hears that the assistant was changed.
handoff-edit-done = Got it, the change is saved. In the group, tap 🔁 Restart to apply it.
handoff-key-ask = Paste the group's Getclaw API key here. I'll delete your message right away and tell the group only that the key was added.
handoff-key-saved = The group's API key { $masked } is saved.
handoff-expired = { $minutes ->
    [one] This link has expired (links work for { $minutes } minute). Ask for a new one in the group.
   *[other] This link has expired (links work for { $minutes } minutes). Ask for a new one in the group.
}
handoff-used = This link was already used. Ask for a new one in the group.
handoff-other-user = This link was made for another admin of the group.
handoff-unknown = I don't know this link. Ask for a new one in the group.
handoff-wizard-gone = The group's assistant setup no longer needs this. Start again with /new in the group.
handoff-wizard-done = Thanks! Back to the group: the summary is waiting there.
wz-group-secrets = Next come the private parts: the bot's token (and, with your own AI key, that key). Secrets don't belong in a group: tap the button to send them to me privately. Setup then finishes in this group.
wz-reply-here = ✍️ Reply to this message with your answer.
audit-title = Last actions in this group:
audit-empty = Nothing has been done in this group yet.
audit-key-set = { $who } added the Getclaw API key { $name }
audit-key-removed = { $who } removed the API key
audit-bought = { $who } ordered { $name }
audit-activated = { $who } set up and started { $name }
audit-stopped = { $who } stopped { $name }
audit-redeployed = { $who } restarted { $name }
audit-deleted = { $who } deleted { $name }
audit-edited = { $who } changed { $name }

# Replayed after a restart
wz-replay-submitting = I restarted while I was ordering your assistant. First I'm checking whether the order went through…
replay-done = The bot restarted just as it finished what you last asked: that is done. Send /list to see your assistants.

# The secure form (a Mini App served by the bot)
form-button = 🔐 Enter it in a secure form
form-offer = 🔐 Safer: type it in the secure form below, so it never appears in the chat. Or paste it here.
form-saved = Saved { $masked }
form-page-title = Secure form
form-intro = What you type here goes straight to the bot and never appears in the chat.
form-account = Saving for { $who }. Not you? Close this form.
form-title-api-key = Your Getclaw API key
form-title-bot-token = Your assistant's bot token
form-title-model-key = Your AI key
form-hint-api-key = From the API Keys page at { $dashboard }.
form-hint-bot-token = From @BotFather: numbers, a colon, then a long code.
form-hint-model-key = The API key from your AI company's account: no spaces, at least { $min ->
    [one] { $min } character
   *[other] { $min } characters
}.
form-format-api-key = That doesn't look like an API key: paste the whole key, without spaces.
form-format-bot-token = That doesn't look like a bot token (numbers, a colon, then a long code).
form-format-model-key = That doesn't look like an API key (no spaces, at least { $min ->
    [one] { $min } character
   *[other] { $min } characters
}).
form-show = Show
form-hide = Hide
form-save = Save
form-checking = Checking…
form-close = Close
form-done = Saved { $masked }. You can close this form and go back to the chat.
form-outside-telegram = Open this form with its button in your chat with the bot.
form-unreachable = I couldn't reach the bot. Check your internet connection and try again.
form-refused-signature = Telegram couldn't confirm that this form is really yours. Open it again from the chat.
form-refused-stale = { $minutes ->
    [one] This form was opened more than { $minutes } minute ago. Open it again from the chat.
   *[other] This form was opened more than { $minutes } minutes ago. Open it again from the chat.
}
form-refused-used = This form was already used. Nothing new was saved.
form-refused-unknown = This form no longer works: a newer one replaced it, or it's too old. Use the newest one in the chat.
form-refused-expired = { $minutes ->
    [one] This form expired after { $minutes } minute. Ask for it again in the chat.
   *[other] This form expired after { $minutes } minutes. Ask for it again in the chat.
}
form-refused-spent = Too many tries: this form is closed. Ask for it again in the chat.
form-refused-flood = Too many tries in a short time. Wait a little, then try again.
form-refused-other-user = This form was opened for someone else. Nothing was saved.
form-refused-too-large = That's far too long for a key or a token. Nothing was saved.
form-refused-empty = Nothing was typed. Paste the whole key or token into the field.
form-refused-malformed = Something went wrong while sending the form. Open it again from the chat.
form-refused-not-awaited = I'm no longer waiting for this in the chat, so nothing was saved. Start that step again in the chat.
form-refused-failed = Something went wrong on my side. Nothing was saved; please try again in a moment.

# The assistant's bot created from the chat (managed bots)
btn-create-bot = 🤖 Create the bot for me
newbot-offer = Easiest: tap “🤖 Create the bot for me” below. Telegram suggests a name; change it if you like, confirm, and I do the rest. No token to copy.
newbot-again = No new bot has reached me. If Telegram's window was closed, or it said you already have too many bots (delete one in @BotFather), tap “🤖 Create the bot for me” to try again, or paste a token from @BotFather.
newbot-token-failed = Your new bot { $username } is there, but Telegram didn't give me its token just now. Tap “🔁 Try again”, or paste a token from @BotFather instead.
newbot-unexpected = Your new bot { $username } was created and is yours, but I wasn't waiting for a bot just then, so I left it alone. You'll find it in @BotFather.
newbot-put-away = Back one step: I hid the “🤖 Create the bot for me” button.
btn-new-token = 🔑 New token
btn-access = 👥 Who can talk to it
newtoken-done = { $username } has a new token; the old one no longer works.
newtoken-failed = Telegram didn't give { $username } a new token just now, so nothing changed. Please try again in a moment.
access-title = Who can talk to { $username }? Now: { $now }.
access-now-everyone = everyone
access-now-only = only you
access-now-some = you and { $names }
access-now-unknown = unknown (Telegram didn't answer)
btn-access-everyone = 🌍 Everyone
btn-access-me = 🔒 Only me
btn-access-pick = 👥 Me and people I choose…
access-pick = Tap “👥 Choose people” below and pick up to { $max ->
    [one] { $max } person
   *[other] { $max } people
} who may talk to { $username }. You can always talk to it yourself.
btn-access-choose = 👥 Choose people
access-set-everyone = Everyone can talk to { $username } now.
access-set-only = Only you can talk to { $username } now.
access-set-some = { $count ->
    [one] Only you and 1 more person can talk to { $username } now.
   *[other] Only you and { $count } more people can talk to { $username } now.
}
access-failed = Telegram didn't accept the change just now, so nothing changed. Please try again in a moment.
flood-slow-down = That's more than I can answer here at once, so I skipped some of it. Please wait for my answers, then send again what you still need.

# Errors (w2)
api-error-invalid-state-chat = The assistant can't do that in the state it's in now (it may be starting or stopped). Send /list and open it to see what you can do with it now.
api-error-not-found-next = Send /list to see the assistants you have now, or tap 🔄 Refresh on its card.
api-error-rate-limited = Getclaw is getting too many requests right now. Please wait a minute, then try again.
api-error-rate-limited-seconds = Getclaw is getting too many requests right now. Please wait { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}, then try again.
api-error-rate-limited-minutes = Getclaw is getting too many requests right now. Please wait { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}, then try again.
api-error-forbidden = Getclaw refused access to this. If it keeps happening, check your API key on the API Keys page at { $dashboard } and send a new one with /setkey.
wz-kept-for-later = I kept your answers. When Getclaw is back, tap 🔁 Try again: you won't need to start over.

# Restart question (w2)
restart-live-again = { $name } is live again — restart it anyway? It would be offline for a short while.
btn-restart-yes = ✅ Yes, restart
btn-restart-no = No, leave it
restart-kept-running = Okay, { $name } keeps running as it is.

# Pay later (w2)
card-pay-link = 💳 To pay for it, open this link: { $link }
card-paid-finish = 💳 Payment received! Tap ▶️ Finish setup to choose the rest, and I'll start it.

# Payment wait's end (w2)
payment-wait-ended =
    I stopped waiting for the payment for { $name }, because I can't check it any more. { $reason }
    I deleted the answers you gave me for it. Your order is kept: once it's paid, open it in /list and tap ▶️ Finish setup.
# The watch on the assistant's own bot (w3)
watch-silent = ⚠️ { $name } seems to have stopped answering: { $count ->
    [one] 1 message has been waiting
   *[other] { $count } messages have been waiting
} for it since { $since }.
watch-telegram-said = Telegram says: { $reason }.
watch-silent-next = Restarting it often helps. If it doesn't, open its card in /list to see what happened.
watch-reason-status = its server answered { $status }
watch-reason-timeout = its server did not answer in time
watch-reason-refused = its server refused the connection
watch-reason-other = “{ $message }”
watch-answers-again = ✅ { $name } answers again: no messages are waiting.
watch-revoked = ⚠️ Telegram no longer accepts the bot token of { $name }, so it cannot answer anyone. This happens when the token is revoked in @BotFather. Get a new token there, then open its card in /list and tap { $edit } → { $field }.
watch-revoked-managed = ⚠️ Telegram no longer accepts the bot token of { $name }, so it cannot answer anyone. Open its card in /list and tap { $newtoken }, then { $restart }.
btn-watch-open = 💬 Open
card-health-ok-now = Answers messages · checked just now
card-health-ok = Answers messages · checked { $minutes ->
    [one] 1 minute ago
   *[other] { $minutes } minutes ago
}
card-health-waiting = { $count ->
    [one] 1 message waiting
   *[other] { $count } messages waiting
} since { $since }
card-health-revoked = Telegram no longer accepts its bot token
card-health-off = Not checked: you turned the check off
btn-watch-off = 👁 Stop checking
watch-off-done = I no longer check whether { $name } answers, and I deleted the copy of its bot token I kept. Setting its bot token again turns the check back on.

# The assistant's Telegram profile (w3)
btn-profile = 🪪 Profile
btn-profile-name = Name
btn-profile-about = About
btn-profile-description = Description
profile-empty = (empty)
profile-view = How { $assistant } looks in Telegram:
    Name: { $name }
    About: { $about }
    Description: { $description }
profile-ask-name = Send the new name for the bot (up to { $limit } characters). Send { $clear } to remove it.
profile-ask-about = Send the new "about" text, shown on the bot's profile (up to { $limit } characters). Send { $clear } to remove it.
profile-ask-description = Send the new description, shown to people before they start a chat with the bot (up to { $limit } characters). Send { $clear } to remove it.
profile-saved-name = Done: { $assistant }'s bot has its new name.
profile-saved-about = Done: { $assistant }'s bot has its new "about" text.
profile-saved-description = Done: { $assistant }'s bot has its new description.
profile-too-long = That text is too long for Telegram: it takes up to { $limit } characters, and this one has { $length }. Please send a shorter one.
profile-refused = Telegram didn't accept the change ({ $reason }), so nothing changed.
profile-unreachable = I couldn't reach Telegram just now, so nothing changed. Please try again in a moment.
profile-token-refused = Telegram no longer accepts the bot token of { $assistant }, so I can't change its profile. Set a new token first.
# Watch (w1): an assistant that changed after it went live, told once in its chat.
watch-failed =
    ⚠️ { $name } stopped working: { $reason }
    Press Restart below to start it again.
watch-stopped =
    ⏸ { $name } was turned off outside this chat: { $reason }
    Press Restart below to turn it on again.
watch-deleted = 🗑 { $name } was removed outside this chat, so it doesn't answer any more. Send /new to make a new one.
watch-moved =
    ℹ️ { $name } now runs at a new server address: { $url }
    Nothing to do: it keeps answering as before.
