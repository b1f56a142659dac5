import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { handlers } from '@as-integrations/aws-lambda';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  GraphQLError,
  Kind,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { ANONYMOUS } from '@ruta/schema/policy';
import type { RequestContext } from '#platform/context';
import { formatError } from '#platform/errors';
import { logger } from '#platform/logger';
import { currentMetrics } from '#platform/requestMetrics';

/** Limits on what one request may ask for; rejections are typed 400s, never 500s. */
export const LIMITS = { maxDepth: 10, maxAliases: 15, maxTokens: 3000, maxDirectives: 20, maxCost: 8000, maxQueryLength: 20_000 };

/**
 * What each limit means for a caller, replacing graphql-armor's and graphql-js's "Syntax Error: …"
 * (the query is well-formed; it asks for too much). The cost is graphql-armor's: 1 per scalar field,
 * 2 per object field, children weighted ×1.5 per level of nesting, and a list's whole selection
 * multiplied by its literal `first` (a variable `first` counts once; pages are ≤ 100 anyway).
 */
const LIMIT_MESSAGES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [
    /^Syntax Error: Query Cost limit of (\d+) exceeded, found ([\d.]+)\.$/,
    (m) =>
      `Query too expensive: its cost is ${Math.ceil(Number(m[2]))}, the limit is ${m[1]}. A list's cost is multiplied by its page size ` +
      '(first) and grows with every nested field: ask for fewer items per page (a smaller `first`, then page with `after`), ' +
      'fewer nested fields, or split the query in two.',
  ],
  [
    /^Syntax Error: Query depth limit of (\d+) exceeded, found (\d+)\.$/,
    (m) =>
      `Query too deep: it nests ${m[2]} levels, the limit is ${m[1]}. Ask for fewer nested fields, or fetch the inner records in a second query.`,
  ],
  [
    /^Syntax Error: Aliases limit of (\d+) exceeded, found (\d+)\.$/,
    (m) => `Too many aliases: ${m[2]}, the limit is ${m[1]}. Send several smaller queries instead.`,
  ],
  [/^Syntax Error: Directives limit of (\d+) exceeded, found (\d+)\.$/, (m) => `Too many directives: ${m[2]}, the limit is ${m[1]}.`],
  [
    /^Syntax Error: (?:Document contains more th(?:an|at) (\d+) tokens\. Parsing aborted\.|Token limit of (\d+) exceeded\.)$/,
    (m) =>
      `Query too long: more than ${m[1] ?? m[2]} tokens (names, punctuation, values). Ask for fewer fields, or pass values as variables.`,
  ],
];

/** A limit rejection in words a caller can act on, or undefined for any other error. */
export function explainLimit(error: GraphQLFormattedError): GraphQLFormattedError | undefined {
  for (const [pattern, explain] of LIMIT_MESSAGES) {
    const m = error.message.match(pattern);
    if (m)
      return {
        ...error,
        message: explain(m),
        extensions: { ...error.extensions, code: error.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED', limit: true },
      };
  }
  return undefined;
}

/** This API has queries and mutations only: a subscription is refused at validation (a 400), not left to fail at execution (a 500). */
export const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(new GraphQLError('Subscriptions are not supported by this API: send a query or a mutation', { nodes: node }));
    }
  },
});

/** The JSON body of a typed HTTP-level refusal, as Apollo shapes its own. */
function refusal(status: number, code: string, message: string): HTTPGraphQLResponse {
  const headers = new HeaderMap([['content-type', 'application/json; charset=utf-8']]);
  return { status, headers, body: { kind: 'complete', string: JSON.stringify({ errors: [{ message, extensions: { code } }] }) } };
}

/**
 * Refusals decided before Apollo parses anything: a query longer than any real one (comments and
 * whitespace cost nothing to send but are read in full), and persisted-query requests.
 */
function refuseEarly(request: HTTPGraphQLRequest): HTTPGraphQLResponse | undefined {
  const body = request.body as { query?: unknown; extensions?: { persistedQuery?: unknown } } | undefined;
  if (!body || typeof body !== 'object') return undefined;
  const { query } = body;
  // Apollo answers these with HTTP 200 (its APQ protocol asks the client to resend); we offer no APQ.
  if (body.extensions && typeof body.extensions === 'object' && body.extensions.persistedQuery !== undefined) {
    return refusal(400, 'PERSISTED_QUERY_NOT_SUPPORTED', 'Persisted queries are not supported: send the query text');
  }
  if (typeof query === 'string' && query.length > LIMITS.maxQueryLength) {
    return refusal(
      400,
      'BAD_REQUEST',
      `Query too long: ${query.length} characters, the limit is ${LIMITS.maxQueryLength}. Pass values as variables and leave out comments.`,
    );
  }
  return undefined;
}

