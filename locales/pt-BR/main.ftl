# Menu de comandos
cmd-start = Boas-vindas e primeiros passos
cmd-help = O que este bot sabe fazer
cmd-list = Seus assistentes
cmd-new = Criar um novo assistente
cmd-setkey = Adicionar ou trocar sua chave de API do Getclaw
cmd-forgetkey = Apagar sua chave de API do Getclaw salva
cmd-language = Escolher o idioma
cmd-cancel = Parar a etapa atual
cmd-audit = As ações recentes do grupo

# /start e /help
start-welcome = Oi! Eu crio assistentes de IA no Telegram para você e cuido para que continuem funcionando. Você só responde às minhas perguntas, sem precisar de código.
start-need-key = Para começar, conecte sua conta do Getclaw: entre em { $dashboard }, abra a página “API Keys”, crie uma chave e cole aqui. Eu apago sua mensagem na hora, para a chave continuar em segredo.
start-need-key-group = Para começar, este grupo precisa de uma chave de API do Getclaw: um admin pode adicionar com /setkey.
wz-slot-state = Situação dele agora: { $status }.
start-has-key = Sua chave de API do Getclaw já está salva. Envie /new para criar um assistente ou /list para ver os seus.
help =
    Veja o que eu posso fazer:
    /new — criar um novo assistente, passo a passo
    /list — seus assistentes: parar, reiniciar, alterar ou apagar
    /setkey — adicionar ou trocar sua chave de API do Getclaw
    /forgetkey — apagar sua chave de API do Getclaw salva
    /language — escolher meu idioma
    /cancel — parar a etapa atual
    /audit — em um grupo: o que os admins fizeram por último (só para admins)
key-saved = Sua chave de API do Getclaw { $masked } foi salva. Envie /new para criar um assistente.

# Erros
button-stale = Este botão não funciona mais.
error-internal = Algo deu errado do meu lado. Tente de novo daqui a pouco.
api-error-unauthorized = O Getclaw recusou a chave de API. Crie uma nova na página “API Keys” em { $dashboard } e envie com /setkey.
api-error-invalid-request = O Getclaw não aceitou o pedido. Confira o que você digitou e tente de novo.
api-error-invalid-input = O Getclaw não oferece essa empresa de IA ou esse modelo para este assistente. Escolha outro, por favor.
api-error-invalid-state = O assistente não pode fazer isso agora (talvez esteja iniciando ou parado). Toque em 🔄 Atualizar para ver a situação dele.
api-error-not-found = Esse assistente não existe mais no Getclaw.
api-error-api-disabled = O Getclaw desligou por enquanto o acesso de bots como eu. Tente de novo mais tarde.
api-error-payment-not-configured = O Getclaw não está aceitando pagamentos agora. Tente de novo mais tarde.
api-error-worker-delete-failed = O Getclaw não conseguiu desligar o assistente. Nada mudou; tente de novo em alguns minutos.
api-error-internal-error = O Getclaw teve um erro interno e não terminou. Você não digitou nada errado; tente de novo em alguns minutos.
api-error-unavailable = O Getclaw não está respondendo agora. Tente de novo daqui a pouco.

# /setkey, /forgetkey
setkey-ask = Cole sua chave de API do Getclaw (você cria uma na página “API Keys” em { $dashboard }). Eu apago sua mensagem na hora.
setkey-rejected = O Getclaw recusou essa chave, então não salvei. Confira a chave na página “API Keys” em { $dashboard } e envie /setkey de novo.
setkey-unchecked = Não consegui verificar a chave com o Getclaw, então não salvei. { $reason } Envie /setkey de novo daqui a pouco.
forgetkey-done = Apaguei a chave de API do Getclaw salva.
forgetkey-none = Não havia nenhuma chave de API salva.
private-only = Para manter tudo em segurança, só aceito tokens e chaves em chat privado. Vamos continuar lá.
btn-open-private = Abrir chat privado
secret-deleted = Apaguei sua mensagem para esse dado secreto não ficar no chat.
secret-not-deleted = Não consegui apagar sua mensagem. Apague-a, por favor: ela contém um dado secreto.

# /language
language-name = Português (Brasil)
language-choose = Escolha meu idioma:
language-auto = Usar o idioma do meu Telegram
language-set = Pronto: aqui vou falar português.

