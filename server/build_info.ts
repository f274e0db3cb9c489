/**
 * The Kibana version the archive was built for (`npm run build -- --kibana-version X.Y.Z`), written into the
 * server bundle by the build (scripts/build/server_files.js); `undefined` when the sources run unbuilt (in a Kibana
 * checkout, or in tests).
 */
export const BUILT_FOR_KIBANA_VERSION: string | undefined =
  process.env.CASE_ACCESS_BUILT_FOR_KIBANA_VERSION || undefined;
