import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_THROTTLE, PUBLIC_GET_ROUTE, PUBLIC_ROUTE, PUBLIC_ROUTES, PUBLIC_THROTTLE, USER_DIRECTORY_ACTIONS } from '../lib/api-stack.ts';
import { RutaFunction } from '../lib/constructs/ruta-function.ts';
import { flat, only, policyStatements, strings, synthesized, type Statement, type Synthesized } from './synth.ts';

let s: Synthesized;
let statements: Statement[];
beforeAll(() => {
  s = synthesized();
  statements = policyStatements(s.templates.api);
}, 60_000);

const actions = (st: Statement) => [st.Action].flat();
/** The statements that grant any of `prefix`'s actions (`dynamodb:`, `kms:`, …). */
const granting = (prefix: string) => statements.filter((st) => actions(st).some((a) => a.startsWith(prefix)));
/** The export a resource of the API stack imports from another stack (`Ruta-test-Data:ExportsOutput…TableKey…`). */
const imported = (v: unknown) => strings(v).filter((x) => x.startsWith('Ruta-test-'));

describe('api stack: the GraphQL function', () => {
  it('runs on arm64 with the Node.js runtime set explicitly, source maps on, and its settings from the data stack', () => {
    expect(RutaFunction.RUNTIME.name).toBe('nodejs22.x');
    s.templates.api.hasResourceProperties('AWS::Lambda::Function', {
      Architectures: ['arm64'],
      Runtime: RutaFunction.RUNTIME.name,
      Handler: 'index.handler',
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: { 'Fn::ImportValue': Match.stringLikeRegexp('^Ruta-test-Data:.*Ref.*Table') },
          IDENTITY_KEY_ARN: { 'Fn::ImportValue': Match.stringLikeRegexp('^Ruta-test-Data:.*IdentityKey') },
          IDENTITY_HMAC_KEY_ARN: { 'Fn::ImportValue': Match.stringLikeRegexp('^Ruta-test-Data:.*IdentityHashKey') },
          USER_POOL_ID: { 'Fn::ImportValue': Match.stringLikeRegexp('^Ruta-test-Data:.*UserPool') },
          JWT_AUDIENCE: { 'Fn::ImportValue': Match.stringLikeRegexp('^Ruta-test-Data:.*AdminClient') },
          JWT_ISSUER: Match.anyValue(),
          NODE_OPTIONS: '--enable-source-maps',
          RUTA_STAGE: 'test',
        }),
      },
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^GraphqlLogs') } },
    });
    s.templates.api.resourceCountIs('AWS::Lambda::Function', 1);
  });

  it('gets its cursor key from a generated secret, resolved at deploy time: never a value in the template, no call at cold start', () => {
    const secret = only(s.templates.api, 'AWS::SecretsManager::Secret');
    expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 64, ExcludePunctuation: true });
    const fn = Object.values(s.templates.api.findResources('AWS::Lambda::Function'))[0]!;
    expect(flat(fn.Properties.Environment.Variables.CURSOR_SECRET)).toBe(`{{resolve:secretsmanager:{Ref:${secret.id}}:SecretString:::}}`);
    // The function itself needs no access to Secrets Manager: CloudFormation resolves the reference.
    expect(granting('secretsmanager:')).toEqual([]);
  });

  it('keeps its logs a month, in its own log group', () => {
    const groups = s.templates.api.findResources('AWS::Logs::LogGroup');
    expect(
      Object.keys(groups)
        .map((id) => id.replace(/[0-9A-F]{8}$/, ''))
        .sort(),
    ).toEqual(['AccessLogs', 'GraphqlLogs']);
    for (const g of Object.values(groups)) expect(g.Properties.RetentionInDays).toBe(30);
  });

  it('grants named actions on named resources only: no * in any action or resource, no managed policy', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const st of statements) {
      expect(st.Effect).toBe('Allow');
      expect(
        actions(st).filter((a) => a.includes('*')),
        JSON.stringify(st),
      ).toEqual([]);
      expect(
        strings(st.Resource).filter((r) => r.includes('*')),
        JSON.stringify(st),
      ).toEqual([]);
    }
    s.templates.api.resourcePropertiesCountIs('AWS::IAM::Role', { ManagedPolicyArns: Match.anyValue() }, 0);
  });

  it('reaches this table and its four indexes, never Scan', () => {
    const onTable = granting('dynamodb:');
    expect(onTable.flatMap(actions)).not.toContain('dynamodb:Scan');
    const resources = onTable.flatMap((st) => imported(st.Resource));
    expect(resources.length).toBe(5); // the table, then its four indexes
    expect(resources.filter((x) => !/^Ruta-test-Data:ExportsOutputFnGetAttTable\w+Arn\w+$/.test(x))).toEqual([]);
    expect(
      onTable
        .flatMap((st) => strings(st.Resource))
        .filter((r) => r.startsWith('/index/'))
        .sort(),
    ).toEqual(['/index/gsi1', '/index/gsi2', '/index/gsi3', '/index/gsi4']);
  });

  it("uses exactly three keys: the table's (as DynamoDB needs), the identity key (data keys and decryption only) and the HMAC key (GenerateMac only)", () => {
    const byKey = new Map(granting('kms:').map((st) => [imported(st.Resource).join(), actions(st).sort()]));
    expect([...byKey.keys()].map((k) => k.replace(/^Ruta-test-Data:ExportsOutputFnGetAtt(\w+?Key)\w*$/, '$1')).sort()).toEqual([
      'IdentityHashKey',
      'IdentityKey',
      'TableKey',
    ]);
    const identity = [...byKey].find(([k]) => /IdentityKey[0-9A-F]/.test(k))![1];
    expect(identity).toEqual(['kms:Decrypt', 'kms:GenerateDataKey']);
    const hash = [...byKey].find(([k]) => k.includes('IdentityHashKey'))![1];
    expect(hash).toEqual(['kms:GenerateMac']);
  });

  it("may make exactly the user directory's Cognito calls, on this user pool only", () => {
    const cognito = granting('cognito-idp:');
    expect(cognito).toHaveLength(1);
    expect(actions(cognito[0]!).sort()).toEqual([...USER_DIRECTORY_ACTIONS].sort());
    expect(imported(cognito[0]!.Resource)).toEqual([expect.stringMatching(/^Ruta-test-Data:.*UserPool.*Arn/)]);
  });
});

