# Command menu
cmd-start = Bienvenida y primeros pasos
cmd-help = Qué puede hacer este bot
cmd-list = Tus asistentes
cmd-new = Crear un asistente nuevo
cmd-setkey = Configurar o cambiar tu clave de API
cmd-forgetkey = Borrar la clave de API guardada
cmd-language = Elegir el idioma
cmd-cancel = Salir del paso actual

# /start and /help
start-welcome = ¡Hola! Creo y gestiono asistentes de IA en Telegram por ti, sin panel ni código.
start-need-key = Primero necesito tu clave de la API de asistentes. Créala en el panel del servicio, en la página API Keys, y pégala aquí: borraré tu mensaje enseguida.
start-need-key-group = Primero este grupo necesita una clave de la API de asistentes: un administrador puede configurarla con /setkey.
wz-slot-state = El espacio ahora está: { $status }.
start-has-key = Tu clave de API está configurada. Envía /new para crear un asistente o /list para ver los tuyos.
help =
    Esto es lo que puedo hacer:
    /new — crear un asistente nuevo, paso a paso
    /list — tus asistentes: detenerlos, redesplegarlos, editarlos o borrarlos
    /setkey — configurar o cambiar tu clave de la API
    /forgetkey — borrar la clave guardada
    /language — elegir mi idioma
    /cancel — salir del paso actual
key-saved = Tu clave de API { $masked } está guardada. Envía /new para crear un asistente.

# Errors
button-stale = Este botón ya no está activo.
error-internal = Algo ha fallado por mi parte. Inténtalo de nuevo en un momento.
api-error-unauthorized = El servicio rechazó la clave de API. Envía /setkey con una clave válida de la página API Keys del panel.
api-error-invalid-request = El servicio no aceptó la solicitud. Revisa lo que escribiste e inténtalo de nuevo.
api-error-invalid-input = El servicio no acepta ese proveedor o modelo para este asistente. Elige otro.
api-error-invalid-state = El asistente no está en un estado que permita esto ahora. Actualiza para ver su estado.
api-error-not-found = Ese asistente ya no existe en el servicio.
api-error-api-disabled = El servicio ha desactivado su API por ahora. Inténtalo más tarde.
api-error-payment-not-configured = El servicio no puede aceptar pagos ahora mismo. Inténtalo más tarde.
api-error-worker-delete-failed = El servicio no pudo apagar el worker del asistente. No ha cambiado nada; inténtalo de nuevo en unos minutos.
api-error-internal-error = El servicio tuvo un error interno y no terminó. Lo que escribiste está bien; inténtalo de nuevo en unos minutos.
api-error-unavailable = El servicio no responde ahora mismo. Inténtalo de nuevo en un momento.

# /setkey
setkey-ask = Pega tu clave de la API de asistentes (de la página API Keys del panel). Borraré tu mensaje enseguida.
setkey-rejected = El servicio rechazó esta clave, así que no la guardé. Revísala en la página API Keys del panel y envía /setkey de nuevo.
setkey-unchecked = No pude comprobar la clave con el servicio, así que no la guardé. { $reason } Envía /setkey de nuevo en un momento.
forgetkey-done = He borrado la clave de API guardada.
forgetkey-none = No había ninguna clave de API guardada.
private-only = Por seguridad, solo acepto tokens y claves en un chat privado. Sigamos allí.
btn-open-private = Abrir chat privado
secret-deleted = He borrado tu mensaje para que el secreto no se quede en el chat.
secret-not-deleted = No pude borrar tu mensaje: bórralo tú, contiene un secreto.

# /language
language-name = Español
language-choose = Elige mi idioma:
language-auto = Seguir el idioma de Telegram
language-set = Hecho: aquí hablaré español.

# /cancel
cancel-done = Cancelado.
cancel-nothing = No hay nada que cancelar.
cancel-waiting = { $count ->
    [one] También dejé de esperar un pago. El espacio se conserva: si pagas más tarde, aparecerá en /list.
   *[other] También dejé de esperar { $count } pagos. Los espacios se conservan: si pagas más tarde, aparecerán en /list.
}
unknown-text = No te he entendido. Envía /help para ver lo que puedo hacer.

