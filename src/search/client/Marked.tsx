import React, {type ReactNode} from 'react';
import type {SnippetPart} from '@site/src/search/shared/backend';

/** Text with the matched words in <mark>. */
export function Marked({parts}: {parts: readonly SnippetPart[]}): ReactNode {
  return parts.map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : <React.Fragment key={index}>{part.text}</React.Fragment>));
}

export const plainText = (parts: readonly SnippetPart[]): string => parts.map((part) => part.text).join('');
