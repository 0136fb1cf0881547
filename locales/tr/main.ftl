# Komut menüsü
cmd-start = Hoş geldiniz ve ilk adımlar
cmd-help = Bu bot neler yapabilir
cmd-list = Asistanlarınız
cmd-new = Yeni bir asistan oluştur
cmd-setkey = Getclaw API anahtarını ekle veya değiştir
cmd-forgetkey = Kayıtlı Getclaw API anahtarını sil
cmd-language = Dili seç
cmd-cancel = Bu adımı durdur
cmd-audit = Gruptaki son işlemler

# /start ve /help
start-welcome = Merhaba! Telegram'da sizin için yapay zeka asistanları oluşturuyor ve çalışır durumda tutuyorum. Siz sadece sorularımı yanıtlayın, kod bilmenize gerek yok.
start-need-key = Başlamak için Getclaw hesabınızı bağlayın: { $dashboard } adresinde oturum açın, “API Keys” sayfasını açın, bir anahtar oluşturun ve buraya yapıştırın. Anahtar gizli kalsın diye mesajınızı hemen silerim.
start-need-key-group = Başlamak için bu grubun bir Getclaw API anahtarına ihtiyacı var: bir yönetici /setkey ile ekleyebilir.
wz-slot-state = Şu anki durumu: { $status }.
start-has-key = Getclaw API anahtarınız kayıtlı. Asistan oluşturmak için /new, asistanlarınızı görmek için /list gönderin.
help =
    Yapabileceklerim:
    /new — adım adım yeni bir asistan oluşturun
    /list — asistanlarınız: durdurun, yeniden başlatın, değiştirin veya silin
    /setkey — Getclaw API anahtarınızı ekleyin veya değiştirin
    /forgetkey — kayıtlı Getclaw API anahtarınızı silin
    /language — dilimi seçin
    /cancel — bu adımı durdurun
    /audit — grupta: yöneticilerin son yaptıkları (yalnızca yöneticiler için)
key-saved = Getclaw API anahtarınız ({ $masked }) kaydedildi. Asistan oluşturmak için /new gönderin.

# Hatalar
button-stale = Bu düğme artık çalışmıyor.
error-internal = Benim tarafımda bir şeyler ters gitti. Lütfen biraz sonra tekrar deneyin.
api-error-unauthorized = Getclaw API anahtarını reddetti. { $dashboard } adresindeki “API Keys” sayfasından yeni bir anahtar oluşturup /setkey ile gönderin.
api-error-invalid-request = Getclaw isteği kabul etmedi. Lütfen girdiklerinizi kontrol edip tekrar deneyin.
api-error-invalid-input = Getclaw bu asistan için o yapay zeka şirketini veya modeli sunmuyor. Lütfen başka birini seçin.
api-error-invalid-state = Asistan bunu şu anda yapamıyor (başlatılıyor ya da durdurulmuş olabilir). Durumunu görmek için 🔄 Yenile'ye dokunun.
api-error-not-found = Bu asistan artık Getclaw üzerinde yok.
api-error-api-disabled = Getclaw, benim gibi botların erişimini şimdilik kapattı. Lütfen daha sonra tekrar deneyin.
api-error-payment-not-configured = Getclaw şu anda ödeme alamıyor. Lütfen daha sonra tekrar deneyin.
api-error-worker-delete-failed = Getclaw asistanı kapatamadı. Hiçbir şey değişmedi; lütfen birkaç dakika sonra tekrar deneyin.
api-error-internal-error = Getclaw kendi tarafında bir hataya takıldı ve işlemi bitiremedi. Girdiğiniz bilgilerde bir sorun yok; lütfen birkaç dakika sonra tekrar deneyin.
api-error-unavailable = Getclaw şu anda yanıt vermiyor. Lütfen biraz sonra tekrar deneyin.

# /setkey, /forgetkey
setkey-ask = Getclaw API anahtarınızı yapıştırın ({ $dashboard } adresindeki “API Keys” sayfasından oluşturabilirsiniz). Mesajınızı hemen silerim.
setkey-rejected = Getclaw bu anahtarı reddetti, bu yüzden kaydetmedim. { $dashboard } adresindeki “API Keys” sayfasından kontrol edip /setkey komutunu tekrar gönderin.
setkey-unchecked = Anahtarı Getclaw ile doğrulayamadım, bu yüzden kaydetmedim. { $reason } Biraz sonra /setkey komutunu tekrar gönderin.
forgetkey-done = Kayıtlı Getclaw API anahtarını sildim.
forgetkey-none = Kayıtlı bir API anahtarı yoktu.
private-only = Güvende kalsınlar diye token ve anahtarları yalnızca özel sohbette kabul ediyorum. Orada devam edelim.
btn-open-private = Özel sohbeti aç
secret-deleted = Gizli bilgi sohbette kalmasın diye mesajınızı sildim.
secret-not-deleted = Mesajınızı silemedim: içinde gizli bilgi var, lütfen kendiniz silin.

