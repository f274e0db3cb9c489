/**
 * The page around the apps: header with breadcrumbs and the user menu (logout), the management side navigation
 * limited to the apps the user's capabilities allow, toasts, and the element an app mounts into. An app the user
 * may not open shows Kibana's "Application Not Found" page.
 */
import type React from 'react';
import { useEffect, useRef, useState } from 'react';
import {
  EuiAvatar,
  EuiContextMenuItem,
  EuiContextMenuPanel,
  EuiEmptyPrompt,
  EuiGlobalToastList,
  EuiHeader,
  EuiHeaderBreadcrumbs,
  EuiHeaderLogo,
  EuiHeaderSection,
  EuiHeaderSectionItem,
  EuiHeaderSectionItemButton,
  EuiPageTemplate,
  EuiPopover,
  EuiSideNav,
} from '@elastic/eui';

import type { ChromeBreadcrumb } from '@kbn/core/public';

import { COLOR_MODE_STORAGE_KEY, COLOR_MODES } from './color_mode';
import type { ColorModeSetting } from './color_mode';
import type { RegisteredApp } from './management';
import { SECTION_TITLES } from './management';
import type { HostToast } from './toasts';
import type { InjectedMetadata } from './types';

export interface ChromeProps {
  metadata: InjectedMetadata;
  apps: RegisteredApp[];
  /** The app to mount (`/app/management/<section>/<id>`), undefined on the landing page, null when not found. */
  current: RegisteredApp | undefined | null;
  mountApp: (
    app: RegisteredApp,
    element: HTMLElement,
    setBreadcrumbs: (crumbs: ChromeBreadcrumb[]) => void
  ) => () => void;
  subscribeToasts: (listener: (toasts: HostToast[]) => void) => () => void;
  removeToast: (id: string) => void;
  /** The Appearance chosen in the user menu (default: follow the operating system). */
  colorModeSetting?: ColorModeSetting;
}

const COLOR_MODE_LABELS: Record<ColorModeSetting, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

function UserMenu({
  user,
  basePath,
  colorModeSetting,
}: {
  user: InjectedMetadata['user'];
  basePath: string;
  colorModeSetting: ColorModeSetting;
}) {
  const [open, setOpen] = useState(false);
  const chooseColorMode = (mode: ColorModeSetting) => {
    window.localStorage.setItem(COLOR_MODE_STORAGE_KEY, mode);
    // As Kibana does when the appearance changes: reload so every part of the page takes the new theme.
    window.location.reload();
  };
  const name = user.full_name || user.username;
  return (
    <EuiPopover
      isOpen={open}
      closePopover={() => setOpen(false)}
      anchorPosition="downRight"
      panelPaddingSize="none"
      button={
        <EuiHeaderSectionItemButton
          aria-label="Account menu"
          data-test-subj="userMenuButton"
          onClick={() => setOpen(!open)}
        >
          <EuiAvatar name={name} size="s" />
        </EuiHeaderSectionItemButton>
      }
    >
      <EuiContextMenuPanel
        title={name}
        items={[
          ...COLOR_MODES.map((mode) => (
            <EuiContextMenuItem
              key={mode}
              icon={mode === colorModeSetting ? 'check' : 'empty'}
              onClick={() => chooseColorMode(mode)}
              data-test-subj={`colorMode-${mode}`}
            >
              {`Appearance: ${COLOR_MODE_LABELS[mode]}`}
            </EuiContextMenuItem>
          )),
          <EuiContextMenuItem
            key="logout"
            icon="exit"
            href={`${basePath}/logout`}
            data-test-subj="logoutLink"
          >
            Log out
          </EuiContextMenuItem>,
        ]}
      />
    </EuiPopover>
  );
}

function AppContainer({
  app,
  mountApp,
  setBreadcrumbs,
}: {
  app: RegisteredApp;
  mountApp: ChromeProps['mountApp'];
  setBreadcrumbs: (crumbs: ChromeBreadcrumb[]) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    return mountApp(app, ref.current, setBreadcrumbs);
  }, [app, mountApp, setBreadcrumbs]);
  return <div ref={ref} data-test-subj="managementAppContainer" />;
}

export function Chrome({
  metadata,
  apps,
  current,
  mountApp,
  subscribeToasts,
  removeToast,
  colorModeSetting = 'system',
}: ChromeProps) {
  const [breadcrumbs, setBreadcrumbs] = useState<ChromeBreadcrumb[]>([]);
  const [toasts, setToasts] = useState<HostToast[]>([]);
  useEffect(() => subscribeToasts(setToasts), [subscribeToasts]);
  const base = metadata.basePath;
  const managementHref = `${base}/app/management`;
  const sections = Object.entries(SECTION_TITLES)
    .map(([id, name]) => ({
      id,
      name,
      items: apps
        .filter((app) => app.section === id)
        .map((app) => ({
          id: `${id}-${app.id}`,
          name: app.title,
          href: `${managementHref}/${id}/${app.id}`,
          isSelected: current?.id === app.id && current.section === id,
          'data-test-subj': app.id,
        })),
    }))
    .filter((section) => section.items.length > 0);

  let body: React.ReactNode;
  if (current === null) {
    body = (
      <EuiEmptyPrompt
        iconType="glasses"
        title={<h2>Application Not Found</h2>}
        body={
          <p>
            No application was found at this URL. Try navigating back or choosing an application
            from the menu.
          </p>
        }
        data-test-subj="appNotFoundPageContent"
      />
    );
  } else if (current === undefined) {
    body = (
      <EuiEmptyPrompt
        iconType="managementApp"
        title={<h2>Stack Management</h2>}
        body={
          <p>
            {apps.length > 0
              ? 'Choose an application from the menu.'
              : 'You have no access to any management application.'}
          </p>
        }
        data-test-subj="managementHome"
      />
    );
  } else {
    body = <AppContainer app={current} mountApp={mountApp} setBreadcrumbs={setBreadcrumbs} />;
  }

  return (
    <>
      <EuiHeader position="fixed">
        <EuiHeaderSection>
          <EuiHeaderSectionItem>
            <EuiHeaderLogo iconType="logoElastic" href={managementHref}>
              Elastic
            </EuiHeaderLogo>
          </EuiHeaderSectionItem>
          <EuiHeaderSectionItem>
            <span data-test-subj="spaceName">{metadata.space.name}</span>
          </EuiHeaderSectionItem>
        </EuiHeaderSection>
        <EuiHeaderBreadcrumbs
          breadcrumbs={[
            { text: 'Stack Management', href: managementHref },
            ...breadcrumbs.map((crumb) => ({ ...crumb, text: crumb.text as string })),
          ]}
        />
        <EuiHeaderSection side="right">
          <EuiHeaderSectionItem>
            <UserMenu user={metadata.user} basePath={base} colorModeSetting={colorModeSetting} />
          </EuiHeaderSectionItem>
        </EuiHeaderSection>
      </EuiHeader>
      <EuiPageTemplate paddingSize="l" style={{ paddingTop: 48 }}>
        <EuiPageTemplate.Sidebar>
          <EuiSideNav aria-label="Management" items={sections} />
        </EuiPageTemplate.Sidebar>
        <EuiPageTemplate.Section>{body}</EuiPageTemplate.Section>
      </EuiPageTemplate>
      <EuiGlobalToastList
        toasts={toasts.map((toast) => ({ ...toast, text: toast.text }))}
        dismissToast={(toast) => removeToast(String(toast.id))}
        toastLifeTimeMs={10000}
      />
    </>
  );
}
