import { localSignIn } from './localSignIn.ts';
import { runtimeConfig } from './runtimeConfig.ts';
import type { SignInMethod } from './signInMethod.ts';

let chosen: Promise<SignInMethod> | undefined;

/** The local issuer or the stage's Cognito pool, as /config.json says; Amplify is imported only for the latter. */
export function signInMethod(): Promise<SignInMethod> {
  chosen ??= runtimeConfig()
    .then((config) =>
      config.mode === 'cognito' ? import('./cognitoSignIn.ts').then(({ cognitoSignIn }) => cognitoSignIn(config)) : localSignIn,
    )
    .catch((e: unknown) => {
      chosen = undefined;
      throw e;
    });
  return chosen;
}
