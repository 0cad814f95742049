import { useContext } from 'react';
import { ToastContext, type Toaster } from './ToastProvider.tsx';

export function useToast(): Toaster {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast must be used inside <ToastProvider>');
  return value;
}
