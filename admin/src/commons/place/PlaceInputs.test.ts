import { type FunctionComponent, type ReactNode, createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nContext, RecordContextProvider } from 'react-admin';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { es } from '../../i18n/es.ts';
import { en } from '../../i18n/en.ts';
import { PlaceField, PlaceInputs } from './PlaceInputs.tsx';

/** Server-side render of the inputs in a react-admin form (no browser): what a person and a screen reader get. */
const i18n = (locale: 'es' | 'en') => polyglotI18nProvider(() => (locale === 'es' ? es : en), locale);
/** react-admin's inputs need only the form and the translations; a full Admin needs a browser's router. */
const WithForm: FunctionComponent<{ record: Record<string, unknown>; children?: ReactNode }> = ({ record, children }) =>
  h(FormProvider as FunctionComponent<ReturnType<typeof useForm> & { children?: ReactNode }>, useForm({ defaultValues: record }), children);
const WithRecord = RecordContextProvider as FunctionComponent<{ value: Record<string, unknown>; children?: ReactNode }>;
function render(node: ReturnType<typeof h>, record: Record<string, unknown>, locale: 'es' | 'en' = 'es') {
  return renderToStaticMarkup(h(I18nContext.Provider, { value: i18n(locale) }, h(WithForm, { record }, node)));
}
const text = (html: string) =>
  html
    .replace(/<style[^>]*>.*?<\/style>/gs, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('PlaceInputs (rendered)', () => {
  it('in Ecuador: country, province, canton waiting for the province, locality — labelled in Spanish', () => {
    const html = render(h(PlaceInputs, { source: 'place' }), { place: { country: 'EC' } });
    expect(html).toContain('role="group" aria-label="Lugar"');
    const t = text(html);
    for (const label of ['País', 'Provincia', 'Cantón', 'Parroquia, comunidad o dirección', 'Elija primero la provincia'])
      expect(t).toContain(label);
    // The canton waits for the province: disabled, and its helper text says why.
    expect(html).toMatch(/<input[^>]*disabled=""[^>]*name="place\.cantonCode"/);
    expect(html).not.toMatch(/<input[^>]*disabled=""[^>]*name="place\.provinceCode"/);
  });

  it('with a province chosen, the canton is enabled and shows its name', () => {
    const html = render(h(PlaceInputs, { source: 'place' }), { place: { country: 'EC', provinceCode: '07', cantonCode: '0701' } }, 'en');
    const t = text(html);
    expect(t).toContain('El Oro');
    expect(t).toContain('Machala');
    expect(t).not.toContain('Choose the province first');
    expect(html).not.toMatch(/<input[^>]*disabled=""[^>]*name="place\.cantonCode"/);
  });

  it('abroad: the city instead of province and canton', () => {
    const t = text(render(h(PlaceInputs, { source: 'place' }), { place: { country: 'PE', locality: 'Lima' } }));
    expect(t).toContain('Ciudad');
    expect(t).not.toContain('Provincia');
    expect(t).not.toContain('Cantón');
  });

  it('PlaceField: one line, or — for none', () => {
    const field = (record: Record<string, unknown>) =>
      text(
        renderToStaticMarkup(
          h(I18nContext.Provider, { value: i18n('es') }, h(WithRecord, { value: record }, h(PlaceField, { source: 'place' }))),
        ),
      ).trim();
    expect(field({ place: { country: 'EC', provinceCode: '07', cantonCode: '0701' } })).toBe('Machala, El Oro');
    expect(field({ place: { country: 'PE', locality: 'Lima' } })).toBe('Lima, Perú');
    expect(field({ id: 1 })).toBe('—');
  });
});
