/**
 * Kibana's shared browser dependencies: import name → global on `__kbnSharedDeps__`, as listed in Kibana's
 * src/platform/packages/private/kbn-ui-shared-deps-src/src/definitions.js (the part a plugin like this can meet).
 * The plugin bundle takes these from the page instead of bundling its own copies.
 */
const SHARED_DEPS = {
  react: 'React',
  'react-dom': 'ReactDom',
  'react-dom/server': 'ReactDomServer',
  'react-router': 'ReactRouter',
  'react-router-dom': 'ReactRouterDom',
  '@emotion/cache': 'EmotionCache',
  '@emotion/react': 'EmotionReact',
  '@elastic/eui': 'ElasticEui',
  '@elastic/eui-theme-borealis': 'ElasticEuiThemeBorealis',
  '@elastic/charts': 'ElasticCharts',
  moment: 'Moment',
  'moment-timezone': 'MomentTimezone',
  lodash: 'Lodash',
  'lodash/fp': 'LodashFp',
  rxjs: 'Rxjs',
  tslib: 'TsLib',
  uuid: 'Uuid',
  classnames: 'Classnames',
  history: 'History',
  '@tanstack/react-query': 'ReactQuery',
};

/** webpack `externals`: each shared dependency read from the page's `__kbnSharedDeps__`. */
function sharedDepsExternals() {
  return Object.fromEntries(
    Object.entries(SHARED_DEPS).map(([name, global]) => [name, `__kbnSharedDeps__.${global}`])
  );
}

module.exports = { SHARED_DEPS, sharedDepsExternals };
