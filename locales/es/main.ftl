# Command menu
cmd-start = Bienvenida y primeros pasos
cmd-help = Qué puede hacer este bot
cmd-list = Tus asistentes
cmd-new = Crear un asistente nuevo
cmd-setkey = Agregar o cambiar tu clave de API de Getclaw
cmd-forgetkey = Borrar tu clave de API de Getclaw guardada
cmd-language = Elegir el idioma
cmd-cancel = Detener el paso actual
cmd-audit = Las últimas acciones del grupo

# /start and /help
start-welcome = ¡Hola! Creo asistentes de IA en Telegram para ti y me encargo de que sigan funcionando. Tú solo respondes a mis preguntas, sin escribir código.
start-need-key = Para empezar, conecta tu cuenta de Getclaw: entra en { $dashboard }, abre la página API Keys, crea una clave y pégala aquí. Borraré tu mensaje al instante para que quede en privado.
start-need-key-group = Para empezar, este grupo necesita una clave de API de Getclaw: un administrador puede agregarla con /setkey.
wz-slot-state = Su estado ahora: { $status }.
start-has-key = Tu clave de API de Getclaw está guardada. Envía /new para crear un asistente o /list para ver los tuyos.
help =
    Esto es lo que puedo hacer:
    /new — crear un asistente nuevo, paso a paso
    /list — tus asistentes: detenerlos, reiniciarlos, cambiarlos o borrarlos
    /setkey — agregar o cambiar tu clave de API de Getclaw
    /forgetkey — borrar tu clave de API de Getclaw guardada
    /language — elegir mi idioma
    /cancel — detener el paso actual
    /audit — en un grupo: lo que hicieron sus administradores últimamente (solo administradores)
key-saved = Tu clave de API de Getclaw { $masked } está guardada. Envía /new para crear un asistente.

# Errors
button-stale = Este botón ya no funciona.
error-internal = Algo falló de mi lado. Inténtalo de nuevo en un momento.
api-error-unauthorized = Getclaw no aceptó la clave de API. Crea una nueva en la página API Keys de { $dashboard } y envíala con /setkey.
api-error-invalid-request = Getclaw no aceptó la solicitud. Revisa lo que escribiste e inténtalo de nuevo.
api-error-invalid-input = Getclaw no ofrece esa empresa de IA o ese modelo para este asistente. Elige otro.
api-error-invalid-state = El asistente no puede hacer eso ahora mismo (puede que esté arrancando o detenido). Toca 🔄 Actualizar para ver su estado.
api-error-not-found = Ese asistente ya no existe en Getclaw.
api-error-api-disabled = Getclaw cerró por ahora el acceso a bots como yo. Inténtalo más tarde.
api-error-payment-not-configured = Getclaw no puede recibir pagos ahora mismo. Inténtalo más tarde.
api-error-worker-delete-failed = Getclaw no pudo apagar el asistente. No cambió nada; inténtalo de nuevo en unos minutos.
api-error-internal-error = Getclaw tuvo un problema de su lado y no terminó. Lo que escribiste está bien; inténtalo de nuevo en unos minutos.
api-error-unavailable = Getclaw no responde ahora mismo. Inténtalo de nuevo en un momento.

# /setkey, /forgetkey
setkey-ask = Pega tu clave de API de Getclaw (se crea en la página API Keys de { $dashboard }). Borraré tu mensaje enseguida.
setkey-rejected = Getclaw no aceptó esta clave, así que no la guardé. Revísala en la página API Keys de { $dashboard } y envía /setkey de nuevo.
setkey-unchecked = No pude comprobar la clave con Getclaw, así que no la guardé. { $reason } Envía /setkey de nuevo en un momento.
forgetkey-done = Borré la clave de API de Getclaw guardada.
forgetkey-none = No había ninguna clave de API guardada.
private-only = Para cuidarlos, solo recibo tokens y claves en un chat privado. Sigamos allí.
btn-open-private = Abrir chat privado
secret-deleted = Borré tu mensaje para que el secreto no quede en el chat.
secret-not-deleted = No pude borrar tu mensaje. Bórralo tú, por favor: contiene un secreto.

# /language
language-name = Español
language-choose = Elige mi idioma:
language-auto = Seguir el idioma de Telegram
language-set = Listo: aquí hablaré español.

