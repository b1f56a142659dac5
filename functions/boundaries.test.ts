import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rules of docs/conventions.md, read from the source: which folder may import which.
 * A module is a folder of functions/modules/; shared modules (audit, aggregates, records) know no
 * domain; platform knows no module; nothing outside functions/ imports it; and the Lambda handler's
 * start-up reaches no domain's service, entity, ElectroDB, zod or the AWS SDK (they load on first use).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_MODULES = new Set(['audit', 'aggregates', 'records']);

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated' || name === 'dist') return [];
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Import {
  from: string;
  to: string;
  lazy: boolean;
  typeOnly: boolean;
}

/** Resolves a specifier to a repository path, or leaves a package name as it is. */
function target(file: string, spec: string): string {
  if (spec.startsWith('#')) {
    const [alias, ...rest] = spec.slice(1).split('/');
    const dirs: Record<string, string> = {
      platform: 'functions/platform',
      modules: 'functions/modules',
      handlers: 'functions/handlers',
      test: 'functions/test',
      generated: 'functions/generated',
    };
    return `${dirs[alias!] ?? alias}/${rest.join('/')}`.replace(/(\.ts)?$/, '.ts');
  }
  if (spec.startsWith('@ruta/functions/')) return `functions/${spec.slice('@ruta/functions/'.length)}`.replace(/(\.ts)?$/, '.ts');
  if (spec.startsWith('@ruta/schema/')) return `schema/${spec.slice('@ruta/schema/'.length)}`.replace(/(\.ts)?$/, '.ts');
  if (spec.startsWith('.')) return relative(root, resolve(root, dirname(file), spec)).replace(/(\.ts)?$/, '.ts');
  return spec;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
  const found: Import[] = [];
  for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm)) {
    found.push({ from: file, to: target(file, m[3]!), lazy: false, typeOnly: !!m[2] });
  }
  for (const m of text.matchAll(/^import\s+'([^']+)'/gm)) found.push({ from: file, to: target(file, m[1]!), lazy: false, typeOnly: false });
  for (const m of text.matchAll(/import\(\s*'([^']+)'\s*\)/g))
    found.push({ from: file, to: target(file, m[1]!), lazy: true, typeOnly: false });
  return found;
}

const all = [...sources('functions'), ...sources('schema'), ...sources('admin/src'), ...sources('admin/e2e'), ...sources('infra')];
const imports = all.flatMap(importsOf);
const moduleOf = (path: string) => /^functions\/modules\/([^/]+)\//.exec(path)?.[1];
const isTest = (path: string) => /\.test\.tsx?$|\/test\//.test(path);

describe('import boundaries', () => {
  it('reads the sources (a check on the checker)', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(imports.some((i) => i.from === 'functions/handlers/graphql.ts' && i.to === 'functions/modules/index.ts')).toBe(true);
  });

  it('platform imports no module', () => {
    const offending = imports.filter((i) => i.from.startsWith('functions/platform/') && !isTest(i.from) && moduleOf(i.to));
    expect(offending.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('shared modules (audit, aggregates, records) import no domain module', () => {
    const offending = imports.filter((i) => {
      const from = moduleOf(i.from);
      const to = moduleOf(i.to);
      return from && to && SHARED_MODULES.has(from) && !SHARED_MODULES.has(to) && !isTest(i.from);
    });
    expect(offending.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('no cycle between modules', () => {
    const edges = new Map<string, Set<string>>();
    for (const i of imports) {
      const from = moduleOf(i.from);
      const to = moduleOf(i.to);
      if (!from || !to || from === to || isTest(i.from)) continue;
      edges.set(from, new Set([...(edges.get(from) ?? []), to]));
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect([...new Set(cycles)]).toEqual([]);
  });

  it('the admin, the schema and the infrastructure import no runtime code of functions/', () => {
    const offending = imports.filter(
      (i) =>
        (i.from.startsWith('admin/') || i.from.startsWith('schema/') || i.from.startsWith('infra/')) &&
        i.to.startsWith('functions/') &&
        !(i.from.startsWith('infra/') && (isTest(i.from) || i.to.startsWith('functions/scripts/'))) &&
        // The browser tests' harness may use the server's test harness (demo data snapshot), never its modules.
        !(i.from.startsWith('admin/e2e/') && i.to.startsWith('functions/test/')),
    );
    expect(offending.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('the Lambda handler starts without any domain service, entity, ElectroDB, zod or the AWS SDK', () => {
    const reached = new Map<string, string>([['functions/handlers/graphql.ts', '']]);
    const queue = ['functions/handlers/graphql.ts'];
    while (queue.length) {
      const file = queue.pop()!;
      for (const i of imports.filter((x) => x.from === file && !x.lazy && !x.typeOnly)) {
        if (reached.has(i.to)) continue;
        reached.set(i.to, file);
        if (i.to.endsWith('.ts')) queue.push(i.to);
      }
    }
    const heavy = [...reached.keys()].filter(
      (p) =>
        /^functions\/modules\/[^/]+\/(service|entity|admin|expenditure|deletes)\.ts$/.test(p) ||
        ['electrodb', 'zod'].includes(p) ||
        p.startsWith('@aws-sdk/') ||
        // The case registry's encryption and its partition reads load with the first case operation only.
        p.startsWith('functions/modules/case/crypto/') ||
        p === 'functions/modules/case/access.ts',
    );
    expect(heavy.map((p) => `${p} (imported by ${reached.get(p)})`)).toEqual([]);
  });
});
