import type { Resolvers } from '#generated/resolvers';
import { effectiveTerms } from '@ruta/schema/programTerms';
import { DEFAULT_CELL_SIZE } from '@ruta/schema/limits';
import { lazy } from '#platform/lazy';

const service = lazy(() => import('#modules/program/service'));
const organizations = lazy(() => import('#modules/organization/service'));

export const programResolvers: Resolvers = {
  Query: {
    program: async (_, { id }, ctx) => (await service()).getProgram(ctx, id),
    programs: async (_, { first, after }, ctx) => (await service()).listPrograms(ctx, first, after),
  },
  Mutation: {
    createProgram: async (_, { input }, ctx) => (await service()).createProgram(ctx, input),
    updateProgram: async (_, { input }, ctx) => (await service()).updateProgram(ctx, input),
    setProgramStatisticsK: async (_, args, ctx) => (await service()).setProgramStatisticsK(ctx, args),
  },
  Program: {
    endDate: (p) => effectiveTerms(p).endDate,
    declaredTotal: (p) => effectiveTerms(p).declaredTotal,
    modifications: (p) => p.modifications ?? [],
    statisticsK: (p) => p.statisticsK ?? DEFAULT_CELL_SIZE,
    donors: async (p, _, ctx) => (await organizations()).organizationsByIds(ctx, p.donorIds),
    implementer: async (p, _, ctx) => (await organizations()).getOrganization(ctx, p.implementerId),
  },
};
