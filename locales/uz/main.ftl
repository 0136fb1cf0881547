# Command menu
cmd-start = Salomlashish va birinchi qadamlar
cmd-help = Bu bot nimalar qila oladi
cmd-list = Assistentlaringiz
cmd-new = Yangi assistent yaratish
cmd-setkey = API kalitni kiritish yoki almashtirish
cmd-forgetkey = Saqlangan API kalitni oʻchirish
cmd-language = Tilni tanlash
cmd-cancel = Joriy qadamdan chiqish
cmd-audit = Guruhdagi soʻnggi amallar

# /start and /help
start-welcome = Salom! Men siz uchun Telegramda AI assistentlar yarataman va ularning ishlashini taʼminlayman. Siz faqat savollarimga javob berasiz — kod kerak emas.
start-need-key = Boshlash uchun Getclaw hisobingizni ulang: { $dashboard } saytiga kiring, API Keys sahifasini oching, kalit yarating va uni shu yerga qoʻying. Kalit maxfiy qolishi uchun xabaringizni darhol oʻchirib yuboraman.
start-need-key-group = Avval bu guruhga Getclaw API kaliti kerak: admin uni /setkey buyrugʻi bilan kiritishi mumkin.
wz-slot-state = Toʻlangan assistentingiz holati: { $status }.
start-has-key = API kalitingiz kiritilgan. Assistent yaratish uchun /new, borlarini koʻrish uchun /list yuboring.
help =
    Mana nimalar qila olaman:
    /new — yangi assistentni qadamma-qadam yaratish
    /list — assistentlaringiz: toʻxtatish, qayta ishga tushirish, tahrirlash yoki oʻchirish
    /setkey — Getclaw API kalitini kiritish yoki almashtirish
    /forgetkey — saqlangan API kalitni oʻchirish
    /language — tilni tanlash
    /cancel — joriy qadamdan chiqish
    /audit — guruhdagi soʻnggi amallar (guruh adminlari uchun)
key-saved = API kalitingiz { $masked } saqlandi. Assistent yaratish uchun /new yuboring.

# Errors
button-stale = Bu tugma endi ishlamaydi.
error-internal = Menda nimadir xato ketdi. Birozdan keyin qayta urinib koʻring.
api-error-unauthorized = Getclaw API kalitni qabul qilmadi. { $dashboard } saytidagi API Keys sahifasida yangi kalit yarating va uni /setkey bilan yuboring.
api-error-invalid-request = Xizmat soʻrovni qabul qilmadi. Kiritganlaringizni tekshirib, qayta urinib koʻring.
api-error-invalid-input = Xizmat bu assistent uchun ushbu kompaniya yoki modelni qabul qilmaydi. Boshqasini tanlang.
api-error-invalid-state = Assistent hozir buni bajara olmaydi (u ishga tushayotgan yoki toʻxtatilgan boʻlishi mumkin). Holatini koʻrish uchun 🔄 Yangilash tugmasini bosing.
api-error-not-found = Bu assistent xizmatda endi mavjud emas.
api-error-api-disabled = Xizmat vaqtincha ishlamayapti. Keyinroq urinib koʻring.
api-error-payment-not-configured = Xizmat hozir toʻlov qabul qila olmaydi. Keyinroq urinib koʻring.
api-error-worker-delete-failed = Xizmat assistentni oʻchirib qoʻya olmadi. Hech narsa oʻzgarmadi; bir necha daqiqadan soʻng qayta urinib koʻring.
api-error-internal-error = Xizmatning oʻzida xatolik yuz berdi va amal yakunlanmadi. Siz hammasini toʻgʻri kiritgansiz; bir necha daqiqadan soʻng qayta urinib koʻring.
api-error-unavailable = Xizmat hozir javob bermayapti. Birozdan keyin qayta urinib koʻring.

# /setkey, /forgetkey
setkey-ask = Getclaw API kalitingizni shu yerga qoʻying (uni { $dashboard } saytidagi API Keys sahifasida yaratasiz). Xabaringizni darhol oʻchirib yuboraman.
setkey-rejected = Getclaw bu kalitni qabul qilmadi, shuning uchun uni saqlamadim. { $dashboard } saytidagi API Keys sahifasida tekshirib, /setkey ni qayta yuboring.
setkey-unchecked = Kalitni xizmat orqali tekshira olmadim, shuning uchun saqlamadim. { $reason } Birozdan keyin /setkey ni qayta yuboring.
forgetkey-done = Saqlangan API kalitni oʻchirdim.
forgetkey-none = Saqlangan API kalit yoʻq edi.
private-only = Xavfsizlik uchun token va kalitlarni faqat shaxsiy chatda qabul qilaman. Oʻsha yerda davom etaylik.
btn-open-private = Shaxsiy chatni ochish
secret-deleted = Maxfiy maʼlumot chatda qolib ketmasligi uchun xabaringizni oʻchirdim.
secret-not-deleted = Xabaringizni oʻchira olmadim: iltimos, uni oʻzingiz oʻchiring, unda maxfiy maʼlumot bor.

