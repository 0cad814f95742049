import type { ReactNode } from 'react';
import { Button } from './Button.tsx';

interface FullPageMessageProps {
  children: ReactNode;
  action?: { label: string; onPress(): void };
}

/** A centred message for the whole window (start-up, fatal errors). */
export function FullPageMessage({ children, action }: FullPageMessageProps) {
  return (
    <div className="full-page-message" role="status">
      <p>{children}</p>
      {action && (
        <Button variant="primary" onClick={action.onPress}>
          {action.label}
        </Button>
      )}
    </div>
  );
}