# /cancel, texto solto
cancel-done = Cancelado.
cancel-nothing = Não há nada para cancelar.
cancel-waiting = { $count ->
    [one] Também parei de esperar um pagamento. O pedido continua guardado: se você pagar depois, ele aparece em /list.
    [many] Também parei de esperar { $count } pagamentos. Os pedidos continuam guardados: se você pagar depois, eles aparecem em /list.
   *[other] Também parei de esperar { $count } pagamentos. Os pedidos continuam guardados: se você pagar depois, eles aparecem em /list.
}
unknown-text = Não entendi. Envie /help para ver o que eu sei fazer.

# Botões
btn-back = « Voltar
btn-cancel = Cancelar
btn-confirm = ✅ Confirmar
btn-change = ✏️ Alterar
btn-other = Outro…
btn-pay = 💳 Pagar
btn-stop-waiting = Parar de esperar
btn-try-again = 🔁 Tentar de novo
btn-field-mode = Plano
btn-field-name = Nome
btn-field-model = Modelo de IA
btn-field-token = Token do bot
btn-field-key = Chave de IA

# Planos
mode-byok = 🔑 Minha própria chave de IA
mode-managed = ✨ IA incluída
mode-unlimited = ♾️ Ilimitado

# O assistente de criação (/new)
wz-needs-key = Primeiro preciso da sua chave de API do Getclaw: envie /setkey.
wz-step = Etapa { $n } de { $total }
wz-mode =
    Como o seu assistente vai pagar pela IA que ele usa?
    • 🔑 Minha própria chave de IA: você já tem conta em uma empresa de IA (como a OpenAI) e cola a chave dela aqui.
    • ✨ IA incluída: uma quantidade mensal de uso de IA já vem no preço.
    • ♾️ Ilimitado: IA incluída, com a maior quantidade mensal.
wz-name = Qual vai ser o nome do seu assistente? Envie um nome de até { $max ->
    [one] { $max } caractere
   *[other] { $max } caracteres
}.
wz-name-empty = O nome não pode ficar vazio. Envie um nome de até { $max ->
    [one] { $max } caractere
   *[other] { $max } caracteres
}.
wz-name-too-long = Esse nome tem { $count ->
    [one] { $count } caractere
   *[other] { $count } caracteres
}; o limite é de { $max ->
    [one] { $max } caractere
   *[other] { $max } caracteres
}. Envie um nome mais curto, por favor.
wz-provider = Qual empresa de IA? Escolha uma abaixo ou digite o nome curto dela.
wz-provider-other = Digite o nome curto da empresa (por exemplo: mistral).
wz-provider-invalid = Digite o nome curto da empresa em uma palavra só, em minúsculas, como mistral.
wz-model = Qual modelo de { $provider } você quer? Escolha um abaixo ou digite o nome dele.
wz-model-managed = Qual modelo de IA o seu assistente deve usar? Escolha um abaixo. Quer um específico? Digite o nome dele no OpenRouter, como openai/gpt-5.
wz-model-other = Digite o nome do modelo exatamente como a empresa de IA escreve.
wz-model-invalid = O nome do modelo não pode ter espaços nem passar de { $max ->
    [one] { $max } caractere
   *[other] { $max } caracteres
}. Tente de novo.
wz-bot-token =
    Seu assistente precisa de um bot próprio no Telegram para conversar com as pessoas. Abra o @BotFather, envie /newbot e escolha um nome. Ele responde com um token (uma espécie de senha, tipo 123456789:AAH…).
    Cole o token aqui; eu apago sua mensagem na hora.
wz-bot-token-format = Isso não parece um token de bot (números, dois-pontos e depois um código longo). Cole de novo, por favor.
wz-bot-token-rejected = O Telegram não aceita esse token. Copie de novo da sua conversa com o @BotFather e cole aqui.
wz-bot-token-unchecked = Não consegui verificar o token com o Telegram agora. Cole de novo daqui a pouco.
wz-bot-token-ok = Certo: seu assistente vai responder como { $username }.
wz-model-key = Por último, sua chave de API ({ $provider }): é com ela que seu assistente acessa a IA. Cole aqui; eu apago sua mensagem na hora.
wz-model-key-invalid = Isso não parece uma chave de API (sem espaços, com pelo menos { $min ->
    [one] { $min } caractere
   *[other] { $min } caracteres
}). Cole de novo, por favor.
wz-use-buttons = Escolha pelos botões acima ou envie /cancel.
wz-summary =
    Confira, por favor:
    Nome: { $name }
    Plano: { $mode }
    Modelo de IA: { $provider } / { $model }
    Bot do Telegram: { $bot }
    Chave de IA: { $key }
