// "New chat" as a user does it, waiting until the new conversation's own view is shown and loaded:
// until then the view of the conversation open before stays on screen, and text typed into it
// would go to that conversation's composer.
import type { PreviewBrowser } from './preview-browser';

export interface ListedConversation {
  id: string;
  title: string;
  keep: boolean;
  ephemeral: boolean;
}

export async function listConversations(h: PreviewBrowser): Promise<ListedConversation[]> {
  const r = await h.preview.core.rpc.call('conversations.list', {});
  if (!r.ok) throw new Error(r.error.code);
  return (r.output as { conversations: ListedConversation[] }).conversations;
}

/** Clicks New chat and returns the new conversation's id once its empty view is shown. */
export async function openNewChat(h: PreviewBrowser, timeoutMs = 10_000): Promise<string> {
  const before = new Set((await listConversations(h)).map((c) => c.id));
  await h.page.getByTestId('new-chat').click();
  const end = Date.now() + timeoutMs;
  let id: string | undefined;
  while (!(id = (await listConversations(h)).find((c) => !before.has(c.id))?.id)) {
    if (Date.now() > end) throw new Error('New chat created no conversation');
    await new Promise((r) => setTimeout(r, 20));
  }
  await h.page.locator(`[data-testid="chat-view"][data-conversation-id="${id}"] [data-testid="chat-empty"]`).waitFor({ timeout: timeoutMs });
  return id;
}
