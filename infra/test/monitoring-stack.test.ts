import { beforeAll, describe, expect, it } from 'vitest';
import { flat, only, synthesized, synthStage, type Synthesized } from './synth.ts';

let s: Synthesized;
beforeAll(() => {
  s = synthesized();
}, 60_000);

type Alarm = { Properties: Record<string, any> };
const alarms = () => Object.entries(s.templates.monitoring.findResources('AWS::CloudWatch::Alarm')) as [string, Alarm][];
const alarm = (prefix: string) => alarms().find(([id]) => id.startsWith(prefix))![1].Properties;
const dimension = (a: Record<string, any>, name: string) => flat(a.Dimensions.find((d: { Name: string }) => d.Name === name)?.Value);

describe('monitoring stack', () => {
  it('has the four alarms, each notifying the topic when it fires and when it recovers', () => {
    expect(
      alarms()
        .map(([id]) => id.replace(/[0-9A-F]{8}$/, ''))
        .sort(),
    ).toEqual(['Api5xx', 'GraphqlErrors', 'GraphqlThrottles', 'TableThrottles']);
    const topic = only(s.templates.monitoring, 'AWS::SNS::Topic');
    for (const [id, a] of alarms()) {
      expect(a.Properties.AlarmActions, id).toEqual([{ Ref: topic.id }]);
      expect(a.Properties.OKActions, id).toEqual([{ Ref: topic.id }]);
      expect(a.Properties.TreatMissingData, id).toBe('notBreaching');
      expect(a.Properties.ComparisonOperator, id).toBe('GreaterThanOrEqualToThreshold');
    }
  });

  it('watches the GraphQL function: Lambda Errors and Throttles', () => {
    for (const [prefix, metric] of [
      ['GraphqlErrors', 'Errors'],
      ['GraphqlThrottles', 'Throttles'],
    ] as const) {
      const a = alarm(prefix);
      expect(a).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: metric, Statistic: 'Sum', Period: 300, Threshold: 1 });
      expect(dimension(a, 'FunctionName')).toMatch(/^\{Fn::ImportValue:Ruta-test-Api:ExportsOutputRefGraphql\w+\}$/);
    }
  });

  it('watches the HTTP API: 5xx answers', () => {
    const a = alarm('Api5xx');
    expect(a).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: '5xx', Statistic: 'Sum', Period: 300 });
    expect(dimension(a, 'ApiId')).toMatch(/^\{Fn::ImportValue:Ruta-test-Api:ExportsOutputRefHttpApi\w+\}$/);
  });

  it('watches the table: read and write throttle events together', () => {
    const a = alarm('TableThrottles');
    const byId = Object.fromEntries(a.Metrics.map((m: any) => [m.Id, m]));
    expect(a.Metrics.filter((m: any) => m.ReturnData !== false).map((m: any) => m.Expression)).toEqual(['reads + writes']);
    for (const [id, name] of [
      ['reads', 'ReadThrottleEvents'],
      ['writes', 'WriteThrottleEvents'],
    ] as const) {
      expect(byId[id].MetricStat).toMatchObject({ Metric: { Namespace: 'AWS/DynamoDB', MetricName: name }, Period: 300, Stat: 'Sum' });
      expect(flat(byId[id].MetricStat.Metric.Dimensions[0].Value)).toMatch(/^\{Fn::ImportValue:Ruta-test-Data:ExportsOutputRefTable\w+\}$/);
    }
  });

  it('publishes to an SNS topic encrypted with a rotated key CloudWatch may use, TLS only', () => {
    const topic = only(s.templates.monitoring, 'AWS::SNS::Topic');
    const key = only(s.templates.monitoring, 'AWS::KMS::Key');
    expect(topic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [key.id, 'Arn'] });
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.KeyPolicy.Statement).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      }),
    );
    const policy = only(s.templates.monitoring, 'AWS::SNS::TopicPolicy').Properties.PolicyDocument.Statement;
    expect(policy).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
  });

  it('subscribes an e-mail address only when the stage names one (-c alarmEmail=…)', () => {
    s.templates.monitoring.resourceCountIs('AWS::SNS::Subscription', 0);
    const withEmail = synthStage('prod', { alarmEmail: 'ops@example.org' });
    withEmail.templates.monitoring.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.org' });
  }, 60_000);
});
