import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarLegend, StackedBar } from './StackedBar.tsx';

/** Server-side render (no browser): what a screen reader gets is what is not aria-hidden. */
const render = (element: Parameters<typeof renderToStaticMarkup>[0]) => {
  const html = renderToStaticMarkup(element);
  // Emotion writes each element's styles in a <style> before it: the markup and the styles apart.
  return { markup: html.replace(/<style[^>]*>[^<]*<\/style>/g, ''), css: html };
};

describe('the dashboard tiles’ bars', () => {
  it('draws a bar as long as its total is of the largest, split into its segments, hidden from screen readers', () => {
    const { markup, css } = render(
      h(StackedBar, {
        title: 'Quito: 220',
        total: 55,
        max: 220,
        segments: [
          { key: 'a', color: '#1565c0', value: 50 },
          { key: 'b', color: '#6a1b9a', value: 5 },
        ],
      }),
    );
    expect(markup).toMatch(/^<div class="[^"]+" aria-hidden="true" title="Quito: 220">(<div class="[^"]+"><\/div>){2}<\/div>$/);
    expect(css).toContain('width:25%');
    expect(css).toContain('flex-grow:50;');
    expect(css).toContain('flex-grow:5;');
  });

  it('keeps a sliver for a row with anything, nothing for an empty one', () => {
    const bar = (total: number) => render(h(StackedBar, { title: '', total, max: 10_000, segments: [] })).css;
    expect(bar(1)).toContain('min-width:4px');
    expect(bar(0)).not.toContain('min-width:4px');
  });

  it('names each colour in the legend, hidden from screen readers (the table says the same)', () => {
    const { markup } = render(
      h(BarLegend, {
        series: [
          { key: 'women', color: '#6a1b9a', label: 'Mujeres' },
          { key: 'men', color: '#1565c0', label: 'Hombres' },
        ],
      }),
    );
    expect(markup).toMatch(/^<div class="[^"]+" aria-hidden="true">/);
    expect(markup).toContain('Mujeres');
    expect(markup).toContain('Hombres');
  });
});
