import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../functions/scripts/esbuild-options.ts';
import { createApp, stageOf } from '../lib/ruta.ts';
import { synthesized, synthStage, type Synthesized } from './synth.ts';

const run = promisify(execFile);

let s: Synthesized;
beforeAll(() => {
  s = synthesized();
}, 60_000);

describe('the app', () => {
  it('has five stacks per stage, named after it, deployed data → api → admin → admin content, monitoring last', () => {
    const names = Object.values(s.stacks).flatMap((x) => (typeof x === 'object' ? [x.stackName] : []));
    expect(names).toEqual(['Ruta-test-Data', 'Ruta-test-Api', 'Ruta-test-Admin', 'Ruta-test-AdminContent', 'Ruta-test-Monitoring']);
    const deps = (x: { dependencies: { stackName: string }[] }) => x.dependencies.map((d) => d.stackName).sort();
    expect(deps(s.stacks.data)).toEqual([]);
    // The distribution fronts the API (/graphql, /public/graphql): the admin stack depends on the API's,
    // and the API, with no CORS, on nothing of the admin's — no cycle.
    expect(deps(s.stacks.api)).toEqual(['Ruta-test-Data']);
    expect(deps(s.stacks.admin)).toEqual(['Ruta-test-Api']);
    expect(deps(s.stacks.monitoring)).toEqual(['Ruta-test-Api', 'Ruta-test-Data']);
    // Only the data stack is termination-protected: the others hold nothing that cannot be re-created.
    expect(
      Object.values(s.stacks)
        .filter((x) => typeof x === 'object' && x.terminationProtection)
        .map((x) => (x as { stackName: string }).stackName),
    ).toEqual(['Ruta-test-Data']);
  });

  it('names no resource itself, so stages coexist in one account', () => {
    const named = [
      'TableName',
      'FunctionName',
      'UserPoolName',
      'LogGroupName',
      'AliasName',
      'RoleName',
      'PolicyName',
      'BucketName',
      'TopicName',
      'AlarmName',
      'KeyAlias',
    ];
    for (const [stack, t] of Object.entries(s.templates)) {
      for (const [id, r] of Object.entries(
        t.toJSON().Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>,
      )) {
        // A literal string is a fixed name; a reference (Ref, GetAtt) points at a generated one. CDK derives
        // inline policy names from the construct path, scoped to their role.
        const own = named.filter((p) => p !== 'PolicyName' || r.Type !== 'AWS::IAM::Policy');
        expect(
          own.filter((p) => typeof r.Properties?.[p] === 'string'),
          `${stack} ${id} ${r.Type}`,
        ).toEqual([]);
      }
    }
  });

  it('puts two stages side by side without a clash: stack names and export names differ', () => {
    const prod = synthStage('prod');
    const exports = (x: Synthesized) =>
      Object.values(x.templates)
        .flatMap((t) => Object.values((t.toJSON().Outputs ?? {}) as Record<string, { Export?: { Name: unknown } }>))
        .flatMap((o) => (typeof o.Export?.Name === 'string' ? [o.Export.Name] : []));
    expect(exports(prod).filter((n) => exports(s).includes(n))).toEqual([]);
    expect(exports(prod)).toContain('Ruta-prod-Admin-SiteBucketName');
  }, 60_000);

  it('accepts only well-formed stage names', () => {
    expect(stageOf(createApp({ context: { stage: 'prod-2' } }))).toBe('prod-2');
    expect(stageOf(createApp())).toBe('dev');
    expect(() => stageOf(createApp({ context: { stage: 'a b' } }))).toThrow(/Invalid stage/);
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged finding, each acknowledgement with a reason', () => {
    const nag = s.nag.pluginReports.find((r) => r.pluginName === 'AwsSolutions');
    expect(nag?.conclusion).toBe('success');
    expect(nag?.violations).toEqual([]);
    const acknowledged = nag?.suppressedViolations ?? [];
    for (const a of acknowledged) expect(a.reason.length, a.ruleName).toBeGreaterThan(40);
    // What is acknowledged, and where: a new finding must be looked at, not silently absorbed.
    const where = (a: (typeof acknowledged)[number]) =>
      `${a.ruleName.replace(/\[.*$/, '')} ${(a.violatingConstructs ?? [])
        .map((r) =>
          r.constructPath
            ?.split('/')
            .slice(0, 2)
            .join('/')
            .replace(/Custom::CDKBucketDeployment\w+/, 'BucketDeployment'),
        )
        .join()}`;
    expect([...new Set(acknowledged.map(where))].sort()).toEqual([
      'AwsSolutions-APIG4 Ruta-test-Api/HttpApi',
      'AwsSolutions-CFR1 Ruta-test-Admin/Distribution',
      'AwsSolutions-CFR2 Ruta-test-Admin/Distribution',
      'AwsSolutions-CFR4 Ruta-test-Admin/Distribution',
      'AwsSolutions-COG8 Ruta-test-Data/UserPool',
      'AwsSolutions-IAM4 Ruta-test-AdminContent/BucketDeployment',
      'AwsSolutions-IAM5 Ruta-test-AdminContent/BucketDeployment',
      'AwsSolutions-L1 Ruta-test-AdminContent/BucketDeployment',
      'AwsSolutions-L1 Ruta-test-Api/Graphql',
      'AwsSolutions-SMG4 Ruta-test-Api/CursorSecret',
    ]);
  });

  // `npm run synth` runs the same app through the CDK CLI (`cdk.json`); here it runs without the CLI,
  // with bundling on, no AWS credentials and no network but the loopback: what `cdk synth` does offline.
  it('synthesizes with bundling, offline and without AWS credentials', async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'ruta-synth-'));
    try {
      const env: Record<string, string> = {
        PATH: process.env.PATH!,
        HOME: tmpdir(),
        CDK_OUTDIR: outdir,
        CDK_CONTEXT_JSON: JSON.stringify({ stage: 'offline' }),
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        AWS_EC2_METADATA_DISABLED: 'true',
        CDK_VALIDATION: 'false',
      };
      await run(process.execPath, ['--import', 'tsx', 'infra/bin/app.ts'], { cwd: repoRoot, env });
      const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as { artifacts: Record<string, { type: string }> };
      expect(
        Object.entries(manifest.artifacts)
          .filter(([, a]) => a.type === 'aws:cloudformation:stack')
          .map(([n]) => n)
          .sort(),
      ).toEqual(['Ruta-offline-Admin', 'Ruta-offline-AdminContent', 'Ruta-offline-Api', 'Ruta-offline-Data', 'Ruta-offline-Monitoring']);
      // The function's asset is the bundled handler: index.mjs with its source map and lazy chunks.
      const assets = readdirSync(outdir)
        .filter((f) => f.startsWith('asset.'))
        .map((f) => join(outdir, f));
      const handler = assets.find((a) => existsSync(join(a, 'index.mjs')));
      expect(handler).toBeDefined();
      expect(existsSync(join(handler!, 'index.mjs.map'))).toBe(true);
      expect(readdirSync(join(handler!, 'chunks')).length).toBeGreaterThan(0);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 60_000);
});
