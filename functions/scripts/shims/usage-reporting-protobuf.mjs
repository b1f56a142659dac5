// Stand-in for `@apollo/usage-reporting-protobuf` in Lambda bundles (aliased in ../esbuild-options.ts).
//
// Apollo's usage-reporting and inline-trace plugins encode traces for Apollo's cloud; Ruta disables
// usage reporting (ApolloServerPluginUsageReportingDisabled) and is no federated subgraph, so the
// 104 KiB protobuf code would ship in every deployment package and never run. Reading a property of
// the stand-in gives the stand-in (module-level lookups such as `Trace.HTTP.Method` stay harmless);
// calling or constructing it fails loudly.
const unavailable = () => {
  throw new Error('Apollo usage reporting and tracing are disabled in Ruta');
};
const stub = new Proxy(function protobufStandIn() {}, {
  get: (_target, property) => (property === 'then' ? undefined : stub),
  apply: unavailable,
  construct: unavailable,
});
export const Trace = stub;
export const Report = stub;
export const ReportHeader = stub;
export const google = stub;
export default stub;
