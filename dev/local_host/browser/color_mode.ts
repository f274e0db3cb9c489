/**
 * The user's colour mode, as Kibana's user menu offers it (Appearance: System, Light, Dark). Kibana keeps it in the
 * user's settings and reloads the page to apply it; the host keeps it in localStorage and does the same.
 */
export const COLOR_MODE_STORAGE_KEY = 'caseAccessHost:colorMode';
export const COLOR_MODES = ['system', 'light', 'dark'] as const;
export type ColorModeSetting = (typeof COLOR_MODES)[number];

export function readColorModeSetting(storage: Pick<Storage, 'getItem'>): ColorModeSetting {
  const stored = storage.getItem(COLOR_MODE_STORAGE_KEY);
  return COLOR_MODES.find((mode) => mode === stored) ?? 'system';
}

/** The mode to render: the setting, or the operating system's preference for `system`. */
export function resolveColorMode(
  setting: ColorModeSetting,
  prefersDark: boolean
): 'light' | 'dark' {
  if (setting === 'system') return prefersDark ? 'dark' : 'light';
  return setting;
}