wz-summary-key-none = não precisa
wz-summary-buy = Toque em ✅ Confirmar e eu envio um link para você pagar por este assistente.
wz-summary-activate = Toque em ✅ Confirmar para configurar o assistente que você já pagou.
wz-cancelled = Cancelado. Nada foi comprado.
wz-cancelled-slot = Cancelado. O que você pagou continua guardado: termine a configuração depois, em /list.
wz-pay-adopted = Fiz o pedido de { $name }, mas o link de pagamento não chegou até mim. Pague na sua conta do Getclaw em { $dashboard }; eu inicio { $name } assim que o pagamento chegar.
wz-resumed = Sua última confirmação não foi concluída, então nada foi comprado. Confira os dados e confirme de novo.
wz-unlimited-refused = O Getclaw não oferece o plano Ilimitado para esta conta. Escolha “🔑 Minha própria chave de IA” ou “✨ IA incluída”.
wz-pay = { $name } está reservado para você. Pague pelo link abaixo: assim que o pagamento cair, eu inicio { $name }. Não precisa me avisar.
wz-stopped-waiting = Tudo bem, parei de esperar este pagamento. O pedido continua guardado: se você pagar depois, ele aparece em /list com o botão ▶️ Concluir configuração.
wz-payment-timeout = { $minutes ->
    [one] Não vi o pagamento de { $name } em { $minutes } minuto, então parei de esperar. O pedido continua guardado: se você pagar depois, ele aparece em /list com o botão ▶️ Concluir configuração.
    [many] Não vi o pagamento de { $name } em { $minutes } minutos, então parei de esperar. O pedido continua guardado: se você pagar depois, ele aparece em /list com o botão ▶️ Concluir configuração.
   *[other] Não vi o pagamento de { $name } em { $minutes } minutos, então parei de esperar. O pedido continua guardado: se você pagar depois, ele aparece em /list com o botão ▶️ Concluir configuração.
}
wz-paid-deploying = Pagamento recebido! Iniciando { $name }… Eu aviso aqui quando estiver no ar.
wz-deploying = Iniciando { $name }… Eu aviso aqui quando estiver no ar.
wz-activation-model-rejected = O Getclaw não aceitou o modelo { $model } para { $name }. Escolha outro; o que você pagou continua guardado.
wz-activation-failed = Não consegui iniciar { $name }. { $reason } O que você pagou continua guardado: termine a configuração depois, em /list.

# Situação
status-pending-payment = aguardando pagamento
status-purchased = pago, ainda não configurado
status-deploying = iniciando
status-active = no ar
status-failed = com falha
status-stopped = parado
status-gone = { $name } não existe mais no Getclaw, então deixei de acompanhar.
notice-active = ✅ { $name } está no ar!
notice-link = Fale com ele: { $link }
notice-worker = Endereço do servidor (para desenvolvedores): { $url }
notice-failed = ❌ { $name } não conseguiu iniciar: { $reason }
notice-no-reason = o Getclaw não informou o motivo
notice-changed = { $name } agora está { $status }.

