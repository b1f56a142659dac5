/** Making the training record from a partner's activity record (resources/activityRecord/TrainingFromRecordDialog.tsx). */
export const trainingFromRecordEn = {
  ruta: {
    activity_training: {
      create: 'Create the training record',
      title: 'Create the training record from this activity',
      explain:
        'The training gets this activity’s program, objective, title, dates and place, your organization as organizer, and the people reached as participants (one group per age band). The activity is linked to it.',
      kind: 'Kind of training',
      confirm: 'Create and link',
      cancel: 'Cancel',
      created: 'Training record created and linked',
      linked: 'Training record',
      open: 'Open the training',
    },
  },
};
export type TrainingFromRecordMessages = typeof trainingFromRecordEn;
