/**
 * Cognito cannot be reached offline, so these tests pass the flow a fake of Amplify's auth
 * functions that stands in for the service: it answers each call with the next step the real user
 * pool would send (MFA required, temporary passwords) or with the exception it would throw. What is
 * tested is our step handling and error mapping, not Amplify or Cognito.
 */
import { describe, expect, it, vi } from 'vitest';
import type { SignInOutput } from 'aws-amplify/auth';
import { cognitoFlow, type AmplifyAuth } from './cognitoFlow.ts';
import { LoginRestart, LoginStepRequired } from './signInMethod.ts';

type Next = SignInOutput['nextStep'];
const step = (nextStep: Next): SignInOutput => ({ isSignedIn: nextStep.signInStep === 'DONE', nextStep });
const done = step({ signInStep: 'DONE' });
const cognitoError = (name: string, message = name) => Object.assign(new Error(message), { name });

/** An ID token as Cognito issues it for a partner of the Fundación Nuestros Jóvenes. */
const claims = {
  token_use: 'id',
  'cognito:username': 'paula',
  'cognito:groups': ['partner'],
  name: 'Paula Partner',
  'custom:organizationId': 'org-fnj',
  'custom:programIds': 'prog-ec',
  exp: 1_900_000_000,
};

function fakeAuth(overrides: Partial<Record<keyof AmplifyAuth, (...args: any[]) => unknown>> = {}) {
  const auth = {
    signIn: vi.fn(async () => done),
    confirmSignIn: vi.fn(async () => done),
    confirmResetPassword: vi.fn(async () => undefined),
    resetPassword: vi.fn(async () => ({
      isPasswordReset: false,
      nextStep: {
        resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE',
        codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'p***@f***.org', attributeName: 'email' },
      },
    })),
    fetchAuthSession: vi.fn(async () => ({ tokens: { idToken: { toString: () => 'id-token', payload: claims } } })),
    signOut: vi.fn(async () => undefined),
    ...overrides,
  };
  return auth as typeof auth & AmplifyAuth;
}

async function stepOf(promise: Promise<unknown>) {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof LoginStepRequired)) throw new Error(`expected a further step, got ${String(e)}`);
  return e.step;
}

