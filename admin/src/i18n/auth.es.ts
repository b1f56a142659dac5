import type { AuthMessages } from './auth.en.ts';

export const authEs: AuthMessages = {
  ruta: {
    login: {
      stage: 'Entorno: %{stage}',
      back: 'Empezar de nuevo',
      continue: 'Continuar',
      new_password: 'Contraseña nueva',
      confirm_password: 'Repita la contraseña nueva',
      passwords_differ: 'Las dos contraseñas no coinciden',
      password_policy: 'Al menos 12 caracteres, con mayúsculas, minúsculas, números y símbolos.',
      new_password_intro: 'Es su primer ingreso (o su contraseña fue restablecida): elija su propia contraseña.',
      totp_setup_intro:
        'Toda cuenta necesita una aplicación de autenticación (Google Authenticator, Microsoft Authenticator, FreeOTP…). Agregue esta cuenta con el enlace o la clave secreta y escriba el código de 6 dígitos que muestra.',
      totp_open: 'Abrir en la aplicación de autenticación',
      totp_secret: 'Clave secreta',
      copy: 'Copiar',
      copied: 'Copiado',
      totp_code: 'Código de 6 dígitos',
      totp_code_intro: 'Escriba el código de 6 dígitos que su aplicación de autenticación muestra para Ruta.',
      reset_intro: 'Un administrador restableció su contraseña. Escriba el código enviado a su correo y elija una contraseña nueva.',
      reset_code: 'Código del correo',
      invalid_code: 'El código no es válido; escriba el actual.',
      expired_code: 'El código venció; pida a un administrador un nuevo restablecimiento.',
      weak_password: 'La contraseña no cumple las reglas: al menos 12 caracteres con mayúsculas, minúsculas, números y símbolos.',
      too_many_attempts: 'Demasiados intentos; espere unos minutos e intente de nuevo.',
      step_expired: 'El ingreso tardó demasiado; empiece de nuevo.',
      unsupported_step: 'Esta cuenta necesita un paso de ingreso que la consola no ofrece; consulte a un administrador.',
      no_role: 'Esta cuenta aún no tiene rol; consulte a un administrador.',
      step_required: 'Falta un paso más.',
      temporary_expired: 'Esta contraseña temporal venció; pida a un administrador que la restablezca.',
      password_unchanged: 'Elija una contraseña distinta de la temporal.',
    },
  },
};