describe('api stack: the HTTP API', () => {
  it('puts the Cognito JWT authorizer on every route but the public statistics ones (GET and POST, same function)', () => {
    const all = Object.values(s.templates.api.findResources('AWS::ApiGatewayV2::Route'));
    expect(all.map((r) => r.Properties.RouteKey).sort()).toEqual([PUBLIC_GET_ROUTE, 'POST /graphql', PUBLIC_ROUTE]);
    const isPublic = (r: (typeof all)[number]) => (PUBLIC_ROUTES as readonly string[]).includes(r.Properties.RouteKey);
    const open = all.filter(isPublic);
    expect(open.map((r) => [r.Properties.AuthorizationType, r.Properties.AuthorizerId])).toEqual([
      ['NONE', undefined],
      ['NONE', undefined],
    ]);
    // One Lambda behind every route.
    const integrations = s.templates.api.findResources('AWS::ApiGatewayV2::Integration');
    const fn = Object.keys(s.templates.api.findResources('AWS::Lambda::Function'))[0]!;
    for (const r of all) {
      const id = flat(r.Properties.Target).replace(/^integrations\/\{Ref:(\w+)\}$/, '$1');
      expect(flat(integrations[id]!.Properties.IntegrationUri), r.Properties.RouteKey).toContain(`{Fn::GetAtt:${fn}.Arn}`);
    }
    const routes = all.filter((r) => !isPublic(r));
    const authorizer = only(s.templates.api, 'AWS::ApiGatewayV2::Authorizer');
    for (const r of routes) {
      expect(r.Properties.AuthorizationType).toBe('JWT');
      expect(r.Properties.AuthorizerId).toEqual({ Ref: authorizer.id });
    }
    expect(authorizer.Properties).toMatchObject({ AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'] });
    // Cognito's issuer for this pool (https:// + its provider name), and ID tokens of the admin's client only.
    expect(flat(authorizer.Properties.JwtConfiguration.Issuer)).toMatch(
      /^https:\/\/\{Fn::ImportValue:Ruta-test-Data:ExportsOutputFnGetAttUserPool\w+ProviderName\w+\}$/,
    );
    expect(imported(authorizer.Properties.JwtConfiguration.Audience)).toEqual([expect.stringMatching(/AdminClient/)]);
  });

  it('answers no CORS (browsers come through the admin distribution, same origin) and depends on no admin stack', () => {
    expect(only(s.templates.api, 'AWS::ApiGatewayV2::Api').Properties.CorsConfiguration).toBeUndefined();
    expect(s.stacks.api.dependencies.map((d) => d.stackName)).toEqual(['Ruta-test-Data']);
    expect(strings(s.templates.api.toJSON()).filter((x) => x.includes('Ruta-test-Admin'))).toEqual([]);
  });

  it('throttles and logs every request on its one stage', () => {
    const stage = only(s.templates.api, 'AWS::ApiGatewayV2::Stage').Properties;
    expect(stage).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: API_THROTTLE.rateLimit, ThrottlingBurstLimit: API_THROTTLE.burstLimit },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [expect.stringMatching(/^AccessLogs/), 'Arn'] } },
    });
  });

  it('throttles the public statistics routes, GET and POST, far below the rest of the API', () => {
    const stage = only(s.templates.api, 'AWS::ApiGatewayV2::Stage').Properties;
    const low = { ThrottlingRateLimit: PUBLIC_THROTTLE.rateLimit, ThrottlingBurstLimit: PUBLIC_THROTTLE.burstLimit };
    expect(stage.RouteSettings).toEqual({ 'POST /public/graphql': low, 'GET /public/graphql': low });
    expect(PUBLIC_THROTTLE.rateLimit).toBeLessThan(API_THROTTLE.rateLimit / 5);
  });

  it('outputs the GraphQL URL', () => {
    expect(flat(s.templates.api.toJSON().Outputs.GraphqlUrl.Value)).toMatch(
      /^https:\/\/\{Ref:HttpApi\w+\}\.execute-api\.\{Ref:AWS::Region\}\.\{Ref:AWS::URLSuffix\}\/graphql$/,
    );
  });
});
