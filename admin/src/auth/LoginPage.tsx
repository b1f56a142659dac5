import { Alert, Box, Button, CardContent, CircularProgress, Link, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import {
  Form,
  Login,
  PasswordInput,
  TextInput,
  required,
  useLocaleState,
  useLocales,
  useLogin,
  useNotify,
  useTranslate,
} from 'react-admin';
import { CopyButton } from '../commons/CopyButton.tsx';
import { PublicStatsLink } from '../publicStats/PublicStatsLink.tsx';
import { runtimeConfig } from './runtimeConfig.ts';
import { signInMethod } from './signIn.ts';
import { LoginRestart, LoginStepRequired, type LoginParams, type LoginStep } from './signInMethod.ts';

/**
 * react-admin's login screen: what Ruta is, the language (the console's own, kept for the next visit),
 * the further steps Cognito may ask for in the same card, and what to do about a forgotten password —
 * a code by e-mail in AWS, an administrator's reset locally. Locally the issuer asks only for the new
 * password of an account with a temporary one.
 */
const sameAsNew = (value: string, values: Record<string, string>) =>
  value && value !== values.newPassword ? 'ruta.login.passwords_differ' : undefined;

const Intro = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ mb: 1 }}>
      {translate(text)}
    </Typography>
  );
};

/** `autoFocus` off when a code comes first (the reset step): the code field takes the focus. */
const NewPasswordInputs = ({ autoFocus = true }: { autoFocus?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <PasswordInput
        source="newPassword"
        label={translate('ruta.login.new_password')}
        autoComplete="new-password"
        validate={required()}
        helperText="ruta.login.password_policy"
        autoFocus={autoFocus}
      />
      <PasswordInput
        source="confirmPassword"
        label={translate('ruta.login.confirm_password')}
        autoComplete="new-password"
        validate={[required(), sameAsNew]}
      />
    </>
  );
};

const CodeInput = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <TextInput
      source="code"
      label={translate(label)}
      autoComplete="one-time-code"
      validate={required()}
      autoFocus
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
    />
  );
};

const TotpSetup = ({ secret, uri }: { secret: string; uri: string }) => {
  const translate = useTranslate();
  return (
    <>
      <Intro text="ruta.login.totp_setup_intro" />
      <Link href={uri} variant="body2">
        {translate('ruta.login.totp_open')}
      </Link>
      <Typography variant="caption" component="p" sx={{ mt: 1 }}>
        {translate('ruta.login.totp_secret')}
      </Typography>
      <Stack direction="row" alignItems="center" gap={1} sx={{ mb: 1 }}>
        {/* Groups of four are easier to type into an app by hand; the copy button copies it whole. */}
        <Typography sx={{ fontFamily: 'monospace' }} data-testid="totp-secret">
          {secret.match(/.{1,4}/g)?.join(' ')}
        </Typography>
        <CopyButton value={secret} />
      </Stack>
      <CodeInput label="ruta.login.totp_code" />
    </>
  );
};

function inputsFor(step: LoginStep | null): ReactNode {
  switch (step?.kind) {
    case undefined:
      return <FirstStep />;
    case 'newPassword':
      return (
        <>
          <Intro text="ruta.login.new_password_intro" />
          <NewPasswordInputs />
        </>
      );
    case 'totpSetup':
      return <TotpSetup secret={step.secret} uri={step.uri} />;
    case 'totpCode':
      return (
        <>
          <Intro text="ruta.login.totp_code_intro" />
          <CodeInput label="ruta.login.totp_code" />
        </>
      );
    case 'resetPassword':
      return (
        <>
          <ResetIntro step={step} />
          <CodeInput label="ruta.login.reset_code" />
          <NewPasswordInputs autoFocus={false} />
        </>
      );
  }
}

