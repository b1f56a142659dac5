import { Button, CardContent, CircularProgress, Link, Stack, Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { Form, Login, PasswordInput, TextInput, required, useLogin, useNotify, useTranslate } from 'react-admin';
import { CopyButton } from '../commons/CopyButton.tsx';
import { runtimeConfig } from './runtimeConfig.ts';
import { LoginRestart, LoginStepRequired, type LoginParams, type LoginStep } from './signInMethod.ts';

/**
 * react-admin's login screen, with the further steps Cognito may ask for shown in the same card.
 * Locally the issuer asks only for the new password of an account with a temporary one.
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

const NewPasswordInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <PasswordInput
        source="newPassword"
        label={translate('ruta.login.new_password')}
        autoComplete="new-password"
        validate={required()}
        helperText="ruta.login.password_policy"
        autoFocus
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
          <Intro text="ruta.login.reset_intro" />
          <CodeInput label="ruta.login.reset_code" />
          <NewPasswordInputs />
        </>
      );
  }
}

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

const SignInForm = () => {
  const [step, setStep] = useState<LoginStep | null>(null);
  const [loading, setLoading] = useState(false);
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();

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

  return (
    // A new form per step: values of one step must not leak into the next.
    <Form key={step?.kind ?? 'password'} onSubmit={submit as never} mode="onChange" noValidate>
      <CardContent sx={{ width: 300, pb: 2 }}>
        {inputsFor(step)}
        <Button variant="contained" type="submit" color="primary" disabled={loading} fullWidth sx={{ mt: 2 }}>
          {loading ? (
            <CircularProgress size={19} thickness={3} sx={{ m: 0.3 }} />
          ) : (
            translate(step ? 'ruta.login.continue' : 'ra.auth.sign_in')
          )}
        </Button>
        {step && (
          <Button fullWidth sx={{ mt: 1 }} onClick={() => setStep(null)} disabled={loading}>
            {translate('ruta.login.back')}
          </Button>
        )}
        <StageNote />
      </CardContent>
    </Form>
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
    <SignInForm />
  </Login>
);
