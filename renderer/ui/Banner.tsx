// An error banner: what failed (e.g. "Could not save the theme"), the stable error code (useful in
// a bug report), the user-safe message and a dismiss button. role="alert": announced once.
import { CloseIcon } from './icons';
import { IconButton } from './IconButton';
import './banner.css';

export interface BannerProps {
  context: string;
  code: string;
  message: string;
  onDismiss: () => void;
}

export function Banner({ context, code, message, onDismiss }: BannerProps) {
  return (
    <div className="banner" role="alert" data-testid="error-banner" data-code={code}>
      <div className="banner__text">
        <p className="banner__title">
          {context} <code className="banner__code">{code}</code>
        </p>
        <p className="banner__message">{message}</p>
      </div>
      <IconButton label="Dismiss" className="banner__dismiss" onClick={onDismiss}>
        <CloseIcon />
      </IconButton>
    </div>
  );
}