# Buttons
btn-back = « Atrás
btn-cancel = Cancelar
btn-confirm = ✅ Confirmar
btn-change = ✏️ Cambiar
btn-other = Otro…
btn-pay = 💳 Pagar
btn-stop-waiting = Dejar de esperar
btn-try-again = 🔁 Reintentar
btn-field-mode = Modo de pago
btn-field-name = Nombre
btn-field-model = Modelo
btn-field-token = Token del bot
btn-field-key = Clave de API del modelo

# Billing modes
mode-byok = Clave propia (byok)
mode-managed = Gestionado
mode-unlimited = Ilimitado

# The /new wizard
wz-needs-key = Primero necesito tu clave de la API de asistentes: envía /setkey.
wz-step = Paso { $n } de { $total }
wz-mode =
    ¿Cómo pagará el asistente su modelo de IA?
    • Clave propia (byok): usas tu propia clave de API del proveedor del modelo.
    • Gestionado: incluye créditos mensuales para el modelo.
    • Ilimitado: la cuota más alta, sin clave.
wz-name = ¿Cómo se llamará el asistente? Envía un nombre de 1 a 100 caracteres.
wz-name-empty = El nombre no puede estar vacío. Envía un nombre de 1 a 100 caracteres.
wz-name-too-long = Ese nombre tiene { $count } caracteres; el límite es 100. Envía uno más corto.
wz-provider = ¿Qué proveedor de modelos? Elige uno o escribe su id.
wz-provider-other = Escribe el id del proveedor (por ejemplo: mistral).
wz-provider-invalid = El id de un proveedor es una palabra en minúsculas con letras, dígitos, puntos, guiones o guiones bajos. Inténtalo de nuevo.
wz-model = ¿Qué modelo de { $provider }? Elige uno o escribe su id.
wz-model-managed = Los asistentes gestionados e ilimitados funcionan con OpenRouter. ¿Qué modelo? Elige uno o escribe su id de OpenRouter (proveedor/modelo).
wz-model-other = Escribe el id del modelo.
wz-model-invalid = El id de un modelo no tiene espacios y tiene como máximo 200 caracteres. Inténtalo de nuevo.
wz-bot-token =
    Ahora el bot de Telegram con el que responderá tu asistente. En @BotFather envía /newbot y sigue los pasos; te dará un token como 123456789:AAH…
    Pega ese token aquí. Borraré tu mensaje enseguida.
wz-bot-token-format = Eso no parece un token de bot (dígitos, dos puntos y un código largo). Pégalo de nuevo.
wz-bot-token-rejected = Telegram no acepta este token. Cópialo otra vez de @BotFather y pégalo aquí.
wz-bot-token-unchecked = No pude comprobar el token con Telegram ahora mismo. Pégalo de nuevo en un momento.
wz-bot-token-ok = Entendido: el asistente responderá como @{ $username }.
wz-model-key = Por último, tu clave de API de { $provider }: el asistente la usa para llamar al modelo. Pégala aquí; borraré tu mensaje enseguida.
wz-model-key-invalid = Eso no parece una clave de API (sin espacios, al menos 8 caracteres). Pégala de nuevo.
wz-use-buttons = Elige con los botones de arriba o envía /cancel.
wz-summary =
    Revisa:
    Nombre: { $name }
    Pago: { $mode }
    Modelo: { $provider } / { $model }
    Bot de Telegram: @{ $bot }
    Clave de API del modelo: { $key }
wz-summary-key-none = no hace falta
wz-summary-buy = Confirma para comprar el espacio; recibirás un enlace de pago.
wz-summary-activate = Confirma para activar el espacio que ya pagaste.
wz-cancelled = Cancelado. No se compró nada.
wz-cancelled-slot = Cancelado. El espacio que pagaste se conserva: actívalo más tarde desde /list.
wz-pay-adopted = El espacio para { $name } se compró, pero su enlace de pago no me llegó. Págalo en el panel del servicio; activaré { $name } en cuanto se vea el pago.
wz-resumed = Tu último Confirmar se interrumpió y la compra no se realizó, así que no se compró nada. Revisa el resumen y confirma de nuevo.
wz-unlimited-refused = El servicio no vende el plan ilimitado a esta cuenta. Elige clave propia (byok) o gestionado.
wz-pay = Tu espacio para { $name } está reservado. Paga con el enlace de abajo: notaré el pago por mi cuenta y desplegaré { $name } enseguida.
wz-stopped-waiting = De acuerdo, dejé de esperar este pago. El espacio se conserva: si pagas más tarde, aparecerá en /list con un botón Activar.
wz-payment-timeout = No he visto el pago de { $name } en { $minutes } minutos, así que dejé de esperar. El espacio se conserva: si pagas más tarde, aparecerá en /list con un botón Activar.
wz-paid-deploying = ¡Pago recibido! Desplegando { $name }… Te avisaré aquí cuando esté en marcha.
wz-deploying = Desplegando { $name }… Te avisaré aquí cuando esté en marcha.
wz-activation-model-rejected = El servicio no aceptó el modelo { $model } para { $name }. Elige otro; el espacio que pagaste se conserva.
wz-activation-failed = No pude activar { $name }. { $reason } El espacio se conserva: actívalo más tarde desde /list.

