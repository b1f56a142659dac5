import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { buildClientSchema, type IntrospectionQuery } from 'graphql';
import { StrictMode, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import introspection from '@ruta/schema/generated/introspection.json';
import { runtimeConfig } from '../auth/runtimeConfig.ts';
import { EXPLORER_ROLES } from '../commons/explorer.ts';
import { isExpired, readSession } from '../providers/session.ts';
import { t, type Text } from './texts.ts';

/**
 * The API explorer, served from our bundle at /graphiql. It signs its requests with the console's
 * session (same localStorage key), and carries the schema with it: deployed APIs have
 * introspection turned off.
 */
const schema = buildClientSchema(introspection as unknown as IntrospectionQuery);

const defaultQuery = `# Ruta GraphQL API — your session signs these requests.
query Me {
  me { username displayName role organization { name } }
}
`;

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

// In AWS the API is on API Gateway, named by /config.json; locally it is this origin's /graphql.
const fetcher =
  (token: string): Fetcher =>
  async (params) => {
    const config = await runtimeConfig();
    const response = await fetch(config.mode === 'cognito' ? config.apiUrl : '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(params),
    });
    return response.json();
  };

const Notice = ({ text }: { text: string }) => (
  <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 640, margin: '15vh auto', padding: 24, lineHeight: 1.5 }}>
    <h1 style={{ fontSize: 24 }}>Ruta — GraphiQL</h1>
    <p role="alert">{text}</p>
    <p>
      <a href="/">{t('openConsole')}</a>
    </p>
  </main>
);

function Explorer() {
  const session = readSession();
  if (!session) return <Notice text={t('signIn')} />;
  if (isExpired(session)) return <Notice text={t('expired')} />;
  if (!EXPLORER_ROLES.includes(session.user.role)) {
    return <Notice text={t('noAccess', { role: t(session.user.role as Text) })} />;
  }
  return <GraphiQL fetcher={fetcher(session.token)} schema={schema} defaultQuery={defaultQuery} />;
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
