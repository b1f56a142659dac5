import type { confirmResetPassword, confirmSignIn, fetchAuthSession, resetPassword, signIn, signOut, SignInOutput } from 'aws-amplify/auth';
import type { Session } from '../providers/session.ts';
import { sessionFromIdToken } from './idTokenSession.ts';
import { LoginRestart, LoginStepRequired, type LoginParams, type LoginStep } from './signInMethod.ts';

/** The Amplify functions the flow calls, passed in so the steps can be tested without Cognito. */
export interface AmplifyAuth {
  signIn: typeof signIn;
  confirmSignIn: typeof confirmSignIn;
  confirmResetPassword: typeof confirmResetPassword;
  resetPassword: typeof resetPassword;
  fetchAuthSession: typeof fetchAuthSession;
  signOut: typeof signOut;
}

/** Cognito's exception names → the login page's messages (ruta.auth.*), the same words as locally. */
const MESSAGES: Record<string, string> = {
  NotAuthorizedException: 'ruta.auth.invalid_credentials',
  UserNotFoundException: 'ruta.auth.invalid_credentials',
  CodeMismatchException: 'ruta.login.invalid_code',
  EnableSoftwareTokenMFAException: 'ruta.login.invalid_code',
  ExpiredCodeException: 'ruta.login.expired_code',
  InvalidPasswordException: 'ruta.login.weak_password',
  LimitExceededException: 'ruta.login.too_many_attempts',
  TooManyRequestsException: 'ruta.login.too_many_attempts',
  TooManyFailedAttemptsException: 'ruta.login.too_many_attempts',
  NetworkError: 'ruta.errors.NETWORK',
};

function translated(error: unknown): Error {
  if (error instanceof LoginStepRequired || error instanceof LoginRestart) return error;
  const { name = '', message = '' } = (error ?? {}) as { name?: string; message?: string };
  if (name === 'Error' && message.startsWith('ruta.')) return error as Error; // ours, already a message key
  // A challenge answered after its session (3 minutes) ended: only a new sign-in helps.
  if (name === 'NotAuthorizedException' && /session/i.test(message)) return new LoginRestart();
  if (name === 'NotAuthorizedException' && /temporary password has expired/i.test(message))
    return new Error('ruta.login.temporary_expired');
  if (name === 'SignInException' || name === 'EmptyChallengeResponse') return new LoginRestart('ruta.auth.login_failed');
  return new Error(MESSAGES[name] ?? 'ruta.auth.login_failed');
}

type NextStep = SignInOutput['nextStep'];

/**
 * Cognito's sign-in as the login page's steps: each call either ends with a session or throws
 * LoginStepRequired with what to ask next. `appName` labels the account in authenticator apps.
 */
export function cognitoFlow(auth: AmplifyAuth, appName: string) {
  let username = '';

  async function follow(step: NextStep): Promise<Session> {
    switch (step.signInStep) {
      case 'DONE':
        return currentSession(auth);
      case 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED':
        throw new LoginStepRequired({ kind: 'newPassword' });
      case 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP': {
        const { sharedSecret, getSetupUri } = step.totpSetupDetails;
        throw new LoginStepRequired({ kind: 'totpSetup', secret: sharedSecret, uri: getSetupUri(appName, username).toString() });
      }
      case 'CONFIRM_SIGN_IN_WITH_TOTP_CODE':
        throw new LoginStepRequired({ kind: 'totpCode' });
      case 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION':
      case 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION':
        // The pool offers TOTP only (SMS is off): choose it for the user.
        if (step.allowedMFATypes && !step.allowedMFATypes.includes('TOTP')) throw new LoginRestart('ruta.login.unsupported_step');
        return follow((await auth.confirmSignIn({ challengeResponse: 'TOTP' })).nextStep);
      case 'RESET_PASSWORD':
        throw new LoginStepRequired({ kind: 'resetPassword' });
      default:
        throw new LoginRestart('ruta.login.unsupported_step');
    }
  }

  async function start(name: string, password: string): Promise<Session> {
    username = name.trim().toLowerCase();
    try {
      return await follow((await auth.signIn({ username, password })).nextStep);
    } catch (e) {
      // Another account still signed in on this browser (e.g. its session could not be read): sign it out.
      if ((e as { name?: string })?.name !== 'UserAlreadyAuthenticatedException') throw e;
      await auth.signOut();
      return follow((await auth.signIn({ username, password })).nextStep);
    }
  }

  async function answer(params: Exclude<LoginParams, { username: string }>): Promise<Session> {
    if (!username) throw new LoginRestart();
    switch (params.step) {
      case 'newPassword':
        return follow((await auth.confirmSignIn({ challengeResponse: params.newPassword })).nextStep);
      case 'totpSetup':
      case 'totpCode':
        return follow((await auth.confirmSignIn({ challengeResponse: params.code.replace(/\s/g, '') })).nextStep);
      case 'resetPassword':
        await auth.confirmResetPassword({ username, confirmationCode: params.code.trim(), newPassword: params.newPassword });
        return follow((await auth.signIn({ username, password: params.newPassword })).nextStep);
    }
  }

  return {
    /** Cognito e-mails a code (ForgotPassword); the reset step then sets the new password and signs in. */
    async forgotPassword(name: string): Promise<LoginStep> {
      username = name.trim().toLowerCase();
      try {
        const { nextStep } = await auth.resetPassword({ username });
        const destination = nextStep.codeDeliveryDetails?.destination;
        return { kind: 'resetPassword', reason: 'forgot', ...(destination ? { destination } : {}) };
      } catch (e) {
        // No verified e-mail to send the code to (InvalidParameterException), or an account that may not
        // reset now, e.g. disabled (NotAuthorizedException): an administrator has to reset it.
        const name = (e as { name?: string })?.name;
        if (name === 'InvalidParameterException' || name === 'NotAuthorizedException') throw new Error('ruta.login.forgot_unavailable');
        throw translated(e);
      }
    },
    async login(params: LoginParams): Promise<Session> {
      try {
        return 'username' in params ? await start(params.username, params.password) : await answer(params);
      } catch (e) {
        throw translated(e);
      }
    },
  };
}

/** The signed-in session from Amplify's tokens, which Amplify renews with the refresh token once expired. */
export async function currentSession(auth: Pick<AmplifyAuth, 'fetchAuthSession'>, forceRefresh = false): Promise<Session> {
  const { tokens } = await auth.fetchAuthSession({ forceRefresh });
  if (!tokens?.idToken) throw new LoginRestart('ruta.auth.login_failed');
  return sessionFromIdToken(tokens.idToken.toString(), tokens.idToken.payload as Record<string, unknown>);
}