# /language
language-name = Türkçe
language-choose = Dilimi seçin:
language-auto = Telegram'daki dilimi kullan
language-set = Tamam: burada Türkçe konuşacağım.

# /cancel, beklenmeyen metin
cancel-done = İptal edildi.
cancel-nothing = İptal edilecek bir şey yok.
cancel-waiting = { $count ->
    [one] Bir ödemeyi beklemeyi de bıraktım. Siparişiniz saklanıyor: sonradan öderseniz /list içinde görünür.
   *[other] { $count } ödemeyi beklemeyi de bıraktım. Siparişleriniz saklanıyor: sonradan öderseniz /list içinde görünürler.
}
unknown-text = Bunu anlayamadım. Neler yapabildiğimi görmek için /help gönderin.

# Düğmeler
btn-back = « Geri
btn-cancel = İptal
btn-confirm = ✅ Onayla
btn-change = ✏️ Değiştir
btn-other = Diğer…
btn-pay = 💳 Öde
btn-stop-waiting = Beklemeyi bırak
btn-try-again = 🔁 Tekrar dene
btn-field-mode = Paket
btn-field-name = Ad
btn-field-model = Yapay zeka modeli
btn-field-token = Bot token'ı
btn-field-key = Yapay zeka anahtarı

# Paketler
mode-byok = 🔑 Kendi yapay zeka anahtarım
mode-managed = ✨ Yapay zeka dahil
mode-unlimited = ♾️ Sınırsız

# /new sihirbazı
wz-needs-key = Önce Getclaw API anahtarınız gerekiyor: /setkey gönderin.
wz-step = Adım { $n } / { $total }
wz-mode =
    Asistanınız kullandığı yapay zekanın ücretini nasıl ödesin?
    • 🔑 Kendi yapay zeka anahtarım: bir yapay zeka şirketinde (ör. OpenAI) zaten hesabınız var ve oradaki anahtarı buraya yapıştırırsınız.
    • ✨ Yapay zeka dahil: aylık belirli bir yapay zeka kullanımı fiyata dahildir.
    • ♾️ Sınırsız: yapay zeka dahil, en yüksek aylık kullanım miktarıyla.
wz-name = Asistanınızın adı ne olsun? En fazla { $max ->
    [one] { $max } karakter
   *[other] { $max } karakter
} uzunluğunda bir ad gönderin.
wz-name-empty = Ad boş olamaz. En fazla { $max ->
    [one] { $max } karakter
   *[other] { $max } karakter
} uzunluğunda bir ad gönderin.
wz-name-too-long = Bu ad { $count ->
    [one] { $count } karakter
   *[other] { $count } karakter
}; sınır { $max ->
    [one] { $max } karakter
   *[other] { $max } karakter
}. Lütfen daha kısa bir ad gönderin.
wz-provider = Hangi yapay zeka şirketi? Aşağıdan birini seçin ya da kısa adını yazın.
wz-provider-other = Şirketin kısa adını yazın (örneğin: mistral).
wz-provider-invalid = Lütfen şirketin kısa adını tek kelime ve küçük harflerle yazın, mistral gibi.
wz-model = Hangi { $provider } modeli? Aşağıdan birini seçin ya da adını yazın.
wz-model-managed = Asistanınız hangi yapay zeka modelini kullansın? Aşağıdan birini seçin. Belirli bir model mi istiyorsunuz? OpenRouter'daki adını yazın, örneğin openai/gpt-5.
wz-model-other = Modelin adını, yapay zeka şirketinin yazdığı şekliyle aynen yazın.
wz-model-invalid = Model adında boşluk olamaz ve en fazla { $max ->
    [one] { $max } karakter
   *[other] { $max } karakter
} olabilir. Lütfen tekrar deneyin.
wz-bot-token =
    Asistanınızın insanlarla konuşabilmesi için kendine ait bir Telegram botu gerekiyor. @BotFather'ı açın, /newbot gönderin ve bir ad seçin; size bir token verecek (şifre gibi bir kod, örneğin 123456789:AAH…).
    Token'ı buraya yapıştırın; mesajınızı hemen silerim.
