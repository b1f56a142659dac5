import type { Resolvers } from '#generated/resolvers';
import { objectiveLevel, parentCode } from '@ruta/schema/objectiveCodes';
import { lazy } from '#platform/lazy';
import { scopedId } from '#modules/framework/ids';

const service = lazy(() => import('#modules/framework/service'));
const expenditures = lazy(() => import('#modules/framework/expenditure'));
const deletes = lazy(() => import('#modules/framework/deletes'));

export const frameworkResolvers: Resolvers = {
  Query: {
    framework: async (_, { programId }, ctx) => (await service()).getFramework(ctx, programId),
    expenditures: async (_, { programId, from, to, first, after }, ctx) =>
      (await expenditures()).listExpenditures(ctx, { programId, from, to }, first, after),
  },
  Mutation: {
    createObjective: async (_, { input }, ctx) => (await service()).createObjective(ctx, input),
    updateObjective: async (_, { input }, ctx) => (await service()).updateObjective(ctx, input),
    createIndicator: async (_, { input }, ctx) => (await service()).createIndicator(ctx, input),
    updateIndicator: async (_, { input }, ctx) => (await service()).updateIndicator(ctx, input),
    setIndicatorValue: async (_, args, ctx) => (await service()).setIndicatorValue(ctx, args),
    createBudgetLine: async (_, { input }, ctx) => (await service()).createBudgetLine(ctx, input),
    updateBudgetLine: async (_, { input }, ctx) => (await service()).updateBudgetLine(ctx, input),
    deleteBudgetLine: async (_, args, ctx) => (await deletes()).deleteBudgetLine(ctx, args),
    deleteIndicator: async (_, args, ctx) => (await deletes()).deleteIndicator(ctx, args),
    deleteObjective: async (_, args, ctx) => (await deletes()).deleteObjective(ctx, args),
    recordExpenditure: async (_, { input }, ctx) => (await expenditures()).recordExpenditure(ctx, input),
    updateExpenditure: async (_, { input }, ctx) => (await expenditures()).updateExpenditure(ctx, input),
    deleteExpenditure: async (_, { id, version }, ctx) => (await expenditures()).deleteExpenditure(ctx, id, version),
    setObservation: async (_, args, ctx) => (await service()).setObservation(ctx, args),
  },
  Objective: {
    id: (o) => scopedId(o.programId, o.code),
    parentCode: (o) => parentCode(o.code),
    level: (o) => objectiveLevel(o.code),
  },
  Indicator: { id: (i) => scopedId(i.programId, i.localId) },
  BudgetLine: { id: (b) => scopedId(b.programId, b.localId) },
  Expenditure: { id: (e) => scopedId(e.programId, e.localId) },
};
