import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { Template } from 'aws-cdk-lib/assertions';
import { addChecks, addRutaStacks, createApp } from '../lib/ruta.ts';

export interface NagReport {
  pluginReports: {
    pluginName: string;
    conclusion: string;
    violations: unknown[];
    suppressedViolations?: { ruleName: string; reason: string; violatingConstructs?: { constructPath?: string }[] }[];
  }[];
}

export interface Synthesized {
  stacks: ReturnType<typeof addRutaStacks>;
  templates: { data: Template; admin: Template; api: Template; adminContent: Template; monitoring: Template };
  assembly: CloudAssembly;
  nag: NagReport;
}

/**
 * Synthesizes one stage of the whole app as the template tests see it: offline, without bundling the
 * handler or the admin (context `aws:cdk:bundling-stacks: []`) and without CDK's CloudFormation schema
 * validation (`CDK_VALIDATION=false`, slow), with cdk-nag. An unacknowledged cdk-nag error makes
 * `synth` throw, with the report in the message.
 */
export function synthStage(stage = 'test', context: Record<string, unknown> = {}): Synthesized {
  const previous = process.env.CDK_VALIDATION;
  process.env.CDK_VALIDATION = 'false';
  try {
    const app = createApp({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
    const stacks = addRutaStacks(app, stage);
    addChecks(app);
    const assembly = app.synth();
    const nag = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as NagReport;
    const t = (s: Parameters<typeof Template.fromStack>[0]) => Template.fromStack(s);
    return {
      stacks,
      templates: {
        data: t(stacks.data),
        admin: t(stacks.admin),
        api: t(stacks.api),
        adminContent: t(stacks.adminContent),
        monitoring: t(stacks.monitoring),
      },
      assembly,
      nag,
    };
  } finally {
    if (previous === undefined) delete process.env.CDK_VALIDATION;
    else process.env.CDK_VALIDATION = previous;
  }
}

let cached: Synthesized | undefined;
/** The `test` stage, synthesized once per test file. */
export const synthesized = (): Synthesized => (cached ??= synthStage());

export type Statement = { Action: string | string[]; Resource: unknown; Effect: string; Principal?: unknown; Condition?: unknown };

/** Every statement of every IAM policy (roles' inline policies) in a template. */
export const policyStatements = (t: Template): Statement[] =>
  Object.values(t.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);

/** Every literal string inside a CloudFormation value (tokens such as Fn::ImportValue are walked into). */
export const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

/** A CloudFormation string value flattened for matching: Fn::Join parts concatenated, other tokens as `{…}`. */
export const flat = (v: unknown): string => {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'Fn::Join' in v) {
    const [sep, parts] = (v as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
    return parts.map(flat).join(sep);
  }
  if (v && typeof v === 'object') {
    const [k, x] = Object.entries(v)[0]!;
    return `{${k}:${typeof x === 'string' ? x : Array.isArray(x) ? x.map(flat).join('.') : JSON.stringify(x)}}`;
  }
  return String(v);
};

export interface Resource {
  id: string;
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

/** The one resource of `type` in `t` (fails when there are none or several). */
export function only(t: Template, type: string): Resource {
  const found = Object.entries(t.findResources(type));
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  const [id, r] = found[0]!;
  return { id, ...(r as Omit<Resource, 'id'>) };
}
