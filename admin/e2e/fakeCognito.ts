import { randomBytes } from 'node:crypto';
import type { Page, Route } from 'playwright-core';

/**
 * A stand-in for Cognito's user-pool API, answered inside the browser with Playwright's request
 * routing: the real service cannot be reached offline. It speaks the JSON protocol Amplify's
 * `aws-amplify/auth` sends (X-Amz-Target operations) and plays the first sign-in of an account
 * created by an admin in a pool that requires TOTP: password (SRP) → NEW_PASSWORD_REQUIRED →
 * MFA_SETUP (AssociateSoftwareToken, VerifySoftwareToken) → tokens; and the forgotten password of an
 * account that has its own password and authenticator (FAKE_MEMBER): ForgotPassword (a code by e-mail),
 * ConfirmForgotPassword (code and new password) → password (SRP) → SOFTWARE_TOKEN_MFA → tokens. It checks
 * no SRP proof: what is under test is the console's handling of each step, not Cognito's cryptography.
 */
export const FAKE_POOL = {
  apiUrl: 'https://api.fake-ruta.test/graphql',
  region: 'us-east-1',
  userPoolId: 'us-east-1_FakePool1',
  userPoolClientId: 'fakeclient123456789',
  stage: 'dev',
};
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** The user the fake knows; any other name gets Cognito's answer to a wrong password. */
export const FAKE_USER = { username: 'ana.nueva', displayName: 'Ana Nueva', organizationId: 'org-fnj' };
export const WRONG_CODE = '000000';
/** An account with its own password and authenticator app, the one that forgets its password. */
export const FAKE_MEMBER = { username: 'carla.activa', displayName: 'Carla Activa', email: 'c***@f***.org' };
/** The reset code the fake "e-mails"; any other is Cognito's CodeMismatchException. */
export const RESET_CODE = '246810';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Amplify decodes but does not verify tokens (the API does): an unsigned JWT of the right shape is enough. */
function jwt(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64url({ alg: 'RS256', kid: 'fake' })}.${b64url({ iat: now, exp: now + 3600, ...claims })}.c2ln`;
}

export const ID_TOKEN = jwt({
  token_use: 'id',
  sub: 'sub-ana',
  'cognito:username': FAKE_USER.username,
  'cognito:groups': ['partner'],
  name: FAKE_USER.displayName,
  'custom:organizationId': FAKE_USER.organizationId,
  'custom:programIds': 'prog-ecuador-tip',
  aud: FAKE_POOL.userPoolClientId,
  iss: `https://cognito-idp.us-east-1.amazonaws.com/${FAKE_POOL.userPoolId}`,
});
export const MEMBER_ID_TOKEN = jwt({
  token_use: 'id',
  sub: 'sub-carla',
  'cognito:username': FAKE_MEMBER.username,
  'cognito:groups': ['staff'],
  name: FAKE_MEMBER.displayName,
  aud: FAKE_POOL.userPoolClientId,
  iss: `https://cognito-idp.us-east-1.amazonaws.com/${FAKE_POOL.userPoolId}`,
});
const ACCESS_TOKEN = jwt({ token_use: 'access', sub: 'sub-ana', username: FAKE_USER.username, client_id: FAKE_POOL.userPoolClientId });

const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'POST, OPTIONS' };

