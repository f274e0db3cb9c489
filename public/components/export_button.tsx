import React, { useState } from 'react';
import { EuiButton } from '@elastic/eui';
import type { ReportQuery } from '../../common/report/api';
import { appTexts } from '../i18n_texts';
import { fetchReportCsv } from '../lib/api';
import { reviewCsvFileName } from '../../common/report/review_csv';
import { downloadBlob } from '../lib/download';
import { toRequestError } from '../lib/http_error';
import { useServices } from '../services';

export interface ExportButtonProps {
  space: string;
  /** The table's filters and order, without paging: the CSV holds every matching user. */
  query: ReportQuery;
  /** A search or filter narrows the table: the file name says "filtered". */
  filtered?: boolean;
}

/** Downloads the space's report as CSV; a failure is reported in a toast with the server's message. */
export function ExportButton({ space, query, filtered = false }: ExportButtonProps) {
  const { http, notifications } = useServices();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const blob = await fetchReportCsv(http, { ...query, space });
      downloadBlob(blob, reviewCsvFileName(space, new Date(), filtered));
    } catch (error) {
      notifications.toasts.addDanger({
        title: appTexts.exportFailed(),
        text: toRequestError(error).message,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <EuiButton
      iconType="download"
      size="s"
      isLoading={busy}
      onClick={() => void onClick()}
      data-test-subj="caseAccessExportCsv"
    >
      {appTexts.exportCsv()}
    </EuiButton>
  );
}
