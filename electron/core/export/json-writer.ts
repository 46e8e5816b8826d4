// Streams a Veil JSON export (shared/contract/export-format.ts) into a sink: the envelope, then
// each conversation's fields and its messages page by page. The text is valid JSON with one
// message per line; `conversations` comes last so nothing has to be known in advance.
import { VEIL_EXPORT_FORMAT, VEIL_EXPORT_VERSION } from '../../../shared/contract/export-format';
import type { Db } from '../vault/open-vault';
import { VERSION } from '../version';
import { conversationHead, conversationRows, forEachMessagePage } from './export-source';
import type { Sink } from './file-sink';
import type { MaskedView } from './masked-view';

export interface WriteCounts {
  conversations: number;
  messages: number;
}

export async function writeVeilJson(db: Db, sink: Sink, opts: { ids?: readonly string[]; view: MaskedView; maskedOnly: boolean; exportedAt: number }): Promise<WriteCounts> {
  const envelope = { format: VEIL_EXPORT_FORMAT, version: VEIL_EXPORT_VERSION, exportedAt: opts.exportedAt, app: { name: 'Veil', version: VERSION }, maskedOnly: opts.maskedOnly };
  await sink.write(`${JSON.stringify(envelope).slice(0, -1)},"conversations":[\n`);
  const counts: WriteCounts = { conversations: 0, messages: 0 };
  for (const row of conversationRows(db, opts.ids)) {
    const head = opts.view.head(conversationHead(db, row));
    await sink.write(`${counts.conversations > 0 ? ',\n' : ''}${JSON.stringify(head).slice(0, -1)},"messages":[\n`);
    counts.messages += await forEachMessagePage(
      db,
      row.id,
      (m, i) => {
        const shown = opts.view.message(m);
        return shown === null ? null : `${i > 0 ? ',\n' : ''}${JSON.stringify(shown)}`;
      },
      (text) => sink.write(text),
    );
    await sink.write('\n]}');
    counts.conversations++;
  }
  await sink.write('\n]}\n');
  return counts;
}
