import { useEffect, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import { formatUrlState, parseUrlState } from '../lib/url_state';
import type { PanelUrlState } from '../lib/url_state';
import { useServices } from '../services';

/**
 * The panel's state, read once from the app's URL and written back (with `replace`, so Back leaves the page rather
 * than stepping through every filter) whenever it changes.
 */
export function useUrlState(): [PanelUrlState, Dispatch<SetStateAction<PanelUrlState>>] {
  const { history } = useServices();
  const [state, setState] = useState<PanelUrlState>(() =>
    parseUrlState(history?.location.search ?? '')
  );
  useEffect(() => {
    if (!history) return;
    const search = formatUrlState(state);
    if (search !== history.location.search) history.replace(search || '?');
  }, [history, state]);
  return [state, setState];
}
