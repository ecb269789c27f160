/**
 * A line of a code block as a <span> (shown as a block) instead of the
 * theme's <div>: <code> may only contain phrasing content, and the W3C
 * checker rejects a <div> in it. With line numbers (```js showLineNumbers)
 * the number and the content are spans as well, with the classes that
 * practices, news and events use for the same (src/rehype/staticHighlight.ts,
 * styled in custom.css), so a code block looks the same on every page kind.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import LineToken from '@theme/CodeBlock/Line/Token';
import type {Props} from '@theme/CodeBlock/Line';
// bash for the code blocks of doc pages, loaded with the code block (not with every page).
import '@site/src/utils/prismLanguages';

export default function CodeBlockLine(props: Props): ReactNode {
  const {line, classNames, showLineNumbers, getLineProps, getTokenProps} = props;
  // A line that is only a line break: its text would add a second break to the <br /> below.
  const tokens = line.length === 1 && line[0]!.content === '\n' ? [{...line[0]!, content: ''}] : line;
  const lineProps = getLineProps({line: tokens, className: clsx(classNames, 'wp-code-line', showLineNumbers && 'wp-code-line--numbered')});
  const content = tokens.map((token, key) => {
    const tokenProps = getTokenProps({token});
    return (
      <LineToken key={key} {...tokenProps} line={tokens} token={token}>
        {tokenProps.children}
      </LineToken>
    );
  });
  return (
    <span {...lineProps}>
      {showLineNumbers ? (
        <>
          <span className="wp-code-line-number" />
          <span className="wp-code-line-content">{content}</span>
        </>
      ) : (
        content
      )}
      <br />
    </span>
  );
}
