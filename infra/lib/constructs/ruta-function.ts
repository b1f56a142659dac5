import { dirname, isAbsolute, join } from 'node:path';
import { AssetHashType, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { buildSync } from 'esbuild';
import { ENTRY_NAME, handlerBuildOptions, repoRoot } from '@ruta/functions/scripts/esbuild-options.ts';

/** DynamoDB actions the functions use: items, queries, batches, transactions (no Scan). */
const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
/** What DynamoDB needs from a caller of a table encrypted with a customer-managed key, spelt out (no `*`). */
const KEY_ACTIONS = [
  'kms:Decrypt',
  'kms:DescribeKey',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyWithoutPlaintext',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
];

export interface RutaFunctionProps
  extends Omit<NodejsFunctionProps, 'entry' | 'code' | 'handler' | 'bundling' | 'runtime' | 'architecture' | 'logGroup' | 'logRetention'> {
  /** The handler's entry file (exports `handler`), relative to the repository root or absolute. */
  entry: string;
  /** How long the function's logs are kept. @default one month */
  logRetention?: RetentionDays;
}

export interface BindTableOptions {
  /** Names of the table's global secondary indexes the function queries: each is granted by its own ARN. */
  indexNames?: readonly string[];
  /** Grant reads only. @default false (read/write) */
  readOnly?: boolean;
  /** @default TABLE_NAME */
  envVarName?: string;
}

/**
 * Our Lambda defaults (docs/conventions.md): arm64, Node.js 22 set explicitly, a log group with retention (no
 * custom resource), source maps on, and the code bundled with the same esbuild options as
 * `functions/scripts/bundle.ts` — the bundle the bench measures is the one deployed.
 *
 * NodejsFunction's own esbuild call writes one `--outfile`, which rules out code splitting (lazy chunks
 * for what only some requests load), so the code is handed in ready-bundled: `esbuild.buildSync` with
 * the shared options, run locally while the asset is staged (no Docker), hashed by its output.
 * `aws:cdk:bundling-stacks` still decides whether it runs.
 */
export class RutaFunction extends NodejsFunction {
  static readonly RUNTIME = Runtime.NODEJS_22_X;

  constructor(scope: Construct, id: string, props: RutaFunctionProps) {
    const { entry, logRetention = RetentionDays.ONE_MONTH, environment, ...rest } = props;
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: logRetention,
      // Logs are not the record (audit events live in the table): they go with the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Instead of the managed AWSLambdaBasicExecutionRole (logs on every log group): write to this group only.
    const role = rest.role ?? new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    super(scope, id, {
      memorySize: 1024,
      timeout: Duration.seconds(10),
      ...rest,
      runtime: RutaFunction.RUNTIME,
      architecture: Architecture.ARM_64,
      handler: `${ENTRY_NAME}.handler`,
      code: bundledCode(isAbsolute(entry) ? entry : join(repoRoot, entry)),
      logGroup,
      role,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...environment },
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions::AwsSolutions-L1',
      reason:
        'Node.js 22 on purpose: the bundle targets node20 and our machines and tests run Node 20; ' +
        'move RutaFunction.RUNTIME to 24 once the code is tested on it.',
    });
  }

  /**
   * Grants this function read/write (or read) access to `table`, its listed indexes and its encryption
   * key, and sets `TABLE_NAME` — together, so neither is forgotten. Every resource is named: no wildcards.
   */
  bindTable(table: ITable, options: BindTableOptions = {}): void {
    const { indexNames = [], readOnly = false, envVarName = 'TABLE_NAME' } = options;
    this.addToRolePolicy(
      new PolicyStatement({
        actions: readOnly ? READ_ACTIONS : [...READ_ACTIONS, ...WRITE_ACTIONS],
        resources: [table.tableArn],
      }),
    );
    if (indexNames.length) {
      this.addToRolePolicy(
        new PolicyStatement({
          actions: ['dynamodb:Query'],
          resources: indexNames.map((name) => `${table.tableArn}/index/${name}`),
        }),
      );
    }
    if (table.encryptionKey) {
      this.addToRolePolicy(new PolicyStatement({ actions: KEY_ACTIONS, resources: [table.encryptionKey.keyArn] }));
    }
    this.addEnvironment(envVarName, table.tableName);
  }

  /**
   * Lets this function envelope-encrypt with `key` (the AWS Encryption SDK's KMS keyring: a data key per
   * message, decrypted on read) and passes its ARN in `envVarName`. Nothing else: no re-encryption, no
   * key administration.
   */
  bindKey(key: IKey, envVarName: string): void {
    this.addToRolePolicy(new PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [key.keyArn] }));
    this.addEnvironment(envVarName, key.keyArn);
  }
}

function bundledCode(entry: string): Code {
  return Code.fromAsset(dirname(entry), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the API; never used: local bundling below always succeeds or throws.
      image: RutaFunction.RUNTIME.bundlingImage,
      local: {
        tryBundle(outputDir: string): boolean {
          buildSync(handlerBuildOptions(entry, outputDir));
          return true;
        },
      },
    },
  });
}
