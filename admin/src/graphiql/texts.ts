/** The explorer page's few words, in the language chosen in the console (react-admin's store). */
const texts = {
  es: {
    signIn: 'Ingrese primero en la consola; el explorador usa su sesión.',
    openConsole: 'Ir a la consola',
    noAccess: 'Su rol (%{role}) no tiene acceso al explorador de la API. Lo usan el equipo del programa y la administración.',
    expired: 'Su sesión terminó. Vuelva a ingresar en la consola y recargue esta página.',
    admin: 'Administración',
    staff: 'Equipo del programa',
    caseworker: 'Gestión de casos',
    partner: 'Organización socia',
    donor: 'Donante',
  },
  en: {
    signIn: 'Sign in to the console first; the explorer uses your session.',
    openConsole: 'Open the console',
    noAccess: 'Your role (%{role}) has no access to the API explorer. Program staff and administrators use it.',
    expired: 'Your session has ended. Sign in again in the console and reload this page.',
    admin: 'Administrator',
    staff: 'Program staff',
    caseworker: 'Case worker',
    partner: 'Partner organization',
    donor: 'Donor',
  },
};

export type Text = keyof (typeof texts)['es'];

export function chosenLocale(): 'es' | 'en' {
  try {
    return JSON.parse(localStorage.getItem('RaStore.locale') ?? '"es"') === 'en' ? 'en' : 'es';
  } catch {
    return 'es';
  }
}

export function t(key: Text, params: Record<string, string> = {}): string {
  return texts[chosenLocale()][key].replace(/%\{(\w+)\}/g, (_, p: string) => params[p] ?? '');
}
