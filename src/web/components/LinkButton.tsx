import { Link, type LinkProps } from 'react-router';
import type { ButtonVariant } from './Button.tsx';

interface LinkButtonProps extends LinkProps {
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
}

/** A router link that looks like a button (navigation stays a link for the browser). */
export function LinkButton({ variant = 'secondary', size = 'md', className, ...rest }: LinkButtonProps) {
  const classes = ['btn', `btn-${variant}`, size === 'sm' ? 'btn-sm' : '', className ?? ''].filter(Boolean).join(' ');
  return <Link {...rest} className={classes} />;
}
