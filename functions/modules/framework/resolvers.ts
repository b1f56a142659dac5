import type { Resolvers } from '#generated/resolvers';
import { objectiveLevel, parentCode } from '@ruta/schema/zod/framework';
import {
  createBudgetLine, createIndicator, updateBudgetLine, createObjective, getFramework, setIndicatorValue, setObservation, updateIndicator,
  updateObjective,
} from '#modules/framework/service';
import { deleteExpenditure, expenditureId, listExpenditures, recordExpenditure } from '#modules/framework/expenditure';
import { scopedId } from '#modules/framework/ids';
import { deleteBudgetLine, deleteIndicator, deleteObjective } from '#modules/framework/deletes';

export const frameworkResolvers: Resolvers = {
  Query: {
    framework: (_, { programId }, ctx) => getFramework(ctx, programId),
    expenditures: (_, args, ctx) => listExpenditures(ctx, args),
  },
  Mutation: {
    createObjective: (_, { input }, ctx) => createObjective(ctx, input),
    updateObjective: (_, { input }, ctx) => updateObjective(ctx, input),
    createIndicator: (_, { input }, ctx) => createIndicator(ctx, input),
    updateIndicator: (_, { input }, ctx) => updateIndicator(ctx, input),
    setIndicatorValue: (_, args, ctx) => setIndicatorValue(ctx, args),
    createBudgetLine: (_, { input }, ctx) => createBudgetLine(ctx, input),
    updateBudgetLine: (_, { input }, ctx) => updateBudgetLine(ctx, input),
    deleteBudgetLine: (_, args, ctx) => deleteBudgetLine(ctx, args),
    deleteIndicator: (_, args, ctx) => deleteIndicator(ctx, args),
    deleteObjective: (_, args, ctx) => deleteObjective(ctx, args),
    recordExpenditure: (_, { input }, ctx) => recordExpenditure(ctx, input),
    deleteExpenditure: (_, { id, version }, ctx) => deleteExpenditure(ctx, id, version),
    setObservation: (_, args, ctx) => setObservation(ctx, args),
  },
  Objective: {
    id: (o) => scopedId(o.programId, o.code),
    parentCode: (o) => parentCode(o.code),
    level: (o) => objectiveLevel(o.code),
  },
  Indicator: { id: (i) => scopedId(i.programId, i.localId) },
  BudgetLine: { id: (b) => scopedId(b.programId, b.localId) },
  Expenditure: { id: (e) => expenditureId(e) },
};
