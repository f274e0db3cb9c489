/**
 * Spaces plugin start contract, as far as this plugin uses it: x-pack/platform/plugins/shared/spaces/server/plugin.ts
 * and spaces_service/spaces_service.ts. Type-only.
 */
import type { KibanaRequest } from '@kbn/core/server';
import type { Space } from './common';

export type { Space, SolutionView } from './common';

export type GetAllSpacesPurpose =
  'any' | 'copySavedObjectsIntoSpace' | 'findSavedObjects' | 'shareSavedObjectsIntoSpace';

export interface ISpacesClient {
  getAll(options?: { purpose?: GetAllSpacesPurpose }): Promise<Space[]>;
  get(id: string): Promise<Space>;
}

export interface SpacesServiceStart {
  getSpaceId(request: KibanaRequest): string;
  createSpacesClient(request: KibanaRequest): ISpacesClient;
}

export interface SpacesPluginStart {
  spacesService: SpacesServiceStart;
}
