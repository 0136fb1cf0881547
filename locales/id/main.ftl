# Menu perintah
cmd-start = Sambutan dan langkah pertama
cmd-help = Apa saja yang bisa dilakukan bot ini
cmd-list = Asisten Anda
cmd-new = Buat asisten baru
cmd-setkey = Tambah atau ganti API key Getclaw Anda
cmd-forgetkey = Hapus API key Getclaw yang tersimpan
cmd-language = Pilih bahasa
cmd-cancel = Hentikan langkah ini
cmd-audit = Tindakan terbaru di grup

# /start dan /help
start-welcome = Halo! Saya membuatkan asisten AI di Telegram untuk Anda dan menjaganya tetap berjalan. Anda cukup menjawab pertanyaan saya, tanpa perlu coding.
start-need-key = Untuk mulai, hubungkan akun Getclaw Anda: masuk ke { $dashboard }, buka halaman “API Keys”, buat key baru, lalu tempel di sini. Pesan Anda langsung saya hapus agar key-nya tetap rahasia.
start-need-key-group = Untuk mulai, grup ini perlu API key Getclaw: admin bisa menambahkannya dengan /setkey.
wz-slot-state = Statusnya sekarang: { $status }.
start-has-key = API key Getclaw Anda sudah tersimpan. Kirim /new untuk membuat asisten, atau /list untuk melihat asisten Anda.
help =
    Ini yang bisa saya lakukan:
    /new — buat asisten baru, langkah demi langkah
    /list — asisten Anda: hentikan, mulai ulang, ubah, atau hapus
    /setkey — tambah atau ganti API key Getclaw Anda
    /forgetkey — hapus API key Getclaw yang tersimpan
    /language — pilih bahasa saya
    /cancel — hentikan langkah ini
    /audit — di grup: apa saja yang dilakukan admin belakangan ini (khusus admin)
key-saved = API key Getclaw Anda { $masked } sudah disimpan. Kirim /new untuk membuat asisten.

# Pesan error
button-stale = Tombol ini sudah tidak aktif.
error-internal = Ada yang salah di pihak saya. Silakan coba lagi sebentar lagi.
api-error-unauthorized = Getclaw menolak API key ini. Buat key baru di halaman “API Keys” di { $dashboard }, lalu kirim dengan /setkey.
api-error-invalid-request = Getclaw tidak menerima permintaan ini. Periksa lagi yang Anda masukkan, lalu coba lagi.
api-error-invalid-input = Getclaw tidak menyediakan perusahaan AI atau model itu untuk asisten ini. Silakan pilih yang lain.
api-error-invalid-state = Asisten tidak bisa melakukan itu sekarang (mungkin sedang dinyalakan atau dihentikan). Ketuk 🔄 Muat ulang untuk melihat statusnya.
api-error-not-found = Asisten itu sudah tidak ada di Getclaw.
api-error-api-disabled = Getclaw sedang menutup akses untuk bot seperti saya. Silakan coba lagi nanti.
api-error-payment-not-configured = Getclaw belum bisa menerima pembayaran sekarang. Silakan coba lagi nanti.
api-error-worker-delete-failed = Getclaw tidak bisa mematikan asisten ini. Tidak ada yang berubah; silakan coba lagi beberapa menit lagi.
api-error-internal-error = Getclaw mengalami error di sistemnya sendiri dan tidak selesai. Yang Anda masukkan tidak salah; silakan coba lagi beberapa menit lagi.
api-error-unavailable = Getclaw sedang tidak merespons. Silakan coba lagi sebentar lagi.

