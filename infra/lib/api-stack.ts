import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { handlerEntries } from '../../functions/scripts/esbuild-options.ts';
import { RutaFunction } from './constructs/ruta-function.ts';

export interface ApiStackProps extends StackProps {
  stage: string;
  table: ITable;
  /** The table's GSIs the API queries. */
  indexNames: readonly string[];
  userPool: IUserPool;
  /** The client whose ID tokens the API accepts (their `aud`). */
  userPoolClient: IUserPoolClient;
}

/** Cognito calls the user directory makes (functions/modules/user/cognitoDirectory.ts). */
const USER_DIRECTORY_ACTIONS = [
  'cognito-idp:ListUsers', 'cognito-idp:AdminGetUser', 'cognito-idp:AdminCreateUser', 'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminRemoveUserFromGroup', 'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminDisableUser', 'cognito-idp:AdminResetUserPassword',
];

/** Stateless: the GraphQL function behind an HTTP API that only lets Cognito-signed requests through. */
export class ApiStack extends Stack {
  readonly graphqlFunction: RutaFunction;
  readonly api: HttpApi;
  readonly url: string;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stage, table, indexNames, userPool, userPoolClient } = props;
    const issuer = `https://${userPool.userPoolProviderName}`; // what Cognito puts in `iss`

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
      },
    });
    this.graphqlFunction.bindTable(table, { indexNames });
    userPool.grant(this.graphqlFunction, ...USER_DIRECTORY_ACTIONS);

    this.api = new HttpApi(this, 'HttpApi', {
      apiName: `${this.stackName}-graphql`, // names need not be unique: this one just reads well in the console
      description: `Ruta ${stage}: GraphQL over HTTPS`,
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    const defaultStage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });
    this.api.addRoutes({
      path: '/graphql',
      methods: [HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', this.graphqlFunction),
      authorizer: new HttpJwtAuthorizer('CognitoAuthorizer', issuer, {
        jwtAudience: [userPoolClient.userPoolClientId],
      }),
    });
    this.url = `${defaultStage.url}graphql`;
    new CfnOutput(this, 'GraphqlUrl', { value: this.url, description: 'POST GraphQL requests here with an ID token' });
  }
}
