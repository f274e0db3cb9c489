/**
 * Accessibility checks with axe-core in the browser, as Kibana's own a11y service does
 * (src/platform/test/accessibility/services/a11y): axe's source is injected into the page once, then run on one
 * part of it. Only serious and critical violations fail a spec.
 */
import fs from 'node:fs';
import type { FtrProviderContext } from '../../ftr_provider_context';

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const AXE_SOURCE_PATH = require.resolve('axe-core/axe.min.js');

export function axeChecker({ getService }: FtrProviderContext) {
  const browser = getService('browser');
  return {
    /** Serious and critical violations inside the element with this test subject (the whole page when omitted). */
    async violations(testSubj?: string): Promise<AxeFinding[]> {
      const loaded = await browser.execute(() => 'axe' in window);
      if (!loaded) await browser.execute(fs.readFileSync(AXE_SOURCE_PATH, 'utf8'));
      return await browser.execute(
        async (selector: string | null) => {
          interface AxeNode {
            target: string[];
          }
          interface AxeViolation {
            id: string;
            impact?: string;
            help: string;
            nodes: AxeNode[];
          }
          const axe = (
            window as unknown as {
              axe: {
                run(
                  context: Element | Document,
                  options: object
                ): Promise<{ violations: AxeViolation[] }>;
              };
            }
          ).axe;
          const context = selector ? document.querySelector(selector) : document;
          if (!context) throw new Error(`nothing matches ${selector}`);
          const { violations } = await axe.run(context, { resultTypes: ['violations'] });
          return violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => ({
              id: v.id,
              impact: v.impact ?? '',
              help: v.help,
              targets: v.nodes.map((n) => n.target.join(' ')),
            }));
        },
        testSubj ? `[data-test-subj="${testSubj}"]` : null
      );
    },
  };
}
