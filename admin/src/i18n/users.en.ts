import type { Shape } from './shape.ts';
/** The Users screens (admin only): accounts in Cognito (AWS) or the local issuer. */
export const usersEn = {
  resources: {
    User: {
      name: 'User |||| Users',
      fields: {
        id: 'Username',
        username: 'Username',
        displayName: 'Name',
        email: 'E-mail',
        role: 'Role',
        organizationId: 'Organization',
        programIds: 'Programs',
        disabled: 'Status',
        createdAt: 'Created',
      },
      sections: {
        account: 'Account',
        scope: 'What the user sees',
        history: 'History',
      },
      helper: {
        username: '3–40 lower-case letters, digits, dots, dashes or underscores; cannot be changed later',
        email: 'Where invitations and password resets go (AWS)',
        organizationId: 'Required for partners and donors; type to search by name',
        programIds: 'Required for partners and donors: the programs they work in or fund',
      },
    },
  },
  ruta: {
    users: {
      active: 'Active',
      disabled: 'Disabled',
      disable: 'Disable',
      enable: 'Enable',
      disable_title: 'Disable the account %{name}?',
      disable_content:
        '%{name} will no longer be able to sign in. Sessions already open end when their token expires (at most one hour in AWS). You can enable the account again later.',
      enable_title: 'Enable the account %{name}?',
      enable_content: '%{name} will be able to sign in again with their current password.',
      disabled_done: 'Account disabled',
      enabled_done: 'Account enabled',
      reset: 'Reset password',
      reset_title: 'Reset the password of %{name}?',
      reset_content: 'The current password stops working at once. %{name} will need the new temporary password to sign in.',
      credentials_title: 'Temporary password for %{name}',
      credentials_intro: 'Give this password to %{name} through a safe channel. They will use it to sign in.',
      credentials_warning:
        'This password is shown only now: it is not stored in clear and cannot be shown again. If it is lost, reset the password.',
      credentials_emailed:
        'Cognito has e-mailed a temporary password to %{email}. At first sign-in %{name} chooses a password and sets up an authenticator app.',
      reset_emailed:
        'Cognito has e-mailed %{email} how to choose a new password (a verification code, or a new temporary password if %{name} never signed in).',
      emailed_title: 'E-mail sent to %{name}',
      credentials_done: 'I have handed it over',
      actions: {
        CREATE: 'Created',
        UPDATE: 'Changed',
        DELETE: 'Deleted',
        DISABLE: 'Disabled',
        ENABLE: 'Enabled',
        RESET_PASSWORD: 'Password reset',
      },
    },
  },
};

export type UsersMessages = Shape<typeof usersEn>;
