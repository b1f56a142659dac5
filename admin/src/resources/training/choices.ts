import { PARTICIPANT_SEXES, TRAINING_KINDS } from '@ruta/schema/zod/training';

const choices = (type: string, values: readonly string[]) => values.map((id) => ({ id, name: `ruta.enums.${type}.${id}` }));

export const trainingKinds = choices('TrainingKind', TRAINING_KINDS);
export const participantSexes = choices('ParticipantSex', PARTICIPANT_SEXES);
