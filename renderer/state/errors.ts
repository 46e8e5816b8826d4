// Store of user-visible RPC failures, shown in the app's error banner. Every failure is reduced to a
// WireError ({ code, message }); anything that is not one gets a generic message, because a raw
// exception text is not known to be user-safe.
import { createStore } from 'zustand/vanilla';
import type { WireError } from '../../shared/contract/errors';

export interface Notice {
  readonly id: number;
  /** What failed, in words, e.g. "Could not save the theme"; the banner title. */
  readonly context: string;
  readonly code: string;
  readonly message: string;
}

export interface ErrorState {
  readonly notices: readonly Notice[];
  report(context: string, error: unknown): void;
  dismiss(id: number): void;
  clear(): void;
}

/** At most this many notices stay on screen; older ones make room. */
export const MAX_NOTICES = 3;

const CODE = /^[A-Z][A-Z0-9_]*$/;

export function toWireError(error: unknown): WireError {
  if (typeof error === 'object' && error !== null) {
    const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
    if (typeof code === 'string' && CODE.test(code) && typeof message === 'string') {
      // details are user-safe by contract (e.g. retryAfterMs); kept when they are a plain object.
      const keep = typeof details === 'object' && details !== null && !Array.isArray(details);
      return keep ? { code, message, details: details as Record<string, unknown> } : { code, message };
    }
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside Veil.' };
}

export function createErrorStore() {
  let nextId = 1;
  return createStore<ErrorState>()((set) => ({
    notices: [],
    report(context, error) {
      const { code, message } = toWireError(error);
      const notice: Notice = { id: nextId++, context, code, message };
      // The same failure repeated (e.g. retry) replaces its old notice instead of stacking up.
      set((s) => ({
        notices: [...s.notices.filter((n) => !(n.context === context && n.code === code)), notice].slice(-MAX_NOTICES),
      }));
    },
    dismiss(id) {
      set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
    clear() {
      set({ notices: [] });
    },
  }));
}

export type ErrorStore = ReturnType<typeof createErrorStore>;
