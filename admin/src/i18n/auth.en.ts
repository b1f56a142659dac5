import type { Shape } from './shape.ts';
/** The login page: what Ruta is, the language, its further steps (Cognito) and the forgotten password. */
export const authEn = {
  ruta: {
    login: {
      tagline: 'Partner agreements, activities and results of counter-trafficking programs',
      stage: 'Environment: %{stage}',
      back: 'Start over',
      continue: 'Continue',
      new_password: 'New password',
      confirm_password: 'Repeat the new password',
      passwords_differ: 'The two passwords differ',
      password_policy: 'At least 12 characters, with upper- and lower-case letters, digits and symbols.',
      new_password_intro: 'This is your first sign-in (or your password was reset): choose your own password.',
      totp_setup_intro:
        'Every account needs an authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP…). Add this account to it with the link or the secret key, then type the 6-digit code it shows.',
      totp_open: 'Open in the authenticator app',
      totp_secret: 'Secret key',
      copy: 'Copy',
      copied: 'Copied',
      totp_code: '6-digit code',
      totp_code_intro: 'Type the 6-digit code your authenticator app shows for Ruta.',
      reset_intro: 'An administrator reset your password. Type the code sent to your e-mail and choose a new password.',
      reset_code: 'Code from the e-mail',
      invalid_code: 'That code is not valid; type the current one.',
      expired_code: 'That code has expired; ask for a new one with “Forgot your password?”.',
      weak_password: 'The password does not meet the rules: at least 12 characters with upper- and lower-case letters, digits and symbols.',
      too_many_attempts: 'Too many attempts; wait a few minutes and try again.',
      step_expired: 'The sign-in took too long; start again.',
      unsupported_step: 'This account needs a sign-in step the console does not offer; ask an administrator.',
      no_role: 'This account has no role yet; ask an administrator.',
      step_required: 'One more step is needed.',
      temporary_expired: 'This temporary password has expired; ask an administrator to reset it.',
      password_unchanged: 'Choose a password other than the temporary one.',
      forgot: 'Forgot your password?',
      forgot_title: 'Forgotten password',
      forgot_local:
        'Passwords are reset by a Ruta administrator: ask one to open %{users}, choose your account and press “%{action}”. You will get a temporary password that works once, to choose your own when you sign in.',
      forgot_intro: 'Type your username: a code to choose a new password will go to the e-mail of your account.',
      send_code: 'Send code',
      forgot_code_sent: 'If the account exists, a code went to %{destination}. Type it and choose a new password.',
      forgot_code_sent_email: 'If the account exists, a code went to its e-mail. Type it and choose a new password.',
      forgot_unavailable: 'This account cannot reset its password by e-mail; ask an administrator to reset it.',
      back_to_sign_in: 'Back to sign-in',
    },
  },
};

export type AuthMessages = Shape<typeof authEn>;
