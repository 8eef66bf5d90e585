// The public face of core: read, parse, validate, aggregate, then the report models, chart specs,
// gallery search and editor helpers built on them. Environment-free (Node, browsers, VS Code web
// workers): effects such as file access are passed in by the adapters.

export * from './charts/index.ts';
export * from './editions/reporting.ts';
export * from './editor/index.ts';
export * from './pipeline.ts';
export * from './report/index.ts';
export * from './search/index.ts';
