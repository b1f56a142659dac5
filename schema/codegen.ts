import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types map GraphQL objects to the records the services return, so resolvers are typed
// against what actually flows through them. The introspection JSON feeds the admin's data provider
// (production turns introspection off, so the admin never asks the API for it).
const config: CodegenConfig = {
  schema: 'schema/graphql/*.graphql',
  overwrite: true,
  silent: true,
  generates: {
    'schema/generated/types.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', EmailAddress: 'string', SafeInt: 'number' },
        avoidOptionals: false,
        maybeValue: 'T | null',
      },
    },
    'functions/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: '../platform/context.ts#RequestContext',
        scalars: { DateTime: 'string', Date: 'string', EmailAddress: 'string', SafeInt: 'number' },
        mappers: {
          Organization: '../modules/organization/entity.ts#OrganizationRecord',
          PartnerAgreement: '../modules/partnerAgreement/entity.ts#AgreementRecord',
          AuditEvent: '../modules/audit/entity.ts#AuditRecord',
          Viewer: '../platform/auth.ts#Identity',
          User: '../modules/user/directory.ts#DirectoryUser',
          Program: '../modules/program/entity.ts#ProgramRecord',
          Objective: '../modules/framework/entity.ts#ObjectiveRecord',
          Indicator: '../modules/framework/entity.ts#IndicatorRecord',
          BudgetLine: '../modules/framework/entity.ts#BudgetLineRecord',
          Expenditure: '../modules/framework/entity.ts#ExpenditureRecord',
        },
        maybeValue: 'T | null',
      },
    },
    'schema/generated/typeDefs.ts': {
      plugins: ['schema/codegen/typedefs-plugin.cjs'],
    },
    'schema/generated/introspection.json': {
      plugins: ['introspection'],
      config: { descriptions: false },
    },
  },
};
export default config;
