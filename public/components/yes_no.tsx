import React from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiIcon, EuiScreenReaderOnly, EuiToolTip } from '@elastic/eui';
import { yesNoTexts } from '../i18n_texts';

export interface YesNoProps {
  value: boolean;
  /** Extra context shown on hover, and read by screen readers: where it holds, or why not. */
  hint?: string;
  'data-test-subj'?: string;
  /** Test subject of the hint's text. */
  hintTestSubj?: string;
}

/**
 * "Yes" / "No" in words, with an icon that only repeats it. The hint is a tooltip on hover and hidden text for
 * screen readers, so the cell adds no tab stop: a table row keeps a single one, its user link.
 */
export function YesNo({ value, hint, 'data-test-subj': testSubj, hintTestSubj }: YesNoProps) {
  const word = <span data-test-subj={testSubj}>{value ? yesNoTexts.yes() : yesNoTexts.no()}</span>;
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
        {hint ? (
          <EuiToolTip content={hint}>
            <span>
              {word}
              <EuiScreenReaderOnly>
                <span data-test-subj={hintTestSubj}>{`: ${hint}`}</span>
              </EuiScreenReaderOnly>
            </span>
          </EuiToolTip>
        ) : (
          word
        )}
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
