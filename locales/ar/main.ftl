# Command menu
cmd-start = الترحيب والخطوات الأولى
cmd-help = ما يستطيع هذا البوت فعله
cmd-list = مساعدوك
cmd-new = إنشاء مساعد جديد
cmd-setkey = إضافة مفتاح API أو تغييره
cmd-forgetkey = حذف مفتاح API المحفوظ
cmd-language = اختيار اللغة
cmd-cancel = الخروج من الخطوة الحالية
cmd-audit = آخر ما جرى في المجموعة

# /start and /help
start-welcome = مرحبًا! أنشئ لك مساعدين بالذكاء الاصطناعي على تيليجرام وأشغّلهم — كل ما عليك هو الإجابة عن أسئلتي، دون أي برمجة.
start-need-key = للبدء، اربط حسابك في Getclaw: سجّل الدخول إلى { $dashboard }، ثم افتح صفحة API Keys، وأنشئ مفتاحًا والصقه هنا. سأحذف رسالتك فورًا حفاظًا على خصوصيتها.
start-need-key-group = للبدء، تحتاج هذه المجموعة إلى مفتاح API من Getclaw: يمكن لأحد المشرفين إضافته عبر /setkey.
wz-slot-state = حالة المساعد الآن: { $status }.
start-has-key = مفتاح API الخاص بك محفوظ. أرسل /new لإنشاء مساعد، أو /list لعرض مساعديك.
help =
    إليك ما أستطيع فعله:
    /new — إنشاء مساعد جديد، خطوة بخطوة
    /list — مساعدوك: أوقفهم أو أعد تشغيلهم أو عدّلهم أو احذفهم
    /setkey — إضافة مفتاح API من Getclaw أو تغييره
    /forgetkey — حذف مفتاح API المحفوظ
    /language — اختيار لغتي
    /cancel — الخروج من الخطوة الحالية
    /audit — آخر ما حدث في المجموعة (للمشرفين)
key-saved = تم حفظ مفتاح API الخاص بك { $masked }. أرسل /new لإنشاء مساعد.

# Errors
button-stale = هذا الزر لم يعد يعمل.
error-internal = حدث خطأ من جهتي. يُرجى المحاولة مجددًا بعد قليل.
api-error-unauthorized = رفضت خدمة Getclaw مفتاح API. أنشئ مفتاحًا جديدًا في صفحة API Keys على { $dashboard } وأرسله عبر /setkey.
api-error-invalid-request = لم تقبل خدمة Getclaw الطلب. راجع ما أدخلته وحاول مجددًا.
api-error-invalid-input = لا تقبل خدمة Getclaw هذه الشركة أو هذا النموذج لهذا المساعد. يُرجى اختيار غيره.
api-error-invalid-state = لا يستطيع المساعد فعل ذلك الآن (ربما لا يزال قيد التشغيل أو أنه متوقف). اضغط 🔄 تحديث لترى حالته.
api-error-not-found = هذا المساعد لم يعد موجودًا على Getclaw.
api-error-api-disabled = خدمة Getclaw متوقفة مؤقتًا. يُرجى المحاولة لاحقًا.
api-error-payment-not-configured = لا تستطيع خدمة Getclaw استلام المدفوعات الآن. يُرجى المحاولة لاحقًا.
api-error-worker-delete-failed = لم تتمكن خدمة Getclaw من إيقاف المساعد. لم يتغير شيء؛ يُرجى المحاولة بعد بضع دقائق.
api-error-internal-error = واجهت خدمة Getclaw خطأً من جهتها ولم تُكمل العملية. لا خطأ فيما أدخلته؛ يُرجى المحاولة بعد بضع دقائق.
api-error-unavailable = خدمة Getclaw لا تستجيب الآن. يُرجى المحاولة بعد قليل.

# /setkey, /forgetkey
setkey-ask = الصق مفتاح API الخاص بك من Getclaw (تنشئه في صفحة API Keys على { $dashboard }). سأحذف رسالتك فورًا.
setkey-rejected = رفضت خدمة Getclaw هذا المفتاح، لذا لم أحفظه. تحقّق منه في صفحة API Keys على { $dashboard } ثم أرسل /setkey مجددًا.
setkey-unchecked = لم أتمكن من التحقق من المفتاح لدى Getclaw، لذا لم أحفظه. { $reason } أرسل /setkey مجددًا بعد قليل.
forgetkey-done = حذفتُ مفتاح API المحفوظ.
forgetkey-none = لا يوجد مفتاح API محفوظ.
private-only = حفاظًا على أمانك، لا أستقبل التوكنات والمفاتيح إلا في محادثة خاصة. تابع معي هناك.
btn-open-private = فتح المحادثة الخاصة
secret-deleted = حذفتُ رسالتك كي لا تبقى بياناتك السرية في المحادثة.
secret-not-deleted = لم أتمكن من حذف رسالتك: يُرجى حذفها بنفسك، فهي تحتوي على بيانات سرية.

