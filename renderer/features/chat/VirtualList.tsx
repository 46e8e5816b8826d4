// A windowing list for long conversations: only the items near the viewport are in the DOM, the
// rest is stood in for by two spacers sized from measured (or estimated) heights. It sticks to the
// bottom only while the user is at the bottom, and keeps the view still when an item above it
// changes height. The footer (the live reply) sits after the items and is never virtualized.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  getKey: (item: T) => number | string;
  renderItem: (item: T) => ReactNode;
  /** Height assumed for an item never measured yet. */
  estimateHeight?: number;
  /** Rendered below the items (not virtualized), e.g. the reply being streamed. */
  footer?: ReactNode;
  /** Scroll so this item is near the top (e.g. a search hit); otherwise start at the bottom. */
  scrollToKey?: number | string | null;
  className?: string;
  testId?: string;
  label?: string;
}

/** Extra pixels rendered above and below the viewport so fast scrolling shows no gaps. */
const OVERSCAN_PX = 800;
/** Within this distance of the end counts as "at the bottom". */
const BOTTOM_SLACK_PX = 24;

function firstIndexEndingAfter(offsets: readonly number[], y: number): number {
  // offsets[i] is the top of item i; offsets[n] the total height. Binary search.
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function VirtualList<T>({ items, getKey, renderItem, estimateHeight = 96, footer, scrollToKey = null, className, testId, label }: VirtualListProps<T>) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  // Measured heights by key: state for rendering, mirrored in a ref for the observer callback.
  const [heights, setHeights] = useState<ReadonlyMap<number | string, number>>(() => new Map());
  const heightsRef = useRef(heights);
  const observerRef = useRef<ResizeObserver | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });

  const offsets = useMemo(() => {
    const out = new Array<number>(items.length + 1);
    out[0] = 0;
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + (heights.get(getKey(items[i]!)) ?? estimateHeight);
    return out;
  }, [items, getKey, estimateHeight, heights]);

  const total = offsets[items.length]!;
  const start = items.length ? firstIndexEndingAfter(offsets, Math.max(0, viewport.top - OVERSCAN_PX)) : 0;
  const end = items.length ? Math.min(items.length, firstIndexEndingAfter(offsets, viewport.top + viewport.height + OVERSCAN_PX) + 1) : 0;

  const stickIfAtBottom = useCallback(() => {
    const el = scrollerRef.current;
    if (el && atBottom.current) el.scrollTop = el.scrollHeight;
  }, []);

  // One observer for every rendered item: record heights; an item above the view that grows or
  // shrinks moves the scroll position by as much, so what the user reads stays put.
  const onItemsResized = useCallback(
    (entries: ResizeObserverEntry[]) => {
      const el = scrollerRef.current;
      let next: Map<number | string, number> | null = null;
      let shiftAbove = 0;
      for (const entry of entries) {
        const node = entry.target as HTMLElement;
        const key = node.dataset.vkey;
        if (key === undefined || !node.isConnected) continue;
        const typedKey = node.dataset.vkeyType === 'number' ? Number(key) : key;
        const h = entry.borderBoxSize[0]?.blockSize ?? node.offsetHeight;
        const before = heightsRef.current.get(typedKey);
        if (before === h) continue;
        next ??= new Map(heightsRef.current);
        next.set(typedKey, h);
        if (el && !atBottom.current && node.offsetTop + h <= el.scrollTop) shiftAbove += h - (before ?? estimateHeight);
      }
      if (!next) return;
      if (el && shiftAbove !== 0) el.scrollTop += shiftAbove;
      heightsRef.current = next;
      setHeights(next);
    },
    [estimateHeight],
  );
  useEffect(() => () => observerRef.current?.disconnect(), []);

  const measureRef = useCallback(
    (node: HTMLDivElement | null) => {
      if (!node) return;
      const observer = (observerRef.current ??= new ResizeObserver(onItemsResized));
      observer.observe(node);
      return () => observer.unobserve(node);
    },
    [onItemsResized],
  );

  // Viewport size, and growth of the content (new items, the streaming reply): stick if at bottom.
  useEffect(() => {
    const el = scrollerRef.current;
    const content = contentRef.current;
    if (!el || !content) return;
    const ro = new ResizeObserver(() => {
      setViewport({ top: el.scrollTop, height: el.clientHeight });
      stickIfAtBottom();
    });
    ro.observe(el);
    ro.observe(content);
    return () => ro.disconnect();
  }, [stickIfAtBottom]);

  useLayoutEffect(() => {
    stickIfAtBottom();
  });

  // Jump to a requested item once (search hit); otherwise a new list starts at the bottom.
  const jumpedTo = useRef<number | string | null>(null);
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el || scrollToKey === null || jumpedTo.current === scrollToKey) return;
    const index = items.findIndex((it) => getKey(it) === scrollToKey);
    if (index < 0) return;
    jumpedTo.current = scrollToKey;
    atBottom.current = false;
    el.scrollTop = Math.max(0, offsets[index]! - 16);
    setViewport({ top: el.scrollTop, height: el.clientHeight });
  }, [scrollToKey, items, getKey, offsets]);

  const frame = useRef(0);
  const lastTop = useRef(0);
  const onScroll = () => {
    const el = scrollerRef.current;
    if (!el) return;
    // Only a move upwards can leave the bottom: content growing under us (measurements, new
    // tokens) arrives as scroll events too, and must not count as the user scrolling away.
    const nearBottom = el.scrollHeight - el.scrollTop - el.clientHeight <= BOTTOM_SLACK_PX;
    atBottom.current = el.scrollTop < lastTop.current ? nearBottom : atBottom.current || nearBottom;
    lastTop.current = el.scrollTop;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setViewport({ top: el.scrollTop, height: el.clientHeight });
    });
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  return (
    <div ref={scrollerRef} className={['vlist', className].filter(Boolean).join(' ')} onScroll={onScroll} data-testid={testId} aria-label={label} role="region" tabIndex={0}>
      <div ref={contentRef} className="vlist__content">
        <div className="vlist__spacer" style={{ height: offsets[start] }} aria-hidden="true" />
        {items.slice(start, end).map((item) => {
          const key = getKey(item);
          return (
            <div key={key} ref={measureRef} className="vlist__item" data-vkey={key} data-vkey-type={typeof key}>
              {renderItem(item)}
            </div>
          );
        })}
        <div className="vlist__spacer" style={{ height: total - offsets[end]! }} aria-hidden="true" />
        {footer}
      </div>
    </div>
  );
}