const ResetIntro = ({ step }: { step: Extract<LoginStep, { kind: 'resetPassword' }> }) => {
  const translate = useTranslate();
  const text =
    step.reason !== 'forgot'
      ? translate('ruta.login.reset_intro')
      : step.destination
        ? translate('ruta.login.forgot_code_sent', { destination: step.destination })
        : translate('ruta.login.forgot_code_sent_email');
  return (
    <Typography variant="body2" sx={{ mb: 1 }} role="status">
      {text}
    </Typography>
  );
};

/** The same fields and labels as react-admin's own LoginForm. */
const FirstStep = () => {
  const translate = useTranslate();
  return (
    <>
      <TextInput autoFocus source="username" label={translate('ra.auth.username')} autoComplete="username" validate={required()} />
      <PasswordInput source="password" label={translate('ra.auth.password')} autoComplete="current-password" validate={required()} />
    </>
  );
};

function paramsFor(step: LoginStep | null, values: Record<string, string>): LoginParams {
  switch (step?.kind) {
    case undefined:
      return { username: values.username ?? '', password: values.password ?? '' };
    case 'newPassword':
      return { step: 'newPassword', newPassword: values.newPassword ?? '' };
    case 'totpSetup':
    case 'totpCode':
      return { step: step.kind, code: values.code ?? '' };
    case 'resetPassword':
      return { step: 'resetPassword', code: values.code ?? '', newPassword: values.newPassword ?? '' };
  }
}

/** What the page may do for a forgotten password: e-mail a code (Cognito), or explain the administrator's reset (locally). */
function useForgotPassword(): ((username: string) => Promise<LoginStep>) | null | undefined {
  const [forgot, setForgot] = useState<((username: string) => Promise<LoginStep>) | null>();
  useEffect(() => {
    signInMethod().then(
      (m) => setForgot(() => (m.forgotPassword ? m.forgotPassword.bind(m) : null)),
      () => setForgot(null),
    );
  }, []);
  return forgot;
}

const SubmitButton = ({ loading, label }: { loading: boolean; label: string }) => {
  const translate = useTranslate();
  return (
    <Button variant="contained" type="submit" color="primary" disabled={loading} fullWidth sx={{ mt: 2 }}>
      {loading ? <CircularProgress size={19} thickness={3} sx={{ m: 0.3 }} /> : translate(label)}
    </Button>
  );
};

/** Locally nothing is e-mailed: an administrator resets the password on the Users screen. */
const AdministratorResets = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" role="status">
      {translate('ruta.login.forgot_local', {
        users: translate('resources.User.name', { smart_count: 2 }),
        action: translate('ruta.users.reset'),
      })}
    </Alert>
  );
};

/**
 * What the login form that public/boot.js makes of index.html's card passes on when it is sent before
 * the console's scripts have run: the username and password to sign in with, or the forgotten-password
 * form to open. Taken once, when the console starts: a later visit to the login page starts empty.
 */
type BootLogin = { username: string; password: string } | { forgot: true; username: string };
let bootLogin: BootLogin | undefined = (() => {
  const w = window as { rutaBootLogin?: BootLogin };
  const taken = w.rutaBootLogin;
  delete w.rutaBootLogin;
  return taken;
})();

