import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { DateTime: 'string', Date: 'string', EmailAddress: 'string', SafeInt: 'number' };

// Resolver types map GraphQL objects to the records the services return, so resolvers are typed
// against what actually flows through them. The introspection JSON feeds the admin's data provider
// (production turns introspection off, so the admin never asks the API for it). The admin's own
// operations are `graphql()` documents checked against the SDL here: a selection that drifts fails
// `npm run codegen`, and their result types are generated instead of written by hand.
const config: CodegenConfig = {
  schema: 'schema/graphql/*.graphql',
  overwrite: true,
  silent: true,
  generates: {
    'schema/generated/types.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        scalars,
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
        scalars,
        mappers: {
          Organization: '../modules/organization/entity.ts#OrganizationRecord',
          PartnerAgreement: '../modules/partnerAgreement/entity.ts#AgreementRecord',
          Scholarship: '../modules/scholarship/entity.ts#ScholarshipRecord',
          Training: '../modules/training/entity.ts#TrainingRecord',
          TrainingRoster: '../modules/training/entity.ts#RosterView',
          RosterEntry: '../modules/training/entity.ts#RosterEntryView',
          AuditEvent: '../modules/audit/entity.ts#AuditRecord',
          RouteEvent: '../modules/caseRoute/entity.ts#RouteEventRecord',
          CaseService: '../modules/caseRoute/entity.ts#CaseServiceRecord',
          Consent: '../modules/caseRoute/entity.ts#ConsentRecord',
          Referral: '../modules/caseRoute/entity.ts#ReferralRecord',
          Case: '../modules/case/entity.ts#CaseRecord',
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
    'admin/src/graphql/generated/': {
      preset: 'client',
      documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/graphql/generated/**'],
      // Masked fragments would hide fields from react-admin's records; the console reads them whole.
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars,
        maybeValue: 'T | null',
        // A selected field is always in the answer (null or not); inputs keep their optional fields.
        avoidOptionals: { field: true },
        // Results reach the screens without `__typename` (providers/graphql/stripTypename.ts).
        skipTypename: true,
      },
    },
    'schema/generated/typeDefs.ts': {
      plugins: ['schema/codegen/typedefs-plugin.cjs'],
    },
    'schema/generated/compactSchema.ts': {
      plugins: ['schema/codegen/compact-plugin.cjs'],
    },
    'schema/generated/introspection.json': {
      plugins: ['introspection'],
      // Minified: the console loads it with its first data request.
      config: { descriptions: false, minify: true },
    },
  },
};
export default config;