# /setkey, /forgetkey
setkey-ask = Tempel API key Getclaw Anda (buat di halaman “API Keys” di { $dashboard }). Pesan Anda langsung saya hapus.
setkey-rejected = Getclaw menolak key ini, jadi tidak saya simpan. Periksa di halaman “API Keys” di { $dashboard }, lalu kirim /setkey lagi.
setkey-unchecked = Saya tidak bisa memeriksa key ini ke Getclaw, jadi tidak saya simpan. { $reason } Kirim /setkey lagi sebentar lagi.
forgetkey-done = API key Getclaw yang tersimpan sudah saya hapus.
forgetkey-none = Tidak ada API key yang tersimpan.
private-only = Supaya aman, saya hanya menerima token dan key di chat pribadi. Mari lanjut di sana.
btn-open-private = Buka chat pribadi
secret-deleted = Pesan Anda sudah saya hapus agar data rahasianya tidak tertinggal di chat.
secret-not-deleted = Saya tidak bisa menghapus pesan Anda. Tolong hapus sendiri, karena isinya data rahasia.

# /language
language-name = Bahasa Indonesia
language-choose = Pilih bahasa saya:
language-auto = Ikuti bahasa Telegram saya
language-set = Beres: di sini saya akan memakai Bahasa Indonesia.

# /cancel, teks nyasar
cancel-done = Dibatalkan.
cancel-nothing = Tidak ada yang perlu dibatalkan.
cancel-waiting = { $count ->
   *[other] Saya juga berhenti menunggu { $count } pembayaran. Pesanan Anda tetap disimpan: kalau Anda membayar nanti, pesanan itu muncul di /list.
}
unknown-text = Saya tidak mengerti. Kirim /help untuk melihat apa yang bisa saya lakukan.

# Tombol
btn-back = « Kembali
btn-cancel = Batal
btn-confirm = ✅ Konfirmasi
btn-change = ✏️ Ganti
btn-other = Lainnya…
btn-pay = 💳 Bayar
btn-stop-waiting = Berhenti menunggu
btn-try-again = 🔁 Coba lagi
btn-field-mode = Paket
btn-field-name = Nama
btn-field-model = Model AI
btn-field-token = Token bot
btn-field-key = Kunci AI

# Paket
mode-byok = 🔑 Kunci AI sendiri
mode-managed = ✨ AI sudah termasuk
mode-unlimited = ♾️ Tanpa batas

# Wizard /new
wz-needs-key = Pertama, saya perlu API key Getclaw Anda: kirim /setkey.
wz-step = Langkah { $n } dari { $total }
wz-mode =
    Bagaimana asisten Anda membayar AI yang dipakainya?
    • 🔑 Kunci AI sendiri: Anda sudah punya akun di perusahaan AI (misalnya OpenAI) dan tinggal menempelkan API key-nya.
    • ✨ AI sudah termasuk: jatah pemakaian AI bulanan sudah termasuk dalam harga.
    • ♾️ Tanpa batas: AI sudah termasuk, dengan jatah bulanan terbesar.
wz-name = Asisten Anda mau diberi nama apa? Kirim nama paling panjang { $max } karakter.
wz-name-empty = Nama tidak boleh kosong. Kirim nama paling panjang { $max } karakter.
wz-name-too-long = Nama itu { $count } karakter, padahal batasnya { $max } karakter. Silakan kirim nama yang lebih pendek.
wz-provider = Perusahaan AI yang mana? Pilih salah satu di bawah, atau ketik nama singkatnya.
wz-provider-other = Ketik nama singkat perusahaannya (misalnya: mistral).
wz-provider-invalid = Ketik nama singkat perusahaannya dalam satu kata dengan huruf kecil, seperti mistral.
wz-model = Model { $provider } yang mana? Pilih salah satu di bawah, atau ketik namanya.
wz-model-managed = Model AI mana yang dipakai asisten Anda? Pilih salah satu di bawah. Mau model tertentu? Ketik namanya di OpenRouter, seperti openai/gpt-5.
wz-model-other = Ketik nama modelnya persis seperti yang ditulis perusahaan AI-nya.
wz-model-invalid = Nama model tidak boleh berisi spasi dan paling panjang { $max } karakter. Silakan coba lagi.
wz-bot-token =
    Asisten Anda perlu bot Telegram sendiri untuk mengobrol. Buka @BotFather, kirim /newbot, lalu pilih nama. BotFather akan membalas dengan token (semacam kata sandi, seperti 123456789:AAH…).
    Tempel token itu di sini; pesan Anda langsung saya hapus.
