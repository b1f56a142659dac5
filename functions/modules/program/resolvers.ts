import type { Resolvers } from '#generated/resolvers';
import { effectiveTerms } from '@ruta/schema/zod/program';
import { organizationLoader } from '#modules/organization/service';
import { createProgram, getProgram, listPrograms, updateProgram } from '#modules/program/service';

export const programResolvers: Resolvers = {
  Query: {
    program: (_, { id }, ctx) => getProgram(ctx, id),
    programs: (_, __, ctx) => listPrograms(ctx),
  },
  Mutation: {
    createProgram: (_, { input }, ctx) => createProgram(ctx, input),
    updateProgram: (_, { input }, ctx) => updateProgram(ctx, input),
  },
  Program: {
    endDate: (p) => effectiveTerms(p).endDate,
    declaredTotal: (p) => effectiveTerms(p).declaredTotal,
    modifications: (p) => p.modifications ?? [],
    donors: async (p, _, ctx) => (await organizationLoader(ctx).loadMany(p.donorIds)).filter((o) => o && !(o instanceof Error)) as never,
    implementer: (p, _, ctx) => organizationLoader(ctx).load(p.implementerId),
  },
};
