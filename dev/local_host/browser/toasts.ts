/** Kibana's toasts service, as a small store the chrome renders with EuiGlobalToastList. */
import type { IToasts, ToastInput } from '@kbn/core/public';

export interface HostToast {
  id: string;
  title?: string;
  text?: string;
  color: 'success' | 'warning' | 'danger';
  'data-test-subj'?: string;
}

export function createToasts() {
  let toasts: HostToast[] = [];
  let counter = 0;
  const listeners = new Set<(toasts: HostToast[]) => void>();
  const emit = () => listeners.forEach((listener) => listener(toasts));
  const add = (color: HostToast['color'], input: ToastInput | string) => {
    const toast: HostToast = {
      id: `toast-${++counter}`,
      color,
      ...(typeof input === 'string' ? { title: input } : input),
    };
    toasts = [...toasts, toast];
    emit();
    return toast;
  };
  const api: IToasts = {
    addSuccess: (input) => add('success', input),
    addWarning: (input) => add('warning', input),
    addDanger: (input) => add('danger', input),
    addError: (error, { title, toastMessage }) =>
      add('danger', { title, text: toastMessage ?? error.message }),
  };
  return {
    api,
    remove(id: string) {
      toasts = toasts.filter((toast) => toast.id !== id);
      emit();
    },
    subscribe(listener: (toasts: HostToast[]) => void) {
      listeners.add(listener);
      listener(toasts);
      return () => listeners.delete(listener);
    },
  };
}
