import type { Resolvers } from '#generated/resolvers';
import { lazy } from '#platform/lazy';

const service = lazy(() => import('#modules/scholarship/service'));
const organizations = lazy(() => import('#modules/organization/service'));

export const scholarshipResolvers: Resolvers = {
  Query: {
    scholarship: async (_, { id }, ctx) => (await service()).getScholarship(ctx, id),
    scholarships: async (_, { filter, sort, first, after }, ctx) => (await service()).listScholarships(ctx, filter, sort, first, after),
    scholarshipTallies: async (_, args, ctx) => (await service()).scholarshipTallies(ctx, args),
  },
  Mutation: {
    createScholarship: async (_, { input }, ctx) => (await service()).createScholarship(ctx, input),
    updateScholarship: async (_, { input }, ctx) => (await service()).updateScholarship(ctx, input),
    deleteScholarship: async (_, { id, version }, ctx) => (await service()).deleteScholarship(ctx, id, version),
    importScholarships: async (_, { batchId, rows }, ctx) => (await service()).importScholarships(ctx, batchId, rows),
  },
  Scholarship: {
    place: (s) => ({ country: s.country, provinceCode: s.provinceCode, cantonCode: s.cantonCode, locality: s.locality ?? null }),
    sponsor: async (s, _, ctx) => (await (await organizations()).organizationsByIds(ctx, [s.sponsorId]))[0] ?? null,
    implementer: async (s, _, ctx) => (await (await organizations()).organizationsByIds(ctx, [s.implementerId]))[0] ?? null,
  },
};