# /language
language-name = العربية
language-choose = اختر لغتي:
language-auto = حسب لغة تيليجرام
language-set = تم: سأتحدث العربية هنا.

# /cancel, stray text
cancel-done = تم الإلغاء.
cancel-nothing = لا يوجد شيء لإلغائه.
cancel-waiting = { $count ->
    [zero] لم أكن أنتظر أي دفعة.
    [one] وتوقفتُ أيضًا عن انتظار الدفع. طلبك محفوظ: إن دفعت لاحقًا فسيظهر في /list.
    [two] وتوقفتُ أيضًا عن انتظار دفعتين. طلباك محفوظان: إن دفعت لاحقًا فسيظهران في /list.
    [few] وتوقفتُ أيضًا عن انتظار { $count } دفعات. طلباتك محفوظة: إن دفعت لاحقًا فستظهر في /list.
    [many] وتوقفتُ أيضًا عن انتظار { $count } دفعة. طلباتك محفوظة: إن دفعت لاحقًا فستظهر في /list.
   *[other] وتوقفتُ أيضًا عن انتظار { $count } دفعة. طلباتك محفوظة: إن دفعت لاحقًا فستظهر في /list.
}
unknown-text = لم أفهم ذلك. أرسل /help لترى ما أستطيع فعله.

# Buttons
btn-back = « رجوع
btn-cancel = إلغاء
btn-confirm = ✅ تأكيد
btn-change = ✏️ تغيير
btn-other = غير ذلك…
btn-pay = 💳 ادفع
btn-stop-waiting = إيقاف الانتظار
btn-try-again = 🔁 حاول مجددًا
btn-field-mode = الباقة
btn-field-name = الاسم
btn-field-model = النموذج
btn-field-token = توكن البوت
btn-field-key = مفتاح الذكاء الاصطناعي

# Billing modes
mode-byok = 🔑 مفتاحي للذكاء الاصطناعي
mode-managed = ✨ الذكاء الاصطناعي مشمول
mode-unlimited = غير محدود

# The /new wizard
wz-needs-key = أحتاج أولًا إلى مفتاح API من Getclaw: أرسل /setkey.
wz-step = الخطوة { $n } من { $total }
wz-mode =
    كيف سيدفع مساعدك مقابل الذكاء الاصطناعي الذي يستخدمه؟
    • مفتاحي للذكاء الاصطناعي: لديك حساب لدى شركة ذكاء اصطناعي (مثل OpenAI) وتلصق مفتاحها هنا.
    • الذكاء الاصطناعي مشمول: قدر شهري من استخدام الذكاء الاصطناعي مشمول في السعر.
    • غير محدود: الذكاء الاصطناعي مشمول، بأكبر قدر شهري.
