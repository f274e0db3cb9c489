/** Filtering the changes of a diff in the panel: gained or lost, and one subject (capability). */
import type { AccessChange, ChangeDirection, ChangeSubject } from '../../common/diff';

export interface ChangesFilter {
  direction?: ChangeDirection;
  subject?: ChangeSubject;
}

export function filterChanges(
  changes: readonly AccessChange[],
  { direction, subject }: ChangesFilter
): AccessChange[] {
  return changes.filter(
    (change) =>
      (direction === undefined || change.direction === direction) &&
      (subject === undefined || change.subject === subject)
  );
}

/** The subjects present, in the diff's order, for the capability filter. */
export function subjectsOf(changes: readonly AccessChange[]): ChangeSubject[] {
  const seen: ChangeSubject[] = [];
  for (const change of changes) if (!seen.includes(change.subject)) seen.push(change.subject);
  return seen;
}
