# Command menu
cmd-start = Bienvenida y primeros pasos
cmd-help = Qué puede hacer este bot

# /start and /help
start-welcome = ¡Hola! Creo y gestiono asistentes de IA en Telegram por ti, sin panel ni código.
start-need-key = Primero necesito tu clave de la API de asistentes. Créala en el panel del servicio, en la página API Keys, y luego envía /setkey y pégala.
start-has-key = Tu clave de API está configurada. Envía /new para crear un asistente o /list para ver los tuyos.
help =
    Esto es lo que puedo hacer:
    /new — crear un asistente nuevo, paso a paso
    /list — tus asistentes: detenerlos, redesplegarlos, editarlos o borrarlos
    /setkey — configurar o cambiar tu clave de la API
    /forgetkey — borrar la clave guardada
    /language — elegir mi idioma
    /cancel — salir del paso actual
key-saved = Tu clave de API { $masked } está guardada.

# Errors
button-stale = Este botón ya no está activo.
error-internal = Algo ha fallado por mi parte. Inténtalo de nuevo en un momento.
api-error-unauthorized = El servicio rechazó la clave de API. Envía /setkey con una clave válida de la página API Keys del panel.
api-error-invalid-request = El servicio no aceptó la solicitud. Revisa lo que escribiste e inténtalo de nuevo.
api-error-invalid-input = El servicio no acepta ese proveedor o modelo para este asistente. Elige otro.
api-error-invalid-state = El asistente no está en un estado que permita esto ahora. Actualiza para ver su estado.
api-error-not-found = Ese asistente ya no existe en el servicio.
api-error-disabled = El servicio ha desactivado su API por ahora. Inténtalo más tarde.
api-error-payment-not-configured = El servicio no puede aceptar pagos ahora mismo. Inténtalo más tarde.
api-error-worker-delete-failed = El servicio no pudo apagar el worker del asistente. No ha cambiado nada; inténtalo de nuevo en unos minutos.
api-error-unavailable = El servicio no responde ahora mismo. Inténtalo de nuevo en un momento.
