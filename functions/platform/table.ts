import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** Where the one table is: read once per cold start, before any domain code loads. */
export interface TableSettings {
  tableName: string;
  region: string;
  /** DynamoDB Local when running locally or in tests. */
  endpoint?: string;
}

let settings: TableSettings | undefined;

/**
 * Says where the table is without creating a client: the SDK and every entity load with the first
 * operation that needs them (`#platform/store`), so requests such as `me` never pay for them.
 */
export function configureTable(next: TableSettings): void {
  settings = next;
}

export function configuredTable(): TableSettings | undefined {
  return settings;
}

/** Number of generic GSIs (gsi1…gsiN); the CDK data stack declares the same ones (checked by a test). */
export const GSI_COUNT = 4;

/** The single table's key schema, used to create it in DynamoDB Local. */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  const gsis = Array.from({ length: GSI_COUNT }, (_, i) => `gsi${i + 1}`);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
      ...gsis.flatMap((g) => [
        { AttributeName: `${g}pk`, AttributeType: 'S' as const },
        { AttributeName: `${g}sk`, AttributeType: 'S' as const },
      ]),
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: gsis.map((g) => ({
      IndexName: g,
      KeySchema: [
        { AttributeName: `${g}pk`, KeyType: 'HASH' as const },
        { AttributeName: `${g}sk`, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}
