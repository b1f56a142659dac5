import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { AdminContentStack, AdminStack } from './admin-stack.ts';
import { ApiStack } from './api-stack.ts';
import { DataStack } from './data-stack.ts';
import { MonitoringStack } from './monitoring-stack.ts';

/**
 * The CDK app with our defaults. Cross-stack references stay "strong" (CloudFormation exports): the
 * data stack cannot drop an output the API stack still uses. Setting it explicitly silences CDK's
 * warning about the default changing.
 */
export function createApp(props: AppProps = {}): App {
  return new App({ ...props, context: { '@aws-cdk/core:defaultCrossStackReferences': 'strong', ...props.context } });
}

/** `-c stage=…`: letters, digits and dashes; it prefixes the stack names so stages coexist in one account. */
export function stageOf(app: App): string {
  const stage = String(app.node.tryGetContext('stage') ?? 'dev');
  if (!/^[a-z][a-z0-9-]{0,23}$/i.test(stage)) throw new Error(`Invalid stage "${stage}": use letters, digits and dashes`);
  return stage;
}

/** Optional settings, from `-c name=value` (or cdk.json / cdk.context.json). */
function optional(app: App, name: string): string | undefined {
  const value = app.node.tryGetContext(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * The whole deployment of one stage. Stacks are environment-agnostic (no account or region), so synth
 * needs no credentials; `cdk deploy` takes both from the caller's profile.
 *
 *   Ruta-{stage}-Data          table, keys, user pool: stateful, termination-protected, retained
 *   Ruta-{stage}-Api           GraphQL function + HTTP API (no CORS: browsers come through the admin's CloudFront)
 *   Ruta-{stage}-Admin         private bucket + CloudFront for the admin, /graphql and the cached /public/graphql
 *   Ruta-{stage}-AdminContent  the admin build + config.json (see AdminContentStack)
 *   Ruta-{stage}-Monitoring    alarms → encrypted SNS topic
 */
export function addRutaStacks(app: App, stage: string = stageOf(app)) {
  const name = (part: string) => `Ruta-${stage}-${part}`;
  const data = new DataStack(app, name('Data'), {
    stage,
    description: `Ruta ${stage}: table, encryption keys, user pool (stateful, termination-protected)`,
    sesFromEmail: optional(app, 'sesFromEmail'),
    sesVerifiedDomain: optional(app, 'sesVerifiedDomain'),
    sesRegion: optional(app, 'sesRegion'),
  });
  const api = new ApiStack(app, name('Api'), {
    stage,
    description: `Ruta ${stage}: GraphQL Lambda behind an HTTP API`,
    table: data.table,
    indexNames: data.indexNames,
    identityKey: data.identityKey,
    identityHashKey: data.identityHashKey,
    userPool: data.userPool,
    userPoolClient: data.userPoolClient,
  });
  // The API behind the admin's distribution (same origin: no CORS), so the admin stack depends on the API's.
  const admin = new AdminStack(app, name('Admin'), {
    stage,
    description: `Ruta ${stage}: admin hosting (private S3 bucket, CloudFront in front of the files and the API)`,
    apiId: api.api.apiId,
  });
  const adminContent = new AdminContentStack(app, name('AdminContent'), {
    stage,
    description: `Ruta ${stage}: admin files and config.json`,
    bucketNameExport: admin.bucketNameExport,
    distribution: admin.distribution,
    apiUrl: `${admin.origin}/graphql`,
    userPool: data.userPool,
    userPoolClient: data.userPoolClient,
  });
  adminContent.addStackDependency(admin); // it imports the bucket's name by export
  const monitoring = new MonitoringStack(app, name('Monitoring'), {
    stage,
    description: `Ruta ${stage}: alarms`,
    graphqlFunction: api.graphqlFunction,
    api: api.api,
    table: data.table,
    alarmEmail: optional(app, 'alarmEmail'),
  });
  return { stage, data, api, admin, adminContent, monitoring };
}

/** cdk-nag's AWS Solutions rules run on every synth; an unacknowledged error fails it. */
export function addChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
}