wz-bot-token-format = Itu sepertinya bukan token bot (angka, titik dua, lalu kode panjang). Silakan tempel lagi.
wz-bot-token-rejected = Telegram tidak menerima token ini. Salin lagi dari chat Anda dengan @BotFather, lalu tempel di sini.
wz-bot-token-unchecked = Saya belum bisa memeriksa token ini ke Telegram. Silakan tempel lagi sebentar lagi.
wz-bot-token-ok = Oke: asisten Anda akan menjawab sebagai { $username }.
wz-model-key = Terakhir, API key { $provider } Anda: asisten memakainya untuk menggunakan AI. Tempel di sini; pesan Anda langsung saya hapus.
wz-model-key-invalid = Itu sepertinya bukan API key (tanpa spasi, minimal { $min } karakter). Silakan tempel lagi.
wz-use-buttons = Silakan pilih dengan tombol di atas, atau kirim /cancel.
wz-summary =
    Silakan periksa:
    Nama: { $name }
    Paket: { $mode }
    Model AI: { $provider } / { $model }
    Bot Telegram: { $bot }
    Kunci AI: { $key }
wz-summary-key-none = tidak perlu
wz-summary-buy = Ketuk ✅ Konfirmasi, lalu saya kirimkan link untuk membayar asisten ini.
wz-summary-activate = Ketuk ✅ Konfirmasi untuk menyiapkan asisten yang sudah Anda bayar.
wz-cancelled = Dibatalkan. Tidak ada yang dibeli.
wz-cancelled-slot = Dibatalkan. Yang sudah Anda bayar tetap aman: selesaikan pengaturannya nanti dari /list.
wz-pay-adopted = Saya sudah memesan { $name }, tapi link pembayarannya tidak sampai ke saya. Silakan bayar lewat akun Getclaw Anda di { $dashboard }; saya akan menyalakan { $name } begitu pembayarannya masuk.
wz-resumed = Konfirmasi terakhir Anda tidak sampai selesai, jadi tidak ada yang dibeli. Periksa rinciannya, lalu konfirmasi lagi.
wz-unlimited-refused = Getclaw tidak menyediakan paket Tanpa batas untuk akun ini. Pilih “🔑 Kunci AI sendiri” atau “✨ AI sudah termasuk”.
wz-pay = { $name } sudah dipesan untuk Anda. Bayar lewat link di bawah: begitu pembayarannya masuk, saya langsung menyalakan { $name }. Tidak perlu memberi tahu saya.
wz-stopped-waiting = Oke, saya berhenti menunggu pembayaran ini. Pesanan Anda tetap disimpan: kalau Anda membayar nanti, pesanan itu muncul di /list dengan tombol ▶️ Selesaikan pengaturan.
wz-payment-timeout = { $minutes ->
   *[other] Pembayaran untuk { $name } belum masuk dalam { $minutes } menit, jadi saya berhenti menunggu. Pesanan Anda tetap disimpan: kalau Anda membayar nanti, pesanan itu muncul di /list dengan tombol ▶️ Selesaikan pengaturan.
}
wz-paid-deploying = Pembayaran diterima! Menyalakan { $name }… Saya kabari di sini begitu sudah aktif.
wz-deploying = Menyalakan { $name }… Saya kabari di sini begitu sudah aktif.
wz-activation-model-rejected = Getclaw tidak menerima model { $model } untuk { $name }. Silakan pilih yang lain; yang sudah Anda bayar tetap aman.
wz-activation-failed = Saya tidak bisa menyalakan { $name }. { $reason } Yang sudah Anda bayar tetap aman: selesaikan pengaturannya nanti dari /list.

# Status
status-pending-payment = menunggu pembayaran
status-purchased = sudah dibayar, belum disiapkan
status-deploying = sedang dinyalakan
status-active = aktif
status-failed = gagal
status-stopped = dihentikan
status-gone = { $name } sudah tidak ada di Getclaw, jadi saya berhenti memantaunya.
notice-active = ✅ { $name } sudah aktif!
notice-link = Ajak mengobrol: { $link }
notice-worker = Alamat server (untuk developer): { $url }
notice-failed = ❌ { $name } gagal dinyalakan: { $reason }
notice-no-reason = Getclaw tidak memberi alasan
notice-changed = Status { $name } sekarang: { $status }.