# /cancel, stray text
cancel-done = Cancelado.
cancel-nothing = No hay nada que cancelar.
cancel-waiting = { $count ->
    [one] También dejé de esperar un pago. Tu pedido se conserva: si pagas más tarde, aparecerá en /list.
   *[other] También dejé de esperar { $count } pagos. Tus pedidos se conservan: si pagas más tarde, aparecerán en /list.
}
unknown-text = No te entendí. Envía /help para ver lo que puedo hacer.

# Buttons
btn-back = « Atrás
btn-cancel = Cancelar
btn-confirm = ✅ Confirmar
btn-change = ✏️ Cambiar
btn-other = Otro…
btn-pay = 💳 Pagar
btn-stop-waiting = Dejar de esperar
btn-try-again = 🔁 Reintentar
btn-field-mode = Plan de IA
btn-field-name = Nombre
btn-field-model = Modelo de IA
btn-field-token = Token del bot
btn-field-key = Clave de IA

# Plans (how the assistant pays for its AI)
mode-byok = 🔑 Mi propia clave de IA
mode-managed = ✨ IA incluida
mode-unlimited = ♾️ Ilimitado

# The /new wizard
wz-needs-key = Primero necesito tu clave de API de Getclaw: envía /setkey.
wz-step = Paso { $n } de { $total }
wz-mode =
    ¿Cómo pagará tu asistente la IA que usa?
    • 🔑 Mi propia clave de IA: ya tienes una cuenta en una empresa de IA (como OpenAI) y pegas su clave.
    • ✨ IA incluida: el precio incluye una cantidad mensual de uso de IA.
    • ♾️ Ilimitado: IA incluida, con la mayor cantidad mensual.
wz-name = ¿Cómo se llamará tu asistente? Envía un nombre de hasta { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}.
wz-name-empty = El nombre no puede estar vacío. Envía un nombre de hasta { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}.
wz-name-too-long = Ese nombre tiene { $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
} y el máximo es de { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}. Envía uno más corto.
wz-provider = ¿Qué empresa de IA? Elige una abajo o escribe su nombre corto.
wz-provider-other = Escribe el nombre corto de la empresa (por ejemplo: mistral).
wz-provider-invalid = Escribe el nombre corto de la empresa en una sola palabra y en minúsculas, como mistral.
wz-model = ¿Qué modelo de { $provider }? Elige uno abajo o escribe su nombre.
wz-model-managed = ¿Qué modelo de IA usará tu asistente? Elige uno abajo. ¿Quieres uno en particular? Escribe su nombre en OpenRouter, como openai/gpt-5.
wz-model-other = Escribe el nombre del modelo tal como lo escribe la empresa de IA.
wz-model-invalid = El nombre de un modelo no lleva espacios y tiene como máximo { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}. Inténtalo de nuevo.
wz-bot-token =
    Tu asistente necesita su propio bot de Telegram para hablar con la gente. Abre @BotFather, envía /newbot y elige un nombre; te responderá con un token (una contraseña como 123456789:AAH…).
    Pégalo aquí y lo borraré enseguida.
wz-bot-token-format = Eso no parece un token de bot (números, dos puntos y luego un código largo). Pégalo de nuevo.
wz-bot-token-rejected = Telegram no acepta este token. Cópialo otra vez de tu chat con @BotFather y pégalo aquí.
wz-bot-token-unchecked = No pude comprobar el token con Telegram en este momento. Pégalo de nuevo en un rato.
wz-bot-token-ok = Listo: tu asistente responderá como { $username }.
wz-model-key = Por último, tu clave de API de { $provider }: tu asistente la usa para conectarse a la IA. Pégala aquí; borraré tu mensaje enseguida.
wz-model-key-invalid = Eso no parece una clave de API (sin espacios, al menos { $min ->
    [one] { $min } carácter
   *[other] { $min } caracteres
}). Pégala de nuevo.
wz-use-buttons = Elige con los botones de arriba o envía /cancel.
wz-summary =
    Revisa los datos:
    Nombre: { $name }
    Plan: { $mode }
    Modelo de IA: { $provider } / { $model }
    Bot de Telegram: { $bot }
    Clave de IA: { $key }
