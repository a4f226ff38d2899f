// Messages the content script answers: only known types, each with its fields checked
// (lib/messages.ts isContentMessage; the content script drops anything else unanswered).
import { describe, expect, it } from 'vitest';
import { isContentMessage } from '../../lib/messages';

describe('messages for the content script', () => {
  it.each([
    { type: 'page:info' },
    { type: 'page:prepare-pinyin' },
    { type: 'page:set-view', view: 'original' },
    { type: 'page:show-repairs', on: true },
    { type: 'page:add-term', text: '医银合作' },
    { type: 'page:settings', settings: { pinyin: 'all', tone: 'mark' } },
  ])('accepts $type', (m) => {
    expect(isContentMessage(m)).toBe(true);
  });

  it.each([
    null,
    'page:info',
    {},
    { type: 'page:prepare' },
    { type: 'highlight:save' },
    { type: 'page:set-view', view: 'both' },
    { type: 'page:show-repairs', on: 'yes' },
    { type: 'page:add-term', text: 42 },
    { type: 'page:add-term', text: '长'.repeat(401) },
    { type: 'page:settings' },
    { type: 'page:settings', settings: 'all' },
    { type: 'page:settings', settings: ['all'] },
    { type: 'page:settings', settings: null },
  ])('refuses %j', (m) => {
    expect(isContentMessage(m)).toBe(false);
  });
});
