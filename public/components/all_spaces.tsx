import React from 'react';
import { EuiBasicTable, EuiText } from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import { ACCESS_LEVELS, SOLUTIONS } from '../../common/report/types';
import type { AccessLevel, SpaceLevels } from '../../common/report/types';
import { flyoutTexts, levelLabel, solutionLabel } from '../i18n_texts';
import { AccessLevelBadge } from './access_level_badge';

/** The highest level a user holds in any solution of a space. */
export function bestLevel(entry: SpaceLevels): AccessLevel {
  const levels = SOLUTIONS.map((solution) => entry.levels[solution]);
  return ACCESS_LEVELS.find((level) => levels.includes(level)) ?? 'none';
}

/** "Also has case access in: Security Operations (Full), …": other spaces are never invisible. */
export function OtherSpaces({ current, spaces }: { current: string; spaces: SpaceLevels[] }) {
  const others = spaces.filter((entry) => entry.space !== current && bestLevel(entry) !== 'none');
  return (
    <EuiText size="s" data-test-subj="caseAccessOtherSpaces">
      {others.length === 0
        ? flyoutTexts.noOtherSpaces()
        : flyoutTexts.alsoHas(
            others
              .map((entry) => flyoutTexts.spaceLevel(entry.name, levelLabel(bestLevel(entry))))
              .join(', ')
          )}
    </EuiText>
  );
}

/** Solutions × spaces, as Kibana's privilege summary shows a role. */
export function AllSpacesTable({ username, spaces }: { username: string; spaces: SpaceLevels[] }) {
  const columns: Array<EuiBasicTableColumn<SpaceLevels>> = [
    { field: 'name', name: flyoutTexts.spaceColumn() },
    ...SOLUTIONS.map((solution): EuiBasicTableColumn<SpaceLevels> => ({
      name: solutionLabel(solution),
      render: (entry: SpaceLevels) => (
        <AccessLevelBadge
          level={entry.levels[solution]}
          data-test-subj={`caseAccessAllSpaces-${entry.space}-${solution}`}
        />
      ),
    })),
  ];
  return (
    <EuiBasicTable<SpaceLevels>
      tableCaption={flyoutTexts.allSpacesCaption(username)}
      items={spaces}
      itemId="space"
      columns={columns}
      compressed
      data-test-subj="caseAccessAllSpaces"
    />
  );
}
