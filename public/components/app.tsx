import React from 'react';
import { getViewMode } from '../lib/view_mode';
import { useServices } from '../services';
import { AuditPage } from './audit_page';
import { ForbiddenPrompt } from './forbidden_prompt';
import { MyAccessPage } from './my_access_page';

/** Chooses the page the caller's `caseAccess` privileges allow. */
export function App() {
  const { capabilities } = useServices();
  const mode = getViewMode(capabilities);
  return (
    <div data-test-subj="caseAccessApp">
      {mode === 'audit' && <AuditPage />}
      {mode === 'readOwn' && <MyAccessPage />}
      {mode === 'forbidden' && <ForbiddenPrompt />}
    </div>
  );
}