wz-bot-token-format = Bu bir bot token'ına benzemiyor (rakamlar, iki nokta üst üste ve uzun bir kod). Lütfen tekrar yapıştırın.
wz-bot-token-rejected = Telegram bu token'ı kabul etmiyor. @BotFather ile olan sohbetinizden tekrar kopyalayıp buraya yapıştırın.
wz-bot-token-unchecked = Token'ı şu anda Telegram ile doğrulayamadım. Lütfen biraz sonra tekrar yapıştırın.
wz-bot-token-ok = Tamam: asistanınız { $username } olarak yanıt verecek.
wz-model-key = Son olarak { $provider } API anahtarınız: asistanınız yapay zekayı bu anahtarla kullanır. Buraya yapıştırın; mesajınızı hemen silerim.
wz-model-key-invalid = Bu bir API anahtarına benzemiyor (boşluksuz, en az { $min ->
    [one] { $min } karakter
   *[other] { $min } karakter
}). Lütfen tekrar yapıştırın.
wz-use-buttons = Lütfen yukarıdaki düğmelerle seçin ya da /cancel gönderin.
wz-summary =
    Lütfen kontrol edin:
    Ad: { $name }
    Paket: { $mode }
    Yapay zeka modeli: { $provider } / { $model }
    Telegram botu: { $bot }
    Yapay zeka anahtarı: { $key }
wz-summary-key-none = gerekmiyor
wz-summary-buy = ✅ Onayla'ya dokunun, bu asistanın ödemesi için size bir bağlantı göndereyim.
wz-summary-activate = Ödemesini yaptığınız asistanı kurmak için ✅ Onayla'ya dokunun.
wz-cancelled = İptal edildi. Hiçbir şey satın alınmadı.
wz-cancelled-slot = İptal edildi. Ödediğiniz asistan sizi bekliyor: kurulumu daha sonra /list üzerinden tamamlayabilirsiniz.
wz-pay-adopted = { $name } adlı asistanın siparişini verdim ama ödeme bağlantısı bana ulaşmadı. Lütfen { $dashboard } adresindeki Getclaw hesabınızdan ödeyin; ödeme gelir gelmez { $name } adlı asistanı başlatırım.
wz-resumed = Son onayınız tamamlanamadı, bu yüzden hiçbir şey satın alınmadı. Bilgileri kontrol edip tekrar onaylayın.
wz-unlimited-refused = Getclaw bu hesaba Sınırsız paketi sunmuyor. Bunun yerine “🔑 Kendi yapay zeka anahtarım” ya da “✨ Yapay zeka dahil” seçeneğini seçin.
wz-pay = { $name } sizin için ayrıldı. Aşağıdaki bağlantıdan ödeyin: ödeme gelir gelmez { $name } adlı asistanı başlatırım. Bana haber vermenize gerek yok.
wz-stopped-waiting = Tamam, bu ödemeyi beklemeyi bıraktım. Siparişiniz saklanıyor: sonradan öderseniz /list içinde ▶️ Kurulumu tamamla düğmesiyle görünür.
wz-payment-timeout = { $minutes ->
    [one] { $name } için ödemeyi { $minutes } dakika içinde göremedim, bu yüzden beklemeyi bıraktım. Siparişiniz saklanıyor: sonradan öderseniz /list içinde ▶️ Kurulumu tamamla düğmesiyle görünür.
   *[other] { $name } için ödemeyi { $minutes } dakika içinde göremedim, bu yüzden beklemeyi bıraktım. Siparişiniz saklanıyor: sonradan öderseniz /list içinde ▶️ Kurulumu tamamla düğmesiyle görünür.
}
wz-paid-deploying = Ödeme alındı! { $name } başlatılıyor… Hazır olunca burada haber veririm.
wz-deploying = { $name } başlatılıyor… Hazır olunca burada haber veririm.
wz-activation-model-rejected = Getclaw, { $name } için { $model } modelini kabul etmedi. Lütfen başka bir model seçin; ödediğiniz asistan sizi bekliyor.
wz-activation-failed = { $name } başlatılamadı. { $reason } Ödediğiniz asistan sizi bekliyor: kurulumu daha sonra /list üzerinden tamamlayabilirsiniz.

