import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '../../functions/platform/table.ts';
import { only, synthesized, synthStage, type Synthesized } from './synth.ts';

let s: Synthesized;
beforeAll(() => {
  s = synthesized();
}, 60_000);

describe('data stack (stateful)', () => {
  it('is termination-protected', () => {
    expect(s.stacks.data.terminationProtection).toBe(true);
  });

  it('declares the same table as DynamoDB Local (functions/platform/table.ts): keys, four GSIs, projection ALL', () => {
    const local = tableDefinition('unused');
    s.templates.data.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayEquals(local.AttributeDefinitions!),
      GlobalSecondaryIndexes: local.GlobalSecondaryIndexes!.map((g) => ({
        IndexName: g.IndexName,
        KeySchema: g.KeySchema,
        Projection: { ProjectionType: 'ALL' },
      })),
    });
    expect(local.GlobalSecondaryIndexes!.map((g) => g.IndexName)).toEqual(['gsi1', 'gsi2', 'gsi3', 'gsi4']);
    expect(local.AttributeDefinitions!.every((a) => a.AttributeType === 'S')).toBe(true);
  });

  it('protects the table: PITR, deletion protection, TTL on expiresAt, our own key, retained', () => {
    const table = only(s.templates.data, 'AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject({
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [expect.stringMatching(/^TableKey/), 'Arn'] } },
    });
    expect([table.DeletionPolicy, table.UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
  });

  it("has three customer-managed keys, retained: the table's and the case identities' (rotated), and the identities' HMAC key", () => {
    const keys = s.templates.data.findResources('AWS::KMS::Key');
    expect(
      Object.keys(keys)
        .map((id) => id.replace(/[0-9A-F]{8}$/, ''))
        .sort(),
    ).toEqual(['IdentityHashKey', 'IdentityKey', 'TableKey']);
    for (const [id, key] of Object.entries(keys)) {
      // KMS rotates symmetric encryption keys only; the HMAC key's change is a re-hash of the guards.
      if (!id.startsWith('IdentityHashKey')) expect(key.Properties.EnableKeyRotation).toBe(true);
      expect([key.DeletionPolicy, key.UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
    }
    const hash = Object.entries(keys).find(([id]) => id.startsWith('IdentityHashKey'))![1];
    expect(hash.Properties).toMatchObject({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const identity = Object.entries(keys).find(([id]) => id.startsWith('IdentityKey'))![1];
    expect(identity.Properties.Description).toMatch(/case identities/);
  });

  it('keeps the user pool: admin-created accounts, MFA required (authenticator app), strong passwords, retained', () => {
    const pool = only(s.templates.data, 'AWS::Cognito::UserPool');
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties).toMatchObject({
      DeletionProtection: 'ACTIVE',
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: {
        PasswordPolicy: { MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true },
      },
    });
    // Without -c sesFromEmail Cognito sends its own (rate-limited) e-mails.
    expect(pool.Properties.EmailConfiguration?.EmailSendingAccount ?? 'COGNITO_DEFAULT').toBe('COGNITO_DEFAULT');
  });

  it('has a group per role and custom attributes for role, organization and programs', () => {
    const groups = Object.values(s.templates.data.findResources('AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName);
    expect(groups.sort()).toEqual(['admin', 'caseworker', 'donor', 'partner', 'staff']);
    const schema = only(s.templates.data, 'AWS::Cognito::UserPool').Properties.Schema as { Name: string; Mutable: boolean }[];
    expect(schema.filter((a) => ['role', 'organizationId', 'programIds'].includes(a.Name)).map((a) => [a.Name, a.Mutable])).toEqual([
      ['role', true],
      ['organizationId', true],
      ['programIds', true],
    ]);
  });

  it('lets users write no claim the API trusts (role, organization, programs)', () => {
    const client = only(s.templates.data, 'AWS::Cognito::UserPoolClient').Properties;
    expect(client.WriteAttributes).toEqual(['name']);
    expect(client.ReadAttributes).toEqual(expect.arrayContaining(['custom:role', 'custom:organizationId', 'custom:programIds']));
    expect(client.ExplicitAuthFlows).toEqual(expect.arrayContaining(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']));
    expect(client.GenerateSecret).toBe(false);
  });

  it('sends e-mail through SES when the stage names a verified sender (-c sesFromEmail=…)', () => {
    const withSes = synthStage('prod', { sesFromEmail: 'no-reply@example.org', sesVerifiedDomain: 'example.org', sesRegion: 'us-east-1' });
    expect(only(withSes.templates.data, 'AWS::Cognito::UserPool').Properties.EmailConfiguration).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      From: 'Ruta <no-reply@example.org>',
      SourceArn: { 'Fn::Join': ['', expect.arrayContaining([':identity/example.org'])] },
    });
  }, 60_000);
});

describe('data stack outputs', () => {
  it('names what the first admin and a tear-down need: user pool, client, table, keys', () => {
    expect(
      Object.keys(s.templates.data.toJSON().Outputs)
        .filter((k) => !k.startsWith('ExportsOutput'))
        .sort(),
    ).toEqual(['IdentityHashKeyArn', 'IdentityKeyArn', 'TableKeyArn', 'TableName', 'UserPoolClientId', 'UserPoolId']);
  });
});
