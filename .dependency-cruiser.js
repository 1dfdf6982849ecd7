/** The import rules of STYLE.md, checked in the test command. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'libs-not-into-apps',
      comment: 'Libraries never import apps.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-not-into-each-other',
      severity: 'error',
      from: { path: '^apps/(api|worker|web)/' },
      to: { path: '^apps/', pathNot: ['^apps/$1/'] },
    },
    {
      name: 'libs-only-through-index',
      comment: 'Apps and other libraries use a library only through its index.ts.',
      severity: 'error',
      from: { path: '^(apps|libs)/([^/]+)/' },
      to: { path: '^libs/([^/]+)/src/.+', pathNot: ['^libs/$2/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'domain-is-pure',
      comment: 'Domain code is plain TypeScript: no framework, no database, no queue, no I/O (Node built-ins), no other layer.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { path: ['^node_modules/', '^libs/[^/]+/src/(application|persistence|jobs)/'], pathNot: '^node_modules/temporal-polyfill/' },
    },
    {
      name: 'domain-no-node-io',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'persistence-stays-in-its-module',
      comment: 'A module reads another module only through its exported reader; its repositories and SQL stay inside.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/index\\.ts$' },
      to: { path: '^libs/[^/]+/src/persistence/' },
    },
    {
      name: 'persistence-below-application',
      comment: 'Repositories do not call services, readers or job handlers.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/persistence/' },
      to: { path: '^libs/[^/]+/src/jobs/' },
    },
    {
      name: 'shared-imports-nothing',
      comment: 'The kernel imports no other library and no package, except the Temporal polyfill its time code is built on.',
      severity: 'error',
      from: { path: '^libs/shared/' },
      to: { path: '^(libs/(?!shared/)|node_modules/)', pathNot: '^node_modules/temporal-polyfill/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(\\.spec\\.ts$|\\.e2e-spec\\.ts$|^dist/)' },
  },
};
