// A square button showing only an icon; `label` is required because it is the accessible name.
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import './button.css';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'children'> {
  label: string;
  children: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function IconButton({ label, children, className, type = 'button', ...rest }: IconButtonProps) {
  return (
    <button type={type} aria-label={label} title={label} className={['icon-btn', className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </button>
  );
}
