# Command menu
cmd-start = स्वागत और पहले कदम
cmd-help = यह बॉट क्या-क्या कर सकता है
cmd-list = आपके असिस्टेंट
cmd-new = नया असिस्टेंट बनाएँ
cmd-setkey = API key जोड़ें या बदलें
cmd-forgetkey = सेव की गई API key हटाएँ
cmd-language = भाषा चुनें
cmd-cancel = मौजूदा कदम छोड़ें
cmd-audit = ग्रुप में हाल की गतिविधियाँ

# /start and /help
start-welcome = नमस्ते! मैं आपके लिए Telegram पर AI असिस्टेंट बनाता हूँ और उन्हें चलाता हूँ। आपको बस मेरे सवालों के जवाब देने हैं — कोई कोड नहीं चाहिए।
start-need-key = शुरू करने के लिए अपना Getclaw अकाउंट जोड़ें: { $dashboard } पर साइन इन करें, API Keys पेज खोलें, एक key बनाएँ और उसे यहाँ पेस्ट करें। आपकी key सुरक्षित रहे, इसलिए मैं आपका मैसेज तुरंत डिलीट कर दूँगा।
start-need-key-group = पहले इस ग्रुप को एक Getclaw API key चाहिए: कोई भी एडमिन /setkey से इसे जोड़ सकता है।
wz-slot-state = आपके ख़रीदे हुए असिस्टेंट की स्थिति अब: { $status }।
start-has-key = आपकी API key जुड़ी हुई है। असिस्टेंट बनाने के लिए /new भेजें, या अपने असिस्टेंट देखने के लिए /list।
help =
    मैं ये काम कर सकता हूँ:
    /new — नया असिस्टेंट बनाएँ, एक-एक कदम करके
    /list — आपके असिस्टेंट: रोकें, रीस्टार्ट करें, बदलें या डिलीट करें
    /setkey — Getclaw API key जोड़ें या बदलें
    /forgetkey — सेव की गई API key हटाएँ
    /language — मेरी भाषा चुनें
    /cancel — मौजूदा कदम छोड़ें
    /audit — इस ग्रुप में हाल की गतिविधि (ग्रुप एडमिन के लिए)
key-saved = आपकी API key { $masked } सेव हो गई। असिस्टेंट बनाने के लिए /new भेजें।

# Errors
button-stale = यह बटन अब काम नहीं करता।
error-internal = मेरी तरफ़ से कुछ गड़बड़ हो गई। कृपया थोड़ी देर में फिर से कोशिश करें।
api-error-unauthorized = Getclaw ने API key नहीं मानी। { $dashboard } के API Keys पेज पर नई key बनाएँ और उसे /setkey के साथ भेजें।
api-error-invalid-request = सर्विस ने यह अनुरोध नहीं माना। आपने जो भरा है, उसे जाँचकर फिर से कोशिश करें।
api-error-invalid-input = सर्विस इस असिस्टेंट के लिए यह AI कंपनी या मॉडल नहीं लेती। कृपया कोई दूसरा चुनें।
api-error-invalid-state = असिस्टेंट अभी यह नहीं कर सकता (शायद वह शुरू हो रहा है या रुका हुआ है)। उसकी स्थिति देखने के लिए 🔄 रिफ़्रेश दबाएँ।
api-error-not-found = यह असिस्टेंट अब सर्विस पर मौजूद नहीं है।
api-error-api-disabled = सर्विस अभी कुछ समय के लिए बंद है। कृपया बाद में कोशिश करें।
api-error-payment-not-configured = सर्विस अभी पेमेंट नहीं ले पा रही है। कृपया बाद में कोशिश करें।
api-error-worker-delete-failed = सर्विस असिस्टेंट को बंद नहीं कर पाई। कुछ नहीं बदला; कृपया कुछ मिनट बाद फिर से कोशिश करें।
api-error-internal-error = सर्विस में अपनी ही कोई गड़बड़ी हुई और काम पूरा नहीं हुआ। आपने सब सही भरा है; कृपया कुछ मिनट बाद फिर से कोशिश करें।
api-error-unavailable = सर्विस अभी जवाब नहीं दे रही है। कृपया थोड़ी देर में फिर से कोशिश करें।

# /setkey, /forgetkey
setkey-ask = अपनी Getclaw API key यहाँ पेस्ट करें (यह { $dashboard } के API Keys पेज पर बनती है)। मैं आपका मैसेज तुरंत डिलीट कर दूँगा।
setkey-rejected = Getclaw ने यह key नहीं मानी, इसलिए मैंने इसे सेव नहीं किया। { $dashboard } के API Keys पेज पर इसे जाँचें और फिर से /setkey भेजें।
setkey-unchecked = मैं सर्विस से key जाँच नहीं पाया, इसलिए इसे सेव नहीं किया। { $reason } थोड़ी देर में फिर से /setkey भेजें।
forgetkey-done = मैंने सेव की गई API key हटा दी।
forgetkey-none = कोई API key सेव नहीं थी।
private-only = सुरक्षा के लिए मैं टोकन और key सिर्फ़ प्राइवेट चैट में लेता हूँ। चलिए, वहीं आगे बढ़ते हैं।
btn-open-private = प्राइवेट चैट खोलें
secret-deleted = मैंने आपका मैसेज डिलीट कर दिया, ताकि गुप्त जानकारी चैट में न रहे।
secret-not-deleted = मैं आपका मैसेज डिलीट नहीं कर पाया: कृपया इसे ख़ुद डिलीट करें, इसमें गुप्त जानकारी है।