wz-name = ما الاسم الذي تريده لمساعدك؟ أرسل اسمًا لا يزيد على { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
wz-name-empty = لا يمكن أن يكون الاسم فارغًا. أرسل اسمًا لا يزيد على { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
wz-name-too-long = يتكوّن هذا الاسم من { $count ->
    [zero] { $count } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $count } أحرف
    [many] { $count } حرفًا
   *[other] { $count } حرف
}، والحد الأقصى { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}. أرسل اسمًا أقصر من فضلك.
wz-provider = أي شركة ذكاء اصطناعي؟ اختر واحدة من الأسفل.
wz-provider-other = اكتب الاسم المختصر للشركة (مثلًا: mistral).
wz-provider-invalid = اكتب الاسم المختصر للشركة بأحرف لاتينية صغيرة ودون مسافات، مثل mistral.
wz-model = أي نموذج من { $provider }؟ اختر واحدًا من الأسفل، أو اكتب اسمه.
wz-model-managed = أي نموذج ذكاء اصطناعي تريد أن يستخدمه مساعدك؟ اختر واحدًا من الأسفل. تريد نموذجًا معيّنًا؟ اكتب اسمه على OpenRouter، مثل openai/gpt-5-mini.
wz-model-other = اكتب اسم النموذج.
wz-model-invalid = اسم النموذج بلا مسافات، ولا يزيد على { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}. حاول مجددًا من فضلك.
wz-bot-token =
    يحتاج مساعدك إلى بوت خاص به على تيليجرام ليتحدث من خلاله. افتح @BotFather وأرسل /newbot واختر اسمًا، فيرد عليك بتوكن (رمز يشبه كلمة المرور، مثل 123456789:AAH…).
    الصقه هنا وسأحذفه فورًا.
wz-bot-token-format = لا يبدو هذا توكن بوت (أرقام، ثم «:»، ثم رمز طويل). الصقه مجددًا من فضلك.
wz-bot-token-rejected = تيليجرام لا يقبل هذا التوكن. انسخه مجددًا من @BotFather والصقه هنا.
wz-bot-token-unchecked = لم أتمكن من التحقق من التوكن لدى تيليجرام الآن. الصقه مجددًا بعد قليل.
wz-bot-token-ok = تم: سيرد مساعدك باسم { $username }.
wz-model-key = أخيرًا، مفتاح API من { $provider }: يستخدمه مساعدك للوصول إلى الذكاء الاصطناعي. الصقه هنا وسأحذف رسالتك فورًا.
wz-model-key-invalid = لا يبدو هذا مفتاح API (بلا مسافات، و{ $min ->
    [zero] { $min } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $min } أحرف
    [many] { $min } حرفًا
   *[other] { $min } حرف
} على الأقل). الصقه مجددًا من فضلك.
wz-use-buttons = اختر من الأزرار أعلاه من فضلك، أو أرسل /cancel.
wz-summary =
    راجع التفاصيل من فضلك:
    الاسم: { $name }
    الباقة: { $mode }
    النموذج: { $provider } / { $model }
    بوت تيليجرام: { $bot }
    مفتاح الذكاء الاصطناعي: { $key }
