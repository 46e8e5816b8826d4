import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../../renderer/features/chat/message-blocks';

describe('splitBlocks', () => {
  it('keeps plain text as one block', () => {
    expect(splitBlocks('hello\n\nworld')).toEqual([{ kind: 'text', text: 'hello\n\nworld' }]);
  });

  it('splits prose and a fenced code block with its language, keeping every code line', () => {
    const text = 'Intro line\n\n```json\n{\n  "a": 1\n}\n```\n\nafter';
    expect(splitBlocks(text)).toEqual([
      { kind: 'text', text: 'Intro line' },
      { kind: 'code', lang: 'json', text: '{\n  "a": 1\n}' },
      { kind: 'text', text: 'after' },
    ]);
  });

  it('runs an unclosed fence (a reply still streaming) to the end of the text', () => {
    expect(splitBlocks('see:\n```ts\nconst a = 1;\nconst b')).toEqual([
      { kind: 'text', text: 'see:' },
      { kind: 'code', lang: 'ts', text: 'const a = 1;\nconst b' },
    ]);
  });

  it('handles two blocks and a fence at the very end', () => {
    const blocks = splitBlocks('```\na\n```\nmid\n```py\nb\n```');
    expect(blocks).toEqual([
      { kind: 'code', lang: '', text: 'a' },
      { kind: 'text', text: 'mid' },
      { kind: 'code', lang: 'py', text: 'b' },
    ]);
  });
});