# /language
language-name = Oʻzbekcha
language-choose = Tilni tanlang:
language-auto = Telegram tilida
language-set = Tayyor: bu yerda oʻzbek tilida gaplashaman.

# /cancel, stray text
cancel-done = Bekor qilindi.
cancel-nothing = Bekor qiladigan hech narsa yoʻq.
cancel-waiting = { $count ->
    [one] Toʻlovni kutishni ham toʻxtatdim. Buyurtma saqlanadi: keyinroq toʻlasangiz, u /list roʻyxatida chiqadi.
   *[other] { $count } ta toʻlovni kutishni ham toʻxtatdim. Buyurtmalar saqlanadi: keyinroq toʻlasangiz, ular /list roʻyxatida chiqadi.
}
unknown-text = Tushunmadim. Nimalar qila olishimni koʻrish uchun /help yuboring.

# Buttons
btn-back = « Orqaga
btn-cancel = Bekor qilish
btn-confirm = ✅ Tasdiqlash
btn-change = ✏️ Oʻzgartirish
btn-other = Boshqa…
btn-pay = 💳 Toʻlash
btn-stop-waiting = Kutishni toʻxtatish
btn-try-again = 🔁 Qayta urinish
btn-field-mode = Tarif
btn-field-name = Nomi
btn-field-model = AI modeli
btn-field-token = Bot tokeni
btn-field-key = AI kaliti

# Billing modes
mode-byok = 🔑 Oʻz AI kalitim
mode-managed = ✨ AI narxga kiritilgan
mode-unlimited = Cheksiz

# The /new wizard
wz-needs-key = Avval Getclaw API kalitingiz kerak: /setkey yuboring.
wz-step = { $n }-qadam, jami { $total } ta
wz-mode =
    Assistentingiz ishlatadigan sunʼiy intellekt (AI) uchun toʻlov qanday boʻlsin?
    • Oʻz AI kalitim: sizda AI kompaniyasida (masalan, OpenAI) hisob bor va uning kalitini shu yerga qoʻyasiz.
    • AI narxga kiritilgan: har oy maʼlum hajmdagi AI foydalanish narxga kiritilgan.
    • Cheksiz: AI narxga kiritilgan, oylik hajmi esa eng katta.
wz-name = Assistent qanday nomlansin? Koʻpi bilan { $max ->
    [one] { $max } ta belgidan
   *[other] { $max } ta belgidan
} iborat nom yuboring.
wz-name-empty = Nom boʻsh boʻlishi mumkin emas. Koʻpi bilan { $max ->
    [one] { $max } ta belgidan
   *[other] { $max } ta belgidan
} iborat nom yuboring.
wz-name-too-long = Bu nomda { $count ->
    [one] { $count } ta belgi
   *[other] { $count } ta belgi
} bor, ruxsat etilgani esa koʻpi bilan { $max ->
    [one] { $max } ta belgi
   *[other] { $max } ta belgi
}. Qisqaroq nom yuboring.
wz-provider = Qaysi AI kompaniyasi? Quyidan tanlang.
wz-provider-other = Kompaniyaning qisqa nomini lotin harflarida yozing (masalan: mistral).
wz-provider-invalid = Kompaniyaning qisqa nomini bitta soʻz qilib, kichik lotin harflarida yozing, masalan: mistral.
wz-model = Qaysi { $provider } modeli? Quyidan tanlang yoki nomini yozing.
wz-model-managed = Assistentingiz qaysi AI modelidan foydalansin? Quyidan tanlang. Aniq bir model kerakmi? Uning OpenRouter saytidagi nomini yozing, masalan: openai/gpt-5-mini.
wz-model-other = Model nomini yozing.
wz-model-invalid = Model nomida boʻsh joy boʻlmasligi va { $max ->
    [one] { $max } ta belgidan
   *[other] { $max } ta belgidan
} oshmasligi kerak. Qayta urinib koʻring.
wz-bot-token =
    Assistentingiz odamlar bilan gaplashishi uchun unga alohida Telegram bot kerak. @BotFather botini oching, /newbot yuboring va nom tanlang; javobida u token beradi — 123456789:AAH… kabi parolga oʻxshash kod.
    Tokenni shu yerga qoʻying, xabaringizni darhol oʻchirib yuboraman.