# /list e fichas
list-title = { $count ->
    [one] Seu assistente:
    [many] Seus { $count } assistentes:
   *[other] Seus { $count } assistentes:
}
list-page = Página { $page } de { $pages }
list-empty = Você ainda não tem assistentes. Envie /new para criar um.
list-no-key = Primeiro preciso de uma chave de API do Getclaw: envie /setkey.
list-offline = Não consegui falar com o Getclaw, então isto é o que eu sabia da última vez. { $reason }
list-deleted = { $name } foi apagado.
card-status = Situação: { $status }
card-reason = Motivo: { $reason }
card-mode = Plano: { $mode }
card-model = Modelo de IA: { $provider } / { $model }
card-bot = Bot no Telegram: { $link }
card-worker = Endereço do servidor (para desenvolvedores): { $url }
card-payment = Pagamento: { $status }
card-paid-until = Pago até: { $time }
card-canceled = Assinatura cancelada em { $time }; continua funcionando até { $end }
card-canceled-at = Assinatura cancelada em { $time }
card-updated = Atualizado em: { $time }
card-gone = Esse assistente não existe mais no Getclaw.
card-state-changed = Este assistente mudou desde que mostrei esta ficha; veja como ele está agora.
card-stopped = Parado.
card-redeploying = Reiniciando… Eu aviso aqui quando estiver no ar.
card-delete-confirm = Apagar { $name }? O assistente para e é removido de vez, junto com a assinatura. Isso não pode ser desfeito.
card-edit-stop-first = { $name } está ligado: pare primeiro (⏹ Parar) e depois faça a alteração.
btn-stop = ⏹ Parar
btn-redeploy = 🔁 Reiniciar
btn-edit = ✏️ Editar
btn-activate = ▶️ Concluir configuração
btn-delete = 🗑 Apagar
btn-delete-yes = 🗑 Sim, apagar { $name }
btn-refresh = 🔄 Atualizar
btn-back-list = « Voltar à lista
btn-open-card = Abrir a ficha dele
edit-choose = O que você quer mudar em { $name }?
edit-name = Envie o novo nome para { $name } (até { $max ->
    [one] { $max } caractere
   *[other] { $max } caracteres
}).
edit-saved = Salvo. Toque em 🔁 Reiniciar para { $name } passar a usar a mudança.
edit-cancelled = Cancelado; nada foi alterado.

