import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ApiStack } from './api-stack.ts';
import { DataStack } from './data-stack.ts';

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

/**
 * The whole deployment of one stage. Stacks are environment-agnostic (no account or region), so synth
 * needs no credentials; `cdk deploy` takes both from the caller's profile.
 */
export function addRutaStacks(app: App, stage: string = stageOf(app)) {
  const data = new DataStack(app, `Ruta-${stage}-Data`, {
    stage,
    description: `Ruta ${stage}: table, encryption key, user pool (stateful, termination-protected)`,
  });
  const api = new ApiStack(app, `Ruta-${stage}-Api`, {
    stage,
    description: `Ruta ${stage}: GraphQL Lambda behind an HTTP API`,
    table: data.table,
    indexNames: data.indexNames,
    userPool: data.userPool,
    userPoolClient: data.userPoolClient,
  });
  return { stage, data, api };
}

/** cdk-nag's AWS Solutions rules run on every synth; an unacknowledged error fails it. */
export function addChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
}