wz-bot-token-format = Bu bot tokeniga oʻxshamaydi (raqamlar, ikki nuqta, keyin uzun kod). Qaytadan qoʻying.
wz-bot-token-rejected = Telegram bu tokenni qabul qilmayapti. Uni @BotFather chatidan qaytadan nusxalab, shu yerga qoʻying.
wz-bot-token-unchecked = Hozir tokenni Telegram orqali tekshira olmadim. Birozdan keyin qaytadan qoʻying.
wz-bot-token-ok = Qabul qilindi: assistent { $username } nomidan javob beradi.
wz-model-key = Va nihoyat, { $provider } API kalitingiz: assistent AI bilan shu kalit orqali ishlaydi. Uni shu yerga qoʻying; xabaringizni darhol oʻchirib yuboraman.
wz-model-key-invalid = Bu API kalitga oʻxshamaydi (boʻsh joysiz, kamida { $min ->
    [one] { $min } ta belgi
   *[other] { $min } ta belgi
}). Qaytadan qoʻying.
wz-use-buttons = Yuqoridagi tugmalar bilan tanlang yoki /cancel yuboring.
wz-summary =
    Iltimos, tekshiring:
    Nomi: { $name }
    Tarif: { $mode }
    AI modeli: { $provider } / { $model }
    Telegram bot: { $bot }
    AI kaliti: { $key }
wz-summary-key-none = kerak emas
wz-summary-buy = ✅ Tasdiqlash tugmasini bosing — men bu assistent uchun toʻlov havolasini yuboraman.
wz-summary-activate = Oldin toʻlangan assistentni ishga tushirish uchun ✅ Tasdiqlash tugmasini bosing.
wz-cancelled = Bekor qilindi. Hech narsa sotib olinmadi.
wz-cancelled-slot = Bekor qilindi. Toʻlaganingiz saqlanadi: sozlashni keyinroq /list orqali yakunlang.
wz-pay-adopted = «{ $name }» assistentini buyurtma qildim, lekin uning toʻlov havolasi menga yetib kelmadi. Iltimos, { $dashboard } saytidagi Getclaw hisobingizda toʻlang; toʻlov tushishi bilan «{ $name }» assistentini ishga tushiraman.
wz-resumed = Oxirgi tasdiqlashingiz oʻtmadi, shuning uchun hech narsa sotib olinmadi. Maʼlumotlarni tekshirib, qayta tasdiqlang.
wz-unlimited-refused = Xizmat bu hisobga «Cheksiz» tarifini sotmaydi. Uning oʻrniga «Oʻz AI kalitim» yoki «AI narxga kiritilgan» tarifini tanlang.
wz-pay = «{ $name }» assistentiga buyurtma tayyor. Quyidagi havola orqali toʻlang: toʻlovni oʻzim koʻraman va «{ $name }» assistentini darhol ishga tushiraman.
wz-stopped-waiting = Xoʻp, bu toʻlovni endi kutmayman. Buyurtma saqlanadi: keyinroq toʻlasangiz, u /list roʻyxatida «Ishga tushirish» tugmasi bilan chiqadi.
wz-payment-timeout = «{ $name }» uchun toʻlov { $minutes ->
    [one] { $minutes } daqiqa
   *[other] { $minutes } daqiqa
} ichida kelmadi, shuning uchun kutishni toʻxtatdim. Buyurtma saqlanadi: keyinroq toʻlasangiz, u /list roʻyxatida «Ishga tushirish» tugmasi bilan chiqadi.
wz-paid-deploying = Toʻlov qabul qilindi! «{ $name }» ishga tushirilmoqda… Tayyor boʻlgach, shu yerda xabar beraman.
wz-deploying = «{ $name }» ishga tushirilmoqda… Tayyor boʻlgach, shu yerda xabar beraman.
wz-activation-model-rejected = Xizmat «{ $name }» uchun { $model } modelini qabul qilmadi. Boshqasini tanlang; toʻlaganingiz saqlanadi.
wz-activation-failed = «{ $name }» assistentini ishga tushira olmadim. { $reason } Toʻlaganingiz saqlanadi: keyinroq /list orqali ishga tushiring.

# Status
status-pending-payment = toʻlov kutilmoqda
status-purchased = toʻlangan, hali ishga tushirilmagan
status-deploying = ishga tushmoqda
status-active = ishlayapti
status-failed = xatolik
status-stopped = toʻxtatilgan
status-gone = «{ $name }» xizmatda endi mavjud emas, shuning uchun uni kuzatishni toʻxtatdim.
notice-active = ✅ «{ $name }» ishlayapti!
notice-link = Unga yozing: { $link }
notice-worker = Server manzili (dasturchilar uchun): { $url }
notice-failed = ❌ «{ $name }» ishga tushmadi: { $reason }
notice-no-reason = xizmat sababini aytmadi
notice-changed = «{ $name }» holati: { $status }.

