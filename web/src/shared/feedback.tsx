import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";

type Tone = "success" | "info" | "error";

/** Short confirmations ("logged out") shown as a toast and announced to screen readers. */
export interface Feedback {
  success: (text: string) => void;
  info: (text: string) => void;
  error: (text: string) => void;
}

const FeedbackContext = createContext<Feedback | null>(null);

const SHOW_MS = 3500;

/**
 * A toast with an ARIA live region. Deliberately not antd's message/App: those bring the
 * notification and modal code (~8 KB gzipped) into every page for two confirmations.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<{ tone: Tone; text: string; id: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = useCallback((tone: Tone, text: string) => {
    clearTimeout(timer.current);
    setToast({ tone, text, id: Date.now() });
    timer.current = setTimeout(() => setToast(null), SHOW_MS);
  }, []);
  // A toast outliving its page (the app unmounted, a test torn down) must not fire later.
  useEffect(() => () => clearTimeout(timer.current), []);
  const api = useMemo<Feedback>(
    () => ({
      success: (text) => show("success", text),
      info: (text) => show("info", text),
      error: (text) => show("error", text),
    }),
    [show],
  );
  return (
    <FeedbackContext value={api}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast ? (
          <div key={toast.id} className={`toast toast-${toast.tone}`}>
            {toast.text}
          </div>
        ) : null}
      </div>
    </FeedbackContext>
  );
}

const noop: Feedback = { success: () => {}, info: () => {}, error: () => {} };

/** The feedback API; a no-op outside FeedbackProvider (e.g. in isolated component tests). */
export function useFeedback(): Feedback {
  return use(FeedbackContext) ?? noop;
}
