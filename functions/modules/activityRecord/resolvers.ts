import type { Resolvers } from '#generated/resolvers';
import { lazy } from '#platform/lazy';
import { validationMessagesEn, type ValidationKey } from '@ruta/schema/problems';
import { changesSinceLastSubmission } from '#modules/activityRecord/changes';

const service = lazy(() => import('#modules/activityRecord/service'));
const review = lazy(() => import('#modules/activityRecord/review'));
const periods = lazy(() => import('#modules/activityRecord/periods'));
const imports = lazy(() => import('#modules/activityRecord/importRecords'));
const trainings = lazy(() => import('#modules/activityRecord/trainingFromRecord'));
const organizations = lazy(() => import('#modules/organization/service'));

type Stored = { warnings?: string | null; lastSubmitted?: string | null; previousSubmitted?: string | null; status: string };

const render = (key: ValidationKey, params: Record<string, string> = {}) =>
  (validationMessagesEn[key] ?? key).replace(/%\{(\w+)\}/g, (_, p: string) => params[p] ?? '');

export const activityRecordResolvers: Resolvers = {
  Query: {
    activityRecord: async (_, { id }, ctx) => (await service()).getActivityRecord(ctx, id) as never,
    activityRecords: async (_, { filter, first, after }, ctx) => (await service()).listActivityRecords(ctx, filter, first, after) as never,
    reportingPeriods: async (_, { programId }, ctx) => (await periods()).reportingPeriods(ctx, programId),
    activityCompleteness: async (_, { programId, quarter }, ctx) =>
      (await periods()).activityCompleteness(ctx, programId, quarter) as never,
  },
  Mutation: {
    createActivityRecord: async (_, { input }, ctx) => (await service()).createActivityRecord(ctx, input) as never,
    updateActivityRecord: async (_, { input }, ctx) => (await service()).updateActivityRecord(ctx, input) as never,
    submitActivityRecord: async (_, { id, version }, ctx) => (await service()).submitActivityRecord(ctx, id, version) as never,
    deleteActivityRecord: async (_, { id, version }, ctx) => (await service()).deleteActivityRecord(ctx, id, version),
    reviewActivityRecords: async (_, args, ctx) => (await review()).reviewActivityRecords(ctx, args) as never,
    lockPeriod: async (_, args, ctx) => (await periods()).lockPeriod(ctx, args),
    unlockPeriod: async (_, args, ctx) => (await periods()).unlockPeriod(ctx, args),
    createTrainingFromActivityRecord: async (_, { id, version, kind }, ctx) =>
      (await trainings()).createTrainingFromActivityRecord(ctx, id, version, kind) as never,
    importActivityRecords: async (_, { rows }, ctx) => (await imports()).importActivityRecords(ctx, rows),
  },
  ActivityRecord: {
    organization: async (r, _, ctx) => ((await (await organizations()).organizationsByIds(ctx, [r.organizationId]))[0] ?? null) as never,
    attachments: (r) => r.attachments ?? [],
    changesSinceLastSubmission: (r) => changesSinceLastSubmission(r as unknown as Stored & Record<string, unknown>),
    warnings: (r) => {
      const stored = (r as unknown as Stored).warnings;
      if (!stored) return [];
      return (JSON.parse(stored) as { path: string; key: ValidationKey; params?: Record<string, string> }[]).map((w) => ({
        path: w.path,
        key: w.key,
        message: render(w.key, w.params),
      }));
    },
  },
  PartnerCompleteness: {
    organization: async (p, _, ctx) => ((await (await organizations()).organizationsByIds(ctx, [p.organizationId]))[0] ?? null) as never,
  },
};
