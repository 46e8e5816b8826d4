// Full-text search over stored conversations (search.query). Debounced; Escape clears. Hits are
// ranked by the core (bm25) and show a snippet with the matches highlighted from offsets.
import { useEffect, useId, useState } from 'react';
import { conversationsStore, useConversations } from '../../state/stores';
import { SearchIcon } from '../../ui/icons';
import { InlineError } from '../../ui/InlineError';
import { HighlightedText } from './HighlightedText';
import './conversations.css';

const SEARCH_DEBOUNCE_MS = 200;

export function SearchBox() {
  const [text, setText] = useState('');
  const hits = useConversations((s) => s.hits);
  const phase = useConversations((s) => s.searchPhase);
  const error = useConversations((s) => s.searchError);
  const query = useConversations((s) => s.query);
  const resultsId = useId();

  useEffect(() => {
    const t = setTimeout(() => void conversationsStore.getState().search(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text]);

  const active = query.trim().length > 0;
  return (
    <div className="search" role="search">
      <label className="search__field">
        <SearchIcon className="search__icon" width={16} height={16} />
        <span className="visually-hidden">Search conversations</span>
        <input
          type="search"
          className="search__input"
          placeholder="Search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && text) {
              e.preventDefault();
              setText('');
              conversationsStore.getState().clearSearch();
            }
          }}
          aria-controls={active ? resultsId : undefined}
          data-testid="search-input"
        />
      </label>
      {active ? (
        <div id={resultsId} className="search__results" aria-live="polite" aria-busy={phase === 'loading'} data-testid="search-results">
          {error ? <InlineError context="Search failed." error={error} /> : null}
          {phase === 'ready' && hits.length === 0 ? <p className="search__none">No matches</p> : null}
          <ul className="search__hits">
            {hits.map((hit) => (
              <li key={`${hit.conversationId}:${hit.messageId}`}>
                <button
                  type="button"
                  className="search-hit"
                  data-testid="search-hit"
                  onClick={() => conversationsStore.getState().select(hit.conversationId, hit.messageId)}
                >
                  <span className="search-hit__title">{hit.conversationTitle}</span>
                  <span className="search-hit__snippet">
                    <HighlightedText text={hit.snippet} ranges={hit.highlights.map(([start, end]) => ({ start, end }))} markClassName="search-hit__mark" />
                  </span>
                  <span className="search-hit__meta">
                    {hit.role === 'user' ? 'You' : hit.role === 'assistant' ? 'Reply' : 'System'} · {new Date(hit.createdAt).toLocaleDateString()}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
