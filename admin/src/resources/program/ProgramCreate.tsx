import { useState } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { createProgramInput } from '@ruta/schema/zod/program';
import { newId } from '../../commons/newId.ts';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { ProgramInputs } from './ProgramInputs.tsx';

const resolver = zodFormResolver(createProgramInput);

export const ProgramCreate = () => {
  // One id per form, so a retried save cannot create the program twice.
  const [id] = useState(newId);
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ id, country: 'EC', currency: 'USD', donorIds: [], modifications: [] }} resolver={resolver}>
        <ProgramInputs />
      </SimpleForm>
    </Create>
  );
};
