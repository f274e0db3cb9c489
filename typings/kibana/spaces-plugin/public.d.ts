/**
 * Spaces plugin browser contract, as far as this plugin uses it: x-pack/platform/plugins/shared/spaces/public/types.ts
 * (SpacesApi.getActiveSpace). Type-only.
 */
import type { Space } from './common';

export type { Space } from './common';

export interface SpacesApi {
  getActiveSpace(): Promise<Space>;
}
export type SpacesPluginStart = SpacesApi;
