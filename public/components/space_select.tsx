import React from 'react';
import { EuiSelect } from '@elastic/eui';
import { spaceTexts } from '../i18n_texts';

export interface SpaceSelectProps {
  spaces: Array<{ id: string; name: string }>;
  value: string;
  onChange: (space: string) => void;
}

export function SpaceSelect({ spaces, value, onChange }: SpaceSelectProps) {
  const options = spaces.map((space) => ({ value: space.id, text: space.name }));
  if (!spaces.some((space) => space.id === value)) options.unshift({ value, text: value });
  return (
    <EuiSelect
      prepend={spaceTexts.label()}
      aria-label={spaceTexts.label()}
      options={options}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      data-test-subj="caseAccessSpaceSelect"
    />
  );
}