# Durum
status-pending-payment = ödeme bekleniyor
status-purchased = ödendi, henüz kurulmadı
status-deploying = başlatılıyor
status-active = çalışıyor
status-failed = başarısız
status-stopped = durduruldu
status-gone = { $name } artık Getclaw üzerinde yok, bu yüzden takibini bıraktım.
notice-active = ✅ { $name } hazır ve çalışıyor!
notice-link = Sohbet etmek için: { $link }
notice-worker = Sunucu adresi (geliştiriciler için): { $url }
notice-failed = ❌ { $name } başlatılamadı: { $reason }
notice-no-reason = Getclaw bir neden belirtmedi
notice-changed = { $name } için yeni durum: { $status }.

# /list ve kartlar
list-title = { $count ->
    [one] Asistanınız:
   *[other] { $count } asistanınız var:
}
list-page = Sayfa { $page } / { $pages }
list-empty = Henüz asistanınız yok. Oluşturmak için /new gönderin.
list-no-key = Önce bir Getclaw API anahtarı gerekiyor: /setkey gönderin.
list-offline = Getclaw ile bağlantı kuramadım, bu yüzden en son bildiklerim bunlar. { $reason }
list-deleted = { $name } silindi.
card-status = Durum: { $status }
card-reason = Neden: { $reason }
card-mode = Paket: { $mode }
card-model = Yapay zeka modeli: { $provider } / { $model }
card-bot = Telegram botu: { $link }
card-worker = Sunucu adresi (geliştiriciler için): { $url }
card-payment = Ödeme: { $status }
card-paid-until = Ödeme şu tarihe kadar geçerli: { $time }
card-canceled = Abonelik iptal edildi: { $time }; şu tarihe kadar çalışır: { $end }
card-canceled-at = Abonelik iptal edildi: { $time }
card-updated = Güncellendi: { $time }
card-gone = Bu asistan artık Getclaw üzerinde yok.
card-state-changed = Bu kartı gösterdiğimden beri asistan değişti; şu anki durumu bu.
card-stopped = Durduruldu.
card-redeploying = Yeniden başlatılıyor… Hazır olunca burada haber veririm.
card-delete-confirm = { $name } silinsin mi? Asistan durur ve aboneliğiyle birlikte kalıcı olarak silinir. Bu işlem geri alınamaz.
card-edit-stop-first = { $name } şu anda çalışıyor: önce ⏹ Durdur'a dokunun, sonra düzenleyin.
btn-stop = ⏹ Durdur
btn-redeploy = 🔁 Yeniden başlat
btn-edit = ✏️ Düzenle
btn-activate = ▶️ Kurulumu tamamla
btn-delete = 🗑 Sil
btn-delete-yes = 🗑 Evet, { $name } silinsin
btn-refresh = 🔄 Yenile
btn-back-list = « Listeye dön
btn-open-card = Kartını aç
edit-choose = { $name } için neyi değiştirmek istiyorsunuz?
edit-name = { $name } için yeni adı gönderin (en fazla { $max ->
    [one] { $max } karakter
   *[other] { $max } karakter
}).
edit-saved = Kaydedildi. Değişikliğin { $name } adlı asistanda geçerli olması için 🔁 Yeniden başlat düğmesine dokunun.
edit-cancelled = İptal edildi; hiçbir şey değişmedi.