# /list and cards
list-title = { $count ->
    [one] Sizning assistentingiz:
   *[other] Assistentlaringiz ({ $count } ta):
}
list-page = Sahifa: { $page }/{ $pages }
list-empty = Sizda hali assistent yoʻq. Yaratish uchun /new yuboring.
list-no-key = Avval Getclaw API kaliti kerak: /setkey yuboring.
list-offline = Xizmatga ulana olmadim, shuning uchun oxirgi bilganlarimni koʻrsatyapman. { $reason }
list-deleted = «{ $name }» oʻchirildi.
card-status = Holati: { $status }
card-reason = Sababi: { $reason }
card-mode = Tarif: { $mode }
card-model = AI modeli: { $provider } / { $model }
card-bot = Telegram bot: { $link }
card-worker = Server manzili (dasturchilar uchun): { $url }
card-payment = Toʻlov: { $status }
card-paid-until = Toʻlangan muddat: { $time } gacha
card-canceled = Bekor qilingan: { $time }; { $end } gacha ishlaydi
card-canceled-at = Bekor qilingan: { $time }
card-updated = Yangilangan: { $time }
card-gone = Bu assistent xizmatda endi mavjud emas.
card-state-changed = Bu kartani koʻrsatganimdan beri assistent oʻzgardi; mana uning hozirgi holati.
card-stopped = Toʻxtatildi.
card-redeploying = Qayta ishga tushirilmoqda… Tayyor boʻlgach, shu yerda xabar beraman.
card-delete-confirm = «{ $name }» oʻchirilsinmi? Assistent toʻxtaydi va uning obunasi oʻchiriladi. Buni ortga qaytarib boʻlmaydi.
card-edit-stop-first = «{ $name }» hozir ishlayapti: avval uni toʻxtating, keyin tahrirlang.
btn-stop = ⏹ Toʻxtatish
btn-redeploy = 🔁 Qayta ishga tushirish
btn-edit = ✏️ Tahrirlash
btn-activate = ▶️ Ishga tushirish
btn-delete = 🗑 Oʻchirish
btn-delete-yes = 🗑 Ha, { $name } oʻchirilsin
btn-refresh = 🔄 Yangilash
btn-back-list = « Roʻyxatga qaytish
btn-open-card = Kartasini ochish
edit-choose = «{ $name }» assistentida nimani oʻzgartirasiz?
edit-name = «{ $name }» uchun yangi nom yuboring (koʻpi bilan { $max ->
    [one] { $max } ta belgi
   *[other] { $max } ta belgi
}).
edit-saved = Saqlandi. Oʻzgarish kuchga kirishi uchun «{ $name }» kartasidagi 🔁 Qayta ishga tushirish tugmasini bosing.
edit-cancelled = Tahrirlash bekor qilindi; hech narsa oʻzgarmadi.

