import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '#platform/context';
import { formatError } from '#platform/errors';
import { logger } from '#platform/logger';
import { currentMetrics } from '#platform/requestMetrics';

/** Limits on what one request may ask for; rejections are BAD_USER_INPUT-like 400s, never 500s. */
export const LIMITS = { maxDepth: 10, maxAliases: 15, maxTokens: 3000, maxDirectives: 20, maxCost: 8000 };

/** One structured line per operation: who (role, organization), what, cost — never values. */
const operationLog: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    const started = Date.now();
    return {
      async willSendResponse({ contextValue, operationName, errors, request }) {
        logger.info('graphql operation', {
          requestId: contextValue.requestId,
          role: contextValue.identity?.role,
          organizationId: contextValue.identity?.organizationId,
          operation: operationName ?? request.operationName ?? 'anonymous',
          dynamoRequests: currentMetrics()?.dynamoRequests,
          durationMs: Date.now() - started,
          errorCodes: errors?.map((e) => e.extensions?.code),
        });
      },
    };
  },
};

export function createApolloServer(schema: GraphQLSchema, { deployed }: { deployed: boolean }) {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    // armor's token limit runs in a plugin hook whose rejection Apollo turns into HTTP 500; graphql-js
    // enforces the same limit while parsing (parseOptions below), which Apollo answers with a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost },
    blockFieldSuggestion: { enabled: deployed },
  });
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    schema,
    introspection: !deployed,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: deployed,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      operationLog,
    ],
  });
}
