/** A practice body rendered as the build renders it (src/markdown/render.ts), for the unit tests. */
import {renderBody, type BodyOptions, type RenderedBody} from '../../src/markdown/render';

export const PRACTICE_FILE = 'docs/gute-praxis/x.md';

export function renderPractice(body: string, options: Partial<BodyOptions> = {}): RenderedBody {
  return renderBody(body, {file: PRACTICE_FILE, bodyLine: 1, mdx: false, kind: 'practice', links: new Map(), ...options});
}