wz-summary-key-none = no hace falta
wz-summary-buy = Toca ✅ Confirmar y te enviaré un enlace para pagar este asistente.
wz-summary-activate = Toca ✅ Confirmar para configurar el asistente que ya pagaste.
wz-cancelled = Cancelado. No se compró nada.
wz-cancelled-slot = Cancelado. Lo que pagaste no se pierde: termina de configurarlo más tarde desde /list.
wz-pay-adopted = Pedí { $name }, pero su enlace de pago no me llegó. Págalo desde tu cuenta de Getclaw en { $dashboard }; pondré { $name } en marcha en cuanto llegue el pago.
wz-resumed = Tu última confirmación no llegó a completarse, así que no se compró nada. Revisa los datos y confirma otra vez.
wz-unlimited-refused = Getclaw no ofrece el plan Ilimitado a esta cuenta. Elige «🔑 Mi propia clave de IA» o «✨ IA incluida».
wz-pay = { $name } está reservado para ti. Paga con el enlace de abajo: en cuanto llegue el pago, pondré { $name } en marcha. No hace falta que me avises.
wz-stopped-waiting = Bien, dejé de esperar este pago. Tu pedido se conserva: si pagas más tarde, aparecerá en /list con un botón ▶️ Terminar de configurar.
wz-payment-timeout = { $minutes ->
    [one] No vi el pago de { $name } en { $minutes } minuto, así que dejé de esperar. Tu pedido se conserva: si pagas más tarde, aparecerá en /list con un botón ▶️ Terminar de configurar.
   *[other] No vi el pago de { $name } en { $minutes } minutos, así que dejé de esperar. Tu pedido se conserva: si pagas más tarde, aparecerá en /list con un botón ▶️ Terminar de configurar.
}
wz-paid-deploying = ¡Pago recibido! Poniendo en marcha { $name }… Te avisaré aquí cuando esté funcionando.
wz-deploying = Poniendo en marcha { $name }… Te avisaré aquí cuando esté funcionando.
wz-activation-model-rejected = Getclaw no aceptó el modelo { $model } para { $name }. Elige otro; lo que pagaste no se pierde.
wz-activation-failed = No pude poner en marcha { $name }. { $reason } Lo que pagaste no se pierde: termina de configurarlo más tarde desde /list.

# Status
status-pending-payment = esperando el pago
status-purchased = pagado, falta configurarlo
status-deploying = arrancando
status-active = funcionando
status-failed = con error
status-stopped = detenido
status-gone = { $name } ya no existe en Getclaw, así que dejé de seguirlo.
notice-active = ✅ ¡{ $name } ya está funcionando!
notice-link = Habla con él aquí: { $link }
notice-worker = Dirección del servidor (para desarrolladores): { $url }
notice-failed = ❌ { $name } no pudo arrancar: { $reason }
notice-no-reason = Getclaw no dio ningún motivo
notice-changed = { $name } ahora está { $status }.

# /list and cards
list-title = { $count ->
    [one] Tu asistente:
   *[other] Tus { $count } asistentes:
}
list-page = Página { $page } de { $pages }
list-empty = Aún no tienes asistentes. Envía /new para crear uno.
list-no-key = Primero necesito una clave de API de Getclaw: envía /setkey.
list-offline = No pude conectarme con Getclaw, así que esto es lo último que sabía. { $reason }
list-deleted = Borré { $name }.
card-status = Estado: { $status }
card-reason = Motivo: { $reason }
card-mode = Tipo de plan: { $mode }
card-model = Modelo de IA: { $provider } / { $model }
card-bot = En Telegram: { $link }
card-worker = Dirección del servidor (para desarrolladores): { $url }
card-payment = Pago: { $status }
card-paid-until = Pagado hasta: { $time }
card-canceled = Suscripción cancelada el { $time }; sigue funcionando hasta { $end }
card-canceled-at = Suscripción cancelada el { $time }
card-updated = Actualizado: { $time }
card-gone = Ese asistente ya no existe en Getclaw.
card-state-changed = Este asistente cambió desde que te mostré esta ficha; así está ahora.
card-stopped = Detenido.
card-redeploying = Reiniciando… Te avisaré aquí cuando esté funcionando.
card-delete-confirm = ¿Borrar { $name }? El asistente se detiene y se elimina para siempre, junto con su suscripción. No se puede deshacer.
card-edit-stop-first = { $name } está funcionando: primero detenlo (⏹ Detener) y luego cámbialo.
btn-stop = ⏹ Detener
btn-redeploy = 🔁 Reiniciar
btn-edit = ✏️ Editar
btn-activate = ▶️ Terminar de configurar
btn-delete = 🗑 Borrar
btn-delete-yes = 🗑 Sí, borrar { $name }
btn-refresh = 🔄 Actualizar
btn-back-list = « Volver a la lista
btn-open-card = Abrir su ficha
edit-choose = ¿Qué quieres cambiar de { $name }?
edit-name = Envía el nuevo nombre de { $name } (hasta { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}).
edit-saved = Guardado. Toca 🔁 Reiniciar para que { $name } use el cambio.
edit-cancelled = Cancelado; no se cambió nada.