# /language
language-name = हिन्दी
language-choose = मेरी भाषा चुनें:
language-auto = मेरी Telegram भाषा के हिसाब से
language-set = हो गया: अब मैं यहाँ हिन्दी में बात करूँगा।

# /cancel, stray text
cancel-done = रद्द कर दिया गया।
cancel-nothing = रद्द करने के लिए कुछ नहीं है।
cancel-waiting = { $count ->
    [one] मैंने { $count } पेमेंट का इंतज़ार करना भी बंद कर दिया। आपका ऑर्डर बना रहेगा: बाद में पेमेंट करेंगे तो वह /list में दिखेगा।
   *[other] मैंने { $count } पेमेंट का इंतज़ार करना भी बंद कर दिया। आपके ऑर्डर बने रहेंगे: बाद में पेमेंट करेंगे तो वे /list में दिखेंगे।
}
unknown-text = मैं समझ नहीं पाया। मैं क्या-क्या कर सकता हूँ, यह देखने के लिए /help भेजें।

# Buttons
btn-back = « वापस
btn-cancel = रद्द करें
btn-confirm = ✅ पक्का करें
btn-change = ✏️ बदलें
btn-other = कोई और…
btn-pay = 💳 पेमेंट करें
btn-stop-waiting = इंतज़ार बंद करें
btn-try-again = 🔁 फिर से कोशिश करें
btn-field-mode = प्लान
btn-field-name = नाम
btn-field-model = AI मॉडल
btn-field-token = बॉट टोकन
btn-field-key = अपनी AI key

# Billing modes
mode-byok = 🔑 मेरी अपनी AI key
mode-managed = ✨ AI कीमत में शामिल
mode-unlimited = अनलिमिटेड

# The /new wizard
wz-needs-key = पहले मुझे आपकी Getclaw API key चाहिए: /setkey भेजें।
wz-step = कदम { $n } (कुल { $total })
wz-mode =
    आपका असिस्टेंट जिस AI का इस्तेमाल करेगा, उसका पेमेंट कैसे होगा?
    • मेरी अपनी AI key: किसी AI कंपनी (जैसे OpenAI) में आपका अकाउंट है और आप उसकी key यहाँ पेस्ट करेंगे।
    • AI कीमत में शामिल: हर महीने AI का एक तय इस्तेमाल कीमत में शामिल है।
    • अनलिमिटेड: AI शामिल है, और हर महीने सबसे ज़्यादा इस्तेमाल मिलता है।
wz-name = असिस्टेंट का नाम क्या रखें? ज़्यादा से ज़्यादा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षरों
} का नाम भेजें।
wz-name-empty = नाम खाली नहीं हो सकता। ज़्यादा से ज़्यादा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षरों
} का नाम भेजें।
wz-name-too-long = { $count ->
    [one] इस नाम में { $count } अक्षर है
   *[other] इस नाम में { $count } अक्षर हैं
}, जबकि सीमा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षरों
} की है। कृपया छोटा नाम भेजें।
wz-provider = कौन-सी AI कंपनी? नीचे से चुनें।
wz-provider-other = कंपनी का छोटा नाम अंग्रेज़ी अक्षरों में लिखें (जैसे: mistral)।
wz-provider-invalid = कृपया कंपनी का छोटा नाम एक ही शब्द में, अंग्रेज़ी के छोटे अक्षरों में लिखें, जैसे mistral।
wz-model = { $provider } का कौन-सा मॉडल? नीचे से चुनें या उसका नाम लिखें।
wz-model-managed = आपका असिस्टेंट कौन-सा AI मॉडल इस्तेमाल करे? नीचे से चुनें। कोई ख़ास मॉडल चाहिए? OpenRouter पर उसका जो नाम है, वह लिखें, जैसे openai/gpt-5-mini।
wz-model-other = मॉडल का नाम लिखें।
wz-model-invalid = मॉडल के नाम में स्पेस नहीं होना चाहिए और वह { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षरों
} से लंबा नहीं होना चाहिए। कृपया फिर से कोशिश करें।
wz-bot-token =
    आपके असिस्टेंट को लोगों से बात करने के लिए अपना एक Telegram बॉट चाहिए। @BotFather खोलें, /newbot भेजें और एक नाम चुनें; जवाब में वह एक टोकन देगा — यह पासवर्ड जैसा एक कोड होता है, जैसे 123456789:AAH…
    उसे यहाँ पेस्ट करें, मैं आपका मैसेज तुरंत डिलीट कर दूँगा।
