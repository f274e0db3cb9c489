/** Elasticsearch-style wildcard patterns (`*` and `?`), as used in application names, resources and actions. */
const cache = new Map<string, RegExp>();

export function wildcardMatch(pattern: string, value: string): boolean {
  if (pattern === '*' || pattern === value) return true;
  if (!pattern.includes('*') && !pattern.includes('?')) return false;
  let regex = cache.get(pattern);
  if (!regex) {
    const source = pattern
      .split('')
      .map((char) =>
        char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
      )
      .join('');
    regex = new RegExp(`^${source}$`);
    cache.set(pattern, regex);
  }
  return regex.test(value);
}

export function matchesAny(patterns: readonly string[], value: string): boolean {
  return patterns.some((pattern) => wildcardMatch(pattern, value));
}
