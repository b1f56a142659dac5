/**
 * The first date or number format a page builds loads the language's ICU data: ~45 ms inside the
 * render that first shows a date (the framework page's header, issue 14's TBT). Built once while the
 * console is idle — it waits for its data anyway — that render finds the data loaded.
 */
export function warmUpIntl(): void {
  const run = () => {
    const locale = document.documentElement.lang || 'es';
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(0);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}