wz-bot-token-format = यह बॉट टोकन जैसा नहीं लगता (अंक, फिर कोलन, फिर एक लंबा कोड)। कृपया फिर से पेस्ट करें।
wz-bot-token-rejected = Telegram यह टोकन नहीं मान रहा। @BotFather वाली चैट से इसे दोबारा कॉपी करके यहाँ पेस्ट करें।
wz-bot-token-unchecked = मैं अभी Telegram से टोकन जाँच नहीं पाया। कृपया थोड़ी देर में फिर से पेस्ट करें।
wz-bot-token-ok = मिल गया: असिस्टेंट { $username } के नाम से जवाब देगा।
wz-model-key = आख़िरी कदम: आपकी { $provider } API key, जिससे असिस्टेंट AI का इस्तेमाल करेगा। इसे यहाँ पेस्ट करें; मैं आपका मैसेज तुरंत डिलीट कर दूँगा।
wz-model-key-invalid = यह API key जैसी नहीं लगती (इसमें स्पेस नहीं होता और कम से कम { $min ->
    [one] { $min } अक्षर
   *[other] { $min } अक्षर
} होते हैं)। कृपया फिर से पेस्ट करें।
wz-use-buttons = कृपया ऊपर के बटनों से चुनें, या /cancel भेजें।
wz-summary =
    कृपया जाँच लें:
    नाम: { $name }
    प्लान: { $mode }
    AI मॉडल: { $provider } / { $model }
    Telegram बॉट: { $bot }
    AI key: { $key }
wz-summary-key-none = ज़रूरत नहीं
wz-summary-buy = ✅ पक्का करें दबाएँ, मैं इस असिस्टेंट के पेमेंट का लिंक भेज दूँगा।
wz-summary-activate = जिस असिस्टेंट का पेमेंट हो चुका है, उसे शुरू करने के लिए ✅ पक्का करें दबाएँ।
wz-cancelled = रद्द कर दिया गया। कुछ भी ख़रीदा नहीं गया।
wz-cancelled-slot = रद्द कर दिया गया। आपने जिसका पेमेंट किया है, वह बना रहेगा: सेटअप बाद में /list से पूरा करें।
wz-pay-adopted = मैंने { $name } का ऑर्डर कर दिया, लेकिन उसका पेमेंट लिंक मुझ तक नहीं पहुँचा। कृपया { $dashboard } पर अपने Getclaw अकाउंट में पेमेंट करें; पेमेंट आते ही मैं { $name } को शुरू कर दूँगा।
wz-resumed = पिछली बार आपने जो पक्का किया था, वह पूरा नहीं हो पाया, इसलिए कुछ भी ख़रीदा नहीं गया। जानकारी जाँचें और फिर से पक्का करें।
wz-unlimited-refused = सर्विस इस अकाउंट को “अनलिमिटेड” प्लान नहीं बेचती। इसकी जगह “मेरी अपनी AI key” या “AI कीमत में शामिल” चुनें।
wz-pay = { $name } का ऑर्डर तैयार है। नीचे दिए लिंक से पेमेंट करें: पेमेंट आते ही मुझे पता चल जाएगा और मैं { $name } को तुरंत शुरू कर दूँगा।
wz-stopped-waiting = ठीक है, अब मैं इस पेमेंट का इंतज़ार नहीं कर रहा। आपका ऑर्डर बना रहेगा: बाद में पेमेंट करेंगे तो वह /list में “शुरू करें” बटन के साथ दिखेगा।
wz-payment-timeout = { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} में { $name } का पेमेंट नहीं दिखा, इसलिए मैंने इंतज़ार बंद कर दिया। आपका ऑर्डर बना रहेगा: बाद में पेमेंट करेंगे तो वह /list में “शुरू करें” बटन के साथ दिखेगा।
wz-paid-deploying = पेमेंट मिल गया! { $name } को शुरू कर रहा हूँ… चालू होते ही यहाँ बता दूँगा।
wz-deploying = { $name } को शुरू कर रहा हूँ… चालू होते ही यहाँ बता दूँगा।
wz-activation-model-rejected = सर्विस ने { $name } के लिए { $model } मॉडल नहीं माना। कृपया कोई दूसरा चुनें; आपका पेमेंट बेकार नहीं जाएगा।
wz-activation-failed = मैं { $name } को शुरू नहीं कर पाया। { $reason } आपका पेमेंट बेकार नहीं जाएगा: बाद में /list से इसे शुरू करें।

# Status
status-pending-payment = पेमेंट का इंतज़ार
status-purchased = पेमेंट हो गया, अभी शुरू नहीं हुआ
status-deploying = शुरू हो रहा है
status-active = चालू
status-failed = गड़बड़ी
status-stopped = रुका हुआ
status-gone = { $name } अब सर्विस पर मौजूद नहीं है, इसलिए मैंने उस पर नज़र रखना बंद कर दिया।
notice-active = ✅ { $name } चालू हो गया!
notice-link = इससे बात करें: { $link }
notice-worker = सर्वर का पता (डेवलपर्स के लिए): { $url }
notice-failed = ❌ { $name } शुरू नहीं हो पाया: { $reason }
notice-no-reason = सर्विस ने कोई वजह नहीं बताई
notice-changed = { $name } की स्थिति अब: { $status }।