# Groups
team-admins-only = Solo los administradores de este grupo pueden hacer eso.
team-not-bot-owner = El bot de este asistente pertenece a otra persona, así que solo su dueño puede cambiar su token o decidir quién puede escribirle.
team-no-longer-admin = Ya no eres administrador de ese grupo, así que no lo hice. Un administrador del grupo puede empezarlo de nuevo.
team-anonymous-admin = Estás escribiendo como administrador anónimo, así que no sé quién eres. Para gestionar asistentes, desactiva «Permanecer anónimo» en tus permisos de administrador de este grupo y vuelve a intentarlo.
team-upgraded = Telegram actualizó este grupo. Su clave de API de Getclaw, sus asistentes y su historial se conservaron; no hay que configurar nada de nuevo.
conversation-timed-out = Esa configuración se detuvo tras { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sin respuesta y borré los datos que me habías dado. Envía /new para empezar de nuevo (o /setkey, /list).
team-secret-deleted = { $who }, eso parecía un secreto, así que lo borré. Cualquiera aquí pudo verlo: reemplázalo ya (crea uno nuevo; el anterior dejará de funcionar) y envíame los secretos solo por chat privado.
team-secret-not-deleted = { $who }, eso parece un secreto y no puedo borrarlo aquí (necesito permiso para borrar mensajes). Bórralo y reemplázalo ya (crea uno nuevo; el anterior dejará de funcionar): cualquiera aquí pudo verlo.
btn-continue-private = 🔐 Seguir en chat privado
handoff-offer = { $who }, envíame la clave de API de Getclaw por chat privado: el botón de abajo funciona una sola vez, solo para ti, durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
handoff-edit-offer = { $who }, envíame el nuevo secreto por chat privado: el botón de abajo funciona una sola vez, solo para ti, durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
handoff-edit-key = Pega aquí la nueva clave de IA. Borraré tu mensaje enseguida; el grupo solo sabrá que el asistente cambió.
handoff-edit-done = Listo, el cambio está guardado. En el grupo, toca 🔁 Reiniciar para aplicarlo.
handoff-key-ask = Pega aquí la clave de API de Getclaw del grupo. Borraré tu mensaje enseguida y al grupo solo le diré que se agregó la clave.
handoff-key-saved = La clave de API de Getclaw del grupo { $masked } está guardada.
handoff-expired = { $minutes ->
    [one] Este enlace venció (los enlaces duran { $minutes } minuto). Pide uno nuevo en el grupo.
   *[other] Este enlace venció (los enlaces duran { $minutes } minutos). Pide uno nuevo en el grupo.
}
handoff-used = Este enlace ya se usó. Pide uno nuevo en el grupo.
handoff-other-user = Este enlace es para otro administrador del grupo.
handoff-unknown = No reconozco este enlace. Pide uno nuevo en el grupo.
handoff-wizard-gone = La configuración del asistente del grupo ya no necesita esto. Empieza de nuevo con /new en el grupo.
handoff-wizard-done = ¡Gracias! Vuelve al grupo: allí te espera el resumen.
wz-group-secrets = Ahora vienen los datos privados: el token del bot (y, si usas tu propia clave de IA, esa clave). No los publiques aquí: toca el botón para enviármelos en privado. Después, la configuración termina en este grupo.
wz-reply-here = ✍️ Responde a este mensaje.
audit-title = Últimas acciones en este grupo:
audit-empty = Todavía no se hizo nada en este grupo.
audit-key-set = { $who } agregó la clave de API de Getclaw { $name }
audit-key-removed = { $who } borró la clave de API de Getclaw
audit-bought = { $who } pidió { $name }
audit-activated = { $who } configuró y puso en marcha { $name }
audit-stopped = { $who } detuvo { $name }
audit-redeployed = { $who } reinició { $name }
audit-deleted = { $who } borró { $name }
audit-edited = { $who } cambió { $name }

# Replayed after a restart
wz-replay-submitting = Me reinicié mientras hacía el pedido de tu asistente. Primero compruebo si el pedido se completó…
replay-done = El bot se reinició justo al terminar lo último que pediste: ya está hecho. Envía /list para ver tus asistentes.

# The secure form (a Mini App served by the bot)
form-button = 🔐 Usar el formulario seguro
form-offer = 🔐 Más seguro: escríbelo en el formulario seguro de abajo, así nunca aparece en el chat. O pégalo aquí.
form-saved = Guardado: { $masked }
form-page-title = Formulario seguro
form-intro = Lo que escribas aquí va directo al bot y nunca aparece en el chat.
form-account = Se guardará para { $who }. ¿No eres tú? Cierra este formulario.
form-title-api-key = Tu clave de API de Getclaw
form-title-bot-token = El token del bot de tu asistente
form-title-model-key = Tu clave de IA
form-hint-api-key = De la página API Keys de { $dashboard }.
form-hint-bot-token = De @BotFather: números, dos puntos y luego un código largo.
form-hint-model-key = La clave de API de tu cuenta en la empresa de IA: sin espacios, al menos { $min ->
    [one] { $min } carácter
   *[other] { $min } caracteres
}.
form-format-api-key = Eso no parece una clave de API: pega la clave completa, sin espacios.
form-format-bot-token = Eso no parece un token de bot (números, dos puntos y luego un código largo).
form-format-model-key = Eso no parece una clave de API (sin espacios, al menos { $min ->
    [one] { $min } carácter
   *[other] { $min } caracteres
}).
form-show = Mostrar
form-hide = Ocultar
form-save = Guardar
form-checking = Comprobando…
form-close = Cerrar
form-done = Guardado: { $masked }. Ya puedes cerrar este formulario y volver al chat.
form-outside-telegram = Abre este formulario con su botón, en tu chat con el bot.
form-unreachable = No pude conectarme con el bot. Revisa tu conexión a internet e inténtalo de nuevo.
form-refused-signature = Telegram no pudo confirmar que este formulario sea tuyo. Vuelve a abrirlo desde el chat.
form-refused-stale = { $minutes ->
    [one] Este formulario se abrió hace más de { $minutes } minuto. Vuelve a abrirlo desde el chat.
   *[other] Este formulario se abrió hace más de { $minutes } minutos. Vuelve a abrirlo desde el chat.
}
form-refused-used = Este formulario ya se usó. No se guardó nada nuevo.
form-refused-unknown = Este formulario ya no funciona: lo reemplazó uno más nuevo o es demasiado antiguo. Usa el más reciente del chat.
form-refused-expired = { $minutes ->
    [one] Este formulario venció después de { $minutes } minuto. Pídelo de nuevo en el chat.
   *[other] Este formulario venció después de { $minutes } minutos. Pídelo de nuevo en el chat.
}
form-refused-spent = Demasiados intentos: este formulario está cerrado. Pídelo de nuevo en el chat.
form-refused-flood = Demasiados intentos en poco tiempo. Espera un poco y vuelve a intentarlo.
form-refused-other-user = Este formulario se abrió para otra persona. No se guardó nada.
form-refused-too-large = Es demasiado largo para una clave o un token. No se guardó nada.
form-refused-empty = No escribiste nada. Pega la clave o el token completo en el campo.
form-refused-malformed = Algo falló al enviar el formulario. Vuelve a abrirlo desde el chat.
form-refused-not-awaited = Ya no estoy esperando esto en el chat, así que no se guardó nada. Vuelve a empezar ese paso en el chat.
form-refused-failed = Algo falló de mi lado. No se guardó nada; inténtalo de nuevo en un momento.

# The assistant's bot created from the chat (managed bots)
btn-create-bot = 🤖 Créame el bot
newbot-offer = Lo más fácil: toca «🤖 Créame el bot» abajo. Telegram te propone un nombre; cámbialo si quieres, confirma y yo hago el resto. Sin tokens que copiar.
newbot-again = No me llegó ningún bot nuevo. Si se cerró la ventana de Telegram, o te dijo que ya tienes demasiados bots (borra uno en @BotFather), toca «🤖 Créame el bot» para intentarlo de nuevo, o pega un token de @BotFather.
newbot-token-failed = Tu nuevo bot { $username } ya existe, pero Telegram no me dio su token en este momento. Toca «🔁 Reintentar» o pega un token de @BotFather.
newbot-unexpected = Tu nuevo bot { $username } se creó y es tuyo, pero en ese momento no esperaba ningún bot, así que no lo toqué. Lo encontrarás en @BotFather.
newbot-put-away = Un paso atrás: oculté el botón «🤖 Créame el bot».
btn-new-token = 🔑 Token nuevo
btn-access = 👥 Quién puede escribirle
newtoken-done = { $username } tiene un token nuevo; el anterior ya no funciona.
newtoken-failed = Telegram no le dio un token nuevo a { $username } en este momento, así que no cambió nada. Inténtalo de nuevo en un rato.
access-title = ¿Quién puede escribirle a { $username }? Ahora: { $now }.
access-now-everyone = todo el mundo
access-now-only = solo tú
access-now-some = tú y { $names }
access-now-unknown = no se sabe (Telegram no respondió)
btn-access-everyone = 🌍 Todo el mundo
btn-access-me = 🔒 Solo yo
btn-access-pick = 👥 Yo y quienes elija…
access-pick = Toca «👥 Elegir personas» abajo y elige hasta { $max ->
    [one] { $max } persona
   *[other] { $max } personas
} que puedan escribirle a { $username }. Tú siempre puedes escribirle.
btn-access-choose = 👥 Elegir personas
access-set-everyone = Ahora todo el mundo puede escribirle a { $username }.
access-set-only = Ahora { $username } solo te responde a ti.
access-set-some = { $count ->
    [one] Ahora { $username } solo responde a ti y a 1 persona más.
   *[other] Ahora { $username } solo responde a ti y a { $count } personas más.
}
access-failed = Telegram no aceptó el cambio en este momento, así que no cambió nada. Inténtalo de nuevo en un rato.
flood-slow-down = Es más de lo que puedo responder aquí a la vez, así que me salté una parte. Espera mis respuestas y vuelve a enviar lo que todavía necesites.

# Errors (w2)
api-error-invalid-state-chat = El asistente no puede hacer eso en su estado actual (quizá se está iniciando o está detenido). Envía /list y ábrelo para ver qué puedes hacer ahora.
api-error-not-found-next = Envía /list para ver los asistentes que tienes ahora, o toca 🔄 Actualizar en su tarjeta.
api-error-rate-limited = Getclaw está recibiendo demasiadas solicitudes ahora mismo. Espera un minuto y vuelve a intentarlo.
api-error-rate-limited-seconds = Getclaw está recibiendo demasiadas solicitudes ahora mismo. Espera { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
} y vuelve a intentarlo.
api-error-rate-limited-minutes = Getclaw está recibiendo demasiadas solicitudes ahora mismo. Espera { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} y vuelve a intentarlo.
api-error-forbidden = Getclaw denegó el acceso a esto. Si vuelve a pasar, revisa tu clave de API en la página API Keys de { $dashboard } y envía una nueva con /setkey.
wz-kept-for-later = Guardé tus respuestas. Cuando Getclaw vuelva a funcionar, toca 🔁 Reintentar: no tendrás que empezar de cero.

# Restart question (w2)
restart-live-again = { $name } ya vuelve a funcionar. ¿Reiniciarlo de todos modos? Dejaría de responder un rato.
btn-restart-yes = ✅ Sí, reiniciar
btn-restart-no = No, déjalo así
restart-kept-running = De acuerdo, { $name } sigue funcionando tal como está.

# Pay later (w2)
card-pay-link = 💳 Para pagarlo, abre este enlace: { $link }
card-paid-finish = 💳 ¡Pago recibido! Toca ▶️ Terminar de configurar para elegir el resto y lo pondré en marcha.

# Payment wait's end (w2)
payment-wait-ended =
    Dejé de esperar el pago de { $name } porque ya no puedo comprobarlo. { $reason }
    Borré las respuestas que me diste para él. Tu pedido se conserva: cuando esté pagado, ábrelo en /list y toca ▶️ Terminar de configurar.
# The watch on the assistant's own bot (w3)
watch-silent = ⚠️ Parece que { $name } dejó de responder: { $count ->
    [one] 1 mensaje lo espera
   *[other] { $count } mensajes lo esperan
} desde { $since }.
watch-telegram-said = Telegram dice: { $reason }.
watch-silent-next = Reiniciarlo suele ayudar. Si no, abre su tarjeta en /list para ver qué pasó.
watch-reason-status = su servidor respondió { $status }
watch-reason-timeout = su servidor no respondió a tiempo
watch-reason-refused = su servidor rechazó la conexión
watch-reason-other = «{ $message }»
watch-answers-again = ✅ { $name } vuelve a responder: no hay mensajes esperando.
watch-revoked = ⚠️ Telegram ya no acepta el token del bot de { $name }, así que no puede responder a nadie. Pasa cuando el token se revoca en @BotFather. Consigue allí un token nuevo, luego abre su tarjeta en /list y toca { $edit } → { $field }.
watch-revoked-managed = ⚠️ Telegram ya no acepta el token del bot de { $name }, así que no puede responder a nadie. Abre su tarjeta en /list y toca { $newtoken } y después { $restart }.
btn-watch-open = 💬 Abrir
card-health-ok-now = Responde mensajes · revisado hace un momento
card-health-ok = Responde mensajes · revisado { $minutes ->
    [one] hace 1 minuto
   *[other] hace { $minutes } minutos
}
card-health-waiting = { $count ->
    [one] 1 mensaje esperando
   *[other] { $count } mensajes esperando
} desde { $since }
card-health-revoked = Telegram ya no acepta el token de su bot
card-health-off = Sin revisar: apagaste la revisión
btn-watch-off = 👁 Dejar de revisar
watch-off-done = Ya no reviso si { $name } responde, y borré la copia del token de su bot que guardaba. Si vuelves a poner el token de su bot, la revisión se activa otra vez.

# The assistant's Telegram profile (w3)
btn-profile = 🪪 Perfil
btn-profile-name = Nombre
btn-profile-about = Acerca de
btn-profile-description = Descripción
profile-empty = (vacío)
profile-view = Así se ve { $assistant } en Telegram:
    Nombre: { $name }
    Acerca de: { $about }
    Descripción: { $description }
profile-ask-name = Envía el nuevo nombre del bot (hasta { $limit } caracteres). Envía { $clear } para quitarlo.
profile-ask-about = Envía el nuevo texto "acerca de", que se ve en el perfil del bot (hasta { $limit } caracteres). Envía { $clear } para quitarlo.
profile-ask-description = Envía la nueva descripción, que la gente ve antes de empezar un chat con el bot (hasta { $limit } caracteres). Envía { $clear } para quitarla.
profile-saved-name = Listo: el bot de { $assistant } tiene su nuevo nombre.
profile-saved-about = Listo: el bot de { $assistant } tiene su nuevo texto "acerca de".
profile-saved-description = Listo: el bot de { $assistant } tiene su nueva descripción.
profile-too-long = Ese texto es demasiado largo para Telegram: acepta hasta { $limit } caracteres y este tiene { $length }. Envía uno más corto, por favor.
profile-refused = Telegram no aceptó el cambio ({ $reason }), así que no cambió nada.
profile-unreachable = No pude conectarme con Telegram en este momento, así que no cambió nada. Inténtalo de nuevo en un rato.
profile-token-refused = Telegram ya no acepta el token del bot de { $assistant }, así que no puedo cambiar su perfil. Primero pon un token nuevo.
# Watch (w1): an assistant that changed after it went live, told once in its chat.
watch-failed =
    ⚠️ { $name } dejó de funcionar: { $reason }
    Pulsa Reiniciar abajo para ponerlo en marcha otra vez.
watch-stopped =
    ⏸ { $name } se apagó fuera de este chat: { $reason }
    Pulsa Reiniciar abajo para encenderlo otra vez.
watch-deleted = 🗑 { $name } se eliminó fuera de este chat, así que ya no responde. Envía /new para crear uno nuevo.
watch-moved =
    ℹ️ { $name } funciona ahora en una nueva dirección de servidor: { $url }
    No tienes que hacer nada: sigue respondiendo como antes.
