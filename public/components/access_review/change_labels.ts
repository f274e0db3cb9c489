/** Words for a change's subject and values, from the panel's existing labels. */
import type { AccessChange, ChangeSubject, ChangeValue } from '../../../common/diff';
import {
  ACCESS_LEVELS,
  type AccessLevel,
  type ConnectorsAccess,
} from '../../../common/report/types';
import { reviewTexts } from '../../access_review_texts';
import { capabilityLabel } from '../../capability_texts';
import { connectorsLabel, levelLabel, tableTexts } from '../../i18n_texts';

export function subjectLabel(subject: ChangeSubject): string {
  if (subject === 'user') return reviewTexts.userSubject();
  if (subject === 'level') return reviewTexts.level();
  if (subject === 'connectors') return tableTexts.connectors();
  return capabilityLabel(subject);
}

export function valueLabel(subject: ChangeSubject, value: ChangeValue): string {
  if (subject === 'user') return value ? reviewTexts.present() : reviewTexts.absent();
  if (typeof value === 'boolean') return value ? reviewTexts.yes() : reviewTexts.no();
  if ((ACCESS_LEVELS as readonly string[]).includes(value)) return levelLabel(value as AccessLevel);
  return connectorsLabel(value as ConnectorsAccess);
}

export function changeLabel(change: AccessChange): string {
  return reviewTexts.change(
    valueLabel(change.subject, change.before),
    valueLabel(change.subject, change.after)
  );
}