# Groups
team-admins-only = Buni faqat shu guruh adminlari qila oladi.
team-not-bot-owner = Bu yordamchining boti boshqa birovniki, shuning uchun faqat uning egasi tokenini almashtira oladi yoki unga kim yoza olishini belgilay oladi.
team-no-longer-admin = Siz endi bu guruhning admini emassiz, shuning uchun buni bajarmadim. Guruhning istalgan admini uni qaytadan boshlashi mumkin.
team-anonymous-admin = Siz anonim yozyapsiz, shuning uchun qaysi admin ekaningizni bila olmayman. Assistentlarni boshqarish uchun shu guruhdagi admin huquqlaringizda anonimlikni oʻchirib, qayta urinib koʻring.
team-upgraded = Telegram bu guruhni yangiladi. Uning API kaliti, assistentlari va amallar jurnali koʻchirildi; hech narsani qayta sozlash shart emas.
conversation-timed-out = { $minutes ->
    [one] { $minutes } daqiqa
   *[other] { $minutes } daqiqa
} davomida javob boʻlmagani uchun sozlash toʻxtatildi va yuborganlaringizni oʻchirib tashladim. Qaytadan boshlash uchun /new yuboring (yoki /setkey, /list).
team-secret-deleted = { $who }, bu maxfiy maʼlumotga oʻxshaydi, shuning uchun uni oʻchirdim. Uni bu yerdagi istalgan kishi koʻrgan boʻlishi mumkin: hoziroq almashtiring (yangisini yarating — eskisi ishlamay qoladi) va maxfiy maʼlumotlarni menga faqat shaxsiy chatda yuboring.
team-secret-not-deleted = { $who }, bu maxfiy maʼlumotga oʻxshaydi, lekin uni bu yerda oʻchira olmayman (menga xabarlarni oʻchirish huquqi kerak). Uni oʻchiring va hoziroq almashtiring (yangisini yarating — eskisi ishlamay qoladi): uni bu yerdagi istalgan kishi koʻrgan boʻlishi mumkin.
btn-continue-private = 🔐 Shaxsiy chatda davom etish
handoff-offer = { $who }, API kalitni menga shaxsiy chatda yuboring: quyidagi tugma faqat siz uchun, bir marta va { $minutes ->
    [one] { $minutes } daqiqa
   *[other] { $minutes } daqiqa
} davomida ishlaydi.
handoff-edit-offer = { $who }, yangi maxfiy maʼlumotni menga shaxsiy chatda yuboring: quyidagi tugma faqat siz uchun, bir marta va { $minutes ->
    [one] { $minutes } daqiqa
   *[other] { $minutes } daqiqa
} davomida ishlaydi.
handoff-edit-key = Yangi AI kalitini shu yerga qoʻying. Xabaringizni darhol oʻchirib yuboraman; guruh faqat assistent tahrirlanganini biladi.
handoff-edit-done = Qabul qilindi. Oʻzgarish guruhda saqlandi, u yerda «Qayta ishga tushirish» tugmasi ham bor.
handoff-key-ask = Guruhning Getclaw API kalitini shu yerga qoʻying. Xabaringizni darhol oʻchirib yuboraman, guruhga esa faqat kalit kiritilganini aytaman.
handoff-key-saved = Guruhning API kaliti { $masked } saqlandi.
handoff-expired = Bu havolaning muddati tugagan (havolalar { $minutes ->
    [one] { $minutes } daqiqa
   *[other] { $minutes } daqiqa
} ishlaydi). Guruhda yangisini soʻrang.
handoff-used = Bu havoladan allaqachon foydalanilgan. Guruhda yangisini soʻrang.
handoff-other-user = Bu havola guruhning boshqa admini uchun yaratilgan.
handoff-unknown = Bu havolani tanimayman. Guruhda yangisini soʻrang.
handoff-wizard-gone = Guruhdagi assistent sozlamasi endi buni kutmayapti. Guruhda /new bilan qaytadan boshlang.
handoff-wizard-done = Rahmat! Guruhga qayting: u yerda sizni xulosa kutmoqda.
wz-group-secrets = Endi maxfiy qism: bot tokeni (oʻz AI kalitingiz boʻlsa, oʻsha kalit ham). Ularni bu yerga yozmang: tugmani bosib, menga shaxsiy chatda yuboring. Keyin sozlash shu guruhda yakunlanadi.
wz-reply-here = ✍️ Shu xabarga javob yozing.
audit-title = Bu guruhdagi soʻnggi amallar:
audit-empty = Bu guruhda hali hech narsa qilinmagan.
audit-key-set = { $who } API kalitini kiritdi: { $name }
audit-key-removed = { $who } API kalitini oʻchirdi
audit-bought = { $who } «{ $name }» assistentini sotib oldi
audit-activated = { $who } «{ $name }» assistentini ishga tushirdi
audit-stopped = { $who } «{ $name }» assistentini toʻxtatdi
audit-redeployed = { $who } «{ $name }» assistentini qayta ishga tushirdi
audit-deleted = { $who } «{ $name }» assistentini oʻchirdi
audit-edited = { $who } «{ $name }» assistentini tahrirladi

# Replayed after a restart
wz-replay-submitting = Assistentingiz sotib olinayotganda bot qayta ishga tushdi. Avval xarid amalga oshganini tekshiryapman…
replay-done = Bot soʻnggi soʻrovingizni bajarib boʻlgan paytda qayta ishga tushdi: u bajarildi. Assistentlaringizni koʻrish uchun /list yuboring.

