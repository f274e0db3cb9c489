import React from 'react';
import { EuiBadge } from '@elastic/eui';
import type { AccessLevel } from '../../common/report/types';
import { levelLabel } from '../i18n_texts';

const LEVEL_COLORS: Record<AccessLevel, string> = {
  full: 'success',
  custom: 'primary',
  view: 'default',
  none: 'hollow',
};

export interface AccessLevelBadgeProps {
  level: AccessLevel;
  'data-test-subj'?: string;
}

/** The level's name is always written out: the colour only repeats it. */
export function AccessLevelBadge({ level, 'data-test-subj': testSubj }: AccessLevelBadgeProps) {
  return (
    <EuiBadge color={LEVEL_COLORS[level]} data-test-subj={testSubj}>
      {levelLabel(level)}
    </EuiBadge>
  );
}