wz-summary-key-none = غير مطلوب
wz-summary-buy = اضغط ✅ تأكيد وسأرسل لك رابطًا لدفع ثمن هذا المساعد.
wz-summary-activate = اضغط ✅ تأكيد لتفعيل المساعد الذي دفعتَ ثمنه مسبقًا.
wz-cancelled = تم الإلغاء. لم يتم شراء أي شيء.
wz-cancelled-slot = تم الإلغاء. ما دفعتَ ثمنه محفوظ: أكمل إعداده لاحقًا من /list.
wz-pay-adopted = طلبتُ { $name }، لكن رابط الدفع لم يصلني. يُرجى الدفع من حسابك في Getclaw على { $dashboard }، وسأشغّل { $name } فور وصول الدفعة.
wz-resumed = لم يكتمل تأكيدك الأخير، لذا لم يتم شراء أي شيء. راجع التفاصيل وأكّد مجددًا.
wz-unlimited-refused = خدمة Getclaw لا تبيع باقة «غير محدود» لهذا الحساب. اختر «مفتاحي للذكاء الاصطناعي» أو «الذكاء الاصطناعي مشمول» بدلًا منها.
wz-pay = حجزتُ { $name } لك. ادفع عبر الرابط أدناه: سأعرف بالدفع تلقائيًا وأشغّل { $name } فورًا.
wz-stopped-waiting = حسنًا، توقفتُ عن انتظار هذا الدفع. طلبك محفوظ: إن دفعت لاحقًا فسيظهر في /list مع زر «▶️ تفعيل».
wz-payment-timeout =
    لم يصلني الدفع مقابل { $name } خلال { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، فتوقفتُ عن الانتظار. طلبك محفوظ: إن دفعت لاحقًا فسيظهر في /list مع زر «▶️ تفعيل».
wz-paid-deploying = وصل الدفع! جارٍ تشغيل { $name }… سأخبرك هنا حين يبدأ العمل.
wz-deploying = جارٍ تشغيل { $name }… سأخبرك هنا حين يبدأ العمل.
wz-activation-model-rejected = لم تقبل خدمة Getclaw النموذج { $model } للمساعد { $name }. اختر نموذجًا آخر من فضلك؛ ما دفعتَ ثمنه محفوظ.
wz-activation-failed = لم أتمكن من تشغيل { $name }. { $reason } ما دفعتَ ثمنه محفوظ: فعّله لاحقًا من /list.

# Status
status-pending-payment = بانتظار الدفع
status-purchased = مدفوع، لم يُفعَّل بعد
status-deploying = جارٍ التشغيل
status-active = يعمل
status-failed = تعذّر تشغيله
status-stopped = متوقف
status-gone = لم يعد { $name } موجودًا على Getclaw، لذا توقفتُ عن متابعته.
notice-active = ✅ بدأ { $name } العمل!
notice-link = تحدّث معه: { $link }
notice-worker = عنوان الخادم (للمطورين): { $url }
notice-failed = ❌ تعذّر تشغيل { $name }: { $reason }
notice-no-reason = لم تذكر خدمة Getclaw السبب
notice-changed = حالة { $name } الآن: { $status }.

# /list and cards
list-title = { $count ->
    [zero] ليس لديك أي مساعد:
    [one] مساعدك:
    [two] لديك مساعدان:
    [few] لديك { $count } مساعدين:
    [many] لديك { $count } مساعدًا:
   *[other] لديك { $count } مساعد:
}
list-page = الصفحة { $page } من { $pages }
list-empty = ليس لديك مساعدون بعد. أرسل /new لإنشاء واحد.
list-no-key = أحتاج أولًا إلى مفتاح API من Getclaw: أرسل /setkey.
list-offline = لم أتمكن من الوصول إلى Getclaw، فهذا آخر ما أعرفه. { $reason }
list-deleted = تم حذف { $name }.
card-status = الحالة: { $status }
card-reason = السبب: { $reason }
card-mode = الباقة: { $mode }
card-model = النموذج: { $provider } / { $model }
card-bot = تيليجرام: { $link }
card-worker = عنوان الخادم (للمطورين): { $url }
card-payment = الدفع: { $status }
card-paid-until = مدفوع حتى: { $time }
card-canceled = أُلغي الاشتراك في { $time }؛ ويعمل حتى { $end }
card-canceled-at = أُلغي الاشتراك في { $time }
card-updated = آخر تحديث: { $time }
card-gone = هذا المساعد لم يعد موجودًا على Getclaw.
card-state-changed = تغيّرت حالة هذا المساعد منذ أن عرضتُ لك هذه البطاقة؛ إليك حالته الآن.
card-stopped = تم إيقافه.
card-redeploying = جارٍ إعادة التشغيل… سأخبرك هنا حين يبدأ العمل.
card-delete-confirm = هل تريد حذف { $name }؟ سيتوقف المساعد ويُلغى اشتراكه المدفوع. لا يمكن التراجع عن ذلك.
card-edit-stop-first = المساعد { $name } يعمل الآن: أوقفه أولًا، ثم عدّله.
btn-stop = ⏹ إيقاف
btn-redeploy = 🔁 إعادة التشغيل
btn-edit = ✏️ تعديل
btn-activate = ▶️ تفعيل
btn-delete = 🗑 حذف
btn-delete-yes = 🗑 نعم، احذف { $name }
btn-refresh = 🔄 تحديث
btn-back-list = « العودة إلى القائمة
btn-open-card = فتح بطاقته
edit-choose = ماذا تريد أن تغيّر في { $name }؟
edit-name = أرسل الاسم الجديد للمساعد { $name } (لا يزيد على { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}).
edit-saved = تم الحفظ. اضغط 🔁 إعادة التشغيل في بطاقة { $name } لتطبيق التغيير.
edit-cancelled = أُلغي التعديل؛ لم يتغير شيء.

# Groups
team-admins-only = هذا متاح لمشرفي هذه المجموعة فقط.
team-not-bot-owner = بوت هذا المساعد يملكه شخص آخر، لذا لا يستطيع تغيير توكنه أو تحديد من يمكنه التحدث معه إلا مالكه.
team-no-longer-admin = لم تعد مشرفًا في تلك المجموعة، لذا لم أنفّذ ذلك. يمكن لأحد مشرفيها أن يبدأ من جديد.
team-anonymous-admin = أنت تكتب كمشرف مجهول الهوية، لذا لا أعرف أي مشرف أنت. لإدارة المساعدين، أوقف خيار «البقاء مجهولًا» في صلاحياتك كمشرف في هذه المجموعة، ثم حاول مجددًا.
team-upgraded = قام تيليجرام بترقية هذه المجموعة. انتقل معها مفتاح API والمساعدون والسجل؛ لا حاجة لإعداد أي شيء من جديد.
conversation-timed-out = انتهت مهلة هذا الإعداد بعد { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} دون رد، فحذفتُ البيانات التي أرسلتها. أرسل /new للبدء من جديد (أو /setkey أو /list).
team-secret-deleted = { $who }، بدا ذلك كأنه بيانات سرية، فحذفته. ربما رآه أحد هنا: استبدله الآن (أنشئ واحدًا جديدًا فيتوقف القديم عن العمل)، ولا ترسل البيانات السرية إلا لي في محادثة خاصة.
team-secret-not-deleted = { $who }، يبدو هذا كبيانات سرية ولا أستطيع حذفه هنا (أحتاج إلى صلاحية حذف الرسائل). احذفه واستبدله الآن (أنشئ واحدًا جديدًا فيتوقف القديم عن العمل): ربما رآه أحد هنا.
btn-continue-private = 🔐 المتابعة في محادثة خاصة
handoff-offer = { $who }، أرسل لي مفتاح API في محادثة خاصة: الزر أدناه يعمل مرة واحدة، لك وحدك، لمدة { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
handoff-edit-offer = { $who }، أرسل لي البيانات السرية الجديدة في محادثة خاصة: الزر أدناه يعمل مرة واحدة، لك وحدك، لمدة { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
handoff-edit-key = الصق هنا مفتاح الذكاء الاصطناعي الجديد. سأحذف رسالتك فورًا، ولن تعرف المجموعة إلا أن المساعد قد عُدِّل.
handoff-edit-done = تم. حُفظ التغيير في المجموعة، وستجد هناك زر 🔁 إعادة التشغيل.
handoff-key-ask = الصق هنا مفتاح API الخاص بالمجموعة من Getclaw. سأحذف رسالتك فورًا، ولن أخبر المجموعة إلا بأن المفتاح قد أُضيف.
handoff-key-saved = تم حفظ مفتاح API الخاص بالمجموعة { $masked }.
handoff-expired =
    انتهت صلاحية هذا الرابط (الروابط تعمل لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }). اطلب رابطًا جديدًا في المجموعة.
handoff-used = استُخدم هذا الرابط من قبل. اطلب رابطًا جديدًا في المجموعة.
handoff-other-user = هذا الرابط مخصص لمشرف آخر في المجموعة.
handoff-unknown = لا أعرف هذا الرابط. اطلب رابطًا جديدًا في المجموعة.
handoff-wizard-gone = إعداد المساعد في المجموعة لم يعد بانتظار هذا. ابدأ من جديد بإرسال /new في المجموعة.
handoff-wizard-done = شكرًا! عُد إلى المجموعة: الملخص بانتظارك هناك.
wz-group-secrets = الآن الأجزاء السرية: توكن البوت (ومفتاح الذكاء الاصطناعي إن اخترت مفتاحك الخاص). لا ترسلها هنا: اضغط الزر لترسلها لي في محادثة خاصة، ثم يكتمل الإعداد في هذه المجموعة.
wz-reply-here = ✍️ ردّ على هذه الرسالة.
audit-title = آخر ما حدث في هذه المجموعة:
audit-empty = لم يحدث شيء في هذه المجموعة بعد.
audit-key-set = { $who }: إضافة مفتاح API { $name }
audit-key-removed = { $who }: حذف مفتاح API
audit-bought = { $who }: شراء اشتراك للمساعد { $name }
audit-activated = { $who }: تفعيل { $name }
audit-stopped = { $who }: إيقاف { $name }
audit-redeployed = { $who }: إعادة تشغيل { $name }
audit-deleted = { $who }: حذف { $name }
audit-edited = { $who }: تعديل { $name }

# Replayed after a restart
wz-replay-submitting = أُعيد تشغيل البوت أثناء شراء مساعدك. أتحقق أولًا مما إذا كانت عملية الشراء قد تمّت…
replay-done = أُعيد تشغيل البوت لحظة إنهائه آخر ما طلبته: لقد تم. أرسل /list لترى مساعديك.

# The secure form (a Mini App served by the bot)
form-button = 🔐 أدخله في استمارة آمنة
form-offer = 🔐 الأكثر أمانًا: أدخله في الاستمارة الآمنة أدناه، فلن يصبح رسالة في المحادثة أبدًا. أو الصقه هنا.
form-saved = تم الحفظ: { $masked }
form-page-title = استمارة آمنة
form-intro = ما تكتبه هنا يذهب مباشرة إلى خادم البوت، ولن يصبح رسالة في المحادثة أبدًا.
form-account = الحفظ لحساب { $who }. لست أنت؟ أغلق هذه الاستمارة.
form-title-api-key = مفتاح API الخاص بك من Getclaw
form-title-bot-token = توكن بوت مساعدك
form-title-model-key = مفتاح الذكاء الاصطناعي الخاص بك
form-hint-api-key = من صفحة API Keys على { $dashboard }.
form-hint-bot-token = من @BotFather: أرقام، ثم «:»، ثم رمز طويل.
form-hint-model-key = مفتاح API من شركة الذكاء الاصطناعي: بلا مسافات، و{ $min ->
    [zero] { $min } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $min } أحرف
    [many] { $min } حرفًا
   *[other] { $min } حرف
} على الأقل.
form-format-api-key = لا يبدو هذا مفتاح API: الصق المفتاح كاملًا، بلا مسافات.
form-format-bot-token = لا يبدو هذا توكن بوت (أرقام، ثم «:»، ثم رمز طويل).
form-format-model-key = لا يبدو هذا مفتاح API (بلا مسافات، و{ $min ->
    [zero] { $min } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $min } أحرف
    [many] { $min } حرفًا
   *[other] { $min } حرف
} على الأقل).
form-show = إظهار
form-hide = إخفاء
form-save = حفظ
form-checking = جارٍ التحقق…
form-close = إغلاق
form-done = تم حفظ { $masked }. يمكنك إغلاق هذه الاستمارة ومتابعة المحادثة.
form-outside-telegram = افتح هذه الاستمارة من زرها في محادثتك مع البوت.
form-unreachable = تعذّر الوصول إلى خادم البوت. تحقق من اتصالك وحاول مجددًا.
form-refused-signature = توقيع تيليجرام على هذه الاستمارة غير مطابق. افتحها مجددًا من المحادثة.
form-refused-stale =
    فُتحت هذه الاستمارة منذ أكثر من { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. افتحها مجددًا من المحادثة.
form-refused-used = استُخدمت هذه الاستمارة من قبل. لم يُحفظ أي شيء جديد.
form-refused-unknown = هذه الاستمارة لم تعد صالحة: حلّ محلها طلب أحدث، أو أنها قديمة جدًا. استخدم أحدث طلب في المحادثة.
form-refused-expired =
    انتهت صلاحية هذه الاستمارة بعد { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. اطلبها مجددًا من المحادثة.
form-refused-spent = محاولات كثيرة جدًا: أُغلقت هذه الاستمارة. اطلبها مجددًا من المحادثة.
form-refused-flood = محاولات كثيرة في وقت قصير. انتظر قليلًا، ثم حاول مجددًا.
form-refused-other-user = فُتحت هذه الاستمارة لشخص آخر. لم يُحفظ شيء.
form-refused-too-large = هذا أطول بكثير من أن يكون مفتاحًا أو توكنًا. لم يُحفظ شيء.
form-refused-empty = لم تكتب شيئًا. الصق المفتاح أو التوكن كاملًا في الحقل.
form-refused-malformed = لم يفهم البوت ما أرسلته الاستمارة. افتحها مجددًا من المحادثة.
form-refused-not-awaited = لم أعد أنتظر هذه البيانات في المحادثة، لذا لم يُحفظ شيء. اطلبها مجددًا في المحادثة.
form-refused-failed = حدث خطأ من جهة البوت. لم يُحفظ شيء؛ حاول مجددًا بعد قليل.

# The assistant's bot created from the chat (managed bots)
btn-create-bot = 🤖 أنشئ البوت لي
newbot-offer = الأسهل: اضغط «🤖 أنشئ البوت لي» أدناه، ولن تحتاج إلى أي توكن. سيفتح تيليجرام نافذة فيها اسم واسم مستخدم جاهزان؛ غيّرهما إن أردت، ثم أكّد وأتولّى أنا الباقي.
newbot-again = لم يصلني أي بوت جديد. إن أُغلقت نافذة تيليجرام، أو قال إن لديك بوتات كثيرة جدًا (احذف واحدًا في @BotFather)، فاضغط «🤖 أنشئ البوت لي» لتحاول مجددًا — أو الصق توكنًا من @BotFather.
newbot-token-failed = بوتك الجديد { $username } جاهز، لكن تيليجرام لم يعطني التوكن الخاص به الآن. اضغط «🔁 حاول مجددًا» — أو الصق توكنًا من @BotFather بدلًا من ذلك.
newbot-unexpected = تم إنشاء بوتك الجديد { $username } وهو ملكك، لكنني لم أكن أنتظر بوتًا حينها، فتركته كما هو. ستجده في @BotFather.
newbot-put-away = رجعنا خطوة: أخفيتُ زر «أنشئ البوت لي».
btn-new-token = 🔑 توكن جديد
btn-access = 👥 من يمكنه التحدث معه
newtoken-done = أصبح لدى { $username } توكن جديد، والقديم لم يعد يعمل.
newtoken-failed = لم يعطِ تيليجرام { $username } توكنًا جديدًا الآن، فلم يتغير شيء. حاول مجددًا بعد قليل.
access-title = من يمكنه التحدث مع { $username }؟ الآن: { $now }.
access-now-everyone = الجميع
access-now-only = أنت فقط
access-now-some = أنت و{ $names }
access-now-unknown = غير معروف (لم يردّ تيليجرام)
btn-access-everyone = 🌍 الجميع
btn-access-me = 🔒 أنا فقط
btn-access-pick = 👥 أنا وأشخاص أختارهم…
access-pick = اضغط «👥 اختيار أشخاص» أدناه واختر حتى { $max ->
    [zero] { $max } شخص
    [one] شخص واحد
    [two] شخصين
    [few] { $max } أشخاص
    [many] { $max } شخصًا
   *[other] { $max } شخص
} يمكنهم التحدث مع { $username }. أما أنت فتستطيع التحدث معه دائمًا.
btn-access-choose = 👥 اختيار أشخاص
access-set-everyone = أصبح بإمكان الجميع التحدث مع { $username }.
access-set-only = أصبح التحدث مع { $username } متاحًا لك وحدك.
access-set-some = { $count ->
    [zero] أصبح التحدث مع { $username } متاحًا لك وحدك.
    [one] أصبح التحدث مع { $username } متاحًا لك ولشخص واحد آخر فقط.
    [two] أصبح التحدث مع { $username } متاحًا لك ولشخصين آخرين فقط.
    [few] أصبح التحدث مع { $username } متاحًا لك و{ $count } أشخاص آخرين فقط.
    [many] أصبح التحدث مع { $username } متاحًا لك و{ $count } شخصًا آخر فقط.
   *[other] أصبح التحدث مع { $username } متاحًا لك و{ $count } شخص آخر فقط.
}
access-failed = لم يقبل تيليجرام التغيير الآن، فلم يتغير شيء. حاول مجددًا بعد قليل.
flood-slow-down = هذا أكثر مما أستطيع الرد عليه هنا دفعة واحدة، لذلك تخطيت بعضه. انتظر ردودي، ثم أرسل من جديد ما زلت تحتاجه.

# Errors (w2)
api-error-invalid-state-chat = لا يستطيع المساعد فعل ذلك في حالته الآن (ربما يجري تشغيله أو هو متوقف). أرسل /list وافتحه لترى ما يمكنك فعله به الآن.
api-error-not-found-next = أرسل /list لترى المساعدين الموجودين لديك الآن، أو اضغط 🔄 تحديث على بطاقته.
api-error-rate-limited = تصل إلى خدمة Getclaw طلبات كثيرة جدًا الآن. يُرجى الانتظار دقيقة ثم المحاولة مجددًا.
api-error-rate-limited-seconds = تصل إلى خدمة Getclaw طلبات كثيرة جدًا الآن. يُرجى الانتظار { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
} ثم المحاولة مجددًا.
api-error-rate-limited-minutes = تصل إلى خدمة Getclaw طلبات كثيرة جدًا الآن. يُرجى الانتظار { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} ثم المحاولة مجددًا.
api-error-forbidden = رفضت خدمة Getclaw الوصول إلى هذا. إن تكرر ذلك، فتحقّق من مفتاح API في صفحة API Keys على { $dashboard } وأرسل مفتاحًا جديدًا عبر /setkey.
wz-kept-for-later = احتفظت بإجاباتك. عندما تعود خدمة Getclaw للعمل، اضغط 🔁 حاول مجددًا، ولن تحتاج إلى البدء من جديد.

# Restart question (w2)
restart-live-again = عاد { $name } إلى العمل. هل تريد إعادة تشغيله على أي حال؟ سيتوقف عن الرد لفترة قصيرة.
btn-restart-yes = ✅ نعم، أعد التشغيل
btn-restart-no = لا
restart-kept-running = حسنًا، سيستمر { $name } في العمل كما هو.

# Pay later (w2)
card-pay-link = 💳 للدفع، افتح هذا الرابط: { $link }
card-paid-finish = 💳 وصل الدفع! اضغط ▶️ تفعيل لتختار الباقي، وسأشغّله بعدها.

# Payment wait's end (w2)
payment-wait-ended =
    توقفت عن انتظار الدفع مقابل { $name } لأنني لم أعد أستطيع التحقق منه. { $reason }
    حذفت الإجابات التي أعطيتني إياها له. طلبك محفوظ: بعد الدفع، افتحه من /list واضغط ▶️ تفعيل.
# The watch on the assistant's own bot (w3)
watch-silent = ⚠️ يبدو أن { $name } توقّف عن الرد: { $count ->
    [zero] لا رسائل تنتظر الرد
    [one] رسالة واحدة تنتظر الرد
    [two] رسالتان تنتظران الرد
    [few] { $count } رسائل تنتظر الرد
    [many] { $count } رسالة تنتظر الرد
   *[other] { $count } رسالة تنتظر الرد
} منذ { $since }.
watch-telegram-said = يقول تيليجرام: { $reason }.
watch-silent-next = غالبًا ما تفيد إعادة تشغيله. وإن لم تُفِد، افتح بطاقته في /list لترى ما حدث.
watch-reason-status = ردّ خادمه بـ { $status }
watch-reason-timeout = لم يردّ خادمه في الوقت المناسب
watch-reason-refused = رفض خادمه الاتصال
watch-reason-other = «{ $message }»
watch-answers-again = ✅ عاد { $name } إلى الرد: لا توجد رسائل تنتظر.
watch-revoked = ⚠️ لم يعد تيليجرام يقبل توكن بوت { $name }، لذا لا يستطيع الرد على أحد. يحدث هذا عند إلغاء التوكن في @BotFather. احصل على توكن جديد من هناك، ثم افتح بطاقته في /list واضغط { $edit } ← { $field }.
watch-revoked-managed = ⚠️ لم يعد تيليجرام يقبل توكن بوت { $name }، لذا لا يستطيع الرد على أحد. افتح بطاقته في /list واضغط { $newtoken } ثم { $restart }.
btn-watch-open = 💬 فتح
card-health-ok-now = يرد على الرسائل · فُحص الآن
card-health-ok = يرد على الرسائل · فُحص { $minutes ->
    [zero] قبل أقل من دقيقة
    [one] قبل دقيقة واحدة
    [two] قبل دقيقتين
    [few] قبل { $minutes } دقائق
    [many] قبل { $minutes } دقيقة
   *[other] قبل { $minutes } دقيقة
}
card-health-waiting = { $count ->
    [zero] لا رسائل تنتظر
    [one] رسالة واحدة تنتظر
    [two] رسالتان تنتظران
    [few] { $count } رسائل تنتظر
    [many] { $count } رسالة تنتظر
   *[other] { $count } رسالة تنتظر
} منذ { $since }
card-health-revoked = لم يعد تيليجرام يقبل توكن بوته
card-health-off = لا يُفحص: أوقفت الفحص
btn-watch-off = 👁 إيقاف الفحص
watch-off-done = لم أعد أفحص إن كان { $name } يرد، وحذفت نسخة توكن بوته التي احتفظت بها. إذا أدخلت توكن البوت من جديد، يعود الفحص.

# The assistant's Telegram profile (w3)
btn-profile = 🪪 الملف الشخصي
btn-profile-name = الاسم
btn-profile-about = نبذة
btn-profile-description = الوصف
profile-empty = (فارغ)
profile-view = هكذا يظهر { $assistant } في تيليجرام:
    الاسم: { $name }
    نبذة: { $about }
    الوصف: { $description }
profile-ask-name = أرسل الاسم الجديد للبوت (حتى { $limit } حرفًا). أرسل { $clear } لحذفه.
profile-ask-about = أرسل النبذة الجديدة التي تظهر في ملف البوت (حتى { $limit } حرفًا). أرسل { $clear } لحذفها.
profile-ask-description = أرسل الوصف الجديد الذي يراه الناس قبل بدء محادثة مع البوت (حتى { $limit } حرفًا). أرسل { $clear } لحذفه.
profile-saved-name = تم: صار لبوت { $assistant } اسمه الجديد.
profile-saved-about = تم: صارت لبوت { $assistant } نبذته الجديدة.
profile-saved-description = تم: صار لبوت { $assistant } وصفه الجديد.
profile-too-long = هذا النص أطول مما يقبله تيليجرام: يقبل حتى { $limit } حرفًا، وهذا النص فيه { $length }. أرسل نصًا أقصر من فضلك.
profile-refused = لم يقبل تيليجرام التغيير ({ $reason })، لذا لم يتغير شيء.
profile-unreachable = لم أتمكن من الوصول إلى تيليجرام الآن، لذا لم يتغير شيء. حاول مرة أخرى بعد قليل.
profile-token-refused = لم يعد تيليجرام يقبل توكن بوت { $assistant }، لذا لا أستطيع تغيير ملفه. ضع توكنًا جديدًا أولًا.
# Watch (w1): an assistant that changed after it went live, told once in its chat.
watch-failed =
    ⚠️ توقف { $name } عن العمل: { $reason }
    اضغط «إعادة التشغيل» في الأسفل لتشغيله من جديد.
watch-stopped =
    ⏸ أُوقف { $name } من خارج هذه المحادثة: { $reason }
    اضغط «إعادة التشغيل» في الأسفل لتشغيله من جديد.
watch-deleted = 🗑 حُذف { $name } من خارج هذه المحادثة، لذا لم يعد يردّ. أرسل /new لإنشاء واحد جديد.
watch-moved =
    ℹ️ يعمل { $name } الآن على عنوان خادم جديد: { $url }
    لا داعي لفعل أي شيء: سيواصل الردّ كما كان.
