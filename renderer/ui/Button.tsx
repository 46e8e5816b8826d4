// The app's button: primary, secondary or quiet. `unavailable` keeps the button focusable and
// announced (aria-disabled) so that its explanation can be reached by keyboard, unlike `disabled`.
import type { ButtonHTMLAttributes, MouseEvent, ReactNode, Ref } from 'react';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  icon?: ReactNode;
  unavailable?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'secondary', icon, unavailable = false, className, children, onClick, type = 'button', ...rest }: ButtonProps) {
  const handleClick = (e: MouseEvent<HTMLButtonElement>) => {
    if (unavailable) {
      e.preventDefault();
      return;
    }
    onClick?.(e);
  };
  return (
    <button
      type={type}
      className={['btn', `btn--${variant}`, className].filter(Boolean).join(' ')}
      aria-disabled={unavailable || undefined}
      onClick={handleClick}
      {...rest}
    >
      {icon ? <span className="btn__icon">{icon}</span> : null}
      {children}
    </button>
  );
}
