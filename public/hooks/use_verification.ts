import { useCallback, useEffect, useRef, useState } from 'react';
import type { VerifyResponse } from '../../common/verify/types';
import { toRequestError, type RequestError } from '../lib/http_error';
import { fetchVerification } from '../lib/verification';
import { useServices } from '../services';

export interface VerificationState {
  result?: VerifyResponse;
  error?: RequestError;
  loading: boolean;
  /** Asks Elasticsearch about every user of the space with a profile. */
  verify: () => void;
}

/** Verification of one space, on demand; forgotten when the space changes (it would no longer describe the rows). */
export function useVerification(space: string | undefined): VerificationState {
  const { http } = useServices();
  const [state, setState] = useState<Omit<VerificationState, 'verify'>>({ loading: false });
  const current = useRef(space);

  // A result describes the space it was asked for: forget it when the space changes (during render, as React
  // recommends over an effect that sets state).
  const [stateSpace, setStateSpace] = useState(space);
  if (stateSpace !== space) {
    setStateSpace(space);
    setState({ loading: false });
  }
  useEffect(() => {
    current.current = space;
  }, [space]);

  const verify = useCallback(() => {
    if (!space) return;
    setState({ loading: true });
    fetchVerification(http, space).then(
      (result) => {
        if (current.current === space) setState({ result, loading: false });
      },
      (error: unknown) => {
        if (current.current === space) setState({ error: toRequestError(error), loading: false });
      }
    );
  }, [http, space]);

  return { ...state, verify };
}