# The secure form (a Mini App served by the bot)
form-button = 🔐 Xavfsiz formada kiritish
form-offer = 🔐 Xavfsizroq: uni quyidagi xavfsiz formada kiriting — u hech qachon chat xabariga aylanmaydi. Yoki shu yerga qoʻying.
form-saved = Saqlandi: { $masked }
form-page-title = Xavfsiz forma
form-intro = Bu yerda yozganingiz toʻgʻridan-toʻgʻri bot serveriga boradi va hech qachon chat xabariga aylanmaydi.
form-account = { $who } uchun saqlanmoqda. Bu siz emasmisiz? Formani yoping.
form-title-api-key = Getclaw API kalitingiz
form-title-bot-token = Assistentingiz botining tokeni
form-title-model-key = AI kalitingiz
form-hint-api-key = { $dashboard } saytidagi API Keys sahifasidan.
form-hint-bot-token = @BotFather beradi: raqamlar, ikki nuqta, keyin uzun kod.
form-hint-model-key = AI kompaniyangizning API kaliti: boʻsh joysiz, kamida { $min ->
    [one] { $min } ta belgi
   *[other] { $min } ta belgi
}.
form-format-api-key = Bu API kalitga oʻxshamaydi: kalitni toʻliq, boʻsh joysiz qoʻying.
form-format-bot-token = Bu bot tokeniga oʻxshamaydi (raqamlar, ikki nuqta, keyin uzun kod).
form-format-model-key = Bu API kalitga oʻxshamaydi (boʻsh joysiz, kamida { $min ->
    [one] { $min } ta belgi
   *[other] { $min } ta belgi
}).
form-show = Koʻrsatish
form-hide = Yashirish
form-save = Saqlash
form-checking = Tekshirilmoqda…
form-close = Yopish
form-done = Saqlandi: { $masked }. Formani yopishingiz mumkin — suhbat chatda davom etadi.
form-outside-telegram = Bu formani bot bilan chatdagi tugma orqali oching.
form-unreachable = Bot serveriga ulanib boʻlmadi. Internetni tekshirib, qayta urinib koʻring.
form-refused-signature = Bu formadagi Telegram imzosi mos kelmadi. Formani chatdan qaytadan oching.
form-refused-stale = Bu forma ochilganiga { $minutes ->
    [one] { $minutes } daqiqadan
   *[other] { $minutes } daqiqadan
} koʻp boʻldi. Uni chatdan qaytadan oching.
form-refused-used = Bu formadan allaqachon foydalanilgan. Yangi hech narsa saqlanmadi.
form-refused-unknown = Bu forma endi yaroqsiz: uning oʻrniga yangi soʻrov kelgan yoki u juda eskirgan. Chatdagi eng soʻnggi soʻrovdan foydalaning.
form-refused-expired = Bu forma { $minutes ->
    [one] { $minutes } daqiqa
   *[other] { $minutes } daqiqa
} amal qildi va muddati tugadi. Chatda uni qaytadan soʻrang.
form-refused-spent = Urinishlar juda koʻp boʻldi: bu forma yopildi. Chatda uni qaytadan soʻrang.
form-refused-flood = Qisqa vaqt ichida juda koʻp urinish boʻldi. Biroz kuting, keyin qayta urinib koʻring.
form-refused-other-user = Bu forma boshqa kishi uchun ochilgan. Hech narsa saqlanmadi.
form-refused-too-large = Bu kalit yoki token uchun juda uzun. Hech narsa saqlanmadi.
form-refused-empty = Hech narsa kiritilmadi. Kalit yoki tokenni maydonga toʻliq qoʻying.
form-refused-malformed = Bot formadan kelgan maʼlumotni oʻqiy olmadi. Uni chatdan qaytadan oching.
form-refused-not-awaited = Chat endi bu maʼlumotni kutmayapti, shuning uchun hech narsa saqlanmadi. Chatda qaytadan soʻrang.
form-refused-failed = Bot tomonida nimadir xato ketdi. Hech narsa saqlanmadi; birozdan keyin qayta urinib koʻring.

# The assistant's bot created from the chat (managed bots)
btn-create-bot = 🤖 Botni men uchun yaratish
newbot-offer = Eng osoni: quyidagi «🤖 Botni men uchun yaratish» tugmasini bosing. Telegram nomi va @username oldindan toʻldirilgan oyna ochadi; xohlasangiz ularni oʻzgartiring va tasdiqlang — qolganini oʻzim qilaman. Token nusxalash shart emas.
newbot-again = Menga yangi bot kelmadi. Agar Telegram oynasi yopilgan boʻlsa yoki u botlaringiz juda koʻpligini aytgan boʻlsa (@BotFather orqali bittasini oʻchiring), qayta urinish uchun «🤖 Botni men uchun yaratish» tugmasini bosing — yoki @BotFather bergan tokenni qoʻying.
newbot-token-failed = Yangi botingiz { $username } tayyor, lekin Telegram hozir menga uning tokenini bermadi. «Qayta urinish» tugmasini bosing — yoki uning oʻrniga @BotFather bergan tokenni qoʻying.
newbot-unexpected = Yangi botingiz { $username } yaratildi va u sizniki, lekin oʻsha paytda men bot kutmayotgan edim, shuning uchun unga tegmadim. Uni @BotFather ichida topasiz.
newbot-put-away = Bir qadam orqaga: «Botni men uchun yaratish» tugmasini olib qoʻydim.
btn-new-token = 🔑 Yangi token
btn-access = 👥 Kim botga yoza oladi
newtoken-done = { $username } yangi token oldi; eskisi endi ishlamaydi.
newtoken-failed = Telegram hozir { $username } uchun yangi token bermadi, shuning uchun hech narsa oʻzgarmadi. Birozdan keyin qayta urinib koʻring.
access-title = { $username } botiga kim yoza oladi? Hozir: { $now }.
access-now-everyone = hamma
access-now-only = faqat siz
access-now-some = siz va { $names }
access-now-unknown = nomaʼlum (Telegram javob bermadi)
btn-access-everyone = 🌍 Hamma
btn-access-me = 🔒 Faqat men
btn-access-pick = 👥 Men va tanlaganlarim…
access-pick = Quyidagi «👥 Odamlarni tanlash» tugmasini bosing va { $username } botiga yoza oladigan { $max ->
    [one] { $max } tagacha
   *[other] { $max } tagacha
} odamni tanlang. Oʻzingiz esa unga har doim yoza olasiz.
btn-access-choose = 👥 Odamlarni tanlash
access-set-everyone = Endi { $username } botiga hamma yoza oladi.
access-set-only = Endi { $username } botiga faqat siz yoza olasiz.
access-set-some = { $count ->
    [one] Endi { $username } botiga faqat siz va yana bir kishi yoza oladi.
   *[other] Endi { $username } botiga faqat siz va yana { $count } kishi yoza oladi.
}
access-failed = Telegram hozir oʻzgarishni qabul qilmadi, shuning uchun hech narsa oʻzgarmadi. Birozdan keyin qayta urinib koʻring.
flood-slow-down = Bu yerda bir vaqtda javob bera oladiganimdan koʻproq xabar keldi, shuning uchun bir qismini oʻtkazib yubordim. Javoblarimni kuting, soʻng kerakli narsani qayta yuboring.

