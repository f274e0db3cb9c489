/** The 404 for a space that does not exist or that the caller cannot see. */
import type { IKibanaResponse, KibanaResponseFactory } from '@kbn/core/server';
import type { AccessEngine } from '../../common/engine';
import { translate } from '../../common/i18n/translate';

export function findSpace(engine: AccessEngine, spaceId: string): boolean {
  return engine.spaces().some((space) => space.id === spaceId);
}

export function unknownSpaceResponse(
  engine: AccessEngine,
  spaceId: string,
  response: KibanaResponseFactory
): IKibanaResponse {
  return response.notFound({
    body: translate('xpack.caseAccess.server.unknownSpaceErrorMessage', {
      defaultMessage: '[space]: "{space}" does not exist or you cannot see it; use one of {spaces}',
      values: {
        space: spaceId,
        spaces: engine
          .spaces()
          .map((space) => space.id)
          .join(', '),
      },
    }),
  });
}
