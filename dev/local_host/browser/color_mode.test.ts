import { COLOR_MODE_STORAGE_KEY, readColorModeSetting, resolveColorMode } from './color_mode';

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === COLOR_MODE_STORAGE_KEY ? value : null),
});

describe('the host colour mode', () => {
  it.each([
    [null, 'system'],
    ['dark', 'dark'],
    ['light', 'light'],
    ['purple', 'system'],
  ])('reads %s as %s', (stored, expected) => {
    expect(readColorModeSetting(storage(stored))).toBe(expected);
  });

  it.each([
    ['system', true, 'dark'],
    ['system', false, 'light'],
    ['dark', false, 'dark'],
    ['light', true, 'light'],
  ] as const)('renders %s (system prefers dark: %s) as %s', (setting, prefersDark, expected) => {
    expect(resolveColorMode(setting, prefersDark)).toBe(expected);
  });
});