/**
 * The API Gateway v2 request handler for `startServerAndCreateLambdaHandler`, with typed refusals: the
 * integration's own answer to a body that is not JSON is a bare-text 400 ("Unexpected token…"); ours is
 * `{ errors: [{ code: BAD_REQUEST }] }` like every other refusal. Anything else that escapes Apollo is a
 * typed, logged INTERNAL_SERVER_ERROR with no detail.
 */
export function lambdaRequestHandler(): handlers.RequestHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  const base = handlers.createAPIGatewayProxyEventV2RequestHandler();
  const json = (r: HTTPGraphQLResponse): APIGatewayProxyStructuredResultV2 => base.toSuccessResult(r);
  class BadBody extends Error {}
  const withCacheControl = (result: APIGatewayProxyStructuredResultV2): APIGatewayProxyStructuredResultV2 => {
    const headers = result.headers ?? {};
    return Object.keys(headers).some((h) => h.toLowerCase() === 'cache-control')
      ? result
      : { ...result, headers: { ...headers, 'cache-control': NO_STORE } };
  };
  return {
    fromEvent(event) {
      try {
        return base.fromEvent(event);
      } catch {
        throw new BadBody('The request body is not valid JSON: send {"query": "…", "variables": {…}} as application/json');
      }
    },
    // Every answer says whether it may be cached: a CDN in front (the public route's CloudFront
    // behaviour) would otherwise keep an unmarked answer for its default TTL.
    toSuccessResult: (r) => withCacheControl(base.toSuccessResult(r)),
    toErrorResult(error) {
      if (error instanceof BadBody) return withCacheControl(json(refusal(400, 'BAD_REQUEST', error.message)));
      logger.error('request failed outside Apollo', { error: error as Error });
      return withCacheControl(json(refusal(500, 'INTERNAL_SERVER_ERROR', 'Internal server error')));
    },
  };
}

/** What every answer but a public one carries: nobody — browser, proxy, CDN — keeps a copy. */
export const NO_STORE = 'no-store';
/** What an anonymous GET of the public statistics carries: the edge (CloudFront) and browsers keep it 5 minutes. */
export const PUBLIC_CACHE = 'public, max-age=300';

/** The operations whose anonymous answers are the same for everyone (suppressed aggregates, no ids). */
const CACHEABLE_FIELDS = new Set(['publicStatistics', '__typename']);

/** A query asking for the public statistics only, written with plain fields (no fragments at the root). */
function publicOnly(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== 'query') return false;
  const fields = operation.selectionSet.selections;
  return fields.length > 0 && fields.every((f) => f.kind === Kind.FIELD && CACHEABLE_FIELDS.has(f.name.value));
}

/**
 * `Cache-Control` on every operation's answer: `public, max-age=300` only for an anonymous caller's
 * successful GET of `publicStatistics` (the same URL is the same table for everyone: the edge may
 * answer it), `no-store` for everything else — a signed-in caller, an error, a POST, any other
 * operation (docs/decisions.md, "Public statistics").
 */
export const cacheControl: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, request, response, operation, errors }) {
        const cacheable =
          contextValue.identity?.role === ANONYMOUS &&
          request.http?.method === 'GET' &&
          !errors?.length &&
          response.body.kind === 'single' &&
          !response.body.singleResult.errors?.length &&
          publicOnly(operation);
        response.http.headers.set('cache-control', cacheable ? PUBLIC_CACHE : NO_STORE);
      },
    };
  },
};

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
  const server = new ApolloServer<RequestContext>({
    schema,
    introspection: !deployed,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: deployed,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Automatic persisted queries are a protocol we do not offer: an unknown hash is a 400, not a 200 asking for the query.
    persistedQueries: false,
    formatError: (formatted, error) => explainLimit(formatted) ?? formatError(formatted, error),
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: [noSubscriptions, ...protection.validationRules],
    plugins: [
      ...protection.plugins,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      cacheControl,
      operationLog,
    ],
  });
  const execute = server.executeHTTPGraphQLRequest.bind(server);
  server.executeHTTPGraphQLRequest = async (args) => refuseEarly(args.httpGraphQLRequest) ?? execute(args);
  return server;
}
