// Stand-in for `@aws-sdk/lib-dynamodb` in Lambda bundles (aliased in ../../../esbuild-options.ts).
//
// ElectroDB does `require('@aws-sdk/lib-dynamodb')` (src/client.js). esbuild turns an ES module reached
// through `require` into a lazily initialised wrapper whose imports are wrapped too, and wrapped modules
// are not tree-shaken: that one call brought every DynamoDB operation's command, schema, waiter and
// paginator, and the SDK protocols we never use, into the cold start (~70 KiB minified).
//
// So the alias resolves by import kind (package.json `exports`): `require` gets `./registry.cjs`, a plain
// object with no imports; ES-module imports (ours: `#platform/dynamo`) get this file, which imports
// from the real package (its ES-module build, alias `ruta-lib-dynamodb-esm`) only what ElectroDB and we
// use, tree-shaken as usual, and puts ElectroDB's commands into the registry as it loads. A name we
// import that is not exported here fails the build.
import registry from './registry.cjs';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from 'ruta-lib-dynamodb-esm';

/** The commands ElectroDB's v3 client wrapper constructs (`new this.lib.<Name>(params)`). */
Object.assign(registry, {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
});

export {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
};
