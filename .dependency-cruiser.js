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
      comment: 'Domain code knows neither Nest nor TypeORM.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { path: 'node_modules/(@nestjs|typeorm|pg|bullmq|ioredis)/' },
    },
    {
      name: 'shared-imports-nothing',
      severity: 'error',
      from: { path: '^libs/shared/' },
      to: { path: '^(libs/(?!shared/)|node_modules/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(\\.spec\\.ts$|\\.e2e-spec\\.ts$|^dist/)' },
  },
};