describe('Cognito sign-in steps', () => {
  it('signs in with username and password and builds the session from the ID token', async () => {
    const auth = fakeAuth();
    const session = await cognitoFlow(auth, 'Ruta').login({ username: ' Paula ', password: 'pw' });
    expect(auth.signIn).toHaveBeenCalledWith({ username: 'paula', password: 'pw' });
    expect(session).toEqual({
      token: 'id-token',
      expiresAt: new Date(1_900_000_000_000).toISOString(),
      user: { username: 'paula', displayName: 'Paula Partner', role: 'partner', organizationId: 'org-fnj' },
    });
  });

  it('maps a wrong password to the same message as the local issuer', async () => {
    const auth = fakeAuth({
      signIn: async () => {
        throw cognitoError('NotAuthorizedException', 'Incorrect username or password.');
      },
    });
    await expect(cognitoFlow(auth, 'Ruta').login({ username: 'paula', password: 'bad' })).rejects.toThrow('ruta.auth.invalid_credentials');
  });

  it('walks a first sign-in: new password, authenticator setup, then done', async () => {
    const getSetupUri = vi.fn((app: string, account?: string) => new URL(`otpauth://totp/${app}:${account}?secret=SECRET&issuer=${app}`));
    const auth = fakeAuth({
      signIn: async () => step({ signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED' }),
      confirmSignIn: vi
        .fn()
        .mockResolvedValueOnce(
          step({ signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', totpSetupDetails: { sharedSecret: 'SECRET', getSetupUri } }),
        )
        .mockResolvedValueOnce(done),
    });
    const flow = cognitoFlow(auth, 'Ruta dev');

    expect(await stepOf(flow.login({ username: 'paula', password: 'Temp-1234' }))).toEqual({ kind: 'newPassword' });
    const setup = await stepOf(flow.login({ step: 'newPassword', newPassword: 'My-own-Passw0rd!' }));
    expect(setup).toEqual({ kind: 'totpSetup', secret: 'SECRET', uri: expect.stringContaining('otpauth://totp/') });
    expect(getSetupUri).toHaveBeenCalledWith('Ruta dev', 'paula');

    const session = await flow.login({ step: 'totpSetup', code: '123 456' });
    expect(auth.confirmSignIn).toHaveBeenNthCalledWith(1, { challengeResponse: 'My-own-Passw0rd!' });
    expect(auth.confirmSignIn).toHaveBeenNthCalledWith(2, { challengeResponse: '123456' });
    expect(session.user.role).toBe('partner');
  });

  it('asks for the authenticator code and lets a wrong code be retried', async () => {
    const auth = fakeAuth({
      signIn: async () => step({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' }),
      confirmSignIn: vi.fn().mockRejectedValueOnce(cognitoError('CodeMismatchException')).mockResolvedValueOnce(done),
    });
    const flow = cognitoFlow(auth, 'Ruta');
    expect(await stepOf(flow.login({ username: 'paula', password: 'pw' }))).toEqual({ kind: 'totpCode' });
    await expect(flow.login({ step: 'totpCode', code: '000000' })).rejects.toThrow('ruta.login.invalid_code');
    expect((await flow.login({ step: 'totpCode', code: '654321' })).user.username).toBe('paula');
  });

  it('chooses TOTP when Cognito asks which factor to set up (SMS is off)', async () => {
    const auth = fakeAuth({
      signIn: async () => step({ signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: ['TOTP'] }),
      confirmSignIn: vi.fn(async () => step({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' })),
    });
    expect(await stepOf(cognitoFlow(auth, 'Ruta').login({ username: 'paula', password: 'pw' }))).toEqual({ kind: 'totpCode' });
    expect(auth.confirmSignIn).toHaveBeenCalledWith({ challengeResponse: 'TOTP' });
  });

  it('finishes an admin reset with the e-mailed code and the new password', async () => {
    const auth = fakeAuth({
      signIn: vi
        .fn()
        .mockResolvedValueOnce(step({ signInStep: 'RESET_PASSWORD' }))
        .mockResolvedValueOnce(step({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' })),
    });
    const flow = cognitoFlow(auth, 'Ruta');
    expect(await stepOf(flow.login({ username: 'paula', password: 'old' }))).toEqual({ kind: 'resetPassword' });
    expect(await stepOf(flow.login({ step: 'resetPassword', code: ' 987654 ', newPassword: 'New-Passw0rd!!' }))).toEqual({
      kind: 'totpCode',
    });
    expect(auth.confirmResetPassword).toHaveBeenCalledWith({
      username: 'paula',
      confirmationCode: '987654',
      newPassword: 'New-Passw0rd!!',
    });
    expect(auth.signIn).toHaveBeenLastCalledWith({ username: 'paula', password: 'New-Passw0rd!!' });
  });

  it('forgot password: e-mails a code, then the code and a new password sign in (issue 9.10)', async () => {
    const auth = fakeAuth({ signIn: vi.fn().mockResolvedValueOnce(step({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' })) });
    const flow = cognitoFlow(auth, 'Ruta');
    expect(await flow.forgotPassword(' Paula ')).toEqual({ kind: 'resetPassword', reason: 'forgot', destination: 'p***@f***.org' });
    expect(auth.resetPassword).toHaveBeenCalledWith({ username: 'paula' });
    // The reset step is the one an administrator's reset leads to: new password, then the pool's MFA.
    expect(await stepOf(flow.login({ step: 'resetPassword', code: '123456', newPassword: 'New-Passw0rd!!' }))).toEqual({
      kind: 'totpCode',
    });
    expect(auth.confirmResetPassword).toHaveBeenCalledWith({
      username: 'paula',
      confirmationCode: '123456',
      newPassword: 'New-Passw0rd!!',
    });
    expect(auth.signIn).toHaveBeenCalledWith({ username: 'paula', password: 'New-Passw0rd!!' });
  });

  it.each([
    [
      'InvalidParameterException',
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
      'ruta.login.forgot_unavailable',
    ],
    ['NotAuthorizedException', 'User password cannot be reset in the current state.', 'ruta.login.forgot_unavailable'],
    ['LimitExceededException', 'Attempt limit exceeded, please try after some time.', 'ruta.login.too_many_attempts'],
  ])('forgot password: says why Cognito refuses it (%s)', async (name, message, key) => {
    const auth = fakeAuth({
      resetPassword: async () => {
        throw cognitoError(name, message);
      },
    });
    await expect(cognitoFlow(auth, 'Ruta').forgotPassword('paula')).rejects.toThrow(key);
  });

  it('says why a new password is refused', async () => {
    const auth = fakeAuth({
      signIn: async () => step({ signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED' }),
      confirmSignIn: async () => {
        throw cognitoError('InvalidPasswordException');
      },
    });
    const flow = cognitoFlow(auth, 'Ruta');
    await stepOf(flow.login({ username: 'paula', password: 'Temp-1234' }));
    await expect(flow.login({ step: 'newPassword', newPassword: 'short' })).rejects.toThrow('ruta.login.weak_password');
  });

  it('starts over when the step session has expired or no sign-in was begun', async () => {
    const auth = fakeAuth({
      signIn: async () => step({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' }),
      confirmSignIn: async () => {
        throw cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
      },
    });
    await expect(cognitoFlow(auth, 'Ruta').login({ step: 'totpCode', code: '1' })).rejects.toBeInstanceOf(LoginRestart);
    const flow = cognitoFlow(auth, 'Ruta');
    await stepOf(flow.login({ username: 'paula', password: 'pw' }));
    await expect(flow.login({ step: 'totpCode', code: '123456' })).rejects.toThrow(new LoginRestart());
  });

  it('signs out a stale account that Amplify still holds, then signs in', async () => {
    const auth = fakeAuth({
      signIn: vi.fn().mockRejectedValueOnce(cognitoError('UserAlreadyAuthenticatedException')).mockResolvedValueOnce(done),
    });
    await cognitoFlow(auth, 'Ruta').login({ username: 'paula', password: 'pw' });
    expect(auth.signOut).toHaveBeenCalledTimes(1);
    expect(auth.signIn).toHaveBeenCalledTimes(2);
  });

  it('refuses an account outside every group instead of failing on each request', async () => {
    const auth = fakeAuth({
      fetchAuthSession: async () => ({ tokens: { idToken: { toString: () => 't', payload: { ...claims, 'cognito:groups': undefined } } } }),
    });
    await expect(cognitoFlow(auth, 'Ruta').login({ username: 'paula', password: 'pw' })).rejects.toThrow('ruta.login.no_role');
  });
});
