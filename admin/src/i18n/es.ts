import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { MAX_OBJECTIVE_CODES, MAX_PARTIES } from '@ruta/schema/limits';
import type { RutaMessages, ValidationMessages } from './en.ts';
import { raSpanish } from './raSpanish.ts';
import { authEs } from './auth.es.ts';
import { formsEs } from './forms.es.ts';
import { usersEs } from './users.es.ts';
import { programEs } from './program.es.ts';
import { reportEs } from './report.es.ts';
import { exportEs } from './export.es.ts';
import { importEs } from './import.es.ts';
import { searchEs } from './search.es.ts';
import { historyEs } from './history.es.ts';
import { dashboardEs } from './dashboard.es.ts';

const validation: ValidationMessages = {
  required: 'Obligatorio',
  too_long: 'Debe tener como máximo %{max} caracteres',
  invalid: 'Valor no válido',
  invalid_email: 'No es un correo electrónico válido',
  invalid_date: 'No es una fecha válida: escríbala como dd/mm/aaaa',
  invalid_country: 'Use el código de país de dos letras, p. ej. EC',
  invalid_currency: 'Use el código de moneda de tres letras, p. ej. USD',
  invalid_id: 'No es un identificador válido',
  end_before_start: 'La fecha de fin debe ser igual o posterior a la de inicio',
  parties_min: 'Un convenio necesita al menos dos partes',
  parties_max: `Un convenio puede tener como máximo ${MAX_PARTIES} partes`,
  parties_distinct: 'Cada parte puede figurar una sola vez',
  currency_required: 'Indique la moneda del valor',
  not_negative: 'No puede ser negativo',
  expired_is_derived: 'VENCIDO se asigna solo cuando pasa la fecha de fin',
  objective_code: 'Los códigos de objetivo son como 1 o 1.2',
  unknown_party: 'Organización desconocida',
  codes_distinct: 'Cada código puede figurar una sola vez',
  unknown_program: 'Programa desconocido',
  unknown_objective: 'El programa no tiene un objetivo con este código',
  code_taken: 'Otro objetivo del programa ya tiene este código',
  parent_missing: 'Cree primero el objetivo superior %{parent}',
  rate_range: 'Debe estar entre 0 y 100 %',
  unit_value: 'No es un valor válido para esta unidad',
  percent_range: 'Debe estar entre %{min} y %{max} %',
  whole_number: 'Debe ser un número entero',
  metric_required: 'Un indicador calculado necesita una métrica',
  period: 'No es un mes válido: escríbalo como mm/aaaa',
  positive: 'Debe ser mayor que cero',
  to_before_from: 'El fin del período debe ser igual o posterior a su inicio',
  donors_min: 'Un programa necesita al menos un donante',
  username: 'De 3 a 40 letras minúsculas, dígitos, puntos, guiones o guiones bajos',
  own_account: 'No puede desactivar su propia cuenta',
  username_taken: 'Este nombre de usuario ya está en uso',
  name_taken: 'Ya existe una organización con este nombre (sin contar mayúsculas ni tildes)',
  password_policy: 'Al menos 12 caracteres, con mayúsculas, minúsculas, números y símbolos',
  password_unchanged: 'Elija una contraseña distinta de la temporal',
  objective_ref: 'Indique el id del objetivo, o su programa y código',
  objective_in_use:
    'Solo se puede eliminar un objetivo sin subobjetivos, indicadores, líneas presupuestarias, gastos ni convenios vinculados',
  budget_line_has_expenditures: 'Hay gastos imputados a esta línea presupuestaria; elimínelos primero',
  too_many_to_delete: 'Demasiados elementos relacionados (%{count}) para eliminar de una vez; como máximo %{max}',
  outside_program: 'Debe estar dentro del período del programa (%{start} a %{end})',
  too_many_items: 'Este cambio afecta a %{count} registros; caben como máximo %{max} en un solo cambio',
  too_many_ids: 'Como máximo %{max} identificadores a la vez (se dieron %{count})',
  program_total: 'Los gastos del programa superarían %{max} unidades menores, más de lo que su informe puede mostrar con exactitud',
  invalid_characters:
    'Quite los caracteres de control, de dirección del texto o dañados (son invisibles o cambian cómo se muestra el texto)',
  date_range: 'Use una fecha entre %{min} y %{max}',
  too_large: 'Debe ser como máximo %{max}',
};

