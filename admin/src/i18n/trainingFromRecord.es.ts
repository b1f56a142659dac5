import type { TrainingFromRecordMessages } from './trainingFromRecord.en.ts';

/** Crear el registro de capacitación desde un registro de actividad (resources/activityRecord/TrainingFromRecordDialog.tsx). */
export const trainingFromRecordEs: TrainingFromRecordMessages = {
  ruta: {
    activity_training: {
      create: 'Crear el registro de capacitación',
      title: 'Crear el registro de capacitación desde esta actividad',
      explain:
        'La capacitación toma de esta actividad el programa, el objetivo, el título, las fechas y el lugar; su organización queda como organizadora y las personas alcanzadas como participantes (un grupo por rango de edad). La actividad queda vinculada a ella.',
      kind: 'Tipo de capacitación',
      confirm: 'Crear y vincular',
      cancel: 'Cancelar',
      created: 'Registro de capacitación creado y vinculado',
      linked: 'Registro de capacitación',
      open: 'Abrir la capacitación',
    },
  },
};
