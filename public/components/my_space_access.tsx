import React from 'react';
import { EuiBasicTable, EuiSpacer, EuiTitle } from '@elastic/eui';
import type { EuiBasicTableColumn } from '@elastic/eui';
import { SOLUTIONS } from '../../common/report/types';
import type { Solution, SpaceAccess, UserAccess } from '../../common/report/types';
import { connectorsLabel, myAccessTexts, solutionLabel, tableTexts } from '../i18n_texts';
import { groupWarnings } from '../lib/user_access';
import { AccessLevelBadge } from './access_level_badge';
import { UserWarnings } from './user_warnings';
import { YesNo } from './yes_no';

export interface MySpaceAccessProps {
  user: UserAccess;
  access: SpaceAccess;
}

interface Row {
  solution: Solution;
}

/** The caller's access in one space: a row per solution, and the warnings that apply there. */
export function MySpaceAccess({ user, access }: MySpaceAccessProps) {
  const { space } = access;
  const cell = (solution: Solution) => access.solutions[solution];
  const columns: Array<EuiBasicTableColumn<Row>> = [
    {
      field: 'solution',
      name: myAccessTexts.solution(),
      render: (s: Solution) => solutionLabel(s),
    },
    {
      field: 'solution',
      name: myAccessTexts.access(),
      render: (s: Solution) => (
        <AccessLevelBadge
          level={cell(s).level}
          data-test-subj={`caseAccessMyLevel-${space}-${s}`}
        />
      ),
    },
    {
      field: 'solution',
      name: tableTexts.assignable(),
      render: (s: Solution) => <YesNo value={cell(s).assignable} />,
    },
    {
      field: 'solution',
      name: tableTexts.addAlerts(),
      render: (s: Solution) => <YesNo value={cell(s).addAlerts} />,
    },
    {
      field: 'solution',
      name: tableTexts.push(),
      render: (s: Solution) => <YesNo value={cell(s).pushToExternal} />,
    },
    {
      field: 'solution',
      name: tableTexts.connectors(),
      render: (s: Solution) => connectorsLabel(cell(s).connectors),
    },
  ];
  // User-level warnings are shown once, above every space.
  const spaceWarnings = groupWarnings({ ...user, warnings: [] }, access);
  return (
    <section aria-label={myAccessTexts.spaceTitle(space)}>
      <EuiTitle size="s">
        <h2>{myAccessTexts.spaceTitle(space)}</h2>
      </EuiTitle>
      <EuiSpacer size="s" />
      <UserWarnings warnings={spaceWarnings} />
      <EuiBasicTable<Row>
        tableCaption={myAccessTexts.caption(space)}
        items={SOLUTIONS.map((solution) => ({ solution }))}
        itemId="solution"
        columns={columns}
      />
      <EuiSpacer size="l" />
    </section>
  );
}