# /list and cards
list-title = { $count ->
    [one] आपका असिस्टेंट:
   *[other] आपके { $count } असिस्टेंट:
}
list-page = पेज { $page } (कुल { $pages })
list-empty = अभी आपका कोई असिस्टेंट नहीं है। नया बनाने के लिए /new भेजें।
list-no-key = पहले मुझे Getclaw API key चाहिए: /setkey भेजें।
list-offline = मैं सर्विस तक नहीं पहुँच पाया, इसलिए आख़िरी बार की जानकारी दिखा रहा हूँ। { $reason }
list-deleted = { $name } डिलीट कर दिया गया।
card-status = स्थिति: { $status }
card-reason = वजह: { $reason }
card-mode = प्लान: { $mode }
card-model = AI मॉडल: { $provider } / { $model }
card-bot = Telegram बॉट: { $link }
card-worker = सर्वर का पता (डेवलपर्स के लिए): { $url }
card-payment = पेमेंट: { $status }
card-paid-until = पेमेंट इस तारीख़ तक: { $time }
card-canceled = { $time } को रद्द किया गया; { $end } तक चलेगा
card-canceled-at = { $time } को रद्द किया गया
card-updated = अपडेट: { $time }
card-gone = यह असिस्टेंट अब सर्विस पर मौजूद नहीं है।
card-state-changed = यह कार्ड दिखाने के बाद असिस्टेंट में बदलाव हुआ है; अभी इसकी स्थिति यह है।
card-stopped = रोक दिया गया।
card-redeploying = रीस्टार्ट हो रहा है… चालू होते ही यहाँ बता दूँगा।
card-delete-confirm = { $name } डिलीट करें? असिस्टेंट बंद हो जाएगा और उसका सब्सक्रिप्शन हट जाएगा। इसे वापस नहीं किया जा सकता।
card-edit-stop-first = { $name } अभी चल रहा है: पहले इसे रोकें, फिर बदलाव करें।
btn-stop = ⏹ रोकें
btn-redeploy = 🔁 रीस्टार्ट करें
btn-edit = ✏️ बदलें
btn-activate = ▶️ शुरू करें
btn-delete = 🗑 डिलीट करें
btn-delete-yes = 🗑 हाँ, { $name } डिलीट करें
btn-refresh = 🔄 रिफ़्रेश
btn-back-list = « लिस्ट पर वापस
btn-open-card = इसका कार्ड खोलें
edit-choose = { $name } में क्या बदलना है?
edit-name = { $name } का नया नाम भेजें (ज़्यादा से ज़्यादा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षर
})।
edit-saved = सेव हो गया। बदलाव लागू करने के लिए { $name } के कार्ड पर 🔁 रीस्टार्ट करें दबाएँ।
edit-cancelled = बदलाव रद्द किया गया; कुछ नहीं बदला।

