import { CfnOutput, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { type CfnStage, HttpApi, HttpMethod, HttpNoneAuthorizer, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { handlerEntries } from '../../functions/scripts/esbuild-options.ts';
import { RutaFunction } from './constructs/ruta-function.ts';

export interface ApiStackProps extends StackProps {
  stage: string;
  table: ITable;
  /** The table's GSIs the API queries. */
  indexNames: readonly string[];
  /** The key that encrypts case identities field by field (the data stack's `identityKey`). */
  identityKey: IKey;
  /** The HMAC key of the cases' duplicate guards (the data stack's `identityHashKey`). */
  identityHashKey: IKey;
  userPool: IUserPool;
  /** The client whose ID tokens the API accepts (their `aud`). */
  userPoolClient: IUserPoolClient;
}

/** Cognito calls the user directory makes (functions/modules/user/cognitoDirectory.ts), on this pool only. */
export const USER_DIRECTORY_ACTIONS = [
  'cognito-idp:ListUsers',
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminResetUserPassword',
] as const;

/** Requests per second the whole API accepts (steady, burst): a ceiling on cost and abuse, far above one program's use. */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

/**
 * The public statistics' routes (no token: `publicStatistics` is the one operation anonymous callers
 * may make, the policy answers anything else UNAUTHENTICATED) and their own, much lower throttle: what
 * an anonymous caller can make the API do is bounded per second for everyone together, below the
 * signed-in users' share (docs/decisions.md, "Public statistics"). The GET is what the public page
 * sends, through the admin distribution's cache (admin-stack.ts); the POST stays for API clients.
 */
export const PUBLIC_ROUTE = 'POST /public/graphql';
export const PUBLIC_GET_ROUTE = 'GET /public/graphql';
export const PUBLIC_ROUTES = [PUBLIC_ROUTE, PUBLIC_GET_ROUTE] as const;
export const PUBLIC_THROTTLE = { rateLimit: 5, burstLimit: 10 } as const;

/**
 * Stateless: the GraphQL function behind an HTTP API that only lets Cognito-signed requests through
 * (but the public statistics' route). Browsers reach it through the admin's distribution, same origin:
 * the API has no CORS, and the admin stack depends on this one.
 */
export class ApiStack extends Stack {
  readonly graphqlFunction: RutaFunction;
  readonly api: HttpApi;
  readonly apiStage: HttpStage;
  /** `https://{api-id}.execute-api.{region}.amazonaws.com/graphql` */
  readonly url: string;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stage, table, indexNames, identityKey, identityHashKey, userPool, userPoolClient } = props;
    const issuer = `https://${userPool.userPoolProviderName}`; // what Cognito puts in `iss`

    // The key that signs paging cursors (functions/platform/cursor.ts): generated once by Secrets Manager
    // and resolved by CloudFormation into the function's environment at deploy time, so a cold start
    // makes no call to read it and every instance signs with the same key (docs/decisions.md).
    const cursorSecret = new Secret(this, 'CursorSecret', {
      description: `Ruta ${stage}: signs the API's paging cursors`,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY, // only open paging cursors depend on it
    });
    Validations.of(cursorSecret).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SMG4',
      reason:
        'The cursor key reaches the function at deploy time, so rotating it is a redeploy after `aws secretsmanager put-secret-value` ' +
        '(docs/decisions.md); a new key only makes open paging cursors start again from the first page.',
    });

    this.graphqlFunction = new RutaFunction(this, 'Graphql', {
      entry: handlerEntries.graphql,
      description: `Ruta ${stage}: GraphQL API`,
      environment: {
        RUTA_STAGE: stage,
        // The handler verifies ID tokens itself too (same code as locally): issuer, audience, user pool.
        JWT_ISSUER: issuer,
        JWT_AUDIENCE: userPoolClient.userPoolClientId,
        USER_POOL_ID: userPool.userPoolId,
        POWERTOOLS_SERVICE_NAME: 'ruta-graphql',
        // A CloudFormation dynamic reference ({{resolve:secretsmanager:…}}), never the value in the template.
        CURSOR_SECRET: cursorSecret.secretValue.unsafeUnwrap(),
      },
    });
    // Least privilege: this table, its indexes and key; the identity key; the user directory's calls on this pool.
    this.graphqlFunction.bindTable(table, { indexNames });
    this.graphqlFunction.bindKey(identityKey, 'IDENTITY_KEY_ARN');
    // The duplicate guards: GenerateMac only (no verify, no decrypt) on the HMAC key.
    this.graphqlFunction.addToRolePolicy(new PolicyStatement({ actions: ['kms:GenerateMac'], resources: [identityHashKey.keyArn] }));
    this.graphqlFunction.addEnvironment('IDENTITY_HMAC_KEY_ARN', identityHashKey.keyArn);
    userPool.grant(this.graphqlFunction, ...USER_DIRECTORY_ACTIONS);

    // The authorizer is the API's default: every route, present and future, needs a Cognito ID token
    // for this client. (CORS preflights are answered by API Gateway itself, before any route.)
    const authorizer = new HttpJwtAuthorizer('CognitoAuthorizer', issuer, {
      jwtAudience: [userPoolClient.userPoolClientId],
    });
    this.api = new HttpApi(this, 'HttpApi', {
      apiName: `${this.stackName}-graphql`, // names need not be unique: this one just reads well in the console
      description: `Ruta ${stage}: GraphQL over HTTPS`,
      createDefaultStage: false,
      defaultAuthorizer: authorizer,
      // No CORS: the console and the public page call it through the admin distribution, their own origin.
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    this.apiStage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });
    this.api.addRoutes({
      path: '/graphql',
      methods: [HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', this.graphqlFunction),
    });
    const publicRoutes = this.api.addRoutes({
      path: '/public/graphql',
      methods: [HttpMethod.POST, HttpMethod.GET],
      integration: new HttpLambdaIntegration('PublicGraphqlIntegration', this.graphqlFunction),
      authorizer: new HttpNoneAuthorizer(),
    });
    // A stage's route settings name a route that must exist first.
    const cfnStage = this.apiStage.node.defaultChild as CfnStage;
    // Assigned raw (the L1 property is untyped JSON), so in CloudFormation's own spelling. Each route has
    // the limit (API Gateway counts per route): the two together allow twice it, still 5× below the rest.
    cfnStage.routeSettings = Object.fromEntries(
      PUBLIC_ROUTES.map((route) => [
        route,
        { ThrottlingRateLimit: PUBLIC_THROTTLE.rateLimit, ThrottlingBurstLimit: PUBLIC_THROTTLE.burstLimit },
      ]),
    );
    for (const r of publicRoutes) {
      cfnStage.node.addDependency(r);
      Validations.of(r).acknowledge({
        id: 'AwsSolutions::AwsSolutions-APIG4',
        reason:
          'The public statistics route is open by design (issue 12): its only answer to an anonymous caller is publicStatistics, suppressed aggregates; the policy answers every other operation UNAUTHENTICATED and the route has its own low throttle',
      });
    }
    this.url = `${this.apiStage.url}graphql`;
    new CfnOutput(this, 'GraphqlUrl', {
      value: this.url,
      description: 'POST GraphQL requests here with a Cognito ID token (API clients; browsers go through the admin distribution)',
    });
  }
}