const SignInForm = () => {
  const [boot] = useState(() => bootLogin);
  const [step, setStep] = useState<LoginStep | null>(null);
  const [forgotten, setForgotten] = useState(!!boot && 'forgot' in boot);
  const [loading, setLoading] = useState(false);
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const sendCode = useForgotPassword();
  const typed = { username: boot?.username ?? '' };

  const submit = async (values: Record<string, string>) => {
    setLoading(true);
    try {
      await login(paramsFor(step, values));
    } catch (e) {
      if (e instanceof LoginStepRequired) return setStep(e.step);
      if (e instanceof LoginRestart) setStep(null);
      notify((e as Error)?.message || 'ra.auth.sign_in_error', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  // The sign-in typed before the scripts ran goes on here, once (StrictMode runs effects twice).
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only.
  useEffect(() => {
    if (!boot || bootLogin !== boot) return;
    bootLogin = undefined;
    if ('password' in boot) submit(boot);
  }, []);

  const requestCode = async (values: Record<string, string>) => {
    if (!sendCode) return;
    setLoading(true);
    try {
      setStep(await sendCode(values.username ?? ''));
      setForgotten(false);
    } catch (e) {
      notify((e as Error)?.message || 'ruta.auth.login_failed', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  const backToSignIn = (
    <Button
      fullWidth
      sx={{ mt: 1 }}
      onClick={() => {
        setForgotten(false);
        setStep(null);
      }}
      disabled={loading}
    >
      {translate(forgotten ? 'ruta.login.back_to_sign_in' : 'ruta.login.back')}
    </Button>
  );

  if (forgotten) {
    return (
      <Form key="forgot" onSubmit={requestCode as never} defaultValues={typed} noValidate>
        <CardContent sx={{ width: 300, pb: 2 }}>
          <Typography component="h2" variant="subtitle1" sx={{ mb: 1 }}>
            {translate('ruta.login.forgot_title')}
          </Typography>
          {sendCode === undefined ? (
            <CircularProgress size={24} sx={{ display: 'block', mx: 'auto', my: 1 }} aria-label={translate('ra.page.loading')} />
          ) : sendCode ? (
            <>
              <Intro text="ruta.login.forgot_intro" />
              <TextInput autoFocus source="username" label={translate('ra.auth.username')} autoComplete="username" validate={required()} />
              <SubmitButton loading={loading} label="ruta.login.send_code" />
            </>
          ) : (
            <AdministratorResets />
          )}
          {backToSignIn}
        </CardContent>
      </Form>
    );
  }

  return (
    // A new form per step: values of one step must not leak into the next.
    <Form key={step?.kind ?? 'password'} onSubmit={submit as never} defaultValues={step ? undefined : typed} mode="onChange" noValidate>
      <CardContent sx={{ width: 300, pb: 2 }}>
        {inputsFor(step)}
        <SubmitButton loading={loading} label={step ? 'ruta.login.continue' : 'ra.auth.sign_in'} />
        {step ? (
          backToSignIn
        ) : (
          <Button
            fullWidth
            size="small"
            sx={{ mt: 1, textTransform: 'none' }}
            onClick={() => setForgotten(true)}
            disabled={sendCode === undefined}
          >
            {translate('ruta.login.forgot')}
          </Button>
        )}
        <StageNote />
      </CardContent>
    </Form>
  );
};

/** The product's name and what it is for, in the console's language. */
const Brand = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ px: 2, textAlign: 'center', maxWidth: 300 }}>
      <Typography component="h1" variant="h4">
        {translate('ruta.app.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('ruta.login.tagline')}
      </Typography>
    </Box>
  );
};

/** The console's language (react-admin's locale, kept in its store for the next visit), switched before signing in. */
const LanguageSwitch = () => {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const locales = useLocales();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={locale}
      onChange={(_, next: string | null) => next && setLocale(next)}
      aria-label={translate('ruta.app.language')}
      sx={{ justifyContent: 'center', width: '100%', mt: 1 }}
    >
      {locales.map((l) => (
        <ToggleButton key={l.locale} value={l.locale} lang={l.locale} sx={{ textTransform: 'none', px: 2 }}>
          {l.name}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};

/** In AWS, which stage this is: nobody should mistake dev for prod. */
const StageNote = () => {
  const translate = useTranslate();
  const [stage, setStage] = useState<string>();
  useEffect(() => {
    runtimeConfig().then(
      (c) => setStage(c.mode === 'cognito' ? c.stage : undefined),
      () => undefined,
    );
  }, []);
  if (!stage) return null;
  return (
    <Typography variant="caption" component="p" color="text.secondary" sx={{ mt: 2, textAlign: 'center' }}>
      {translate('ruta.login.stage', { stage })}
    </Typography>
  );
};

export const LoginPage = () => (
  <Login>
    <Brand />
    <LanguageSwitch />
    <SignInForm />
    <PublicStatsLink />
  </Login>
);
