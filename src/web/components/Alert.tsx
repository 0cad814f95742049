import type { ReactNode } from 'react';

interface AlertProps {
  tone: 'danger' | 'warning' | 'info' | 'success';
  title?: string;
  children?: ReactNode;
  actions?: ReactNode;
}

/** A boxed message inside a page; danger and warning are announced at once. */
export function Alert({ tone, title, children, actions }: AlertProps) {
  const role = tone === 'danger' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div className={`alert alert-${tone}`} role={role}>
      <div className="alert-body">
        {title && <strong className="alert-title">{title}</strong>}
        {children && <div>{children}</div>}
      </div>
      {actions && <div className="alert-actions">{actions}</div>}
    </div>
  );
}
