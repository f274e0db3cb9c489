/**
 * What `/report`, `/report.csv`, `/users/{username}` and `/verify` do first: read the caller's directory (from the cache after
 * a fresh authorisation check), refuse a space the caller cannot see, and turn any failure into the mapped error.
 */
import type {
  IKibanaResponse,
  KibanaRequest,
  KibanaResponseFactory,
  RequestHandlerContext,
} from '@kbn/core/server';
import type { DirectoryEntry } from '../lib/directory_cache';
import { RequestAbortedError } from '../lib/directory_cache';
import { errorResponse } from '../lib/route_errors';
import type { RouteContext } from './route_context';
import { findSpace, unknownSpaceResponse } from './unknown_space';

export async function withSpace(
  { directory, failures }: RouteContext,
  handler: {
    context: RequestHandlerContext;
    request: KibanaRequest;
    response: KibanaResponseFactory;
  },
  { space, refresh }: { space: string; refresh: boolean },
  answer: (entry: DirectoryEntry) => IKibanaResponse | Promise<IKibanaResponse>
): Promise<IKibanaResponse> {
  const { context, request, response } = handler;
  try {
    const entry = await directory.load(context, request, refresh, space);
    failures.recovered();
    if (!findSpace(entry.engine, space)) return unknownSpaceResponse(entry.engine, space, response);
    return await answer(entry);
  } catch (error) {
    // The client has gone: nobody reads this answer, and it is no failure worth logging.
    if (error instanceof RequestAbortedError)
      return response.customError({ statusCode: 499, body: 'aborted' });
    return errorResponse(error, response, failures);
  }
}