# Groups
team-admins-only = यह सिर्फ़ इस ग्रुप के एडमिन कर सकते हैं।
team-not-bot-owner = इस असिस्टेंट का बॉट किसी और का है, इसलिए सिर्फ़ उसका मालिक ही उसका टोकन बदल सकता है या तय कर सकता है कि उससे कौन बात कर सकता है।
team-no-longer-admin = आप अब उस ग्रुप के एडमिन नहीं हैं, इसलिए मैंने यह नहीं किया। ग्रुप का कोई भी एडमिन इसे फिर से शुरू कर सकता है।
team-anonymous-admin = आप गुमनाम (anonymous) रूप से लिख रहे हैं, इसलिए मैं नहीं जान सकता कि आप कौन-से एडमिन हैं। असिस्टेंट संभालने के लिए इस ग्रुप में अपने एडमिन अधिकारों में “Remain anonymous” बंद करें, फिर दोबारा कोशिश करें।
team-upgraded = Telegram ने इस ग्रुप को अपग्रेड कर दिया है। इसकी API key, असिस्टेंट और गतिविधि का रिकॉर्ड साथ आ गए हैं; कुछ भी दोबारा सेट नहीं करना है।
conversation-timed-out = { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} तक कोई जवाब नहीं आया, इसलिए सेटअप रुक गया और अब तक भेजी गई जानकारी मैंने मिटा दी। फिर से शुरू करने के लिए /new भेजें (या /setkey, /list)।
team-secret-deleted = { $who }, यह गुप्त जानकारी जैसा लग रहा था, इसलिए मैंने इसे डिलीट कर दिया। हो सकता है यहाँ किसी ने इसे देख लिया हो: इसे अभी बदलें (नई key या नया टोकन बनाएँ, पुराना वाला काम करना बंद कर देगा), और गुप्त जानकारी मुझे सिर्फ़ प्राइवेट चैट में दें।
team-secret-not-deleted = { $who }, यह गुप्त जानकारी जैसा लगता है और मैं इसे यहाँ डिलीट नहीं कर सकता (मुझे मैसेज डिलीट करने का अधिकार चाहिए)। इसे डिलीट करें और अभी बदलें (नई key या नया टोकन बनाएँ, पुराना वाला काम करना बंद कर देगा): हो सकता है यहाँ किसी ने इसे देख लिया हो।
btn-continue-private = 🔐 प्राइवेट चैट में आगे बढ़ें
handoff-offer = { $who }, API key मुझे प्राइवेट चैट में दें: नीचे का बटन सिर्फ़ आपके लिए, एक बार, { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} तक काम करेगा।
handoff-edit-offer = { $who }, नई गुप्त जानकारी मुझे प्राइवेट चैट में दें: नीचे का बटन सिर्फ़ आपके लिए, एक बार, { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} तक काम करेगा।
handoff-edit-key = नई AI key यहाँ पेस्ट करें। मैं आपका मैसेज तुरंत डिलीट कर दूँगा; ग्रुप को सिर्फ़ इतना पता चलेगा कि असिस्टेंट में बदलाव हुआ।
handoff-edit-done = मिल गया। बदलाव ग्रुप में सेव हो गया है, वहाँ “रीस्टार्ट करें” बटन भी है।
handoff-key-ask = ग्रुप की Getclaw API key यहाँ पेस्ट करें। मैं आपका मैसेज तुरंत डिलीट कर दूँगा और ग्रुप को सिर्फ़ इतना बताऊँगा कि key जुड़ गई।
handoff-key-saved = ग्रुप की API key { $masked } सेव हो गई।
handoff-expired = इस लिंक का समय ख़त्म हो गया (लिंक { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} तक चलते हैं)। ग्रुप में नया लिंक माँगें।
handoff-used = यह लिंक पहले ही इस्तेमाल हो चुका है। ग्रुप में नया लिंक माँगें।
handoff-other-user = यह लिंक ग्रुप के किसी दूसरे एडमिन के लिए बना था।
handoff-unknown = मैं इस लिंक को नहीं पहचानता। ग्रुप में नया लिंक माँगें।
handoff-wizard-gone = ग्रुप का असिस्टेंट सेटअप अब इसका इंतज़ार नहीं कर रहा। ग्रुप में /new से फिर से शुरू करें।
handoff-wizard-done = धन्यवाद! अब ग्रुप में लौटें: वहाँ सारांश आपका इंतज़ार कर रहा है।
wz-group-secrets = अब बारी है गुप्त जानकारी की: बॉट का टोकन (और अगर आपकी अपनी AI key है, तो वह भी)। इन्हें यहाँ न भेजें: बटन दबाकर इन्हें मुझे प्राइवेट चैट में भेजें। उसके बाद सेटअप इसी ग्रुप में पूरा होगा।
wz-reply-here = ✍️ इस मैसेज पर रिप्लाई करके जवाब दें।
audit-title = इस ग्रुप में हाल की गतिविधि:
audit-empty = इस ग्रुप में अभी तक कुछ नहीं किया गया है।
audit-key-set = { $who } ने API key { $name } जोड़ी
audit-key-removed = { $who } ने API key हटाई
audit-bought = { $who } ने असिस्टेंट { $name } ख़रीदा
audit-activated = { $who } ने { $name } को शुरू किया
audit-stopped = { $who } ने { $name } को रोका
audit-redeployed = { $who } ने { $name } को रीस्टार्ट किया
audit-deleted = { $who } ने { $name } को डिलीट किया
audit-edited = { $who } ने { $name } में बदलाव किया

# Replayed after a restart
wz-replay-submitting = बॉट आपका असिस्टेंट ख़रीद ही रहा था कि तभी वह रीस्टार्ट हो गया। पहले मैं देख रहा हूँ कि ख़रीद पूरी हुई या नहीं…
replay-done = आपका पिछला अनुरोध पूरा होते ही बॉट दोबारा शुरू हुआ: वह काम हो चुका है। अपने असिस्टेंट देखने के लिए /list भेजें।

