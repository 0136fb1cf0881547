// The secure form. The secret goes from here to the bot's own server in one POST, with
// Telegram's signed launch data and the prompt's nonce; never through sendData or
// answerWebAppQuery, so it never becomes a message.
(function () {
  'use strict';

  var text = JSON.parse(document.getElementById('text').textContent);
  var app = document.getElementById('app');
  var form = document.getElementById('secret-form');
  var input = document.getElementById('secret');
  var field = input.parentNode;
  var toggle = document.getElementById('toggle');
  var save = document.getElementById('save');
  var status = document.getElementById('status');
  var pattern = new RegExp(app.getAttribute('data-pattern'));

  // The launch data comes from Telegram's script only; without it the page takes nothing (it
  // does not read the URL's fragment itself: the browser test stubs the script, so nothing
  // needs that fallback). That does not make the launch data the user's own: the script
  // reads tgWebAppData from the fragment too, so a link to this page can carry someone
  // else's form (its nonce) and their freshly signed launch data, and a secret typed there
  // would go to their chat. Neither the page nor the server can tell that from an opening in
  // Telegram; the user can, so the page says above the field whose account it saves to, from
  // the launch data it sends. Outside a Telegram client (insideTelegram) it takes nothing.
  var webApp = window.Telegram && window.Telegram.WebApp;
  var initData = (webApp && webApp.initData) || '';
  var user = webApp && webApp.initDataUnsafe && webApp.initDataUnsafe.user;
  var nonce = new URLSearchParams(window.location.search).get('nonce') || '';

  applyTheme(webApp && webApp.themeParams, webApp && webApp.colorScheme);
  if (webApp) {
    call(webApp, 'ready');
    call(webApp, 'expand');
    if (typeof webApp.onEvent === 'function') {
      webApp.onEvent('themeChanged', function () {
        applyTheme(webApp.themeParams, webApp.colorScheme);
      });
    }
  }

  if (!insideTelegram() || !initData || !nonce || !user || typeof user !== 'object') {
    say(text.outside, true);
    save.disabled = true;
    input.disabled = true;
  } else {
    showAccount(user);
  }

  toggle.addEventListener('click', function () {
    var shown = input.type === 'text';
    input.type = shown ? 'password' : 'text';
    toggle.textContent = shown ? text.show : text.hide;
    toggle.setAttribute('aria-pressed', String(!shown));
    input.focus();
  });

  input.addEventListener('input', function () {
    field.classList.remove('invalid');
    if (status.classList.contains('error')) say('', false);
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var secret = input.value.trim();
    if (!pattern.test(secret)) {
      field.classList.add('invalid');
      say(text.format, true);
      input.focus();
      return;
    }
    busy(true);
    say(text.checking, false);
    fetch(window.location.pathname + window.location.search, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ initData: initData, nonce: nonce, secret: secret }),
      credentials: 'omit',
      cache: 'no-store',
    })
      .then(function (response) {
        return response.json().then(
          function (body) { return { ok: response.ok, body: body }; },
          function () { return { ok: false, body: {} }; }
        );
      })
      .then(function (answer) {
        if (answer.ok) {
          input.value = '';
          form.hidden = true;
          document.getElementById('success').textContent = answer.body.message;
          document.getElementById('done').hidden = false;
          haptic('success');
        } else {
          busy(false);
          say(answer.body.message || text.unreachable, true);
          haptic('error');
        }
      })
      .catch(function () {
        busy(false);
        say(text.unreachable, true);
      });
  });

  document.getElementById('close').addEventListener('click', function () {
    if (webApp) call(webApp, 'close');
  });

  // "Saving for Ann Lee (@ann). Not you? …" ({who} is present::forms::WHO): the names as
  // text, never as markup, each in a <bdi> so that direction marks in a name cannot reorder
  // the sentence around it.
  function showAccount(user) {
    var account = document.getElementById('account');
    var parts = String(text.account).split('{who}');
    var name = [user.first_name, user.last_name].filter(Boolean).join(' ');
    account.textContent = '';
    account.appendChild(document.createTextNode(parts[0]));
    var who = document.createElement('strong');
    who.appendChild(isolated(name, ''));
    if (user.username) {
      who.appendChild(document.createTextNode(' ('));
      who.appendChild(isolated('@' + user.username, 'username'));
      who.appendChild(document.createTextNode(')'));
    }
    account.appendChild(who);
    account.appendChild(document.createTextNode(parts.slice(1).join('{who}')));
    account.hidden = false;
  }

  // Where Telegram's script finds its client: the mobile apps' webview injects
  // TelegramWebviewProxy, Telegram Desktop offers window.external.notify, and the web clients
  // show the page in a frame of their own origin. A plain browser tab is none of these; there
  // the launch data may be someone else's (a link can carry it), so the page takes nothing.
  function insideTelegram() {
    var proxy = window.TelegramWebviewProxy;
    if (proxy && typeof proxy.postEvent === 'function') return true;
    if (window.external && 'notify' in window.external) return true;
    if (window.parent === window) return false;
    var origins = window.location.ancestorOrigins;
    if (origins && origins.length) return telegramWeb(origins[0]);
    return telegramWeb(document.referrer);
  }

  function telegramWeb(address) {
    return /^https:\/\/(web|webk|webz)\.telegram\.org(\/|$)/.test(String(address || ''));
  }

  function isolated(value, className) {
    var bdi = document.createElement('bdi');
    bdi.textContent = String(value);
    if (className) bdi.className = className;
    return bdi;
  }

  function say(message, error) {
    status.textContent = message;
    status.classList.toggle('error', Boolean(error));
  }

  function busy(on) {
    save.disabled = on;
    input.readOnly = on;
  }

  function call(object, method) {
    if (typeof object[method] === 'function') object[method]();
  }

  function haptic(kind) {
    var feedback = webApp && webApp.HapticFeedback;
    if (feedback && typeof feedback.notificationOccurred === 'function') {
      feedback.notificationOccurred(kind);
    }
  }

  // Telegram's theme as the --tg-theme-* variables its script sets (only colour values).
  function applyTheme(theme, scheme) {
    var root = document.documentElement;
    if (theme && typeof theme === 'object') {
      Object.keys(theme).forEach(function (key) {
        var value = String(theme[key]);
        if (/^#[0-9a-f]{3,8}$/i.test(value)) {
          root.style.setProperty('--tg-theme-' + key.replace(/_/g, '-'), value);
        }
      });
    }
    if (scheme === 'dark' || scheme === 'light') root.style.colorScheme = scheme;
  }
})();
