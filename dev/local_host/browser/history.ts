/** A `ScopedHistory` over the window's history, scoped to an app's base path. */
import type { ScopedHistory } from '@kbn/core/public';

export function createScopedHistory(basePath: string): ScopedHistory {
  const listeners = new Set<(location: { pathname: string; search: string }) => void>();
  const current = () => {
    const pathname = window.location.pathname.startsWith(basePath)
      ? window.location.pathname.slice(basePath.length) || '/'
      : window.location.pathname;
    return {
      pathname,
      search: window.location.search,
      hash: window.location.hash,
      state: window.history.state as unknown,
    };
  };
  const notify = () => {
    for (const listener of listeners) listener(current());
  };
  window.addEventListener('popstate', notify);
  const href = ({
    pathname = '',
    search = '',
    hash = '',
  }: {
    pathname?: string;
    search?: string;
    hash?: string;
  }) => `${basePath}${pathname === '/' ? '' : pathname}${search}${hash}`;
  const toUrl = (path: string) =>
    path.startsWith('?') || path.startsWith('#') ? `${basePath}${path}` : href({ pathname: path });
  return {
    get location() {
      return current();
    },
    push(path, state) {
      window.history.pushState(state, '', toUrl(path));
      notify();
    },
    replace(path, state) {
      window.history.replaceState(state, '', toUrl(path));
      notify();
    },
    createHref: href,
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
