import { useEffect, useState } from 'react';
import { useServices } from '../services';

/**
 * The space the user is in. `undefined` while it is being looked up; `null` when unknown (no spaces plugin, or the
 * lookup failed), in which case the server's default applies.
 */
export function useActiveSpace(): string | null | undefined {
  const { getActiveSpaceId } = useServices();
  const [space, setSpace] = useState<string | null | undefined>(
    getActiveSpaceId ? undefined : null
  );
  useEffect(() => {
    if (!getActiveSpaceId) return;
    let active = true;
    getActiveSpaceId().then(
      (id) => active && setSpace(id),
      () => active && setSpace(null)
    );
    return () => {
      active = false;
    };
  }, [getActiveSpaceId]);
  return space;
}