# The secure form (a Mini App served by the bot)
form-button = 🔐 सुरक्षित फ़ॉर्म में भरें
form-offer = 🔐 ज़्यादा सुरक्षित: इसे नीचे दिए सुरक्षित फ़ॉर्म में भरें, वहाँ से यह कभी चैट मैसेज नहीं बनता। या यहीं पेस्ट करें।
form-saved = सेव हो गया: { $masked }
form-page-title = सुरक्षित फ़ॉर्म
form-intro = आप यहाँ जो भी भरेंगे, वह सीधे बॉट के सर्वर पर जाएगा: यह कभी चैट मैसेज नहीं बनता।
form-account = { $who } के लिए सेव हो रहा है। आप नहीं हैं? यह फ़ॉर्म बंद कर दें।
form-title-api-key = आपकी Getclaw API key
form-title-bot-token = आपके असिस्टेंट के बॉट का टोकन
form-title-model-key = आपकी AI key
form-hint-api-key = { $dashboard } के API Keys पेज से।
form-hint-bot-token = @BotFather से: अंक, फिर कोलन, फिर एक लंबा कोड।
form-hint-model-key = आपकी AI कंपनी की API key: बिना स्पेस के, कम से कम { $min ->
    [one] { $min } अक्षर
   *[other] { $min } अक्षर
}।
form-format-api-key = यह API key जैसी नहीं लगती: पूरी key बिना स्पेस के पेस्ट करें।
form-format-bot-token = यह बॉट टोकन जैसा नहीं लगता (अंक, फिर कोलन, फिर एक लंबा कोड)।
form-format-model-key = यह API key जैसी नहीं लगती (बिना स्पेस के, कम से कम { $min ->
    [one] { $min } अक्षर
   *[other] { $min } अक्षर
})।
form-show = दिखाएँ
form-hide = छिपाएँ
form-save = सेव करें
form-checking = जाँच हो रही है…
form-close = बंद करें
form-done = सेव हो गया: { $masked }। अब आप यह फ़ॉर्म बंद कर सकते हैं, बातचीत चैट में जारी रहेगी।
form-outside-telegram = यह फ़ॉर्म बॉट वाली चैट में दिए गए बटन से खोलें।
form-unreachable = बॉट के सर्वर से कनेक्ट नहीं हो पाया। अपना इंटरनेट जाँचें और फिर से कोशिश करें।
form-refused-signature = इस फ़ॉर्म पर Telegram का सिग्नेचर मेल नहीं खाता। चैट से फ़ॉर्म फिर से खोलें।
form-refused-stale = यह फ़ॉर्म { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} से ज़्यादा पहले खोला गया था। चैट से इसे फिर से खोलें।
form-refused-used = यह फ़ॉर्म पहले ही इस्तेमाल हो चुका है। कुछ नया सेव नहीं हुआ।
form-refused-unknown = यह फ़ॉर्म अब काम का नहीं है: या तो इसकी जगह नया अनुरोध आ गया है, या यह बहुत पुराना है। चैट में सबसे नया अनुरोध इस्तेमाल करें।
form-refused-expired = यह फ़ॉर्म { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} बाद बंद हो गया। चैट में इसे फिर से माँगें।
form-refused-spent = बहुत ज़्यादा कोशिशें हो गईं: यह फ़ॉर्म बंद कर दिया गया है। चैट में इसे फिर से माँगें।
form-refused-flood = कम समय में बहुत ज़्यादा कोशिशें हुईं। थोड़ा रुकें, फिर कोशिश करें।
form-refused-other-user = यह फ़ॉर्म किसी और के लिए खोला गया था। कुछ सेव नहीं हुआ।
form-refused-too-large = यह किसी key या टोकन के लिए बहुत ज़्यादा लंबा है। कुछ सेव नहीं हुआ।
form-refused-empty = कुछ भी नहीं भरा गया। पूरी key या पूरा टोकन बॉक्स में पेस्ट करें।
form-refused-malformed = फ़ॉर्म से आई जानकारी बॉट पढ़ नहीं पाया। चैट से इसे फिर से खोलें।
form-refused-not-awaited = चैट अब इस गुप्त जानकारी का इंतज़ार नहीं कर रही, इसलिए कुछ सेव नहीं हुआ। चैट में फिर से माँगें।
form-refused-failed = बॉट की तरफ़ कुछ गड़बड़ हो गई। कुछ सेव नहीं हुआ; कृपया थोड़ी देर में फिर से कोशिश करें।

# The assistant's bot created from the chat (managed bots)
btn-create-bot = 🤖 मेरे लिए बॉट बना दें
newbot-offer = सबसे आसान: नीचे “🤖 मेरे लिए बॉट बना दें” दबाएँ। Telegram अपनी एक विंडो खोलेगा, जिसमें नाम और @username पहले से भरे होंगे; चाहें तो उन्हें बदल लें, पक्का करें, और बाकी मैं संभाल लूँगा। कोई टोकन कॉपी नहीं करना पड़ेगा।
newbot-again = मुझ तक कोई नया बॉट नहीं पहुँचा। अगर Telegram की विंडो बंद हो गई थी, या उसने कहा कि आपके पास पहले से बहुत ज़्यादा बॉट हैं (@BotFather में कोई एक डिलीट करें), तो फिर से कोशिश करने के लिए “🤖 मेरे लिए बॉट बना दें” दबाएँ — या @BotFather से मिला टोकन पेस्ट करें।
newbot-token-failed = आपका नया बॉट { $username } बन गया है, लेकिन Telegram ने अभी मुझे उसका टोकन नहीं दिया। “फिर से कोशिश करें” दबाएँ — या इसकी जगह @BotFather से मिला टोकन पेस्ट करें।
newbot-unexpected = आपका नया बॉट { $username } बन गया है और वह आपका ही है, लेकिन उस समय मैं किसी बॉट का इंतज़ार नहीं कर रहा था, इसलिए मैंने उसे नहीं छुआ। वह आपको @BotFather में मिल जाएगा।
newbot-put-away = एक कदम पीछे: मैंने “मेरे लिए बॉट बना दें” बटन हटा दिया।
btn-new-token = 🔑 नया टोकन
btn-access = 👥 कौन इससे बात कर सकता है
newtoken-done = { $username } को नया टोकन मिल गया; पुराना अब काम नहीं करता।
newtoken-failed = Telegram ने अभी { $username } को नया टोकन नहीं दिया, इसलिए कुछ नहीं बदला। कृपया थोड़ी देर में फिर से कोशिश करें।
access-title = { $username } से कौन बात कर सकता है? अभी: { $now }।
access-now-everyone = सभी
access-now-only = सिर्फ़ आप
access-now-some = आप और { $names }
access-now-unknown = पता नहीं (Telegram ने जवाब नहीं दिया)
btn-access-everyone = 🌍 सभी
btn-access-me = 🔒 सिर्फ़ मैं
btn-access-pick = 👥 मैं और मेरे चुने लोग…
access-pick = नीचे “👥 लोग चुनें” दबाएँ और ज़्यादा से ज़्यादा { $max ->
    [one] { $max } व्यक्ति
   *[other] { $max } लोग
} चुनें, जो { $username } से बात कर सकें। आप ख़ुद तो हमेशा बात कर सकते हैं।
btn-access-choose = 👥 लोग चुनें
access-set-everyone = अब { $username } से सभी बात कर सकते हैं।
access-set-only = अब { $username } से सिर्फ़ आप बात कर सकते हैं।
access-set-some = { $count ->
    [one] अब { $username } से सिर्फ़ आप और आपका चुना हुआ { $count } व्यक्ति बात कर सकते हैं।
   *[other] अब { $username } से सिर्फ़ आप और आपके चुने हुए { $count } लोग बात कर सकते हैं।
}
access-failed = Telegram ने अभी यह बदलाव नहीं माना, इसलिए कुछ नहीं बदला। कृपया थोड़ी देर में फिर से कोशिश करें।
flood-slow-down = यह एक साथ जवाब देने के लिए बहुत ज़्यादा है, इसलिए मैंने कुछ छोड़ दिया। मेरे जवाबों का इंतज़ार करें, फिर जो अभी भी चाहिए वह दोबारा भेजें।

