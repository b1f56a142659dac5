import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tableDefinition } from '../../functions/platform/table.ts';
import { addChecks, addRutaStacks, createApp } from '../lib/ruta.ts';

/** Template tests: synthesized offline, without bundling the handler or CDK's own CloudFormation validation. */
let data: Template;
let api: Template;
let stacks: ReturnType<typeof addRutaStacks>;
let validationReport: {
  pluginReports: { pluginName: string; conclusion: string; violations: unknown[]; suppressedViolations?: { ruleName: string; reason: string }[] }[];
};

beforeAll(() => {
  vi.stubEnv('CDK_VALIDATION', 'false');
  const app = createApp({ context: { 'aws:cdk:bundling-stacks': [] } });
  stacks = addRutaStacks(app, 'test');
  addChecks(app);
  // An unacknowledged cdk-nag error makes synth throw, with the report in the message.
  const assembly = app.synth();
  validationReport = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
  data = Template.fromStack(stacks.data);
  api = Template.fromStack(stacks.api);
}, 60_000);
afterAll(() => {
  vi.unstubAllEnvs();
});

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };
const statementsOf = (t: Template): Statement[] =>
  Object.values(t.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
/** Every literal string inside a CloudFormation value (tokens such as Fn::ImportValue are walked into). */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

describe('data stack', () => {
  it('is termination-protected', () => {
    expect(stacks.data.terminationProtection).toBe(true);
  });

  it('declares the same table as DynamoDB Local (functions/platform/table.ts): keys, four GSIs, projection ALL', () => {
    const local = tableDefinition('unused');
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      AttributeDefinitions: Match.arrayEquals(local.AttributeDefinitions!),
      GlobalSecondaryIndexes: local.GlobalSecondaryIndexes!.map((g) => ({ IndexName: g.IndexName, KeySchema: g.KeySchema, Projection: { ProjectionType: 'ALL' } })),
    });
    expect(local.GlobalSecondaryIndexes!.map((g) => g.IndexName)).toEqual(['gsi1', 'gsi2', 'gsi3', 'gsi4']);
    expect(local.AttributeDefinitions!.every((a) => a.AttributeType === 'S')).toBe(true);
  });

  it('protects the table: PITR, deletion protection, TTL on expiresAt, customer-managed key, retained', () => {
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TableKey'), 'Arn'] } },
    });
    data.resourceCountIs('AWS::DynamoDB::Table', 1);
    data.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('rotates the table key and keeps it', () => {
    data.hasResource('AWS::KMS::Key', { Properties: Match.objectLike({ EnableKeyRotation: true }), DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('keeps the user pool: admin-created accounts, MFA required, a group per role', () => {
    data.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        DeletionProtection: 'ACTIVE',
        MfaConfiguration: 'ON',
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      }),
    });
    const groups = Object.values(data.findResources('AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName);
    expect(groups.sort()).toEqual(['admin', 'caseworker', 'donor', 'partner', 'staff']);
  });

  it('lets users write no claim the API trusts (role, organization, programs)', () => {
    const client = Object.values(data.findResources('AWS::Cognito::UserPoolClient'))[0]!.Properties;
    expect(client.WriteAttributes).toEqual(['name']);
    expect(client.ReadAttributes).toEqual(expect.arrayContaining(['custom:role', 'custom:organizationId', 'custom:programIds']));
  });
});

describe('api stack', () => {
  it('runs the GraphQL function on arm64, Node.js 22, with source maps and TABLE_NAME from the data stack', () => {
    api.hasResourceProperties('AWS::Lambda::Function', {
      Architectures: ['arm64'],
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: { 'Fn::ImportValue': Match.stringLikeRegexp('Ref.*Table') },
          NODE_OPTIONS: '--enable-source-maps',
          RUTA_STAGE: 'test',
          JWT_ISSUER: Match.anyValue(),
          JWT_AUDIENCE: Match.anyValue(),
          USER_POOL_ID: Match.anyValue(),
        }),
      },
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^GraphqlLogs') } },
    });
    api.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('grants the function named actions on named resources only: no * anywhere', () => {
    const statements = statementsOf(api);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect([s.Action].flat().filter((a) => a.includes('*')), JSON.stringify(s)).toEqual([]);
      expect(strings(s.Resource).filter((r) => r.includes('*')), JSON.stringify(s)).toEqual([]);
    }
    const onTable = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')));
    expect(onTable.flatMap((s) => [s.Action].flat())).not.toContain('dynamodb:Scan');
    expect(onTable.flatMap((s) => strings(s.Resource)).filter((r) => r.startsWith('/index/')).sort()).toEqual(
      ['/index/gsi1', '/index/gsi2', '/index/gsi3', '/index/gsi4'],
    );
    expect(statements.some((s) => [s.Action].flat().includes('kms:Decrypt'))).toBe(true);
    api.resourcePropertiesCountIs('AWS::IAM::Role', { ManagedPolicyArns: Match.anyValue() }, 0);
  });

  it('routes POST /graphql to the function behind the Cognito JWT authorizer', () => {
    api.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /graphql', AuthorizationType: 'JWT' });
    api.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: Match.anyValue(), Audience: [Match.anyValue()] },
    });
    api.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: '$default', AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }) });
  });
});

describe('the app', () => {
  it('names no resource itself, so stages coexist in one account', () => {
    const named = ['TableName', 'FunctionName', 'UserPoolName', 'LogGroupName', 'AliasName', 'RoleName', 'PolicyName'];
    for (const t of [data, api]) {
      for (const [id, r] of Object.entries(t.toJSON().Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>)) {
        // A literal string is a fixed name; a reference (Ref, GetAtt) points at a generated one. CDK derives
        // inline policy names from the construct path, scoped to their role.
        const own = named.filter((p) => p !== 'PolicyName' || r.Type !== 'AWS::IAM::Policy');
        expect(own.filter((p) => typeof r.Properties?.[p] === 'string'), `${id} ${r.Type}`).toEqual([]);
      }
    }
    expect([stacks.data.stackName, stacks.api.stackName]).toEqual(['Ruta-test-Data', 'Ruta-test-Api']);
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged finding, each acknowledgement with a reason', () => {
    const nag = validationReport.pluginReports.find((r) => r.pluginName === 'AwsSolutions');
    expect(nag?.conclusion).toBe('success');
    expect(nag?.violations).toEqual([]);
    for (const s of nag?.suppressedViolations ?? []) expect(s.reason.length, s.ruleName).toBeGreaterThan(20);
    expect((nag?.suppressedViolations ?? []).map((s) => s.ruleName).sort()).toEqual(['AwsSolutions-COG8', 'AwsSolutions-L1']);
  });
});