const rutaEs: RutaMessages = {
  resources: {
    Organization: {
      name: 'Organización |||| Organizaciones',
      fields: {
        id: 'Id',
        name: 'Nombre',
        acronym: 'Sigla',
        kind: 'Tipo',
        country: 'País',
        province: 'Provincia',
        city: 'Ciudad',
        contactPerson: 'Persona de contacto',
        email: 'Correo electrónico',
        phone: 'Teléfono',
        notes: 'Notas',
        agreementCount: 'Convenios',
        version: 'Versión',
        createdAt: 'Creada',
        updatedAt: 'Modificada',
        q: 'Buscar por nombre',
      },
      sections: {
        identity: 'Identificación',
        location: 'Ubicación',
        contact: 'Contacto',
        agreements: 'Convenios de los que es parte',
      },
      helper: {
        country: 'Código de dos letras, p. ej. EC',
        q: 'Cualquier palabra del nombre o la sigla, por ejemplo quimera, FNJ',
      },
      empty: {
        title: 'Todavía no hay organizaciones',
        invite: 'Registre los ministerios, unidades de policía, ONG, casas de acogida y donantes que participan en el programa.',
      },
    },
    PartnerAgreement: {
      name: 'Convenio |||| Convenios',
      fields: {
        id: 'Id',
        programId: 'Programa',
        kind: 'Tipo',
        title: 'Título',
        partyIds: 'Partes',
        parties: 'Partes',
        signedOn: 'Firmado el',
        startDate: 'Inicio',
        endDate: 'Fin',
        status: 'Estado',
        value: 'Valor',
        currency: 'Moneda',
        purpose: 'Objeto',
        objectiveCodes: 'Objetivos',
        version: 'Versión',
        createdAt: 'Creado',
        updatedAt: 'Modificado',
        q: 'Buscar por título',
        organizationId: 'Organización',
        startFrom: 'Inicio desde',
        startTo: 'Inicio hasta',
      },
      sections: {
        agreement: 'Convenio',
        dates: 'Fechas',
        money: 'Valor',
        program: 'Programa',
      },
      helper: {
        q: 'Cualquier palabra del título, por ejemplo albergue; se combina con los demás filtros',
        partyIds: 'Dos o más organizaciones; escriba para buscar por nombre',
        value: 'En unidades de la moneda, p. ej. 1234.56',
        currency: 'Código de tres letras, p. ej. USD',
        objectiveCodes: `Códigos como 1.2 (máximo ${MAX_OBJECTIVE_CODES}); pulse Intro después de cada uno`,
        status: 'VENCIDO se asigna solo cuando pasa la fecha de fin',
      },
      empty: {
        title: 'Todavía no hay convenios',
        invite: 'Registre los memorandos, acuerdos de cooperación y contratos entre organizaciones.',
        partner: 'Su organización todavía no es parte de ningún convenio.',
      },
    },
  },
  ruta: {
    app: {
      title: 'Ruta',
      explorer: 'Explorador de la API',
      user_menu: '%{name} — menú de la cuenta',
      language: 'Idioma',
    },
    enums: {
      OrganizationKind: {
        MINISTRY: 'Ministerio',
        POLICE: 'Policía',
        JUDICIARY: 'Función Judicial',
        PROSECUTOR: 'Fiscalía',
        NGO: 'ONG / fundación',
        SHELTER: 'Casa de acogida',
        INTERNATIONAL_ORGANIZATION: 'Organismo internacional',
        COMPANY: 'Empresa',
        DONOR: 'Donante',
        ACADEMIC: 'Universidad / investigación',
        LOCAL_GOVERNMENT: 'Gobierno local',
        OTHER: 'Otro',
      },
      AgreementKind: {
        MOU: 'Memorando de entendimiento',
        COOPERATIVE_AGREEMENT: 'Acuerdo de cooperación',
        CONTRACT: 'Contrato',
        LETTER_OF_INTENT: 'Carta de intención',
      },
      AgreementStatus: {
        DRAFT: 'Borrador',
        ACTIVE: 'Vigente',
        EXPIRED: 'Vencido',
        TERMINATED: 'Terminado',
      },
      Role: {
        admin: 'Administración',
        staff: 'Equipo del programa',
        caseworker: 'Gestión de casos',
        partner: 'Organización socia',
        donor: 'Donante',
      },
    },
    errors: {
      UNAUTHENTICATED: 'Su sesión terminó; vuelva a ingresar.',
      FORBIDDEN: 'No tiene permiso para hacer esto.',
      NOT_FOUND: 'Este registro no existe o usted no puede verlo.',
      CONFLICT: 'Esto choca con datos guardados mientras tanto.',
      STALE_VERSION:
        'Alguien modificó este registro mientras usted lo editaba. Recargue la página para ver la versión actual y vuelva a hacer sus cambios.',
      HAS_AGREEMENTS: 'Esta organización es parte de convenios; quítela de ellos antes de eliminarla.',
      BAD_USER_INPUT: 'Algunos valores no son válidos; revise los campos marcados.',
      INTERNAL_SERVER_ERROR: 'El servidor no pudo completar la solicitud. Intente más tarde.',
      NETWORK: 'No se puede conectar con el servidor. Revise su conexión e intente de nuevo.',
      search_combined:
        'Una búsqueda solo de palabras cortas (de, la, y…) no se combina con otros filtros: añada una palabra más larga o quite los demás filtros.',
      sort_unavailable: 'Con los filtros actuales esta lista no se puede ordenar así; ordene por fecha de inicio.',
    },
    auth: {
      invalid_credentials: 'Usuario o contraseña incorrectos.',
      login_failed: 'No se pudo ingresar; intente de nuevo.',
      session_expired: 'Su sesión terminó; vuelva a ingresar.',
    },
    dashboard: {
      welcome: 'Bienvenido/a, %{name}',
      role: 'Rol: %{role}',
      organization: 'Organización: %{name}',
      party_to: 'Su organización es parte de %{smart_count} convenio |||| Su organización es parte de %{smart_count} convenios',
      organizations: 'Ministerios, unidades de policía, ONG, casas de acogida, empresas y donantes del programa.',
      agreements: 'Memorandos, acuerdos de cooperación y contratos entre organizaciones.',
      agreements_own: 'Los convenios de los que su organización es parte.',
      agreements_donor: 'Los convenios que firmó su organización y los de los programas que financia.',
      open: 'Abrir',
      explorer: 'Pruebe consultas a la API GraphQL con su sesión.',
    },
    money: {
      none: '—',
    },
  },
  validation,
};

export const es: TranslationMessages = mergeTranslations(
  raSpanish,
  rutaEs,
  usersEs,
  authEs,
  formsEs,
  programEs,
  reportEs,
  exportEs,
  importEs,
  searchEs,
  historyEs,
  dashboardEs,
);
