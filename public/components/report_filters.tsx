import React from 'react';
import {
  EuiBadge,
  EuiButtonEmpty,
  EuiButtonGroup,
  EuiFieldSearch,
  EuiFlexGroup,
  EuiFlexItem,
  EuiSelect,
} from '@elastic/eui';
import type { CapabilityMatch } from '../../common/report/api';
import type { AccessLevel, FilterCapability, Solution, WarningId } from '../../common/report/types';
import {
  ACCESS_LEVELS,
  FILTER_CAPABILITIES,
  SOLUTIONS,
  WARNING_IDS,
} from '../../common/report/types';
import { capabilityLabel } from '../capability_texts';
import { appTexts, filterTexts, levelLabel, solutionLabel } from '../i18n_texts';
import { warningTitle } from '../warning_texts';

export interface ReportFilterValues {
  solution?: Solution;
  level?: AccessLevel;
  capability?: FilterCapability;
  capabilityMatch?: CapabilityMatch;
  notAssignable?: boolean;
  warning?: WarningId;
}

export interface ReportFiltersProps {
  search: string;
  onSearchChange: (search: string) => void;
  values: ReportFilterValues;
  onChange: (change: ReportFilterValues) => void;
  /** Shown when any search or filter is set. */
  onClear?: () => void;
}

const ANY = '';

function options<T extends string>(values: readonly T[], label: (value: T) => string) {
  return [
    { value: ANY, text: filterTexts.any() },
    ...values.map((value) => ({ value, text: label(value) })),
  ];
}

function pick<T extends string>(values: readonly T[], raw: string): T | undefined {
  return values.find((value) => value === raw);
}

/** Search and the four filters; every control is labelled, and the level filter waits for a solution. */
export function ReportFilters({
  search,
  onSearchChange,
  values,
  onChange,
  onClear,
}: ReportFiltersProps) {
  const matchOptions = [
    { id: 'can', label: filterTexts.can(), 'data-test-subj': 'caseAccessCapabilityMatch-can' },
    {
      id: 'cannot',
      label: filterTexts.cannot(),
      'data-test-subj': 'caseAccessCapabilityMatch-cannot',
    },
  ];
  return (
    <EuiFlexGroup gutterSize="s" wrap responsive>
      <EuiFlexItem grow={2} style={{ minWidth: 240 }}>
        <EuiFieldSearch
          fullWidth
          value={search}
          placeholder={filterTexts.search()}
          aria-label={filterTexts.searchLabel()}
          onChange={(event) => onSearchChange(event.target.value)}
          data-test-subj="caseAccessSearch"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiSelect
          prepend={filterTexts.solution()}
          aria-label={filterTexts.solution()}
          options={options(SOLUTIONS, solutionLabel)}
          value={values.solution ?? ANY}
          onChange={(e) => onChange({ solution: pick(SOLUTIONS, e.target.value) })}
          data-test-subj="caseAccessSolutionFilter"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiSelect
          prepend={filterTexts.level()}
          aria-label={filterTexts.level()}
          title={values.solution ? undefined : filterTexts.levelNeedsSolution()}
          disabled={!values.solution}
          options={options(ACCESS_LEVELS, levelLabel)}
          value={values.level ?? ANY}
          onChange={(e) => onChange({ level: pick(ACCESS_LEVELS, e.target.value) })}
          data-test-subj="caseAccessLevelFilter"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiSelect
          prepend={filterTexts.capability()}
          aria-label={filterTexts.capability()}
          options={options(FILTER_CAPABILITIES, capabilityLabel)}
          value={values.capability ?? ANY}
          onChange={(e) => onChange({ capability: pick(FILTER_CAPABILITIES, e.target.value) })}
          data-test-subj="caseAccessCapabilityFilter"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButtonGroup
          legend={filterTexts.match()}
          options={matchOptions}
          idSelected={values.capabilityMatch ?? 'can'}
          onChange={(id) => onChange({ capabilityMatch: id === 'cannot' ? 'cannot' : 'can' })}
          isDisabled={!values.capability}
          buttonSize="compressed"
          data-test-subj="caseAccessCapabilityMatch"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiSelect
          prepend={filterTexts.warning()}
          aria-label={filterTexts.warning()}
          options={options(WARNING_IDS, warningTitle)}
          value={values.warning ?? ANY}
          onChange={(e) => onChange({ warning: pick(WARNING_IDS, e.target.value) })}
          data-test-subj="caseAccessWarningFilter"
        />
      </EuiFlexItem>
      {values.notAssignable && (
        <EuiFlexItem grow={false} style={{ justifyContent: 'center' }}>
          <EuiBadge
            iconType="cross"
            iconSide="right"
            iconOnClick={() => onChange({ notAssignable: false })}
            iconOnClickAriaLabel={filterTexts.removeNotAssignable()}
            data-test-subj="caseAccessNotAssignableFilter"
          >
            {filterTexts.notAssignable(
              values.solution ? solutionLabel(values.solution) : undefined
            )}
          </EuiBadge>
        </EuiFlexItem>
      )}
      {onClear && (
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty
            iconType="eraser"
            onClick={onClear}
            data-test-subj="caseAccessClearFilters"
          >
            {appTexts.clearFilters()}
          </EuiButtonEmpty>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}
