// The composer: a textarea (Enter sends, Shift+Enter adds a line), the provider/model picker with
// its privacy facts, the live masking preview, and Send / Stop.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Conversation } from '../../../shared/contract/vault-types';
import { selectIsSending } from '../../state/chat-store';
import { selectMaskOptions } from '../../state/settings-store';
import { chatStore, useChat, useSettings } from '../../state/stores';
import { Button } from '../../ui/Button';
import { SendIcon, StopIcon } from '../../ui/icons';
import { initialChoice, type ProviderChoice } from './provider-choice';
import { MaskingPreview } from './MaskingPreview';
import { ProviderPicker } from './ProviderPicker';
import { useDebouncedValue } from './use-debounced-value';
import { useMaskingWarmUp } from './use-masking-warm-up';
import { usePickableProviders } from './use-providers';
import './composer.css';

/** Long enough to skip most keystrokes, short enough to feel live. */
const PREVIEW_DEBOUNCE_MS = 150;

export function Composer({ conversation }: { conversation: Conversation }) {
  const lastProviderId = useSettings((s) => s.settings?.lastProviderId ?? null);
  const maskOptions = useSettings(selectMaskOptions);
  const sending = useChat(selectIsSending);
  const [text, setText] = useState('');
  const providers = usePickableProviders();
  const [picked, setChoice] = useState<ProviderChoice>(() => initialChoice(conversation.provider, conversation.model, lastProviderId, providers));
  // A choice whose provider is gone (a custom endpoint removed in Settings) falls back to the default rules.
  const choice = providers.some((p) => p.id === picked.providerId) ? picked : initialChoice(conversation.provider, conversation.model, lastProviderId, providers);
  const previewText = useDebouncedValue(text, PREVIEW_DEBOUNCE_MS);
  useMaskingWarmUp(maskOptions);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();

  const send = async () => {
    const draft = text;
    if (!draft.trim() || sending) return;
    setText('');
    const accepted = await chatStore.getState().send(draft, choice);
    // Nothing was accepted (refused, offline…): the words go back where they were typed.
    if (!accepted) setText((now) => (now ? now : draft));
    inputRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void send();
    }
  };

  return (
    <form
      className="composer"
      data-testid="composer"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <ProviderPicker choice={choice} onChange={setChoice} disabled={sending} />
      <div className="composer__box">
        <label className="visually-hidden" htmlFor={`${hintId}-input`}>
          Message
        </label>
        <textarea
          id={`${hintId}-input`}
          ref={inputRef}
          className="composer__input"
          rows={1}
          placeholder="Write a message…"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={hintId}
          data-testid="composer-input"
        />
        {sending ? (
          <Button variant="secondary" icon={<StopIcon />} onClick={() => chatStore.getState().stop()} data-testid="stop-button">
            Stop
          </Button>
        ) : (
          <Button type="submit" variant="primary" icon={<SendIcon />} unavailable={!text.trim()} data-testid="send-button">
            Send
          </Button>
        )}
      </div>
      <p id={hintId} className="composer__hint">
        Enter sends · Shift+Enter adds a line · personal data is masked on this device before sending
      </p>
      <MaskingPreview text={previewText} options={maskOptions} />
    </form>
  );
}
