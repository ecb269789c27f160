/**
 * Algolia returns highlighted and snippeted values as escaped text with the
 * configured tags around matches. This turns them into marked text parts,
 * which the lists render as text: nothing from the index becomes HTML.
 */
import type {SnippetPart} from '../shared/backend';
import {HIGHLIGHT_POST, HIGHLIGHT_PRE} from '../shared/config';

const ENTITIES: Record<string, string> = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'"};
const unescape = (text: string): string => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]!);

export function parseHighlighted(value: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = value;
  let mark = false;
  while (rest !== '') {
    const tag = mark ? HIGHLIGHT_POST : HIGHLIGHT_PRE;
    const at = rest.indexOf(tag);
    const text = unescape(at < 0 ? rest : rest.slice(0, at));
    if (text !== '') {
      const previous = parts[parts.length - 1];
      if (previous && previous.mark === mark) previous.text += text;
      else parts.push({text, mark});
    }
    if (at < 0) break;
    rest = rest.slice(at + tag.length);
    mark = !mark;
  }
  return parts;
}
