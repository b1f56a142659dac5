import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';

export interface MonitoringStackProps extends StackProps {
  stage: string;
  graphqlFunction: IFunction;
  api: IHttpApi;
  table: ITable;
  /** Subscribe this address to the alarms (`-c alarmEmail=…`; AWS e-mails a confirmation link first). */
  alarmEmail?: string;
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * Alarms on what users would notice: the function failing or being throttled, the API answering 5xx,
 * DynamoDB throttling. Each alarm (and its recovery) is published to one encrypted SNS topic; subscribe
 * people or a chat integration to it.
 */
export class MonitoringStack extends Stack {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, props);
    const { stage, graphqlFunction, api, table, alarmEmail } = props;

    // SNS's AWS-managed key cannot be used by CloudWatch alarms: a key of our own, usable by CloudWatch.
    const key = new Key(this, 'AlarmTopicKey', {
      description: `Ruta ${stage}: encrypts the alarm topic`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY, // alarms carry no data worth keeping
      pendingWindow: Duration.days(7),
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey');
    this.topic = new Topic(this, 'Alarms', { displayName: `Ruta ${stage} alarms`, masterKey: key, enforceSSL: true });
    if (alarmEmail) this.topic.addSubscription(new EmailSubscription(alarmEmail));

    const alarm = (id: string, metric: IMetric, description: string, threshold = 1) => {
      const a = new Alarm(this, id, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING, // no traffic is not an incident
        alarmDescription: `Ruta ${stage}: ${description}`,
      });
      a.addAlarmAction(new SnsAction(this.topic));
      a.addOkAction(new SnsAction(this.topic));
      this.alarms.push(a);
      return a;
    };

    // An unhandled error escaped the handler (GraphQL errors are answers, not function errors).
    alarm(
      'GraphqlErrors',
      graphqlFunction.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
      'the GraphQL function failed (Lambda Errors ≥ 1 in 5 minutes)',
    );
    alarm(
      'GraphqlThrottles',
      graphqlFunction.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
      'the GraphQL function was throttled (Lambda Throttles ≥ 1 in 5 minutes): concurrency limit reached',
    );
    alarm('Api5xx', api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }), 'the HTTP API answered 5xx (≥ 3 in 5 minutes)', 3);
    alarm(
      'TableThrottles',
      new MathExpression({
        expression: 'reads + writes',
        usingMetrics: {
          reads: table.metric('ReadThrottleEvents', { statistic: 'Sum' }),
          writes: table.metric('WriteThrottleEvents', { statistic: 'Sum' }),
        },
        period: FIVE_MINUTES,
        label: 'DynamoDB read + write throttle events',
      }),
      'DynamoDB throttled reads or writes on the table (≥ 1 in 5 minutes)',
    );

    new CfnOutput(this, 'AlarmTopicArn', { value: this.topic.topicArn, description: 'Subscribe to receive alarms' });
  }
}