# Gruplar
team-admins-only = Bunu yalnızca bu grubun yöneticileri yapabilir.
team-not-bot-owner = Bu asistanın botu başka birine ait. Tokenını değiştirmek ve onunla kimlerin konuşabileceğini belirlemek yalnızca sahibinin elinde.
team-no-longer-admin = Artık o grubun yöneticisi değilsiniz, bu yüzden bunu yapmadım. Grubun bir yöneticisi işlemi yeniden başlatabilir.
team-anonymous-admin = Anonim olarak yazıyorsunuz, bu yüzden hangi yönetici olduğunuzu bilemiyorum. Asistanları yönetmek için bu gruptaki yönetici yetkilerinizden “Anonim Kal” seçeneğini kapatın ve tekrar deneyin.
team-upgraded = Telegram bu grubu yükseltti. Getclaw API anahtarı, asistanlar ve işlem geçmişi de taşındı; hiçbir şeyi yeniden ayarlamanıza gerek yok.
conversation-timed-out = { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
} yanıt gelmediği için kurulum durdu ve bana anlattıklarınızı sildim. Yeniden başlamak için /new gönderin (ya da /setkey, /list).
team-secret-deleted = { $who }, bu gizli bir bilgiye benziyordu, o yüzden sildim. Buradaki herkes görmüş olabilir: hemen değiştirin (yenisini oluşturun; eskisi artık çalışmaz) ve gizli bilgileri bana yalnızca özel sohbetten gönderin.
team-secret-not-deleted = { $who }, bu gizli bir bilgiye benziyor ve burada silemiyorum (mesaj silme yetkisine ihtiyacım var). Silin ve hemen değiştirin (yenisini oluşturun; eskisi artık çalışmaz): buradaki herkes görmüş olabilir.
btn-continue-private = 🔐 Özel sohbette devam et
handoff-offer = { $who }, Getclaw API anahtarını bana özel sohbetten gönderin: aşağıdaki düğme yalnızca sizin için, bir kez ve { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
} boyunca çalışır.
handoff-edit-offer = { $who }, yeni gizli bilgiyi bana özel sohbetten gönderin: aşağıdaki düğme yalnızca sizin için, bir kez ve { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
} boyunca çalışır.
handoff-edit-key = Yeni yapay zeka anahtarını buraya yapıştırın. Mesajınızı hemen silerim; gruba yalnızca asistanın değiştirildiğini söylerim.
handoff-edit-done = Tamamdır, değişiklik kaydedildi. Uygulamak için grupta 🔁 Yeniden başlat düğmesine dokunun.
handoff-key-ask = Grubun Getclaw API anahtarını buraya yapıştırın. Mesajınızı hemen silerim ve gruba yalnızca anahtarın eklendiğini söylerim.
handoff-key-saved = Grubun Getclaw API anahtarı ({ $masked }) kaydedildi.
handoff-expired = { $minutes ->
    [one] Bu bağlantının süresi doldu (bağlantılar { $minutes } dakika geçerlidir). Grupta yenisini isteyin.
   *[other] Bu bağlantının süresi doldu (bağlantılar { $minutes } dakika geçerlidir). Grupta yenisini isteyin.
}
handoff-used = Bu bağlantı zaten kullanıldı. Grupta yenisini isteyin.
handoff-other-user = Bu bağlantı grubun başka bir yöneticisi için oluşturuldu.
handoff-unknown = Bu bağlantıyı tanımıyorum. Grupta yenisini isteyin.
handoff-wizard-gone = Gruptaki asistan kurulumunun artık buna ihtiyacı yok. Grupta /new ile yeniden başlayın.
handoff-wizard-done = Teşekkürler! Gruba dönün: özet orada sizi bekliyor.
wz-group-secrets = Sırada gizli bilgiler var: botun token'ı (ve kendi yapay zeka anahtarınızı kullanıyorsanız o anahtar). Bunları buraya yazmayın: bana özelden göndermek için düğmeye dokunun. Kurulum ardından bu grupta tamamlanır.
wz-reply-here = ✍️ Bu mesajı yanıtlayın.
audit-title = Bu gruptaki son işlemler:
audit-empty = Bu grupta henüz hiçbir işlem yapılmadı.
audit-key-set = { $who }, Getclaw API anahtarını ekledi ({ $name })
audit-key-removed = { $who }, Getclaw API anahtarını kaldırdı
audit-bought = { $who }, { $name } adlı asistanı sipariş etti
audit-activated = { $who }, { $name } adlı asistanı kurup başlattı
audit-stopped = { $who }, { $name } adlı asistanı durdurdu
audit-redeployed = { $who }, { $name } adlı asistanı yeniden başlattı
audit-deleted = { $who }, { $name } adlı asistanı sildi
audit-edited = { $who }, { $name } adlı asistanı değiştirdi

# Yeniden başlatmadan sonra tekrarlanan
wz-replay-submitting = Asistanınızı sipariş ederken yeniden başladım. Önce siparişin tamamlanıp tamamlanmadığını kontrol ediyorum…
replay-done = Bot, son isteğinizi bitirdiği anda yeniden başladı: isteğiniz tamamlandı. Asistanlarınızı görmek için /list gönderin.