# Status
status-pending-payment = esperando el pago
status-purchased = pagado, sin activar
status-deploying = desplegándose
status-active = en marcha
status-failed = con error
status-stopped = detenido
status-gone = { $name } ya no existe en el servicio, así que dejé de seguirlo.
notice-active = ✅ ¡{ $name } está en marcha!
notice-link = Habla con él: { $link }
notice-worker = Worker: { $url }
notice-failed = ❌ { $name } no se pudo desplegar: { $reason }
notice-no-reason = el servicio no dio ningún motivo
notice-changed = { $name } ahora está { $status }.

# /list and cards
list-title = { $count ->
    [one] Tu asistente:
   *[other] Tus { $count } asistentes:
}
list-page = Página { $page } de { $pages }
list-empty = Aún no tienes asistentes. Envía /new para crear uno.
list-no-key = Primero necesito una clave de la API de asistentes: envía /setkey.
list-offline = No pude contactar con el servicio, así que esto es lo último que sabía. { $reason }
list-deleted = { $name } borrado.
card-status = Estado: { $status }
card-reason = Motivo: { $reason }
card-mode = Pago: { $mode }
card-model = Modelo: { $provider } / { $model }
card-bot = Telegram: { $link }
card-worker = Worker: { $url }
card-payment = Pago: { $status }
card-paid-until = Pagado hasta: { $time }
card-canceled = Cancelado el { $time }; funciona hasta { $end }
card-canceled-at = Cancelado el { $time }
card-updated = Actualizado: { $time }
card-gone = Ese asistente ya no existe en el servicio.
card-state-changed = Su estado cambió desde que se dibujó esta ficha; así está ahora.
card-stopped = Detenido.
card-redeploying = Redesplegando… Te avisaré aquí cuando esté en marcha.
card-delete-confirm = ¿Borrar { $name }? El asistente se detiene y su espacio se elimina. No se puede deshacer.
card-edit-stop-first = { $name } está en marcha: detenlo primero y luego edítalo.
btn-stop = ⏹ Detener
btn-redeploy = 🔁 Redesplegar
btn-edit = ✏️ Editar
btn-activate = ▶️ Activar
btn-delete = 🗑 Borrar
btn-delete-yes = 🗑 Sí, borrar { $name }
btn-refresh = 🔄 Actualizar
btn-back-list = « Volver a la lista
btn-open-card = Abrir su ficha
edit-choose = ¿Qué quieres cambiar de { $name }?
edit-name = Envía el nuevo nombre de { $name } (de 1 a 100 caracteres).
edit-saved = Guardado. Redespliega { $name } para que el cambio surta efecto.
edit-cancelled = Edición cancelada; no ha cambiado nada.

