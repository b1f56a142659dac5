import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolEmail,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';

/** The generic GSIs of the single table: `gsiN` keyed by `gsiNpk` / `gsiNsk` (functions/platform/table.ts). */
export const INDEX_NAMES = ['gsi1', 'gsi2', 'gsi3', 'gsi4'] as const;

/** Roles are Cognito groups: ID tokens carry them as `cognito:groups` (schema/policy.ts ROLES). */
const ROLE_GROUPS = [
  { name: 'admin', description: 'Administers the deployment: users, programs, every record' },
  { name: 'staff', description: 'Program staff: framework, agreements, trainings, reports' },
  { name: 'caseworker', description: 'Case workers: cases and personal data of their organization' },
  { name: 'partner', description: 'Partner organizations: their own records and referred cases' },
  { name: 'donor', description: 'Donors: aggregates of the programs they fund' },
] as const;

export interface DataStackProps extends StackProps {
  stage: string;
  /**
   * Send Cognito's e-mails (temporary passwords, codes) through Amazon SES from this verified address
   * (`-c sesFromEmail=…`). Without it Cognito's own sender is used, limited to a few dozen e-mails a day:
   * enough for a dev stage, not for production (docs/deploy.md).
   */
  sesFromEmail?: string;
  /** The SES verified domain of `sesFromEmail`, when the address itself is not verified. */
  sesVerifiedDomain?: string;
  /** The SES region where `sesFromEmail` is verified; required with it (stacks are region-agnostic). */
  sesRegion?: string;
}

/**
 * Everything that holds data or identity: the table, its key, the user pool. Termination-protected and
 * retained on delete, so that removing or renaming the API stack can never lose a record or an account.
 * Nothing has a fixed physical name: stages coexist in one account.
 */
export class DataStack extends Stack {
  readonly table: Table;
  readonly tableKey: Key;
  /** Envelope-encrypts case identities (name, document, birth date, contacts) field by field. */
  readonly identityKey: Key;
  /** The HMAC key of the cases' duplicate guards (keyed hashes of name + birth date, of the document). */
  readonly identityHashKey: Key;
  readonly indexNames = INDEX_NAMES;
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, { terminationProtection: true, ...props });
    const { stage, sesFromEmail, sesVerifiedDomain, sesRegion } = props;
    if (sesFromEmail && !sesRegion) throw new Error('-c sesFromEmail needs -c sesRegion: the region where SES verified the address');

    this.tableKey = new Key(this, 'TableKey', {
      description: `Ruta ${stage}: encrypts the DynamoDB table`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // A second key, only for case identities: whoever may read the table does not thereby read names.
    // Only the API function gets encrypt/decrypt on it; its CloudTrail events show every decryption.
    this.identityKey = new Key(this, 'IdentityKey', {
      description: `Ruta ${stage}: field encryption of case identities (personal data of victims)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // A third, for the keyed hashes that find a possible duplicate without decrypting (HMAC-SHA256 in
    // KMS: the key never leaves it). Separate from the identity key, so one does not open the other.
    // KMS does not rotate HMAC keys, and a new key would make every stored guard unfindable: a change
    // of key is a re-hash of the guards (functions/modules/case, docs/decisions.md).
    this.identityHashKey = new Key(this, 'IdentityHashKey', {
      description: `Ruta ${stage}: keyed hashes of case identities (duplicate detection)`,
      keySpec: KeySpec.HMAC_256,
      keyUsage: KeyUsage.GENERATE_VERIFY_MAC,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.tableKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: 'expiresAt',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const name of INDEX_NAMES) {
      this.table.addGlobalSecondaryIndex({
        indexName: name,
        partitionKey: { name: `${name}pk`, type: AttributeType.STRING },
        sortKey: { name: `${name}sk`, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }

    // Users are created by administrators (functions/modules/user/cognitoDirectory.ts), never self-registered.
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      signInCaseSensitive: false, // fixed at creation: `Ana` and `ana` are one account
      standardAttributes: {
        email: { required: false, mutable: true },
        fullname: { required: false, mutable: true },
      },
      customAttributes: {
        role: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        organizationId: new StringAttribute({ maxLen: 128, mutable: true }),
        programIds: new StringAttribute({ maxLen: 2048, mutable: true }),
      },
      // Accounts reach personal data of trafficking victims. The issue asks MFA of admins and case workers;
      // Cognito cannot require it per group (only ON, OPTIONAL or OFF for the whole pool), and OPTIONAL
      // would leave enforcement to a sign-in flow an attacker need not use. So every account needs an
      // authenticator app: a strict superset of the requirement (docs/deploy.md, "MFA").
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      ...(sesFromEmail
        ? { email: UserPoolEmail.withSES({ fromEmail: sesFromEmail, fromName: 'Ruta', sesVerifiedDomain, sesRegion }) }
        : {}),
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions::AwsSolutions-COG8',
      reason:
        'The Plus plan (threat protection) is billed per active user: a per-deployment cost decision. ' +
        'Every account needs an authenticator-app second factor and is created by an administrator.',
    });
    ROLE_GROUPS.forEach(({ name, description }, precedence) => {
      new UserPoolGroup(this, `Group-${name}`, { userPool: this.userPool, groupName: name, description, precedence });
    });

    // The admin app's client. Users may change their display name only: role, organization and programs
    // are claims the API trusts, so only administrators (through the API) can write them.
    this.userPoolClient = this.userPool.addClient('AdminClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('role', 'organizationId', 'programIds'),
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    // For people and scripts (docs/deploy.md): creating the first admin, finding what to delete on tear-down.
    new CfnOutput(this, 'UserPoolId', {
      value: this.userPool.userPoolId,
      description: 'Cognito user pool (aws cognito-idp … --user-pool-id)',
    });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId, description: "The admin's app client" });
    new CfnOutput(this, 'TableName', {
      value: this.table.tableName,
      description: 'The DynamoDB table (retained when the stack is deleted)',
    });
    new CfnOutput(this, 'TableKeyArn', { value: this.tableKey.keyArn, description: 'KMS key of the table (retained)' });
    new CfnOutput(this, 'IdentityKeyArn', { value: this.identityKey.keyArn, description: 'KMS key of case identities (retained)' });
    new CfnOutput(this, 'IdentityHashKeyArn', {
      value: this.identityHashKey.keyArn,
      description: 'KMS HMAC key of the case duplicate guards (retained)',
    });
  }
}