# /list dan kartu
list-title = { $count ->
   *[other] Asisten Anda ({ $count }):
}
list-page = Halaman { $page } dari { $pages }
list-empty = Anda belum punya asisten. Kirim /new untuk membuat satu.
list-no-key = Pertama, saya perlu API key Getclaw: kirim /setkey.
list-offline = Saya tidak bisa menghubungi Getclaw, jadi ini data terakhir yang saya tahu. { $reason }
list-deleted = { $name } sudah dihapus.
card-status = Status sekarang: { $status }
card-reason = Alasan: { $reason }
card-mode = Paket: { $mode }
card-model = Model AI: { $provider } / { $model }
card-bot = Bot Telegram: { $link }
card-worker = Alamat server (untuk developer): { $url }
card-payment = Pembayaran: { $status }
card-paid-until = Dibayar sampai: { $time }
card-canceled = Langganan dibatalkan pada { $time }; tetap berjalan sampai { $end }
card-canceled-at = Langganan dibatalkan pada { $time }
card-updated = Diperbarui: { $time }
card-gone = Asisten itu sudah tidak ada di Getclaw.
card-state-changed = Asisten ini sudah berubah sejak saya menampilkan kartu ini; ini statusnya sekarang.
card-stopped = Dihentikan.
card-redeploying = Memulai ulang… Saya kabari di sini begitu sudah aktif.
card-delete-confirm = Hapus { $name }? Asisten akan berhenti dan dihapus selamanya, bersama langganannya. Ini tidak bisa dibatalkan.
card-edit-stop-first = { $name } sedang berjalan: hentikan dulu (⏹ Hentikan), baru ubah.
btn-stop = ⏹ Hentikan
btn-redeploy = 🔁 Mulai ulang
btn-edit = ✏️ Ubah
btn-activate = ▶️ Selesaikan pengaturan
btn-delete = 🗑 Hapus
btn-delete-yes = 🗑 Ya, hapus { $name }
btn-refresh = 🔄 Muat ulang
btn-back-list = « Kembali ke daftar
btn-open-card = Buka kartunya
edit-choose = Apa yang ingin Anda ubah pada { $name }?
edit-name = Kirim nama baru untuk { $name } (paling panjang { $max } karakter).
edit-saved = Tersimpan. Ketuk 🔁 Mulai ulang agar { $name } memakai perubahannya.
edit-cancelled = Dibatalkan; tidak ada yang diubah.