# Errors (w2)
api-error-invalid-state-chat = Assistent hozirgi holatida buni bajara olmaydi (u ishga tushayotgan yoki toʻxtatilgan boʻlishi mumkin). /list yuboring va uni oching — hozir u bilan nima qilish mumkinligini koʻrasiz.
api-error-not-found-next = Hozirgi assistentlaringizni koʻrish uchun /list yuboring yoki uning kartasida 🔄 Yangilash tugmasini bosing.
api-error-rate-limited = Xizmatga hozir juda koʻp soʻrov kelmoqda. Bir daqiqa kutib, qayta urinib koʻring.
api-error-rate-limited-seconds = Xizmatga hozir juda koʻp soʻrov kelmoqda. { $seconds ->
    [one] { $seconds } soniya
   *[other] { $seconds } soniya
} kutib, qayta urinib koʻring.
api-error-rate-limited-minutes = Xizmatga hozir juda koʻp soʻrov kelmoqda. { $minutes ->
    [one] { $minutes } daqiqa
   *[other] { $minutes } daqiqa
} kutib, qayta urinib koʻring.
api-error-forbidden = Xizmat bunga ruxsat bermadi. Yana takrorlansa, { $dashboard } dagi API Keys sahifasida API kalitingizni tekshiring va /setkey orqali yangisini yuboring.
wz-kept-for-later = Javoblaringizni saqlab qoʻydim. Xizmat yana ishlay boshlaganda 🔁 Qayta urinish tugmasini bosing: boshidan boshlash shart emas.

# Restart question (w2)
restart-live-again = «{ $name }» yana ishlayapti. Baribir qayta ishga tushirilsinmi? U qisqa vaqt javob bermay qoladi.
btn-restart-yes = ✅ Ha, qayta ishga tushirish
btn-restart-no = Yoʻq
restart-kept-running = Mayli, «{ $name }» hozirgidek ishlashda davom etadi.

# Pay later (w2)
card-pay-link = 💳 Toʻlash uchun ushbu havolani oching: { $link }
card-paid-finish = 💳 Toʻlov qabul qilindi! Qolganini tanlash uchun ▶️ Ishga tushirish tugmasini bosing, keyin uni ishga tushiraman.

# Payment wait's end (w2)
payment-wait-ended =
    «{ $name }» uchun toʻlovni kutishni toʻxtatdim, chunki uni endi tekshira olmayapman. { $reason }
    U uchun bergan javoblaringizni oʻchirib tashladim. Buyurtmangiz saqlanadi: toʻlangach, uni /list orqali oching va ▶️ Ishga tushirish tugmasini bosing.
