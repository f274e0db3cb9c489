import React from 'react';
import { EuiAccordion, EuiBasicTable, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import { capabilityLabel } from '../capability_texts';
import type { EuiBasicTableColumn } from '@elastic/eui';
import { CASE_CAPABILITIES, SOLUTIONS } from '../../common/report/types';
import type { Solution, SpaceAccess, UserAccess } from '../../common/report/types';
import { connectorsLabel, myAccessTexts, solutionLabel, tableTexts } from '../i18n_texts';
import { groupWarnings } from '../lib/user_access';
import { AccessLevelBadge } from './access_level_badge';
import { UserWarnings } from './user_warnings';
import { YesNo } from './yes_no';

export interface MySpaceAccessProps {
  user: UserAccess;
  access: SpaceAccess;
  /** The space's name, when known; else its id. */
  spaceName?: string;
}

interface Row {
  solution: Solution;
}

/** The caller's access in one space: a row per solution, and the warnings that apply there. */
export function MySpaceAccess({ user, access, spaceName }: MySpaceAccessProps) {
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
    <section aria-label={myAccessTexts.spaceTitle(spaceName ?? space)}>
      <EuiTitle size="s">
        <h2>{myAccessTexts.spaceTitle(spaceName ?? space)}</h2>
      </EuiTitle>
      <EuiSpacer size="s" />
      <UserWarnings warnings={spaceWarnings} />
      <EuiBasicTable<Row>
        tableCaption={myAccessTexts.caption(spaceName ?? space)}
        items={SOLUTIONS.map((solution) => ({ solution }))}
        itemId="solution"
        columns={columns}
      />
      {SOLUTIONS.filter((s) => cell(s).level === 'custom').map((solution) => (
        <EuiAccordion
          key={solution}
          id={`caseAccessMyMissing-${space}-${solution}`}
          buttonContent={myAccessTexts.whatIsMissing(solutionLabel(solution))}
          paddingSize="s"
          data-test-subj={`caseAccessMyMissing-${space}-${solution}`}
        >
          <EuiText size="s">
            <ul>
              {CASE_CAPABILITIES.filter((key) => !cell(solution).capabilities[key]).map((key) => (
                <li key={key}>{capabilityLabel(key)}</li>
              ))}
            </ul>
            <p>{myAccessTexts.askAdministrator()}</p>
          </EuiText>
        </EuiAccordion>
      ))}
      <EuiSpacer size="l" />
    </section>
  );
}