# Güvenli form (botun sunduğu bir Mini App)
form-button = 🔐 Güvenli formla gönder
form-offer = 🔐 Daha güvenlisi: aşağıdaki güvenli forma yazın, böylece sohbette hiç görünmez. Ya da buraya yapıştırın.
form-saved = Kaydedildi: { $masked }
form-page-title = Güvenli form
form-intro = Buraya yazdıklarınız doğrudan bota gider ve sohbette hiç görünmez.
form-account = { $who } için kaydediliyor. Siz değil misiniz? Bu formu kapatın.
form-title-api-key = Getclaw API anahtarınız
form-title-bot-token = Asistanınızın bot token'ı
form-title-model-key = Yapay zeka anahtarınız
form-hint-api-key = { $dashboard } adresindeki “API Keys” sayfasından.
form-hint-bot-token = @BotFather'dan: rakamlar, iki nokta üst üste ve uzun bir kod.
form-hint-model-key = Yapay zeka şirketindeki hesabınızın API anahtarı: boşluksuz, en az { $min ->
    [one] { $min } karakter
   *[other] { $min } karakter
}.
form-format-api-key = Bu bir API anahtarına benzemiyor: anahtarın tamamını boşluksuz yapıştırın.
form-format-bot-token = Bu bir bot token'ına benzemiyor (rakamlar, iki nokta üst üste ve uzun bir kod).
form-format-model-key = Bu bir API anahtarına benzemiyor (boşluksuz, en az { $min ->
    [one] { $min } karakter
   *[other] { $min } karakter
}).
form-show = Göster
form-hide = Gizle
form-save = Kaydet
form-checking = Kontrol ediliyor…
form-close = Kapat
form-done = Kaydedildi: { $masked }. Bu formu kapatıp sohbete dönebilirsiniz.
form-outside-telegram = Bu formu, botla olan sohbetinizdeki düğmesinden açın.
form-unreachable = Bota ulaşamadım. İnternet bağlantınızı kontrol edip tekrar deneyin.
form-refused-signature = Telegram bu formun gerçekten size ait olduğunu doğrulayamadı. Formu sohbetten yeniden açın.
form-refused-stale = { $minutes ->
    [one] Bu form açılalı { $minutes } dakikadan fazla oldu. Sohbetten yeniden açın.
   *[other] Bu form açılalı { $minutes } dakikadan fazla oldu. Sohbetten yeniden açın.
}
form-refused-used = Bu form zaten kullanıldı. Yeni bir şey kaydedilmedi.
form-refused-unknown = Bu form artık çalışmıyor: yerine daha yenisi geldi ya da çok eskidi. Sohbetteki en yenisini kullanın.
form-refused-expired = { $minutes ->
    [one] Bu formun { $minutes } dakikalık süresi doldu. Sohbette yeniden isteyin.
   *[other] Bu formun { $minutes } dakikalık süresi doldu. Sohbette yeniden isteyin.
}
form-refused-spent = Çok fazla deneme yapıldı: bu form kapatıldı. Sohbette yeniden isteyin.
form-refused-flood = Kısa sürede çok fazla deneme yapıldı. Biraz bekleyip tekrar deneyin.
form-refused-other-user = Bu form başka biri için açıldı. Hiçbir şey kaydedilmedi.
form-refused-too-large = Bu, bir anahtar ya da token için çok uzun. Hiçbir şey kaydedilmedi.
form-refused-empty = Hiçbir şey yazılmadı. Anahtarın ya da token'ın tamamını alana yapıştırın.
form-refused-malformed = Form gönderilirken bir şeyler ters gitti. Formu sohbetten yeniden açın.
form-refused-not-awaited = Sohbette artık bunu beklemiyorum, bu yüzden hiçbir şey kaydedilmedi. O adımı sohbette yeniden başlatın.
form-refused-failed = Benim tarafımda bir şeyler ters gitti. Hiçbir şey kaydedilmedi; lütfen biraz sonra tekrar deneyin.

