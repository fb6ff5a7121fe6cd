import './io.css';
import { useStore } from 'zustand';
import { dismissNotice, notices } from './notices.ts';

/** Shows the current notice in a live region, so screen readers read it too. */
export function NoticeToast() {
  const notice = useStore(notices, (s) => s.current);
  return (
    <div className="notice-area" role="status" aria-live="polite" aria-label="Notifications">
      {notice === null ? null : (
        <div className={`notice notice--${notice.tone}`} data-notice={notice.tone}>
          <span>{notice.text}</span>
          <button type="button" aria-label="Dismiss notification" onClick={dismissNotice}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
