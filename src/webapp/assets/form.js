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

  // Telegram's script reads the launch parameters from the URL fragment; when it could not
  // load, read them here the same way.
  var launch = hashParams(window.location.hash);
  var webApp = window.Telegram && window.Telegram.WebApp;
  var initData = (webApp && webApp.initData) || launch.tgWebAppData || '';
  var nonce = new URLSearchParams(window.location.search).get('nonce') || '';

  applyTheme(
    (webApp && webApp.themeParams) || parseJson(launch.tgWebAppThemeParams),
    webApp && webApp.colorScheme
  );
  if (webApp) {
    call(webApp, 'ready');
    call(webApp, 'expand');
    if (typeof webApp.onEvent === 'function') {
      webApp.onEvent('themeChanged', function () {
        applyTheme(webApp.themeParams, webApp.colorScheme);
      });
    }
  }

  if (!initData || !nonce) {
    say(text.outside, true);
    save.disabled = true;
    input.disabled = true;
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

  function hashParams(hash) {
    var params = {};
    hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var at = pair.indexOf('=');
      if (at < 1) return;
      try {
        params[decode(pair.slice(0, at))] = decode(pair.slice(at + 1));
      } catch (e) {
        // A malformed pair is skipped, as Telegram's script does.
      }
    });
    return params;
  }

  function decode(part) {
    return decodeURIComponent(part.replace(/\+/g, '%20'));
  }

  function parseJson(raw) {
    try {
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  }
})();