# The watch on the assistant's own bot (w3)
watch-silent = ⚠️ { $name } javob bermay qo‘yganga o‘xshaydi: { $since } dan beri { $count ->
    [one] 1 ta xabar javob kutmoqda
   *[other] { $count } ta xabar javob kutmoqda
}.
watch-telegram-said = Telegram xabari: { $reason }.
watch-silent-next = Ko‘pincha qayta ishga tushirish yordam beradi. Bo‘lmasa, nima bo‘lganini ko‘rish uchun /list da uning kartasini oching.
watch-reason-status = uning serveri { $status } deb javob berdi
watch-reason-timeout = uning serveri vaqtida javob bermadi
watch-reason-refused = uning serveri ulanishni rad etdi
watch-reason-other = “{ $message }”
watch-answers-again = ✅ { $name } yana javob bermoqda: kutayotgan xabarlar yo‘q.
watch-revoked = ⚠️ Telegram endi { $name } botining tokenini qabul qilmaydi, shuning uchun u hech kimga javob bera olmaydi. Bu token @BotFather da bekor qilinganda bo‘ladi. U yerdan yangi token oling, so‘ng /list da uning kartasini ochib, { $edit } → { $field } ni bosing.
watch-revoked-managed = ⚠️ Telegram endi { $name } botining tokenini qabul qilmaydi, shuning uchun u hech kimga javob bera olmaydi. /list da uning kartasini oching, { $newtoken } ni, keyin { $restart } ni bosing.
btn-watch-open = 💬 Ochish
card-health-ok-now = Javob bermoqda · hozirgina tekshirildi
card-health-ok = Javob bermoqda · { $minutes ->
    [one] 1 daqiqa oldin tekshirildi
   *[other] { $minutes } daqiqa oldin tekshirildi
}
card-health-waiting = { $since } dan beri { $count ->
    [one] 1 ta xabar kutmoqda
   *[other] { $count } ta xabar kutmoqda
}
card-health-revoked = Telegram endi uning bot tokenini qabul qilmaydi
card-health-off = Tekshirilmaydi: tekshiruvni o‘chirib qo‘ygansiz
btn-watch-off = 👁 Tekshirmaslik
watch-off-done = Endi { $name } javob berayotganini tekshirmayman va saqlab qo‘ygan bot tokeni nusxasini o‘chirib tashladim. Bot tokenini qayta kiritsangiz, tekshiruv yana yoqiladi.

# The assistant's Telegram profile (w3)
btn-profile = 🪪 Profil
btn-profile-name = Nomi
btn-profile-about = Bot haqida
btn-profile-description = Tavsif
profile-empty = (bo‘sh)
profile-view = { $assistant } Telegram’da shunday ko‘rinadi:
    Nomi: { $name }
    Bot haqida: { $about }
    Tavsif: { $description }
profile-ask-name = Botning yangi nomini yuboring ({ $limit } belgigacha). O‘chirish uchun { $clear } yuboring.
profile-ask-about = Bot profilida ko‘rinadigan yangi “Bot haqida” matnini yuboring ({ $limit } belgigacha). O‘chirish uchun { $clear } yuboring.
profile-ask-description = Odamlar bot bilan suhbatni boshlashdan oldin ko‘radigan yangi tavsifni yuboring ({ $limit } belgigacha). O‘chirish uchun { $clear } yuboring.
profile-saved-name = Tayyor: { $assistant } botining nomi yangilandi.
profile-saved-about = Tayyor: { $assistant } botining “Bot haqida” matni yangilandi.
profile-saved-description = Tayyor: { $assistant } botining tavsifi yangilandi.
profile-too-long = Bu matn Telegram uchun juda uzun: u { $limit } belgigacha qabul qiladi, bu matnda esa { $length } ta. Qisqaroq matn yuboring.
profile-refused = Telegram o‘zgarishni qabul qilmadi ({ $reason }), shuning uchun hech narsa o‘zgarmadi.
profile-unreachable = Hozir Telegram bilan bog‘lana olmadim, shuning uchun hech narsa o‘zgarmadi. Birozdan keyin qayta urinib ko‘ring.
profile-token-refused = Telegram endi { $assistant } botining tokenini qabul qilmaydi, shuning uchun profilini o‘zgartira olmayman. Avval yangi token kiriting.
# Watch (w1): an assistant that changed after it went live, told once in its chat.
watch-failed =
    ⚠️ «{ $name }» ishlashdan toʻxtadi: { $reason }
    Uni qayta yoqish uchun pastdagi «Qayta ishga tushirish» tugmasini bosing.
watch-stopped =
    ⏸ «{ $name }» bu chatdan tashqarida oʻchirib qoʻyildi: { $reason }
    Uni qayta yoqish uchun pastdagi «Qayta ishga tushirish» tugmasini bosing.
watch-deleted = 🗑 «{ $name }» bu chatdan tashqarida oʻchirib tashlandi, shuning uchun endi javob bermaydi. Yangisini yaratish uchun /new yuboring.
watch-moved =
    ℹ️ «{ $name }» endi yangi server manzilida ishlaydi: { $url }
    Hech narsa qilish shart emas: u avvalgidek javob beradi.
