import type { UsersMessages } from './users.en.ts';

export const usersEs: UsersMessages = {
  resources: {
    User: {
      name: 'Usuario |||| Usuarios',
      fields: {
        id: 'Usuario',
        username: 'Usuario',
        displayName: 'Nombre',
        email: 'Correo electrónico',
        role: 'Rol',
        organizationId: 'Organización',
        programIds: 'Programas',
        disabled: 'Estado',
        createdAt: 'Creado',
      },
      sections: {
        account: 'Cuenta',
        scope: 'Qué ve el usuario',
        history: 'Historial',
      },
      helper: {
        username: '3–40 letras minúsculas, números, puntos, guiones o guiones bajos; no se puede cambiar después',
        email: 'Adonde van las invitaciones y los restablecimientos de contraseña (AWS)',
        organizationId: 'Obligatoria para socios y donantes; escriba para buscar por nombre',
        programIds: 'Obligatorios para socios y donantes: los programas en los que trabajan o que financian',
      },
    },
  },
  ruta: {
    users: {
      active: 'Activa',
      disabled: 'Deshabilitada',
      disable: 'Deshabilitar',
      enable: 'Habilitar',
      disable_title: '¿Deshabilitar la cuenta de %{name}?',
      disable_content:
        '%{name} ya no podrá ingresar. Las sesiones ya abiertas terminan cuando vence su token (como máximo una hora en AWS). Puede volver a habilitar la cuenta más adelante.',
      enable_title: '¿Habilitar la cuenta de %{name}?',
      enable_content: '%{name} podrá volver a ingresar con su contraseña actual.',
      disabled_done: 'Cuenta deshabilitada',
      enabled_done: 'Cuenta habilitada',
      reset: 'Restablecer contraseña',
      reset_title: '¿Restablecer la contraseña de %{name}?',
      reset_content: 'La contraseña actual deja de funcionar de inmediato. %{name} necesitará la nueva contraseña temporal para ingresar.',
      credentials_title: 'Contraseña temporal de %{name}',
      credentials_intro: 'Entregue esta contraseña a %{name} por un canal seguro. La usará para ingresar.',
      credentials_warning:
        'Esta contraseña se muestra solo ahora: no se guarda en claro y no se podrá volver a ver. Si se pierde, restablezca la contraseña.',
      credentials_emailed:
        'Cognito envió una contraseña temporal a %{email}. En su primer ingreso %{name} elegirá una contraseña y configurará una aplicación de autenticación.',
      reset_emailed:
        'Cognito envió a %{email} cómo elegir una contraseña nueva (un código de verificación, o una contraseña temporal nueva si %{name} nunca ingresó).',
      emailed_title: 'Correo enviado a %{name}',
      credentials_done: 'Ya la entregué',
      actions: {
        CREATE: 'Creada',
        UPDATE: 'Modificada',
        DELETE: 'Eliminada',
        DISABLE: 'Desactivada',
        ENABLE: 'Activada',
        RESET_PASSWORD: 'Contraseña restablecida',
      },
    },
  },
};