# Grup
team-admins-only = Hanya admin grup ini yang bisa melakukan itu.
team-not-bot-owner = Bot asisten ini milik orang lain, jadi hanya pemiliknya yang bisa mengganti tokennya atau menentukan siapa yang bisa mengobrol dengannya.
team-no-longer-admin = Anda sudah bukan admin grup itu, jadi tidak saya lakukan. Admin grup bisa memulainya lagi.
team-anonymous-admin = Anda mengirim pesan sebagai admin anonim, jadi saya tidak tahu Anda admin yang mana. Untuk mengelola asisten, matikan “Tetap Anonim” di hak admin Anda untuk grup ini, lalu coba lagi.
team-upgraded = Telegram sudah meningkatkan grup ini. API key Getclaw, asisten, dan riwayatnya ikut pindah; tidak ada yang perlu diatur ulang.
conversation-timed-out = Pengaturan tadi berhenti setelah { $minutes } menit tanpa jawaban, dan yang sudah Anda ceritakan ke saya sudah saya hapus. Kirim /new untuk mulai lagi (atau /setkey, /list).
team-secret-deleted = { $who }, itu tampaknya data rahasia, jadi saya hapus. Siapa pun di sini mungkin sudah melihatnya: ganti sekarang (buat yang baru; yang lama berhenti berfungsi), dan kirim data rahasia ke saya hanya lewat chat pribadi.
team-secret-not-deleted = { $who }, itu tampaknya data rahasia dan saya tidak bisa menghapusnya di sini (saya perlu izin menghapus pesan). Hapus dan ganti sekarang (buat yang baru; yang lama berhenti berfungsi): siapa pun di sini mungkin sudah melihatnya.
btn-continue-private = 🔐 Lanjut di chat pribadi
handoff-offer = { $who }, kirim API key Getclaw ke saya lewat chat pribadi: tombol di bawah hanya bisa dipakai sekali, hanya oleh Anda, selama { $minutes } menit.
handoff-edit-offer = { $who }, kirim data rahasia yang baru ke saya lewat chat pribadi: tombol di bawah hanya bisa dipakai sekali, hanya oleh Anda, selama { $minutes } menit.
handoff-edit-key = Tempel kunci AI yang baru di sini. Pesan Anda langsung saya hapus; grup hanya diberi tahu bahwa asistennya diubah.
handoff-edit-done = Oke, perubahannya tersimpan. Di grup, ketuk 🔁 Mulai ulang agar perubahannya berlaku.
handoff-key-ask = Tempel API key Getclaw untuk grup di sini. Pesan Anda langsung saya hapus, dan grup hanya diberi tahu bahwa key-nya sudah ditambahkan.
handoff-key-saved = API key Getclaw grup { $masked } sudah disimpan.
handoff-expired = { $minutes ->
   *[other] Link ini sudah kedaluwarsa (link berlaku { $minutes } menit). Minta yang baru di grup.
}
handoff-used = Link ini sudah dipakai. Minta yang baru di grup.
handoff-other-user = Link ini dibuat untuk admin lain di grup.
handoff-unknown = Saya tidak mengenali link ini. Minta yang baru di grup.
handoff-wizard-gone = Pengaturan asisten di grup sudah tidak memerlukan ini. Mulai lagi dengan /new di grup.
handoff-wizard-done = Terima kasih! Kembali ke grup: ringkasannya sudah menunggu di sana.
wz-group-secrets = Berikutnya bagian yang rahasia: token bot (dan, kalau memakai kunci AI sendiri, key tersebut). Jangan kirim di sini: ketuk tombol untuk mengirimnya ke saya secara pribadi. Setelah itu, pengaturannya selesai di grup ini.
wz-reply-here = ✍️ Balas pesan ini.
audit-title = Tindakan terakhir di grup ini:
audit-empty = Belum ada tindakan apa pun di grup ini.
audit-key-set = { $who } menambahkan API key Getclaw { $name }
audit-key-removed = { $who } menghapus API key Getclaw
audit-bought = { $who } memesan { $name }
audit-activated = { $who } menyiapkan dan menyalakan { $name }
audit-stopped = { $who } menghentikan { $name }
audit-redeployed = { $who } memulai ulang { $name }
audit-deleted = { $who } menghapus { $name }
audit-edited = { $who } mengubah { $name }

# Diputar ulang setelah bot mulai ulang
wz-replay-submitting = Saya sempat mulai ulang saat sedang memesan asisten Anda. Sekarang saya cek dulu apakah pesanannya berhasil…
replay-done = Bot baru saja dimulai ulang tepat setelah menyelesaikan permintaan terakhir Anda: itu sudah beres. Kirim /list untuk melihat asisten Anda.

