/** Spaces plugin browser contract (x-pack/platform/plugins/shared/spaces/public), as far as this plugin uses it. */
import type { Space } from './common';

export type { Space } from './common';

export interface SpacesApi {
  getActiveSpace(): Promise<Space>;
}
export type SpacesPluginStart = SpacesApi;
