import { Amplify } from 'aws-amplify';
import * as amplifyAuth from 'aws-amplify/auth';
import type { CognitoConfig } from './runtimeConfig.ts';
import { cognitoFlow, currentSession, type AmplifyAuth } from './cognitoFlow.ts';
import type { SignInMethod } from './signInMethod.ts';

/**
 * Sign-in with the stage's Cognito user pool (SRP; the app client has no secret and no hosted UI).
 * Loaded only when /config.json names a pool, so Amplify stays out of the local console's bundle.
 */
export function cognitoSignIn(config: CognitoConfig, auth: AmplifyAuth = amplifyAuth): SignInMethod {
  Amplify.configure({
    Auth: { Cognito: { userPoolId: config.userPoolId, userPoolClientId: config.userPoolClientId, loginWith: { username: true } } },
  });
  const flow = cognitoFlow(auth, config.stage === 'prod' ? 'Ruta' : `Ruta ${config.stage}`);

  const session = async () => {
    try {
      return await currentSession(auth);
    } catch {
      return null; // signed out, or the refresh token expired or was revoked
    }
  };

  return {
    apiUrl: config.apiUrl,
    login: flow.login,
    forgotPassword: flow.forgotPassword,
    async logout() {
      try {
        await auth.signOut();
      } catch {
        // Offline: the local tokens are gone anyway; the refresh token expires on its own.
      }
    },
    renew: session,
    async idToken() {
      return (await session())?.token ?? null;
    },
  };
}
