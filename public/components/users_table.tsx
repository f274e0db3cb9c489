import React, { useMemo } from 'react';
import { EuiBasicTable, EuiButton, EuiEmptyPrompt, EuiText } from '@elastic/eui';
import type { Criteria } from '@elastic/eui';
import type { Solution } from '../../common/report/types';
import type { ReportRow, SortOrder } from '../../common/report/api';
import type { VerifyResponse } from '../../common/verify/types';
import { appTexts, stateTexts, tableTexts } from '../i18n_texts';
import type { TableSortField } from '../lib/report_query';
import { isSolution } from '../lib/report_query';
import { toUserRows } from '../lib/user_rows';
import type { UserRow } from '../lib/user_rows';
import { buildUserColumns } from './users_table_columns';

/** Page sizes offered; the route caps a page at MAX_PER_PAGE. */
const PAGE_SIZE_OPTIONS = [25, 50, 100];
/** A row's id: the same username may stand in several realms (a native user and a single sign-on one). */
const rowId = (row: UserRow) => `${row.user.realm ?? ''}\u0000${row.username}`;

export interface UsersTableProps {
  users: ReportRow[];
  space: string;
  spaceName: string;
  solutions: readonly Solution[];
  total: number;
  pageIndex: number;
  pageSize: number;
  sortField: TableSortField;
  sortDirection: SortOrder;
  loading: boolean;
  onTableChange: (change: {
    pageIndex: number;
    pageSize: number;
    sortField: TableSortField;
    sortDirection: SortOrder;
  }) => void;
  onOpenUser: (username: string, realm?: string) => void;
  /** Verification with Elasticsearch, once asked for: adds a column with each row's result. */
  verification?: VerifyResponse;
  /** Offered in the empty state when a search or filter hides every user. */
  onClearFilters?: () => void;
}

function toSortField(field: keyof UserRow | undefined): TableSortField {
  if (field === 'warnings') return 'warnings';
  if (typeof field === 'string' && isSolution(field)) return field;
  return 'username';
}

/** The users of one report page; paging and sorting are done by the server. */
export function UsersTable(props: UsersTableProps) {
  const { users, space, solutions, onOpenUser, onTableChange, verification } = props;
  const items = useMemo(() => toUserRows(users, space), [users, space]);
  const columns = useMemo(
    () => buildUserColumns({ solutions, onOpen: onOpenUser, verification }),
    [solutions, onOpenUser, verification]
  );
  return (
    <EuiBasicTable<UserRow>
      data-test-subj="caseAccessUsersTable"
      tableCaption={tableTexts.caption(props.spaceName)}
      items={items}
      itemId={rowId}
      columns={columns}
      loading={props.loading}
      pagination={{
        pageIndex: props.pageIndex,
        pageSize: props.pageSize,
        totalItemCount: props.total,
        pageSizeOptions: PAGE_SIZE_OPTIONS,
      }}
      sorting={{ sort: { field: props.sortField, direction: props.sortDirection } }}
      onChange={({ page, sort }: Criteria<UserRow>) =>
        onTableChange({
          pageIndex: page?.index ?? props.pageIndex,
          pageSize: page?.size ?? props.pageSize,
          sortField: sort ? toSortField(sort.field) : props.sortField,
          sortDirection: sort?.direction ?? props.sortDirection,
        })
      }
      rowProps={(row: UserRow) => ({
        'data-test-subj': `caseAccessRow-${row.username}`,
        onClick: () => onOpenUser(row.username, row.user.realm),
        // EUI makes a clickable row a tab stop of its own; the user link already is the row's one tab stop.
        tabIndex: -1,
        style: { cursor: 'pointer' },
      })}
      noItemsMessage={
        props.loading ? (
          <EuiText size="s">{stateTexts.loading()}</EuiText>
        ) : (
          <EuiEmptyPrompt
            paddingSize="s"
            titleSize="xs"
            title={<h3>{stateTexts.empty()}</h3>}
            data-test-subj="caseAccessEmpty"
            actions={
              props.onClearFilters && (
                <EuiButton
                  size="s"
                  onClick={props.onClearFilters}
                  data-test-subj="caseAccessEmptyClearFilters"
                >
                  {appTexts.clearFilters()}
                </EuiButton>
              )
            }
          />
        )
      }
    />
  );
}