# Formulir aman (Mini App dari bot)
form-button = 🔐 Isi di formulir aman
form-offer = 🔐 Lebih aman: ketik di formulir aman di bawah, jadi tidak pernah muncul di chat. Atau tempel saja di sini.
form-saved = Tersimpan: { $masked }
form-page-title = Formulir aman
form-intro = Yang Anda ketik di sini langsung dikirim ke bot dan tidak pernah muncul di chat.
form-account = Menyimpan untuk { $who }. Bukan Anda? Tutup formulir ini.
form-title-api-key = API key Getclaw Anda
form-title-bot-token = Token bot asisten Anda
form-title-model-key = Kunci AI Anda
form-hint-api-key = Dari halaman “API Keys” di { $dashboard }.
form-hint-bot-token = Dari @BotFather: angka, titik dua, lalu kode panjang.
form-hint-model-key = API key dari akun perusahaan AI Anda: tanpa spasi, minimal { $min } karakter.
form-format-api-key = Itu sepertinya bukan API key: tempel key-nya secara lengkap, tanpa spasi.
form-format-bot-token = Itu sepertinya bukan token bot (angka, titik dua, lalu kode panjang).
form-format-model-key = Itu sepertinya bukan API key (tanpa spasi, minimal { $min } karakter).
form-show = Tampilkan
form-hide = Sembunyikan
form-save = Simpan
form-checking = Memeriksa…
form-close = Tutup
form-done = Tersimpan: { $masked }. Anda bisa menutup formulir ini dan kembali ke chat.
form-outside-telegram = Buka formulir ini lewat tombolnya di chat Anda dengan bot.
form-unreachable = Saya tidak bisa menghubungi bot. Periksa koneksi internet Anda, lalu coba lagi.
form-refused-signature = Telegram tidak bisa memastikan bahwa formulir ini benar-benar milik Anda. Buka lagi dari chat.
form-refused-stale = { $minutes ->
   *[other] Formulir ini dibuka lebih dari { $minutes } menit yang lalu. Buka lagi dari chat.
}
form-refused-used = Formulir ini sudah dipakai. Tidak ada yang baru disimpan.
form-refused-unknown = Formulir ini sudah tidak berlaku: sudah diganti yang lebih baru, atau sudah terlalu lama. Pakai yang terbaru di chat.
form-refused-expired = { $minutes ->
   *[other] Formulir ini kedaluwarsa setelah { $minutes } menit. Minta lagi di chat.
}
form-refused-spent = Terlalu banyak percobaan: formulir ini ditutup. Minta lagi di chat.
form-refused-flood = Terlalu banyak percobaan dalam waktu singkat. Tunggu sebentar, lalu coba lagi.
form-refused-other-user = Formulir ini dibuka untuk orang lain. Tidak ada yang disimpan.
form-refused-too-large = Itu terlalu panjang untuk sebuah key atau token. Tidak ada yang disimpan.
form-refused-empty = Belum ada yang diketik. Tempel key atau token secara lengkap ke kolomnya.
form-refused-malformed = Ada yang salah saat formulir dikirim. Buka lagi dari chat.
form-refused-not-awaited = Saya sudah tidak menunggu ini di chat, jadi tidak ada yang disimpan. Ulangi langkah itu di chat.
form-refused-failed = Ada yang salah di pihak saya. Tidak ada yang disimpan; silakan coba lagi sebentar lagi.

# Bot asisten yang dibuat dari chat (bot terkelola)
btn-create-bot = 🤖 Buatkan bot untuk saya
newbot-offer = Paling mudah: ketuk “🤖 Buatkan bot untuk saya” di bawah. Telegram menyarankan nama; ubah kalau mau, konfirmasi, dan sisanya saya urus. Tidak perlu menyalin token.
newbot-again = Belum ada bot baru yang sampai ke saya. Kalau jendela Telegram tertutup, atau Telegram bilang bot Anda sudah terlalu banyak (hapus satu di @BotFather), ketuk “🤖 Buatkan bot untuk saya” untuk mencoba lagi, atau tempel token dari @BotFather.
newbot-token-failed = Bot baru Anda { $username } sudah ada, tapi Telegram belum memberi saya tokennya. Ketuk “🔁 Coba lagi”, atau tempel token dari @BotFather.
newbot-unexpected = Bot baru Anda { $username } sudah dibuat dan menjadi milik Anda, tapi saat itu saya tidak sedang menunggu bot, jadi tidak saya sentuh. Anda bisa menemukannya di @BotFather.
newbot-put-away = Mundur satu langkah: tombol “🤖 Buatkan bot untuk saya” saya sembunyikan.
btn-new-token = 🔑 Token baru
btn-access = 👥 Siapa yang bisa mengobrol
newtoken-done = { $username } punya token baru; token lama sudah tidak berfungsi.
newtoken-failed = Telegram belum memberi { $username } token baru, jadi tidak ada yang berubah. Silakan coba lagi sebentar lagi.
access-title = Siapa yang bisa mengobrol dengan { $username }? Sekarang: { $now }.
access-now-everyone = semua orang
access-now-only = hanya Anda
access-now-some = Anda dan { $names }
access-now-unknown = tidak diketahui (Telegram tidak menjawab)
btn-access-everyone = 🌍 Semua orang
btn-access-me = 🔒 Hanya saya
btn-access-pick = 👥 Saya dan yang saya pilih…
access-pick = Ketuk “👥 Pilih orang” di bawah dan pilih hingga { $max } orang yang boleh mengobrol dengan { $username }. Anda sendiri selalu bisa mengobrol dengannya.
btn-access-choose = 👥 Pilih orang
access-set-everyone = Sekarang semua orang bisa mengobrol dengan { $username }.
access-set-only = Sekarang hanya Anda yang bisa mengobrol dengan { $username }.
access-set-some = { $count ->
   *[other] Sekarang hanya Anda dan { $count } orang lain yang bisa mengobrol dengan { $username }.
}
access-failed = Telegram belum menerima perubahan ini, jadi tidak ada yang berubah. Silakan coba lagi sebentar lagi.
flood-slow-down = Ini lebih banyak dari yang bisa saya jawab sekaligus, jadi sebagian saya lewati. Tunggu jawaban saya, lalu kirim lagi yang masih Anda perlukan.