# Groups
team-admins-only = Solo los administradores de este grupo pueden hacer eso.
team-no-longer-admin = Ya no eres administrador de ese grupo, así que no lo hice. Un administrador del grupo puede empezarlo de nuevo.
team-anonymous-admin = Estás publicando de forma anónima, así que no sé qué administrador eres. Para gestionar asistentes, desactiva "Permanecer anónimo" en tus derechos de administrador de este grupo y vuelve a intentarlo.
team-upgraded = Este grupo se convirtió en supergrupo. Su clave de API, sus asistentes y su registro vinieron con él; no hay que configurar nada de nuevo.
conversation-timed-out = Esa configuración caducó tras 30 minutos sin respuesta y borré lo que había reunido. Envía /new para empezar de nuevo (o /setkey, /list).
team-secret-deleted = { $who }, eso parecía un secreto, así que lo borré. Cualquiera aquí pudo verlo: cámbialo ya, y dame los secretos solo en un chat privado.
team-secret-not-deleted = { $who }, eso parece un secreto y no puedo borrarlo aquí (necesito permiso para borrar mensajes). Bórralo y cámbialo ya: cualquiera aquí pudo verlo.
btn-continue-private = 🔐 Seguir en un chat privado
handoff-offer = { $who }, dame la clave de API en un chat privado: el botón de abajo funciona una vez, solo para ti, durante 10 minutos.
handoff-edit-offer = { $who }, dame el nuevo secreto en un chat privado: el botón de abajo funciona una vez, solo para ti, durante 10 minutos.
handoff-edit-key = Pega aquí la nueva clave de API del modelo. Borraré tu mensaje enseguida; el grupo solo sabrá que el asistente se editó.
handoff-edit-done = Entendido. El cambio queda guardado en el grupo, con un botón Redesplegar allí.
handoff-key-ask = Pega aquí la clave de la API de asistentes del grupo. Borraré tu mensaje enseguida y al grupo solo le diré que la clave está configurada.
handoff-key-saved = La clave de API del grupo { $masked } está guardada.
handoff-expired = Este enlace ha caducado (los enlaces duran { $minutes } minutos). Pide uno nuevo en el grupo.
handoff-used = Este enlace ya se usó. Pide uno nuevo en el grupo.
handoff-other-user = Este enlace es para otro administrador del grupo.
handoff-unknown = No conozco este enlace. Pide uno nuevo en el grupo.
handoff-wizard-gone = La configuración del asistente del grupo ya no espera esto. Empieza de nuevo con /new en el grupo.
handoff-wizard-done = ¡Gracias! Vuelve al grupo: allí te espera el resumen.
wz-group-secrets = Ahora necesito el token del bot del asistente (y, con clave propia, la clave de API del modelo). Los secretos no van en un grupo: sigue en un chat privado conmigo y la configuración continuará aquí.
wz-reply-here = ✍️ Responde a este mensaje con tu respuesta.
audit-title = Últimas acciones en este grupo:
audit-empty = Todavía no se ha hecho nada en este grupo.
audit-key-set = { $who } configuró la clave de API { $name }
audit-key-removed = { $who } borró la clave de API
audit-bought = { $who } compró un espacio para { $name }
audit-activated = { $who } activó { $name }
audit-stopped = { $who } detuvo { $name }
audit-redeployed = { $who } redesplegó { $name }
audit-deleted = { $who } borró { $name }
audit-edited = { $who } editó { $name }

# Replayed after a restart
wz-replay-submitting = El bot se reinició mientras compraba tu espacio. Compruebo si la compra se realizó antes de nada más…
replay-done = El bot se reinició justo al terminar lo último que pediste: ya está hecho. Envía /list para ver tus asistentes.

