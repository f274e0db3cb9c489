import React from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiIcon, EuiToolTip } from '@elastic/eui';
import { yesNoTexts } from '../i18n_texts';

export interface YesNoProps {
  value: boolean;
  /** Extra context shown on hover and focus, e.g. the solutions where it holds. */
  hint?: string;
  'data-test-subj'?: string;
}

/** "Yes" / "No" in words, with an icon that only repeats it. */
export function YesNo({ value, hint, 'data-test-subj': testSubj }: YesNoProps) {
  const word = (
    // The hint's tooltip opens on focus: keyboard users reach it only if the word can take focus.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above (EuiToolTip's own anchor is a span)
    <span data-test-subj={testSubj} tabIndex={hint ? 0 : undefined}>
      {value ? yesNoTexts.yes() : yesNoTexts.no()}
    </span>
  );
  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap={false}>
      <EuiFlexItem grow={false}>
        <EuiIcon
          type={value ? 'check' : 'cross'}
          color={value ? 'success' : 'subdued'}
          aria-hidden={true}
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        {hint ? <EuiToolTip content={hint}>{word}</EuiToolTip> : word}
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
