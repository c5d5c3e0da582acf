import type { Analysis } from '../../core/analysis.ts';
import { h } from '../dom.ts';
import { formatDay, sourceName, sourceTitle } from '../format.ts';
import { marked } from './passage.ts';

/** Returns every sentence that names the place, grouped under its source, each group with a "Read source" button. */
export function mentionSentences(
  doc: Document,
  analysis: Analysis,
  place: string,
  openReader: (source: string) => void,
): Node[] {
  const mentions = analysis.mentionsByPlace.get(place) ?? [];
  const heading = h(doc, 'h3', { id: 'panel-mentions-title' }, `Every mention (${mentions.length})`);
  if (mentions.length === 0) return [heading, h(doc, 'p', {}, 'The chosen sources never name this place.')];
  const groups = analysis.sources.flatMap((source) => {
    const own = mentions.filter((m) => m.source === source.id);
    if (own.length === 0) return [];
    const sentences = [...new Map(own.map((m) => [m.sentence.start, m.sentence])).values()];
    return [
      h(
        doc,
        'article',
        { class: 'mention-group' },
        h(doc, 'h4', {}, sourceTitle(source)),
        h(
          doc,
          'p',
          { class: 'mention-source' },
          `${sourceName(source)}, ${formatDay(source.published)} `,
          h(doc, 'button', { type: 'button', class: 'link', onclick: () => openReader(source.id) }, 'Read source'),
        ),
        h(doc, 'ul', { class: 'sentences' }, sentences.map((s) => h(doc, 'li', {}, marked(doc, s, own)))),
      ),
    ];
  });
  return [heading, ...groups];
}
