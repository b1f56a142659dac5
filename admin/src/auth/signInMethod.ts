import type { Session } from '../providers/session.ts';

/**
 * What the login page may have to ask after the password. Both ways ask for a new password when an
 * administrator created or reset the account; Cognito also asks for setting up an authenticator app,
 * for its code, or for the code of a reset the admin started.
 */
export type LoginStep =
  | { kind: 'newPassword' }
  | { kind: 'totpSetup'; secret: string; uri: string }
  | { kind: 'totpCode' }
  /**
   * A reset code and a new password: after an administrator's reset (Cognito's RESET_PASSWORD), or after
   * "forgot password" (`reason: 'forgot'`, the code went to `destination`, e.g. a***@f***.org).
   */
  | { kind: 'resetPassword'; reason?: 'forgot'; destination?: string };

export type LoginParams =
  | { username: string; password: string }
  | { step: 'newPassword'; newPassword: string }
  | { step: 'totpSetup' | 'totpCode'; code: string }
  | { step: 'resetPassword'; code: string; newPassword: string };

/** Thrown by `login` when the sign-in is not over yet: the login page shows the step's form. */
export class LoginStepRequired extends Error {
  constructor(readonly step: LoginStep) {
    super('ruta.login.step_required');
  }
}

/** Thrown when a half-done sign-in cannot go on (Cognito's step session lasts minutes): start over. */
export class LoginRestart extends Error {
  constructor(message = 'ruta.login.step_expired') {
    super(message);
  }
}

/** One interface for both ways of signing in; the auth provider only chooses between them. */
export interface SignInMethod {
  /** Resolves with the session once signed in; rejects with LoginStepRequired or a translatable message. */
  login(params: LoginParams): Promise<Session>;
  logout(): Promise<void>;
  /** A session with a fresh ID token when it can be renewed without the user (Cognito's refresh token), else null. */
  renew(): Promise<Session | null>;
  /** The ID token for the next API request, renewed when needed; null when signed out. */
  idToken(): Promise<string | null>;
  /** Where GraphQL requests go. */
  apiUrl: string;
  /**
   * "Forgot password": sends a reset code to the account's e-mail and resolves with the step that asks
   * for it (Cognito's ForgotPassword). Absent locally, where an administrator resets passwords.
   */
  forgotPassword?(username: string): Promise<LoginStep>;
}