# Grupos
team-admins-only = Só os admins deste grupo podem fazer isso.
team-not-bot-owner = O bot deste assistente pertence a outra pessoa, então só o dono dele pode trocar o token ou decidir quem pode falar com ele.
team-no-longer-admin = Você não é mais admin daquele grupo, então não fiz isso. Um admin do grupo pode começar de novo.
team-anonymous-admin = Você está postando como admin anônimo, então não sei qual admin você é. Para gerenciar assistentes, desative “Permanecer Anônimo” nas suas permissões de admin deste grupo e tente de novo.
team-upgraded = O Telegram atualizou este grupo. A chave de API do Getclaw, os assistentes e o histórico vieram junto; não precisa configurar nada de novo.
conversation-timed-out = A configuração parou depois de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sem resposta, e apaguei o que você tinha me contado. Envie /new para recomeçar (ou /setkey, /list).
team-secret-deleted = { $who }, isso parecia um dado secreto, então apaguei. Qualquer pessoa aqui pode ter visto: troque agora (crie um novo; o antigo para de funcionar) e só me passe dados secretos em chat privado.
team-secret-not-deleted = { $who }, isso parece um dado secreto e não consigo apagar aqui (preciso da permissão de apagar mensagens). Apague e troque agora (crie um novo; o antigo para de funcionar): qualquer pessoa aqui pode ter visto.
btn-continue-private = 🔐 Continuar no privado
handoff-offer = { $who }, me envie a chave de API do Getclaw em chat privado: o botão abaixo funciona uma vez, só para você, por { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
handoff-edit-offer = { $who }, me envie o novo dado secreto em chat privado: o botão abaixo funciona uma vez, só para você, por { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
handoff-edit-key = Cole aqui a nova chave de IA. Eu apago sua mensagem na hora; o grupo só fica sabendo que o assistente foi alterado.
handoff-edit-done = Pronto, a mudança está salva. No grupo, toque em 🔁 Reiniciar para aplicar.
handoff-key-ask = Cole aqui a chave de API do Getclaw para o grupo. Eu apago sua mensagem na hora e só aviso ao grupo que a chave foi adicionada.
handoff-key-saved = A chave de API do Getclaw { $masked } do grupo foi salva.
handoff-expired = { $minutes ->
    [one] Este link expirou (os links valem por { $minutes } minuto). Peça um novo no grupo.
    [many] Este link expirou (os links valem por { $minutes } minutos). Peça um novo no grupo.
   *[other] Este link expirou (os links valem por { $minutes } minutos). Peça um novo no grupo.
}
handoff-used = Este link já foi usado. Peça um novo no grupo.
handoff-other-user = Este link foi criado para outro admin do grupo.
handoff-unknown = Não reconheço este link. Peça um novo no grupo.
handoff-wizard-gone = A configuração do assistente no grupo não precisa mais disso. Comece de novo com /new no grupo.
handoff-wizard-done = Valeu! Pode voltar para o grupo: o resumo está esperando lá.
wz-group-secrets = Agora vêm as partes secretas: o token do bot (e, se você usa sua própria chave de IA, essa chave). Não mande isso aqui: toque no botão para me enviar no privado. Depois a configuração termina aqui no grupo.
wz-reply-here = ✍️ Responda a esta mensagem.
audit-title = Últimas ações neste grupo:
audit-empty = Ainda não foi feito nada neste grupo.
audit-key-set = { $who } adicionou a chave de API do Getclaw { $name }
audit-key-removed = { $who } removeu a chave de API do Getclaw
audit-bought = { $who } fez o pedido de { $name }
audit-activated = { $who } configurou e iniciou { $name }
audit-stopped = { $who } parou { $name }
audit-redeployed = { $who } reiniciou { $name }
audit-deleted = { $who } apagou { $name }
audit-edited = { $who } alterou { $name }

# Repetido depois de um reinício
wz-replay-submitting = Eu reiniciei enquanto fazia o pedido do seu assistente. Antes de tudo, estou conferindo se o pedido foi concluído…
replay-done = O bot reiniciou bem quando terminava o seu último pedido: ele já foi feito. Envie /list para ver seus assistentes.

# O formulário seguro (um Mini App servido pelo bot)
form-button = 🔐 Usar o formulário seguro
form-offer = 🔐 Mais seguro: digite no formulário seguro abaixo, assim isso nunca aparece no chat. Ou cole aqui mesmo.
form-saved = Salvo: { $masked }
form-page-title = Formulário seguro
form-intro = O que você digitar aqui vai direto para o bot e nunca aparece no chat.
form-account = Salvando para { $who }. Não é você? Feche este formulário.
form-title-api-key = Sua chave de API do Getclaw
form-title-bot-token = O token do bot do seu assistente
form-title-model-key = Sua chave de IA
form-hint-api-key = Da página “API Keys” em { $dashboard }.
form-hint-bot-token = Do @BotFather: números, dois-pontos e depois um código longo.
form-hint-model-key = A chave de API da sua conta na empresa de IA: sem espaços, com pelo menos { $min ->
    [one] { $min } caractere
   *[other] { $min } caracteres
}.
form-format-api-key = Isso não parece uma chave de API: cole a chave inteira, sem espaços.
form-format-bot-token = Isso não parece um token de bot (números, dois-pontos e depois um código longo).
form-format-model-key = Isso não parece uma chave de API (sem espaços, com pelo menos { $min ->
    [one] { $min } caractere
   *[other] { $min } caracteres
}).
form-show = Mostrar
form-hide = Ocultar
form-save = Salvar
form-checking = Verificando…
form-close = Fechar
form-done = Salvo: { $masked }. Pode fechar este formulário e voltar para o chat.
form-outside-telegram = Abra este formulário pelo botão dele, na sua conversa com o bot.
form-unreachable = Não consegui falar com o bot. Confira sua conexão com a internet e tente de novo.
form-refused-signature = O Telegram não conseguiu confirmar que este formulário é mesmo seu. Abra de novo pelo chat.
form-refused-stale = Este formulário foi aberto há mais de { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }. Abra de novo pelo chat.
form-refused-used = Este formulário já foi usado. Nada novo foi salvo.
form-refused-unknown = Este formulário não funciona mais: um mais novo tomou o lugar dele, ou ele é antigo demais. Use o mais recente no chat.
form-refused-expired = Este formulário expirou depois de { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }. Peça de novo no chat.
form-refused-spent = Tentativas demais: este formulário foi fechado. Peça de novo no chat.
form-refused-flood = Muitas tentativas em pouco tempo. Espere um pouco e tente de novo.
form-refused-other-user = Este formulário foi aberto para outra pessoa. Nada foi salvo.
form-refused-too-large = Isso é longo demais para uma chave ou um token. Nada foi salvo.
form-refused-empty = Nada foi digitado. Cole a chave ou o token inteiro no campo.
form-refused-malformed = Algo deu errado no envio do formulário. Abra de novo pelo chat.
form-refused-not-awaited = Não estou mais esperando por isso no chat, então nada foi salvo. Comece essa etapa de novo no chat.
form-refused-failed = Algo deu errado do meu lado. Nada foi salvo; tente de novo daqui a pouco.

# O bot do assistente criado pelo chat (bots gerenciados)
btn-create-bot = 🤖 Criar o bot para mim
newbot-offer = Mais fácil: toque em “🤖 Criar o bot para mim” abaixo. O Telegram sugere um nome; mude se quiser, confirme e eu faço o resto. Sem token para copiar.
newbot-again = Nenhum bot novo chegou até mim. Se a janela do Telegram foi fechada, ou se ela disse que você já tem bots demais (apague um no @BotFather), toque em “🤖 Criar o bot para mim” para tentar de novo, ou cole um token do @BotFather.
newbot-token-failed = Seu novo bot { $username } foi criado, mas o Telegram não me passou o token dele agora. Toque em “🔁 Tentar de novo” ou cole um token do @BotFather.
newbot-unexpected = Seu novo bot { $username } foi criado e é seu, mas eu não estava esperando um bot naquela hora, então não mexi nele. Você encontra o bot no @BotFather.
newbot-put-away = Voltei uma etapa e escondi o botão “🤖 Criar o bot para mim”.
btn-new-token = 🔑 Novo token
btn-access = 👥 Quem pode falar com ele
newtoken-done = { $username } tem um token novo; o antigo não funciona mais.
newtoken-failed = O Telegram não gerou um token novo para { $username } agora, então nada mudou. Tente de novo daqui a pouco.
access-title = Quem pode falar com { $username }? Agora: { $now }.
access-now-everyone = todo mundo
access-now-only = só você
access-now-some = você e { $names }
access-now-unknown = desconhecido (o Telegram não respondeu)
btn-access-everyone = 🌍 Todo mundo
btn-access-me = 🔒 Só eu
btn-access-pick = 👥 Eu e quem eu escolher…
access-pick = Toque em “👥 Escolher pessoas” abaixo e selecione até { $max ->
    [one] { $max } pessoa
   *[other] { $max } pessoas
} que podem falar com { $username }. Você sempre pode falar com ele.
btn-access-choose = 👥 Escolher pessoas
access-set-everyone = Agora todo mundo pode falar com { $username }.
access-set-only = Agora só você pode falar com { $username }.
access-set-some = { $count ->
    [one] Agora só você e mais { $count } pessoa podem falar com { $username }.
    [many] Agora só você e mais { $count } pessoas podem falar com { $username }.
   *[other] Agora só você e mais { $count } pessoas podem falar com { $username }.
}
access-failed = O Telegram não aceitou a mudança agora, então nada mudou. Tente de novo daqui a pouco.
flood-slow-down = É mais do que consigo responder aqui de uma vez, então pulei uma parte. Espere minhas respostas e envie de novo o que ainda precisar.

# Errors (w2)
api-error-invalid-state-chat = O assistente não pode fazer isso no estado em que está agora (talvez esteja iniciando ou parado). Envie /list e abra-o para ver o que dá para fazer agora.
api-error-not-found-next = Envie /list para ver os assistentes que você tem agora, ou toque em 🔄 Atualizar no cartão dele.
api-error-rate-limited = O Getclaw está recebendo pedidos demais agora. Espere um minuto e tente de novo.
api-error-rate-limited-seconds = O Getclaw está recebendo pedidos demais agora. Espere { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
} e tente de novo.
api-error-rate-limited-minutes = O Getclaw está recebendo pedidos demais agora. Espere { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} e tente de novo.
api-error-forbidden = O Getclaw negou o acesso a isso. Se continuar acontecendo, confira sua chave de API na página API Keys em { $dashboard } e envie uma nova com /setkey.
wz-kept-for-later = Guardei suas respostas. Quando o Getclaw voltar, toque em 🔁 Tentar de novo: você não vai precisar começar do zero.

# Restart question (w2)
restart-live-again = { $name } já está no ar de novo. Reiniciar mesmo assim? Ele ficaria fora do ar por um tempinho.
btn-restart-yes = ✅ Sim, reiniciar
btn-restart-no = Não
restart-kept-running = Certo, { $name } continua funcionando como está.

# Pay later (w2)
card-pay-link = 💳 Para pagar, abra este link: { $link }
card-paid-finish = 💳 Pagamento recebido! Toque em ▶️ Concluir configuração para escolher o resto, e eu coloco no ar.

# Payment wait's end (w2)
payment-wait-ended =
    Parei de esperar o pagamento de { $name } porque não consigo mais verificá-lo. { $reason }
    Apaguei as respostas que você me deu para ele. Seu pedido continua guardado: quando estiver pago, abra-o em /list e toque em ▶️ Concluir configuração.
# The watch on the assistant's own bot (w3)
watch-silent = ⚠️ Parece que { $name } parou de responder: { $count ->
    [one] { $count } mensagem está esperando
    [many] { $count } mensagens estão esperando
   *[other] { $count } mensagens estão esperando
} por ele desde { $since }.
watch-telegram-said = O Telegram diz: { $reason }.
watch-silent-next = Reiniciar costuma resolver. Se não resolver, abra o cartão dele em /list para ver o que aconteceu.
watch-reason-status = o servidor dele respondeu { $status }
watch-reason-timeout = o servidor dele não respondeu a tempo
watch-reason-refused = o servidor dele recusou a conexão
watch-reason-other = “{ $message }”
watch-answers-again = ✅ { $name } voltou a responder: não há mensagens esperando.
watch-revoked = ⚠️ O Telegram não aceita mais o token do bot de { $name }, então ele não consegue responder ninguém. Isso acontece quando o token é revogado no @BotFather. Pegue um token novo lá, depois abra o cartão dele em /list e toque em { $edit } → { $field }.
watch-revoked-managed = ⚠️ O Telegram não aceita mais o token do bot de { $name }, então ele não consegue responder ninguém. Abra o cartão dele em /list e toque em { $newtoken } e depois em { $restart }.
btn-watch-open = 💬 Abrir
card-health-ok-now = Responde mensagens · verificado agora há pouco
card-health-ok = Responde mensagens · verificado { $minutes ->
    [one] há { $minutes } minuto
    [many] há { $minutes } minutos
   *[other] há { $minutes } minutos
}
card-health-waiting = { $count ->
    [one] { $count } mensagem esperando
    [many] { $count } mensagens esperando
   *[other] { $count } mensagens esperando
} desde { $since }
card-health-revoked = O Telegram não aceita mais o token do bot dele
card-health-off = Sem verificação: você desligou a verificação
btn-watch-off = 👁 Parar de verificar
watch-off-done = Não verifico mais se { $name } responde, e apaguei a cópia do token do bot dele que eu guardava. Se você colocar o token do bot de novo, a verificação volta a funcionar.

# The assistant's Telegram profile (w3)
btn-profile = 🪪 Perfil
btn-profile-name = Nome
btn-profile-about = Sobre
btn-profile-description = Descrição
profile-empty = (vazio)
profile-view = Como { $assistant } aparece no Telegram:
    Nome: { $name }
    Sobre: { $about }
    Descrição: { $description }
profile-ask-name = Envie o novo nome do bot (até { $limit } caracteres). Envie { $clear } para tirar.
profile-ask-about = Envie o novo texto "sobre", que aparece no perfil do bot (até { $limit } caracteres). Envie { $clear } para tirar.
profile-ask-description = Envie a nova descrição, que as pessoas veem antes de começar uma conversa com o bot (até { $limit } caracteres). Envie { $clear } para tirar.
profile-saved-name = Pronto: o bot de { $assistant } está com o novo nome.
profile-saved-about = Pronto: o bot de { $assistant } está com o novo texto "sobre".
profile-saved-description = Pronto: o bot de { $assistant } está com a nova descrição.
profile-too-long = Esse texto é longo demais para o Telegram: ele aceita até { $limit } caracteres, e este tem { $length }. Envie um mais curto, por favor.
profile-refused = O Telegram não aceitou a mudança ({ $reason }), então nada mudou.
profile-unreachable = Não consegui falar com o Telegram agora, então nada mudou. Tente de novo daqui a pouco.
profile-token-refused = O Telegram não aceita mais o token do bot de { $assistant }, então não consigo mudar o perfil dele. Coloque um token novo primeiro.
# Watch (w1): an assistant that changed after it went live, told once in its chat.
watch-failed =
    ⚠️ { $name } parou de funcionar: { $reason }
    Toque em Reiniciar abaixo para ligá-lo de novo.
watch-stopped =
    ⏸ { $name } foi desligado fora deste chat: { $reason }
    Toque em Reiniciar abaixo para ligá-lo de novo.
watch-deleted = 🗑 { $name } foi apagado fora deste chat, então não responde mais. Envie /new para criar um novo.
watch-moved =
    ℹ️ { $name } agora funciona em um novo endereço de servidor: { $url }
    Você não precisa fazer nada: ele continua respondendo como antes.