function reply(route: Route, body: unknown) {
  return route.fulfill({ status: 200, headers: { ...CORS, 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify(body) });
}
function fail(route: Route, type: string, message: string) {
  return route.fulfill({
    status: 400,
    headers: { ...CORS, 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type },
    body: JSON.stringify({ __type: type, message }),
  });
}

export interface FakeCognito {
  /** Operations received, in order (e.g. `InitiateAuth`, `RespondToAuthChallenge:PASSWORD_VERIFIER`). */
  calls: string[];
  /** The password the user chose at the NEW_PASSWORD_REQUIRED step. */
  newPassword?: string;
  /** Username and password of the last accepted ConfirmForgotPassword. */
  reset?: { username: string; password: string };
}

/** Routes /config.json to a Cognito config and Cognito's endpoint to the fake, for one page. */
export async function fakeCognito(page: Page): Promise<FakeCognito> {
  const state: FakeCognito = { calls: [] };
  let username = '';
  await page.route('**/config.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(FAKE_POOL) }),
  );
  await page.route('https://cognito-idp.us-east-1.amazonaws.com/**', async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
    const operation = (request.headers()['x-amz-target'] ?? '').split('.').pop() ?? '';
    const body = request.postDataJSON() as Record<string, any>;
    state.calls.push(body.ChallengeName ? `${operation}:${body.ChallengeName}` : operation);
    switch (operation) {
      case 'InitiateAuth':
        username = body.AuthParameters?.USERNAME;
        return reply(route, {
          ChallengeName: 'PASSWORD_VERIFIER',
          ChallengeParameters: {
            SRP_B: randomBytes(384).toString('hex'),
            SALT: randomBytes(16).toString('hex'),
            SECRET_BLOCK: randomBytes(32).toString('base64'),
            USER_ID_FOR_SRP: username,
            USERNAME: username,
          },
        });
      case 'RespondToAuthChallenge':
        if (body.ChallengeName === 'PASSWORD_VERIFIER') {
          if (username === FAKE_MEMBER.username && state.reset?.username === username) {
            return reply(route, { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'session-mfa', ChallengeParameters: {} });
          }
          if (username !== FAKE_USER.username) return fail(route, 'NotAuthorizedException', 'Incorrect username or password.');
          return reply(route, {
            ChallengeName: 'NEW_PASSWORD_REQUIRED',
            Session: 'session-1',
            ChallengeParameters: { userAttributes: '{}', requiredAttributes: '[]', USER_ID_FOR_SRP: username },
          });
        }
        if (body.ChallengeName === 'NEW_PASSWORD_REQUIRED') {
          state.newPassword = body.ChallengeResponses?.NEW_PASSWORD;
          if ((state.newPassword ?? '').length < 12) return fail(route, 'InvalidPasswordException', 'Password does not conform to policy');
          return reply(route, {
            ChallengeName: 'MFA_SETUP',
            Session: 'session-2',
            ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
          });
        }
        if (body.ChallengeName === 'MFA_SETUP') {
          return reply(route, {
            ChallengeParameters: {},
            AuthenticationResult: {
              IdToken: ID_TOKEN,
              AccessToken: ACCESS_TOKEN,
              RefreshToken: 'refresh',
              ExpiresIn: 3600,
              TokenType: 'Bearer',
            },
          });
        }
        if (body.ChallengeName === 'SOFTWARE_TOKEN_MFA') {
          if (body.ChallengeResponses?.SOFTWARE_TOKEN_MFA_CODE === WRONG_CODE)
            return fail(route, 'CodeMismatchException', 'Invalid code received for user');
          return reply(route, {
            ChallengeParameters: {},
            AuthenticationResult: {
              IdToken: MEMBER_ID_TOKEN,
              AccessToken: ACCESS_TOKEN,
              RefreshToken: 'refresh',
              ExpiresIn: 3600,
              TokenType: 'Bearer',
            },
          });
        }
        return fail(route, 'InvalidParameterException', `unexpected challenge ${body.ChallengeName}`);
      case 'AssociateSoftwareToken':
        return reply(route, { SecretCode: TOTP_SECRET, Session: 'session-3' });
      case 'VerifySoftwareToken':
        if (body.UserCode === WRONG_CODE) return fail(route, 'EnableSoftwareTokenMFAException', 'Code mismatch');
        return reply(route, { Status: 'SUCCESS', Session: 'session-4' });
      // With PreventUserExistenceErrors (infra/lib/data-stack.ts) Cognito answers the same for any username.
      case 'ForgotPassword':
        return reply(route, { CodeDeliveryDetails: { Destination: FAKE_MEMBER.email, DeliveryMedium: 'EMAIL', AttributeName: 'email' } });
      case 'ConfirmForgotPassword':
        if (body.ConfirmationCode !== RESET_CODE)
          return fail(route, 'CodeMismatchException', 'Invalid verification code provided, please try again.');
        if ((body.Password ?? '').length < 12) return fail(route, 'InvalidPasswordException', 'Password does not conform to policy');
        state.reset = { username: body.Username, password: body.Password };
        return reply(route, {});
      case 'RevokeToken':
      case 'GlobalSignOut':
        return reply(route, {});
      default:
        return fail(route, 'InvalidParameterException', `the fake does not know ${operation}`);
    }
  });
  return state;
}