# Errors (w2)
api-error-invalid-state-chat = Asisten tidak bisa melakukan itu dalam keadaannya sekarang (mungkin sedang dinyalakan atau sedang berhenti). Kirim /list lalu buka asistennya untuk melihat apa yang bisa dilakukan sekarang.
api-error-not-found-next = Kirim /list untuk melihat asisten yang Anda punya sekarang, atau ketuk 🔄 Muat ulang di kartunya.
api-error-rate-limited = Getclaw sedang menerima terlalu banyak permintaan. Tunggu satu menit, lalu coba lagi.
api-error-rate-limited-seconds = Getclaw sedang menerima terlalu banyak permintaan. Tunggu { $seconds } detik, lalu coba lagi.
api-error-rate-limited-minutes = Getclaw sedang menerima terlalu banyak permintaan. Tunggu { $minutes } menit, lalu coba lagi.
api-error-forbidden = Getclaw menolak akses untuk ini. Jika terus terjadi, periksa kunci API Anda di halaman API Keys di { $dashboard } dan kirim kunci baru dengan /setkey.
wz-kept-for-later = Jawaban Anda saya simpan. Saat Getclaw sudah kembali, ketuk 🔁 Coba lagi: Anda tidak perlu mengulang dari awal.

# Restart question (w2)
restart-live-again = { $name } sudah aktif lagi. Tetap mulai ulang? Asisten akan berhenti sebentar.
btn-restart-yes = ✅ Ya, mulai ulang
btn-restart-no = Tidak
restart-kept-running = Baik, { $name } tetap berjalan seperti sekarang.

# Pay later (w2)
card-pay-link = 💳 Untuk membayar, buka tautan ini: { $link }
card-paid-finish = 💳 Pembayaran diterima! Ketuk ▶️ Selesaikan pengaturan untuk memilih sisanya, lalu saya akan menyalakannya.

# Payment wait's end (w2)
payment-wait-ended =
    Saya berhenti menunggu pembayaran untuk { $name } karena saya tidak bisa memeriksanya lagi. { $reason }
    Jawaban yang Anda berikan untuknya sudah saya hapus. Pesanan Anda tetap disimpan: setelah dibayar, buka di /list lalu ketuk ▶️ Selesaikan pengaturan.
