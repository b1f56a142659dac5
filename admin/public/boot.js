/*
 * The console's first script (a classic one: the Content-Security-Policy allows no inline script),
 * deferred so that index.html's drawing of the login card paints without waiting for it.
 *
 * When the console opens on its login page — nobody signed in, or the address is the login page —
 * it turns that drawing into the working login form (language switch, fields and buttons, in the
 * stored language and colour mode) and starts the console's scripts only when the form is sent (or
 * the address leaves the login page): on a phone over a weak connection the page is ready within a
 * second, with no 300 kB of JavaScript to download and run first. React's login page then replaces
 * the form (React empties #root on its first render) and finishes the sign-in.
 * Signed-in pages start the scripts at once; the card with the console's name shows meanwhile.
 *
 * The scripts are listed in `<meta name="ruta-entry">` (the entry first), which vite.config.ts
 * writes in place of the module script and modulepreload tags.
 */
(() => {
  const root = document.documentElement;
  let started = false;

  const start = () => {
    const entry = document.querySelector('meta[name="ruta-entry"]');
    if (!entry || started) return;
    started = true;
    const [first, ...rest] = entry.getAttribute('content').split(' ');
    const tag = (name, attrs) => Object.assign(document.createElement(name), attrs, { crossOrigin: '' });
    document.head.appendChild(tag('script', { type: 'module', src: first }));
    // The preload hints in small batches, each in a task of its own: the browser spends ~1 ms on each
    // such tag, and forty at once made one long task of a signed-in page's start (issue 14, TBT).
    const batch = (from) => {
      const tags = document.createDocumentFragment();
      for (const href of rest.slice(from, from + 8)) tags.appendChild(tag('link', { rel: 'modulepreload', href }));
      document.head.appendChild(tags);
      if (from + 8 < rest.length) setTimeout(() => batch(from + 8));
    };
    if (rest.length) batch(0);
  };

  const stored = (key) => {
    try {
      return JSON.parse(localStorage.getItem(key) || 'null');
    } catch {
      return null;
    }
  };

  // The public statistics need no sign-in: the console runs for them at once.
  if (location.hash.startsWith('#/estadisticas')) return start();
  if (stored('ruta.session') && !location.hash.startsWith('#/login')) return start();
  root.classList.add('ruta-boot-login');
  const setLanguage = (locale) => {
    root.classList.toggle('ruta-boot-en', locale === 'en');
    root.lang = locale;
  };
  if (stored('RaStore.locale') === 'en') setLanguage('en');
  // react-admin's stored colour mode; without one, index.html follows the system's as react-admin does.
  const theme = stored('RaStore.theme');
  if (theme === 'dark' || theme === 'light') root.classList.add(`ruta-boot-${theme}`);

  /*
   * The login page itself, without the console's scripts: the drawn card becomes a real form (language
   * switch, username, password, sign-in, forgotten password). The console's 300 kB of JavaScript are
   * fetched (not run) once someone starts typing, and run when the form is sent: React's login page
   * (auth/LoginPage.tsx) then takes what was typed from `window.rutaBootLogin` and carries on — the
   * sign-in, Cognito's further steps, errors — in the same card. Leaving the login page (another
   * address) starts the console as well. Texts in both languages, the other one hidden by CSS.
   */
  const card = document.querySelector('.ruta-boot');
  const drawnLangs = card?.querySelector('.ruta-boot-langs');
  const drawnForm = card?.querySelector('.ruta-boot-form');
  if (!drawnLangs || !drawnForm) return start();

  const el = (tag, props, children) => {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([k, v]) => {
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    });
    node.append(...(children || []));
    return node;
  };
  // One text per language; CSS shows the page's (hidden text is out of the accessible name too).
  const say = (es, en) => [el('span', { class: 'es' }, [es]), el('span', { class: 'en' }, [en])];

  let preloaded = false;
  const preload = () => {
    const entry = document.querySelector('meta[name="ruta-entry"]');
    if (!entry || preloaded || started) return;
    preloaded = true;
    for (const file of entry.getAttribute('content').split(' '))
      document.head.appendChild(el('link', { rel: 'modulepreload', href: file, crossorigin: '' }));
  };

  const languageButton = (locale, name, edge) =>
    el(
      'button',
      {
        type: 'button',
        lang: locale,
        class: `ruta-boot-lang ${edge}`,
        'aria-pressed': String(root.lang === locale),
        onclick: () => {
          try {
            localStorage.setItem('RaStore.locale', JSON.stringify(locale));
          } catch {
            /* the choice lasts for this page only */
          }
          setLanguage(locale);
          for (const b of langs.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.lang === locale));
        },
      },
      [name],
    );
  const langs = el('div', { class: 'ruta-boot-langs', role: 'group' }, [
    languageButton('es', 'Español', 'ruta-boot-left'),
    languageButton('en', 'English', 'ruta-boot-right'),
  ]);
  const setGroupName = () => langs.setAttribute('aria-label', root.lang === 'en' ? 'Language' : 'Idioma');
  setGroupName();
  langs.addEventListener('click', setGroupName);

  const field = (name, type, autocomplete, es, en) => {
    const id = `ruta-boot-${name}`;
    const input = el('input', {
      id,
      name,
      type,
      autocomplete,
      required: '',
      'aria-required': 'true',
      'aria-describedby': `${id}-error`,
      oninput: () => {
        preload();
        box.classList.toggle('ruta-boot-filled', input.value !== '');
        if (input.value) setError(false);
      },
    });
    const error = el('p', { id: `${id}-error`, class: 'ruta-boot-error' });
    const setError = (on) => {
      box.classList.toggle('ruta-boot-invalid', on);
      if (on) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      error.replaceChildren(...(on ? say('Obligatorio', 'Required') : []));
    };
    const box = el('div', { class: 'ruta-boot-field ruta-boot-input' }, [input, el('label', { for: id }, [...say(es, en), ' *'])]);
    return { input, box, error, setError };
  };
  const username = field('username', 'text', 'username', 'Usuario', 'Username');
  const password = field('password', 'password', 'current-password', 'Contraseña', 'Password');
  const reveal = el(
    'button',
    {
      type: 'button',
      class: 'ruta-boot-reveal',
      'aria-pressed': 'false',
      onclick: () => {
        const shown = password.input.type === 'password';
        password.input.type = shown ? 'text' : 'password';
        reveal.setAttribute('aria-pressed', String(shown));
      },
    },
    say('Mostrar contraseña', 'Show password').map((t) => {
      t.classList.add('ruta-boot-vh');
      return t;
    }),
  );
  const eye = drawnForm.querySelector('svg');
  if (eye) {
    eye.setAttribute('aria-hidden', 'true');
    reveal.prepend(eye);
  }
  password.box.append(reveal);

  const status = el('p', { class: 'ruta-boot-status', role: 'status' });
  const stage = el('p', { class: 'ruta-boot-stage' });
  const submit = el('button', { type: 'submit', class: 'ruta-boot-submit' }, say('Ingresar', 'Sign in'));
  const forgot = el('button', { type: 'button', class: 'ruta-boot-forgot' }, say('¿Olvidó su contraseña?', 'Forgot your password?'));
  const form = el('form', { class: 'ruta-boot-form', novalidate: '' }, [
    username.box,
    username.error,
    password.box,
    password.error,
    submit,
    forgot,
    status,
    stage,
  ]);

  // What was typed goes to React's login page, which signs in (or opens the forgotten-password form).
  const handOver = (login) => {
    window.rutaBootLogin = login;
    form.setAttribute('aria-busy', 'true');
    form.querySelectorAll('input').forEach((i) => {
      i.readOnly = true;
    });
    form.querySelectorAll('button').forEach((b) => {
      b.disabled = true;
    });
    status.replaceChildren(...say('Cargando…', 'Loading…'));
    start();
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (started) return;
    const missing = [username, password].filter((f) => !f.input.value);
    username.setError(!username.input.value);
    password.setError(!password.input.value);
    if (missing.length) return missing[0].input.focus();
    handOver({ username: username.input.value, password: password.input.value });
  });
  forgot.addEventListener('click', () => handOver({ forgot: true, username: username.input.value }));
  for (const type of ['keydown', 'pointerdown']) form.addEventListener(type, preload, { once: true });

  // Visitors without an account: the public statistics need no sign-in (hashchange below starts the console).
  const publicStats = el(
    'a',
    { href: '#/estadisticas', class: 'ruta-boot-public' },
    say('Estadísticas públicas sobre trata de personas', 'Public statistics on trafficking in persons'),
  );

  drawnLangs.replaceWith(langs);
  drawnForm.replaceWith(form);
  form.after(publicStats);
  card.removeAttribute('aria-hidden');
  card.setAttribute('role', 'main');
  username.input.focus();

  // Another address than the login page (a link, the back button): the console takes over.
  window.addEventListener('hashchange', () => {
    if (!location.hash.startsWith('#/login')) start();
  });

  // In AWS, which stage this is (config.json, as auth/runtimeConfig.ts reads it).
  fetch('/config.json', { cache: 'no-store', headers: { accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : null))
    .then((c) => {
      const fields = ['apiUrl', 'region', 'userPoolId', 'userPoolClientId', 'stage'];
      if (!c || c.mode === 'local' || !fields.every((k) => typeof c[k] === 'string' && c[k])) return;
      stage.replaceChildren(...say(`Entorno: ${c.stage}`, `Environment: ${c.stage}`));
    })
    .catch(() => undefined);
})();
