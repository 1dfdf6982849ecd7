/** The import rules of STYLE.md, checked in the test command. Every rule is an error. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

const DOMAIN = { path: '^libs/[^/]+/src/domain/' };

module.exports = {
  forbidden: [
    forbid('no-circular', 'No import cycles.', {}, { circular: true }),
    forbid('libs-not-into-apps', 'Libraries never import apps.', { path: '^libs/' }, { path: '^apps/' }),
    forbid('apps-not-into-each-other', 'The apps never import each other.', { path: '^apps/(api|worker|web)/' }, { path: '^apps/', pathNot: ['^apps/$1/'] }),
    forbid(
      'libs-only-through-index',
      'Apps and other libraries use a library only through its index.ts.',
      { path: '^(apps|libs)/([^/]+)/' },
      { path: '^libs/([^/]+)/src/.+', pathNot: ['^libs/$2/', '^libs/[^/]+/src/index\\.ts$'] },
    ),
    forbid('domain-is-pure', 'Domain code is plain TypeScript: no framework, no database, no queue, no I/O (Node built-ins), no other layer.', DOMAIN, {
      path: ['^node_modules/', '^libs/[^/]+/src/(application|persistence|jobs)/'],
      pathNot: '^node_modules/temporal-polyfill/',
    }),
    forbid('domain-no-node-io', 'Domain code reads and writes nothing itself.', DOMAIN, { dependencyTypes: ['core'] }),
    forbid(
      'persistence-stays-in-its-module',
      'A module reads another module only through its exported reader; its repositories and SQL stay inside.',
      { path: '^libs/[^/]+/src/index\\.ts$' },
      { path: '^libs/[^/]+/src/persistence/' },
    ),
    forbid(
      'persistence-below-application',
      'Repositories do not call services, readers or job handlers.',
      { path: '^libs/[^/]+/src/persistence/' },
      { path: '^libs/[^/]+/src/jobs/' },
    ),
    forbid(
      'shared-imports-nothing',
      'The kernel imports no other library and no package, except the Temporal polyfill its time code is built on.',
      { path: '^libs/shared/' },
      { path: '^(libs/(?!shared/)|node_modules/)', pathNot: '^node_modules/temporal-polyfill/' },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(\\.spec\\.ts$|\\.e2e-spec\\.ts$|^dist/)' },
  },
};
