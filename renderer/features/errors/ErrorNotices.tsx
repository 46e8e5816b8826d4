// The app-wide error banners: one per failed RPC (code + user-safe message), newest last.
import { useErrors } from '../../state/stores';
import { Banner } from '../../ui/Banner';

export function ErrorNotices() {
  const notices = useErrors((s) => s.notices);
  const dismiss = useErrors((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="error-notices">
      {notices.map((n) => (
        <Banner key={n.id} context={n.context} code={n.code} message={n.message} onDismiss={() => dismiss(n.id)} />
      ))}
    </div>
  );
}
