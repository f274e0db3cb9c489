/**
 * Links to other Kibana pages keep their `href` (open in a new tab, copy the address) and, on a plain click,
 * navigate with Kibana's `application.navigateToUrl`, which changes app without reloading the page.
 */
import type { MouseEvent } from 'react';
import type { ApplicationStart } from '@kbn/core/public';

export function navigateInApp(
  event: MouseEvent<HTMLElement>,
  href: string,
  navigateToUrl: ApplicationStart['navigateToUrl']
): void {
  const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
  if (event.defaultPrevented || event.button !== 0 || modified) return;
  event.preventDefault();
  void navigateToUrl(href);
}
