import { EDUCATION_LEVELS, SCHOLARSHIP_GROUPS, SCHOLARSHIP_STATUSES } from '@ruta/schema/zod/scholarship';

const choices = (enumName: string, values: readonly string[]) => values.map((id) => ({ id, name: `ruta.enums.${enumName}.${id}` }));

export const scholarshipGroups = choices('ScholarshipGroup', SCHOLARSHIP_GROUPS);
export const educationLevels = choices('EducationLevel', EDUCATION_LEVELS);
export const scholarshipStatuses = choices('ScholarshipStatus', SCHOLARSHIP_STATUSES);
