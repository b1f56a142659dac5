import { bundleHandler, packageOf } from './bundle.ts';
const r = await bundleHandler('/tmp/rb-out');
const outs = r.metafile.outputs;
for (const [p, o] of Object.entries(outs)) {
  if (!p.endsWith('.mjs')) continue;
  const agg = new Map<string, number>();
  for (const [i, v] of Object.entries(o.inputs)) { const k = packageOf(i)?.name ?? i; agg.set(k, (agg.get(k) ?? 0) + v.bytesInOutput); }
  const top = [...agg].sort((a,b)=>b[1]-a[1]).slice(0,6).map(([k,v])=>`${k}:${(v/1024).toFixed(0)}`).join(' ');
  console.log(p.replace(/^.*rb-out\//,''), (o.bytes/1024).toFixed(0), 'imports:', o.imports.filter(i=>!i.external).map(i=>i.kind[0]+':'+i.path.replace(/^.*chunks\//,'')).join(','), '|', top);
}
