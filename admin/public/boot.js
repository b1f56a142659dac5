/*
 * The console's first script (a classic one: the Content-Security-Policy allows no inline script),
 * deferred so that index.html's drawing of the login card paints without waiting for it.
 *
 * When the console opens on its login page — nobody signed in, or the address is the login page —
 * it completes that drawing (language switch, fields and buttons, in the stored language and colour
 * mode) and starts the console's scripts only once the card has painted: on a phone over a weak
 * connection the card is on screen within a second instead of after 300 kB of JavaScript have
 * arrived and run. React's own card replaces the drawing (React empties #root on its first render).
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
    entry
      .getAttribute('content')
      .split(' ')
      .forEach((file, i) => {
        const tag = document.createElement(i === 0 ? 'script' : 'link');
        if (i === 0) {
          tag.type = 'module';
          tag.src = file;
        } else {
          tag.rel = 'modulepreload';
          tag.href = file;
        }
        tag.crossOrigin = '';
        document.head.appendChild(tag);
      });
  };

  const stored = (key) => {
    try {
      return JSON.parse(localStorage.getItem(key) || 'null');
    } catch {
      return null;
    }
  };

  if (stored('ruta.session') && !location.hash.startsWith('#/login')) return start();
  root.classList.add('ruta-boot-login');
  if (stored('RaStore.locale') === 'en') {
    root.classList.add('ruta-boot-en');
    root.lang = 'en';
  }
  // react-admin's stored colour mode; without one, index.html follows the system's as react-admin does.
  const theme = stored('RaStore.theme');
  if (theme === 'dark' || theme === 'light') root.classList.add(`ruta-boot-${theme}`);

  // Once the card has painted (the browser's first-contentful-paint entry, stamped when the frame is
  // on screen); a hidden tab paints nothing, and a browser without paint timing gets a second.
  const fallback = setTimeout(start, document.visibilityState === 'hidden' ? 0 : 1000);
  try {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      clearTimeout(fallback);
      start();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    /* the fallback starts the scripts */
  }
})();
