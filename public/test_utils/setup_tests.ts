import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import type * as Crypto from 'crypto';

// Kibana's UI hooks are `data-test-subj` attributes; `getByTestId` reads them.
// EUI renders slowly in jsdom; on a busy machine a re-render can take longer than the 1 s default wait.
configure({ testIdAttribute: 'data-test-subj', asyncUtilTimeout: 5000 });

// jsdom lacks the layout APIs EUI reads; these stand-ins report "no match" and "no size".
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

if (!URL.createObjectURL) {
  Object.defineProperty(URL, 'createObjectURL', { writable: true, value: () => 'blob:stub' });
  Object.defineProperty(URL, 'revokeObjectURL', { writable: true, value: () => {} });
}

/**
 * EUI 116.5 requires `uuid` ^14, which ships only as an ES module, and Jest's CommonJS runtime cannot `require` it.
 * EUI only needs unique ids from it (v1 for element ids, v4 for column ids), which these give.
 */
jest.mock('uuid', () => {
  const { randomUUID } = jest.requireActual<typeof Crypto>('crypto');
  return { v1: () => randomUUID(), v4: () => randomUUID() };
});