# Sohbetten oluşturulan asistan botu (yönetilen botlar)
btn-create-bot = 🤖 Botu benim için oluştur
newbot-offer = En kolayı: aşağıdaki “🤖 Botu benim için oluştur” düğmesine dokunun. Telegram bir ad önerir; isterseniz değiştirin, onaylayın, gerisini ben hallederim. Token kopyalamanıza gerek yok.
newbot-again = Bana yeni bir bot ulaşmadı. Telegram penceresi kapandıysa ya da çok fazla botunuz olduğunu söylediyse (@BotFather'dan birini silin), tekrar denemek için “🤖 Botu benim için oluştur” düğmesine dokunun ya da @BotFather'dan aldığınız bir token'ı yapıştırın.
newbot-token-failed = Yeni botunuz { $username } oluşturuldu ama Telegram şu anda bana token'ını vermedi. “🔁 Tekrar dene” düğmesine dokunun ya da @BotFather'dan bir token yapıştırın.
newbot-unexpected = Yeni botunuz { $username } oluşturuldu ve artık sizin, ama o sırada bir bot beklemiyordum, bu yüzden ona dokunmadım. Botu @BotFather'da bulabilirsiniz.
newbot-put-away = Bir adım geri döndüm ve “🤖 Botu benim için oluştur” düğmesini gizledim.
btn-new-token = 🔑 Yeni token
btn-access = 👥 Kimler konuşabilir
newtoken-done = { $username } için yeni token oluşturuldu; eskisi artık çalışmıyor.
newtoken-failed = Telegram şu anda { $username } için yeni token vermedi, bu yüzden hiçbir şey değişmedi. Lütfen biraz sonra tekrar deneyin.
access-title = { $username } ile kimler konuşabilir? Şu an: { $now }.
access-now-everyone = herkes
access-now-only = yalnızca siz
access-now-some = siz ve { $names }
access-now-unknown = bilinmiyor (Telegram yanıt vermedi)
btn-access-everyone = 🌍 Herkes
btn-access-me = 🔒 Yalnızca ben
btn-access-pick = 👥 Ben ve seçtiğim kişiler…
access-pick = Aşağıdaki “👥 Kişileri seç” düğmesine dokunun ve { $username } ile konuşabilecek en fazla { $max ->
    [one] { $max } kişi
   *[other] { $max } kişi
} seçin. Siz her zaman onunla konuşabilirsiniz.
btn-access-choose = 👥 Kişileri seç
access-set-everyone = Artık herkes { $username } ile konuşabilir.
access-set-only = Artık { $username } ile yalnızca siz konuşabilirsiniz.
access-set-some = { $count ->
    [one] Artık { $username } ile yalnızca siz ve 1 kişi daha konuşabilirsiniz.
   *[other] Artık { $username } ile yalnızca siz ve { $count } kişi daha konuşabilirsiniz.
}
access-failed = Telegram değişikliği şu anda kabul etmedi, bu yüzden hiçbir şey değişmedi. Lütfen biraz sonra tekrar deneyin.
flood-slow-down = Bu, burada bir kerede yanıtlayabileceğimden fazla, bu yüzden bir kısmını atladım. Lütfen yanıtlarımı bekleyin, sonra hâlâ ihtiyacınız olanı yeniden gönderin.

# Errors (w2)
api-error-invalid-state-chat = Asistan şu anki durumunda bunu yapamıyor (başlatılıyor ya da durdurulmuş olabilir). /list gönderip asistanı açın; şimdi neler yapabileceğinizi görürsünüz.
api-error-not-found-next = Şu anki asistanlarınızı görmek için /list gönderin ya da kartındaki 🔄 Yenile düğmesine dokunun.
api-error-rate-limited = Getclaw şu anda çok fazla istek alıyor. Lütfen bir dakika bekleyip tekrar deneyin.
api-error-rate-limited-seconds = Getclaw şu anda çok fazla istek alıyor. Lütfen { $seconds ->
    [one] { $seconds } saniye
   *[other] { $seconds } saniye
} bekleyip tekrar deneyin.
api-error-rate-limited-minutes = Getclaw şu anda çok fazla istek alıyor. Lütfen { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
} bekleyip tekrar deneyin.
api-error-forbidden = Getclaw buna erişimi reddetti. Tekrar olursa { $dashboard } adresindeki API Keys sayfasından API anahtarınızı kontrol edin ve /setkey ile yenisini gönderin.
wz-kept-for-later = Yanıtlarınızı sakladım. Getclaw yeniden çalıştığında 🔁 Tekrar dene düğmesine dokunun: baştan başlamanız gerekmez.

# Restart question (w2)
restart-live-again = { $name } yeniden çalışıyor. Yine de yeniden başlatılsın mı? Kısa bir süre yanıt veremez.
btn-restart-yes = ✅ Evet, yeniden başlat
btn-restart-no = Hayır
restart-kept-running = Tamam, { $name } olduğu gibi çalışmaya devam ediyor.

# Pay later (w2)
card-pay-link = 💳 Ödemek için bu bağlantıyı açın: { $link }
card-paid-finish = 💳 Ödeme alındı! Kalanını seçmek için ▶️ Kurulumu tamamla düğmesine dokunun, sonra onu başlatırım.

# Payment wait's end (w2)
payment-wait-ended =
    { $name } için ödemeyi beklemeyi bıraktım, çünkü artık kontrol edemiyorum. { $reason }
    Bunun için verdiğiniz yanıtları sildim. Siparişiniz duruyor: ödendiğinde /list içinden açıp ▶️ Kurulumu tamamla düğmesine dokunun.
# The watch on the assistant's own bot (w3)
watch-silent = ⚠️ { $name } yanıt vermeyi bırakmış gibi görünüyor: { $since } saatinden beri { $count ->
    [one] 1 mesaj yanıt bekliyor
   *[other] { $count } mesaj yanıt bekliyor
}.
watch-telegram-said = Telegram'ın bildirdiği: { $reason }.
watch-silent-next = Yeniden başlatmak çoğu zaman işe yarar. Yaramazsa ne olduğunu görmek için /list içinden kartını aç.
watch-reason-status = sunucusu { $status } yanıtını verdi
watch-reason-timeout = sunucusu zamanında yanıt vermedi
watch-reason-refused = sunucusu bağlantıyı reddetti
watch-reason-other = “{ $message }”
watch-answers-again = ✅ { $name } yeniden yanıt veriyor: bekleyen mesaj yok.
watch-revoked = ⚠️ Telegram artık { $name } botunun token'ını kabul etmiyor, bu yüzden kimseye yanıt veremiyor. Bu, token @BotFather'da iptal edildiğinde olur. Oradan yeni bir token al, sonra /list içinden kartını açıp { $edit } → { $field } düğmesine dokun.
watch-revoked-managed = ⚠️ Telegram artık { $name } botunun token'ını kabul etmiyor, bu yüzden kimseye yanıt veremiyor. /list içinden kartını aç, { $newtoken } ve ardından { $restart } düğmesine dokun.
btn-watch-open = 💬 Aç
card-health-ok-now = Yanıt veriyor · az önce kontrol edildi
card-health-ok = Yanıt veriyor · { $minutes ->
    [one] 1 dakika önce kontrol edildi
   *[other] { $minutes } dakika önce kontrol edildi
}
card-health-waiting = { $since } saatinden beri { $count ->
    [one] 1 mesaj bekliyor
   *[other] { $count } mesaj bekliyor
}
card-health-revoked = Telegram artık botunun token'ını kabul etmiyor
card-health-off = Kontrol edilmiyor: kontrolü kapattın
btn-watch-off = 👁 Kontrolü kapat
watch-off-done = Artık { $name } yanıt veriyor mu diye kontrol etmiyorum ve sakladığım bot token'ı kopyasını sildim. Bot token'ını yeniden girersen kontrol tekrar açılır.

# The assistant's Telegram profile (w3)
btn-profile = 🪪 Profil
btn-profile-name = Ad
btn-profile-about = Hakkında
btn-profile-description = Açıklama
profile-empty = (boş)
profile-view = { $assistant } Telegram'da böyle görünüyor:
    Ad: { $name }
    Hakkında: { $about }
    Açıklama: { $description }
profile-ask-name = Botun yeni adını gönder (en fazla { $limit } karakter). Kaldırmak için { $clear } gönder.
profile-ask-about = Botun profilinde görünen yeni "hakkında" metnini gönder (en fazla { $limit } karakter). Kaldırmak için { $clear } gönder.
profile-ask-description = İnsanların botla sohbete başlamadan önce gördüğü yeni açıklamayı gönder (en fazla { $limit } karakter). Kaldırmak için { $clear } gönder.
profile-saved-name = Tamam: { $assistant } botunun yeni adı kaydedildi.
profile-saved-about = Tamam: { $assistant } botunun yeni "hakkında" metni kaydedildi.
profile-saved-description = Tamam: { $assistant } botunun yeni açıklaması kaydedildi.
profile-too-long = Bu metin Telegram için fazla uzun: en fazla { $limit } karakter alıyor, bu metin ise { $length } karakter. Lütfen daha kısa bir metin gönder.
profile-refused = Telegram değişikliği kabul etmedi ({ $reason }), bu yüzden hiçbir şey değişmedi.
profile-unreachable = Şu an Telegram'a ulaşamadım, bu yüzden hiçbir şey değişmedi. Biraz sonra tekrar dene.
profile-token-refused = Telegram artık { $assistant } botunun token'ını kabul etmiyor, bu yüzden profilini değiştiremiyorum. Önce yeni bir token gir.
# Watch (w1): an assistant that changed after it went live, told once in its chat.
watch-failed =
    ⚠️ { $name } çalışmayı durdurdu: { $reason }
    Yeniden çalıştırmak için aşağıdaki Yeniden başlat düğmesine dokunun.
watch-stopped =
    ⏸ { $name } bu sohbetin dışından kapatıldı: { $reason }
    Yeniden açmak için aşağıdaki Yeniden başlat düğmesine dokunun.
watch-deleted = 🗑 { $name } bu sohbetin dışından silindi, bu yüzden artık yanıt vermiyor. Yenisini oluşturmak için /new gönderin.
watch-moved =
    ℹ️ { $name } artık yeni bir sunucu adresinde çalışıyor: { $url }
    Bir şey yapmanıza gerek yok: eskisi gibi yanıt vermeye devam ediyor.