# Errors (w2)
api-error-invalid-state-chat = असिस्टेंट अपनी अभी की हालत में यह नहीं कर सकता (शायद वह शुरू हो रहा है या रुका हुआ है)। /list भेजें और उसे खोलें, ताकि देख सकें कि अभी उसके साथ क्या कर सकते हैं।
api-error-not-found-next = आपके अभी के असिस्टेंट देखने के लिए /list भेजें, या उसके कार्ड पर 🔄 रिफ़्रेश दबाएँ।
api-error-rate-limited = सर्विस के पास अभी बहुत ज़्यादा अनुरोध आ रहे हैं। कृपया एक मिनट रुकें, फिर से कोशिश करें।
api-error-rate-limited-seconds = सर्विस के पास अभी बहुत ज़्यादा अनुरोध आ रहे हैं। कृपया { $seconds ->
    [one] { $seconds } सेकंड
   *[other] { $seconds } सेकंड
} रुकें, फिर से कोशिश करें।
api-error-rate-limited-minutes = सर्विस के पास अभी बहुत ज़्यादा अनुरोध आ रहे हैं। कृपया { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} रुकें, फिर से कोशिश करें।
api-error-forbidden = सर्विस ने इसकी अनुमति नहीं दी। अगर ऐसा बार-बार हो, तो { $dashboard } पर API Keys पेज पर अपनी API कुंजी जाँचें और /setkey से नई कुंजी भेजें।
wz-kept-for-later = मैंने आपके जवाब सँभालकर रखे हैं। जब सर्विस फिर से चलने लगे, तो 🔁 फिर से कोशिश करें दबाएँ: शुरू से भरने की ज़रूरत नहीं पड़ेगी।

# Restart question (w2)
restart-live-again = { $name } फिर से चालू है — फिर भी रीस्टार्ट करें? कुछ देर के लिए वह जवाब नहीं देगा।
btn-restart-yes = ✅ हाँ, रीस्टार्ट करें
btn-restart-no = नहीं
restart-kept-running = ठीक है, { $name } जैसा है वैसा ही चलता रहेगा।

# Pay later (w2)
card-pay-link = 💳 पेमेंट करने के लिए यह लिंक खोलें: { $link }
card-paid-finish = 💳 पेमेंट मिल गया! बाकी चीज़ें चुनने के लिए ▶️ शुरू करें दबाएँ, फिर मैं इसे चालू कर दूँगा।

# Payment wait's end (w2)
payment-wait-ended =
    मैंने { $name } के पेमेंट का इंतज़ार बंद कर दिया, क्योंकि अब मैं उसे जाँच नहीं पा रहा। { $reason }
    इसके लिए आपके दिए जवाब मैंने मिटा दिए हैं। आपका ऑर्डर बना हुआ है: पेमेंट हो जाने पर उसे /list में खोलें और ▶️ शुरू करें दबाएँ।
