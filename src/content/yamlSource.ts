/**
 * YAML with positions: parse once, then find the line and column of any field
 * path so that every problem points to the place to fix.
 */
import {isMap, isPair, isScalar, LineCounter, parseDocument, type Document} from 'yaml';
import type {Problem} from './problems';

export type FieldPath = readonly (string | number)[];

export interface YamlSource {
  value: unknown;
  /** Line and column (1-based, in the whole file) of a field's value, or of its key. */
  locate(path: FieldPath, atKey?: boolean): {line: number; column: number} | undefined;
}

export function fieldName(path: FieldPath): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part),
    '',
  );
}

/**
 * Parses `text`, which starts at line `firstLine` of `file` (front matter starts
 * at line 2). Syntax errors and duplicate keys become problems with their
 * position. Values are read with the YAML 1.2 core schema, even under a
 * `%YAML 1.1` directive: dates stay strings, `yes` and `no` too.
 */
export function parseYamlSource(
  text: string,
  file: string,
  firstLine = 1,
): {source: YamlSource; problems: Problem[]} {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, {lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false});
  const position = (offset: number): {line: number; column: number} => {
    const {line, col} = lineCounter.linePos(offset);
    return {line: line + firstLine - 1, column: col};
  };
  const problems: Problem[] = document.errors.map((error) => ({
    file,
    ...position(error.pos[0]),
    message: `Die YAML-Syntax ist fehlerhaft: ${error.message.split('\n')[0]} (Tipp: Text mit Doppelpunkt in Anführungszeichen setzen, Listen als [a, b] schreiben).`,
  }));
  const locate = (path: FieldPath, atKey = false): {line: number; column: number} | undefined => {
    if (path.length === 0) return position(0);
    const parentNode = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
    const last = path[path.length - 1];
    if (atKey && isMap(parentNode)) {
      const pair = parentNode.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return position(range[0]);
    }
    const node = document.getIn(path, true) as {range?: [number, number, number]} | undefined;
    if (node?.range) return position(node.range[0]);
    // Missing field: point at the parent (or the start of the block).
    const parent = parentNode as {range?: [number, number, number]} | undefined;
    return parent?.range ? position(parent.range[0]) : position(0);
  };
  return {source: {value: document.errors.length > 0 ? undefined : document.toJS(), locate}, problems};
}
