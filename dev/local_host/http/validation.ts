/**
 * Request and response validation as Kibana's router applies it: function validators
 * `(data, { ok, badRequest })`, and zod-like schemas (`safeParse`). A failure becomes a 400 whose message
 * names the part of the request, e.g. `[request query.perPage]: must be at most 500`.
 */
import type {
  RouteValidationResultFactory,
  VersionedRouteValidation,
  AddVersionOpts,
} from '@kbn/core/server';

export class ValidationFailure extends Error {
  constructor(
    message: string,
    public readonly path: string[] = []
  ) {
    super(message);
  }
}

const resultFactory: RouteValidationResultFactory = {
  ok: (value) => ({ value }),
  badRequest: (error, path) => ({
    // Kibana returns a RouteValidationError; this one carries the same message and path.
    error: new ValidationFailure(typeof error === 'string' ? error : error.message, path ?? []),
  }),
};

interface ZodLike {
  safeParse(data: unknown):
    | { success: true; data: unknown }
    | {
        success: false;
        error: { issues?: Array<{ path: PropertyKey[]; message: string }>; message: string };
      };
}

function isZodLike(value: unknown): value is ZodLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ZodLike).safeParse === 'function'
  );
}

/** Runs one validator on `data`; returns the validated value or throws `ValidationFailure` prefixed with `namespace`. */
export function runValidator(validator: unknown, data: unknown, namespace: string): unknown {
  if (validator === undefined) return {};
  if (typeof validator === 'function') {
    const validate = validator as (value: unknown, factory: typeof resultFactory) => unknown;
    const result = validate(data, resultFactory) as {
      value?: unknown;
      error?: Error & { path?: string[] };
    };
    if (result && result.error) {
      const path =
        result.error instanceof ValidationFailure ? result.error.path : (result.error.path ?? []);
      throw new ValidationFailure(`[${[namespace, ...path].join('.')}]: ${result.error.message}`);
    }
    return result?.value;
  }
  if (isZodLike(validator)) {
    const parsed = validator.safeParse(data);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues?.[0];
    const path = issue ? issue.path.map(String) : [];
    throw new ValidationFailure(
      `[${[namespace, ...path].join('.')}]: ${issue?.message ?? parsed.error.message}`
    );
  }
  throw new Error(
    `Unsupported validator for ${namespace}: use a function (data, { ok, badRequest }) or a zod schema.`
  );
}

/** The validation object of a version, resolving the lazy form; `undefined` for `validate: false`. */
export function resolveValidation(
  options: AddVersionOpts<unknown, unknown, unknown>
): VersionedRouteValidation<unknown, unknown, unknown> | undefined {
  if (options.validate === false) return undefined;
  return typeof options.validate === 'function' ? options.validate() : options.validate;
}

/** Unwraps a response body validator given lazily (`() => validator`), as Kibana allows. */
export function responseBodyValidator(spec: unknown): unknown {
  if (typeof spec === 'function' && spec.length === 0) return (spec as () => unknown)();
  return spec;
}
