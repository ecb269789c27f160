/**
 * A line of a code block as a <span> (shown as a block) instead of the
 * theme's <div>: <code> may only contain phrasing content, and the W3C
 * checker rejects a <div> in it. Blocks with line numbers keep the theme's
 * own rendering (the site uses none).
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import OriginalLine from '@theme-original/CodeBlock/Line';
import LineToken from '@theme/CodeBlock/Line/Token';
import type {Props} from '@theme/CodeBlock/Line';
// bash for the code blocks of doc pages, loaded with the code block (not with every page).
import '@site/src/utils/prismLanguages';

export default function CodeBlockLine(props: Props): ReactNode {
  if (props.showLineNumbers) return <OriginalLine {...props} />;
  const {line, classNames, getLineProps, getTokenProps} = props;
  // A line that is only a line break: its text would add a second break to the <br /> below.
  const tokens = line.length === 1 && line[0]!.content === '\n' ? [{...line[0]!, content: ''}] : line;
  const lineProps = getLineProps({line: tokens, className: clsx(classNames, 'wp-code-line')});
  return (
    <span {...lineProps}>
      {tokens.map((token, key) => {
        const tokenProps = getTokenProps({token});
        return (
          <LineToken key={key} {...tokenProps} line={tokens} token={token}>
            {tokenProps.children}
          </LineToken>
        );
      })}
      <br />
    </span>
  );
}
