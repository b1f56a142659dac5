import { addChecks, addRutaStacks, createApp } from '../lib/ruta.ts';

// `npm run synth`, `npx cdk deploy -c stage=prod --all`: one stage per invocation, `dev` by default.
const app = createApp();
addRutaStacks(app);
addChecks(app);
app.synth();