# The watch on the assistant's own bot (w3)
watch-silent = ⚠️ Sepertinya { $name } berhenti menjawab: { $count ->
   *[other] { $count } pesan menunggu jawabannya
} sejak { $since }.
watch-telegram-said = Kata Telegram: { $reason }.
watch-silent-next = Memulai ulang sering membantu. Jika tidak, buka kartunya di /list untuk melihat apa yang terjadi.
watch-reason-status = servernya menjawab { $status }
watch-reason-timeout = servernya tidak menjawab tepat waktu
watch-reason-refused = servernya menolak sambungan
watch-reason-other = “{ $message }”
watch-answers-again = ✅ { $name } menjawab lagi: tidak ada pesan yang menunggu.
watch-revoked = ⚠️ Telegram tidak lagi menerima token bot { $name }, jadi bot itu tidak bisa menjawab siapa pun. Ini terjadi jika tokennya dicabut di @BotFather. Ambil token baru di sana, lalu buka kartunya di /list dan ketuk { $edit } → { $field }.
watch-revoked-managed = ⚠️ Telegram tidak lagi menerima token bot { $name }, jadi bot itu tidak bisa menjawab siapa pun. Buka kartunya di /list, ketuk { $newtoken }, lalu { $restart }.
btn-watch-open = 💬 Buka
card-health-ok-now = Menjawab pesan · baru saja diperiksa
card-health-ok = Menjawab pesan · diperiksa { $minutes ->
   *[other] { $minutes } menit lalu
}
card-health-waiting = { $count ->
   *[other] { $count } pesan menunggu
} sejak { $since }
card-health-revoked = Telegram tidak lagi menerima token botnya
card-health-off = Tidak diperiksa: Anda mematikan pemeriksaan
btn-watch-off = 👁 Berhenti memeriksa
watch-off-done = Saya tidak lagi memeriksa apakah { $name } menjawab, dan salinan token botnya yang saya simpan sudah saya hapus. Jika token botnya diisi lagi, pemeriksaan aktif kembali.

# The assistant's Telegram profile (w3)
btn-profile = 🪪 Profil
btn-profile-name = Nama
btn-profile-about = Tentang
btn-profile-description = Deskripsi
profile-empty = (kosong)
profile-view = Tampilan { $assistant } di Telegram:
    Nama: { $name }
    Tentang: { $about }
    Deskripsi: { $description }
profile-ask-name = Kirim nama baru untuk bot ini (maksimal { $limit } karakter). Kirim { $clear } untuk menghapusnya.
profile-ask-about = Kirim teks "tentang" yang baru, yang tampil di profil bot (maksimal { $limit } karakter). Kirim { $clear } untuk menghapusnya.
profile-ask-description = Kirim deskripsi baru, yang dilihat orang sebelum mulai mengobrol dengan bot (maksimal { $limit } karakter). Kirim { $clear } untuk menghapusnya.
profile-saved-name = Selesai: bot { $assistant } sudah memakai nama barunya.
profile-saved-about = Selesai: bot { $assistant } sudah memakai teks "tentang" yang baru.
profile-saved-description = Selesai: bot { $assistant } sudah memakai deskripsi barunya.
profile-too-long = Teks itu terlalu panjang untuk Telegram: maksimal { $limit } karakter, dan teks ini { $length } karakter. Silakan kirim yang lebih pendek.
profile-refused = Telegram tidak menerima perubahan itu ({ $reason }), jadi tidak ada yang berubah.
profile-unreachable = Saya belum bisa menghubungi Telegram, jadi tidak ada yang berubah. Silakan coba lagi sebentar lagi.
profile-token-refused = Telegram tidak lagi menerima token bot { $assistant }, jadi saya tidak bisa mengubah profilnya. Pasang token baru dulu.
# Watch (w1): an assistant that changed after it went live, told once in its chat.
watch-failed =
    ⚠️ { $name } berhenti bekerja: { $reason }
    Tekan Mulai ulang di bawah untuk menyalakannya lagi.
watch-stopped =
    ⏸ { $name } dimatikan di luar chat ini: { $reason }
    Tekan Mulai ulang di bawah untuk menyalakannya lagi.
watch-deleted = 🗑 { $name } dihapus di luar chat ini, jadi tidak menjawab lagi. Kirim /new untuk membuat yang baru.
watch-moved =
    ℹ️ { $name } sekarang berjalan di alamat server baru: { $url }
    Anda tidak perlu melakukan apa pun: ia tetap menjawab seperti biasa.