# The secure form (a Mini App served by the bot)
form-button = 🔐 Introducirlo en un formulario seguro
form-offer = 🔐 Más seguro: introdúcelo en el formulario seguro de abajo, donde nunca se convierte en un mensaje del chat. O pégalo aquí.
form-saved = Guardado { $masked }
form-page-title = Formulario seguro
form-intro = Lo que escribas aquí va directamente al servidor del bot: nunca se convierte en un mensaje del chat.
form-account = Se guardará para { $who }. ¿No eres tú? Cierra este formulario.
form-title-api-key = Tu clave de la API de asistentes
form-title-bot-token = El token del bot de tu asistente
form-title-model-key = Tu clave de API del modelo
form-hint-api-key = De la página API Keys del panel del servicio.
form-hint-bot-token = De @BotFather: dígitos, dos puntos y un código largo.
form-hint-model-key = La clave de API de tu proveedor del modelo: sin espacios, al menos 8 caracteres.
form-format-api-key = Eso no parece una clave de API: pega la clave completa, sin espacios.
form-format-bot-token = Eso no parece un token de bot (dígitos, dos puntos y un código largo).
form-format-model-key = Eso no parece una clave de API (sin espacios, al menos 8 caracteres).
form-show = Mostrar
form-hide = Ocultar
form-save = Guardar
form-checking = Comprobando…
form-close = Cerrar
form-done = Guardado { $masked }. Puedes cerrar este formulario: el chat continúa.
form-outside-telegram = Abre este formulario desde su botón en tu chat con el bot.
form-unreachable = No se pudo contactar con el servidor del bot. Comprueba tu conexión e inténtalo de nuevo.
form-refused-signature = La firma de Telegram en este formulario no coincide. Vuelve a abrirlo desde el chat.
form-refused-stale = Este formulario se abrió hace más de { $minutes } minutos. Vuelve a abrirlo desde el chat.
form-refused-used = Este formulario ya se usó. No se guardó nada nuevo.
form-refused-unknown = Este formulario ya no es válido: lo sustituyó una petición más reciente o es demasiado antiguo. Usa la petición más reciente del chat.
form-refused-expired = Este formulario caducó a los { $minutes } minutos. Pídelo de nuevo en el chat.
form-refused-spent = Demasiados intentos: este formulario está cerrado. Pídelo de nuevo en el chat.
form-refused-flood = Demasiados intentos en poco tiempo. Espera un poco y vuelve a intentarlo.
form-refused-other-user = Este formulario se abrió para otra persona. No se guardó nada.
form-refused-too-large = Es demasiado largo para una clave o un token. No se guardó nada.
form-refused-empty = No se escribió nada. Pega la clave o el token completo en el campo.
form-refused-malformed = El formulario envió algo que el bot no pudo leer. Vuelve a abrirlo desde el chat.
form-refused-not-awaited = El chat ya no espera este secreto, así que no se guardó nada. Pídelo de nuevo en el chat.
form-refused-failed = Algo falló por parte del bot. No se guardó nada; inténtalo de nuevo en un momento.

# The assistant's bot created from the chat (managed bots)
btn-create-bot = 🤖 Crea el bot por mí
newbot-offer = O deja que lo cree yo: toca «🤖 Crea el bot por mí» abajo. Telegram abre su propia ventana con un nombre y un @usuario ya rellenados; cámbialos si quieres, confirma y yo me encargo del resto. Sin token que copiar.
newbot-again = No me ha llegado ningún bot nuevo. Si se cerró la ventana de Telegram, o te dijo que ya tienes demasiados bots (borra uno en @BotFather), toca «🤖 Crea el bot por mí» para intentarlo de nuevo, o pega un token de @BotFather.
newbot-token-failed = Tu nuevo bot @{ $username } ya existe, pero Telegram no me ha dado su token ahora mismo. Toca «Reintentar», o pega un token de @BotFather.
newbot-unexpected = Tu nuevo bot @{ $username } se ha creado y es tuyo, pero en ese momento no esperaba ningún bot, así que no lo he tocado. Lo encontrarás en @BotFather.
newbot-put-away = Un paso atrás: he quitado el botón «Crea el bot por mí».
btn-new-token = 🔑 Token nuevo
btn-access = 👥 Quién puede hablarle
newtoken-done = @{ $username } tiene un token nuevo; el anterior ya no funciona.
newtoken-failed = Telegram no le ha dado un token nuevo a @{ $username } ahora mismo, así que no ha cambiado nada. Inténtalo de nuevo en un momento.
access-title = ¿Quién puede hablar con @{ $username }? Ahora: { $now }.
access-now-everyone = todo el mundo
access-now-only = solo tú
access-now-some = tú y { $names }
access-now-unknown = no he podido preguntar a Telegram ahora mismo
btn-access-everyone = 🌍 Todo el mundo
btn-access-me = 🔒 Solo yo
btn-access-pick = 👥 Yo y quien yo elija…
access-pick = Toca «👥 Elegir personas» abajo y elige hasta 10 personas que puedan hablar con @{ $username }. Tú siempre puedes.
btn-access-choose = 👥 Elegir personas
access-set-everyone = Ahora todo el mundo puede hablar con @{ $username }.
access-set-only = Ahora solo tú puedes hablar con @{ $username }.
access-set-some = { $count ->
    [one] Ahora solo tú y 1 persona más podéis hablar con @{ $username }.
   *[other] Ahora solo tú y { $count } personas más podéis hablar con @{ $username }.
}
access-failed = Telegram no ha aceptado el cambio ahora mismo, así que no ha cambiado nada. Inténtalo de nuevo en un momento.
