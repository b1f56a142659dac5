import { describe, expect, it } from 'vitest';
import { statisticsUrl } from './statsApi.ts';
import { readChoice, writeChoice } from './statsChoice.ts';

describe('public statistics: the choice in the address', () => {
  it('reads back what it wrote, defaults left out', () => {
    const choice = { first: 'SEX', second: 'PROVINCE', yearFrom: 2021, yearTo: 2023 } as const;
    expect(writeChoice(choice).toString()).toBe('dim=SEX&dim2=PROVINCE&from=2021&to=2023');
    expect(readChoice(writeChoice(choice))).toEqual(choice);
    expect(writeChoice(readChoice(new URLSearchParams())).toString()).toBe('');
    expect(readChoice(new URLSearchParams())).toEqual({ first: 'YEAR', second: '', yearFrom: null, yearTo: null });
  });

  it('ignores unknown dimensions, a second equal to the first, malformed years, and keeps to ≥ from', () => {
    expect(readChoice(new URLSearchParams('dim=NAME&dim2=YEAR&from=21&to=x'))).toEqual({
      first: 'YEAR',
      second: '',
      yearFrom: null,
      yearTo: null,
    });
    expect(readChoice(new URLSearchParams('from=2022&to=2020'))).toMatchObject({ yearFrom: 2022, yearTo: 2022 });
  });
});

describe('public statistics: the GET URL', () => {
  it('is one URL per table: same request, same URL; years only when chosen; on the public route', () => {
    const a = statisticsUrl({ dimensions: ['YEAR', 'SEX'], yearFrom: null, yearTo: undefined });
    expect(a).toBe(statisticsUrl({ dimensions: ['YEAR', 'SEX'] }));
    expect(a.startsWith('/public/graphql?query=')).toBe(true);
    const url = new URL(statisticsUrl({ dimensions: ['SEX'], yearFrom: 2021, yearTo: 2022 }), 'http://x');
    expect(JSON.parse(url.searchParams.get('variables')!)).toEqual({ dimensions: ['SEX'], yearFrom: 2021, yearTo: 2022 });
    expect(url.searchParams.get('variables')).toBe('{"dimensions":["SEX"],"yearFrom":2021,"yearTo":2022}');
    expect(url.searchParams.get('query')).toMatch(
      /^query publicStatistics\(\$dimensions: \[StatDimension!\]!, \$yearFrom: Int, \$yearTo: Int\) \{ publicStatistics\(/,
    );
    expect(url.searchParams.get('query')).not.toMatch(/\n|\s{2}/);
    expect(statisticsUrl({ dimensions: ['SEX'], yearFrom: 2021 })).not.toBe(statisticsUrl({ dimensions: ['SEX'], yearFrom: 2022 }));
  });

  it('fetches with GET and the header Apollo wants for a GET, no body', async () => {
    const { fetchPublicStatistics } = await import('./statsApi.ts');
    const calls: [string, RequestInit | undefined][] = [];
    const fake = (async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response(JSON.stringify({ data: { publicStatistics: { dimensions: ['SEX'] } } }), { status: 200 });
    }) as unknown as typeof fetch;
    await fetchPublicStatistics({ dimensions: ['SEX'] }, fake);
    const [url, init] = calls[0]!;
    expect(url).toBe(statisticsUrl({ dimensions: ['SEX'] }));
    expect(init?.method ?? 'GET').toBe('GET');
    expect(init?.body).toBeUndefined();
    expect(init?.headers).toEqual({ 'apollo-require-preflight': 'true' });
  });
});
