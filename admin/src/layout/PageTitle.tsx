import { useEffect, useRef } from 'react';
import { TitlePortal, useLocaleState } from 'react-admin';
import { useLocation } from 'react-router';

const APP_NAME = 'Ruta';
const TITLE_ID = 'react-admin-title';

/**
 * The page's title as its one `<h1>`: react-admin portals each page's `<Title>` into the app bar, so
 * the app bar's title element is the heading. After every navigation (sign-in, opening a form,
 * saving) and language change, focus moves to it and `document.title` follows it, so a screen
 * reader says where the user now is instead of nothing (focus used to drop to `<body>`).
 */
export const PageTitle = () => {
  const { pathname } = useLocation();
  const [locale] = useLocaleState();
  const pending = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname and locale are the triggers — each navigation or language change announces the new title.
  useEffect(() => {
    pending.current = true;
    const heading = document.getElementById(TITLE_ID);
    if (!heading) return;
    let frame = 0;
    const settle = () => {
      const text = heading.textContent?.trim() ?? '';
      document.title = text ? `${text} · ${APP_NAME}` : APP_NAME;
      // Pages set their title after their data loads: announce the title, not an empty heading.
      if (pending.current && text) {
        pending.current = false;
        // At the next frame, where the browser lays the page out anyway: focusing in the commit that
        // set the title forced that layout inside React's task (~40 ms of the framework page's, issue 14).
        frame = requestAnimationFrame(() => heading.focus({ preventScroll: true }));
      }
    };
    const observer = new MutationObserver(settle);
    observer.observe(heading, { childList: true, subtree: true, characterData: true });
    settle();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [pathname, locale]);

  return <TitlePortal component="h1" tabIndex={-1} sx={{ outline: 'none', fontSize: '1.25rem' }} />;
};