# The watch on the assistant's own bot (w3)
watch-silent = ⚠️ लगता है { $name } ने जवाब देना बंद कर दिया है: { $since } से { $count ->
    [one] 1 संदेश जवाब का इंतज़ार कर रहा है
   *[other] { $count } संदेश जवाब का इंतज़ार कर रहे हैं
}।
watch-telegram-said = Telegram बताता है: { $reason }।
watch-silent-next = अक्सर इसे फिर से चालू करने से ठीक हो जाता है। न हो, तो /list में इसका कार्ड खोलकर देखें कि क्या हुआ।
watch-reason-status = इसके सर्वर ने { $status } जवाब दिया
watch-reason-timeout = इसके सर्वर ने समय पर जवाब नहीं दिया
watch-reason-refused = इसके सर्वर ने कनेक्शन मना कर दिया
watch-reason-other = “{ $message }”
watch-answers-again = ✅ { $name } फिर से जवाब दे रहा है: कोई संदेश इंतज़ार में नहीं है।
watch-revoked = ⚠️ Telegram अब { $name } के बॉट का टोकन नहीं मानता, इसलिए यह किसी को जवाब नहीं दे सकता। ऐसा तब होता है जब @BotFather में टोकन रद्द कर दिया जाए। वहाँ से नया टोकन लें, फिर /list में इसका कार्ड खोलें और { $edit } → { $field } दबाएँ।
watch-revoked-managed = ⚠️ Telegram अब { $name } के बॉट का टोकन नहीं मानता, इसलिए यह किसी को जवाब नहीं दे सकता। /list में इसका कार्ड खोलें, { $newtoken } दबाएँ, फिर { $restart } दबाएँ।
btn-watch-open = 💬 खोलें
card-health-ok-now = जवाब दे रहा है · अभी-अभी जाँचा
card-health-ok = जवाब दे रहा है · { $minutes ->
    [one] 1 मिनट पहले जाँचा
   *[other] { $minutes } मिनट पहले जाँचा
}
card-health-waiting = { $since } से { $count ->
    [one] 1 संदेश इंतज़ार में
   *[other] { $count } संदेश इंतज़ार में
}
card-health-revoked = Telegram अब इसके बॉट का टोकन नहीं मानता
card-health-off = जाँच बंद: आपने जाँच बंद की है
btn-watch-off = 👁 जाँचना बंद करें
watch-off-done = अब मैं यह नहीं जाँचता कि { $name } जवाब देता है या नहीं, और इसके बॉट टोकन की जो कॉपी मैंने रखी थी, उसे मिटा दिया। बॉट टोकन फिर से डालने पर जाँच फिर चालू हो जाएगी।

# The assistant's Telegram profile (w3)
btn-profile = 🪪 प्रोफ़ाइल
btn-profile-name = नाम
btn-profile-about = परिचय
btn-profile-description = विवरण
profile-empty = (खाली)
profile-view = Telegram में { $assistant } ऐसा दिखता है:
    नाम: { $name }
    परिचय: { $about }
    विवरण: { $description }
profile-ask-name = बॉट का नया नाम भेजें ({ $limit } अक्षरों तक)। हटाने के लिए { $clear } भेजें।
profile-ask-about = नया परिचय भेजें, जो बॉट की प्रोफ़ाइल पर दिखता है ({ $limit } अक्षरों तक)। हटाने के लिए { $clear } भेजें।
profile-ask-description = नया विवरण भेजें, जो लोगों को बॉट से चैट शुरू करने से पहले दिखता है ({ $limit } अक्षरों तक)। हटाने के लिए { $clear } भेजें।
profile-saved-name = हो गया: { $assistant } के बॉट का नया नाम लग गया।
profile-saved-about = हो गया: { $assistant } के बॉट का नया परिचय लग गया।
profile-saved-description = हो गया: { $assistant } के बॉट का नया विवरण लग गया।
profile-too-long = यह टेक्स्ट Telegram के लिए बहुत लंबा है: वह { $limit } अक्षरों तक लेता है, और इसमें { $length } हैं। कृपया छोटा टेक्स्ट भेजें।
profile-refused = Telegram ने बदलाव नहीं माना ({ $reason }), इसलिए कुछ नहीं बदला।
profile-unreachable = अभी Telegram से संपर्क नहीं हो पाया, इसलिए कुछ नहीं बदला। थोड़ी देर बाद फिर कोशिश करें।
profile-token-refused = Telegram अब { $assistant } के बॉट का टोकन नहीं मानता, इसलिए मैं इसकी प्रोफ़ाइल नहीं बदल सकता। पहले नया टोकन डालें।
# Watch (w1): an assistant that changed after it went live, told once in its chat.
watch-failed =
    ⚠️ { $name } ने काम करना बंद कर दिया: { $reason }
    इसे फिर से चालू करने के लिए नीचे रीस्टार्ट दबाएँ।
watch-stopped =
    ⏸ { $name } को इस चैट के बाहर बंद कर दिया गया: { $reason }
    इसे फिर से चालू करने के लिए नीचे रीस्टार्ट दबाएँ।
watch-deleted = 🗑 { $name } को इस चैट के बाहर हटा दिया गया, इसलिए अब वह जवाब नहीं देता। नया बनाने के लिए /new भेजें।
watch-moved =
    ℹ️ { $name } अब सर्वर के नए पते पर चलता है: { $url }
    आपको कुछ नहीं करना है: वह पहले की तरह जवाब देता रहेगा।
