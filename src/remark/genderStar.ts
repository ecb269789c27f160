/**
 * Keeps the German gender star literal: `Pat*innen, Mentor*innen` must not turn
 * into `Pat<em>innen, Mentor</em>innen`.
 *
 * CommonMark allows `*` to open and close emphasis inside a word. German
 * gender-inclusive writing puts a star between two letters, so every sentence
 * with two such words would be half emphasised. This plugin adds a micromark
 * construct that claims a `*` standing directly between two letters before the
 * emphasis construct (attention) sees it, and turns it into plain text. Stars
 * next to a space, punctuation or another star (`*Betonung*`, `**fett**`) are
 * left to the emphasis construct, so real emphasis keeps working.
 */
import type {Plugin} from 'unified';
import type {Root} from 'mdast';
import type {
  Code,
  Construct,
  Extension,
  State,
  TokenizeContext,
  Tokenizer,
} from 'micromark-util-types';
import type {
  CompileContext,
  Extension as FromMarkdownExtension,
  Token,
} from 'mdast-util-from-markdown';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    genderStar: 'genderStar';
  }
}

const ASTERISK = 42;
const TOKEN_TYPE = 'genderStar';

/** Whether a micromark character code is a letter in any script (ä, ß, é …). */
export function isLetter(code: Code): boolean {
  return (
    typeof code === 'number' &&
    code > 0 &&
    /\p{L}/u.test(String.fromCodePoint(code))
  );
}

const tokenizeGenderStar: Tokenizer = function (
  this: TokenizeContext,
  effects,
  ok,
  nok,
) {
  const start: State = (code) => {
    if (code !== ASTERISK || !isLetter(this.previous)) {
      return nok(code);
    }
    effects.enter(TOKEN_TYPE);
    effects.consume(code);
    effects.exit(TOKEN_TYPE);
    return after;
  };
  // The star only counts as a gender star when a letter follows directly.
  const after: State = (code) => (isLetter(code) ? ok(code) : nok(code));
  return start;
};

const genderStarConstruct: Construct = {
  name: 'genderStar',
  tokenize: tokenizeGenderStar,
};

/** micromark syntax extension; runs before the built-in emphasis construct. */
export const genderStarSyntax: Extension = {
  text: {[ASTERISK]: genderStarConstruct},
};

/** Turns the token into text, merged with the letters around it. */
export const genderStarFromMarkdown: FromMarkdownExtension = {
  enter: {
    [TOKEN_TYPE](this: CompileContext, token: Token) {
      this.config.enter.data!.call(this, token);
    },
  },
  exit: {
    [TOKEN_TYPE](this: CompileContext, token: Token) {
      this.config.exit.data!.call(this, token);
    },
  },
};

interface ProcessorData {
  micromarkExtensions?: Extension[];
  fromMarkdownExtensions?: FromMarkdownExtension[];
}

/** The remark plugin, for Docusaurus' `beforeDefaultRemarkPlugins`. */
const remarkGenderStar: Plugin<[], Root> = function () {
  const data = this.data() as ProcessorData;
  (data.micromarkExtensions ??= []).push(genderStarSyntax);
  (data.fromMarkdownExtensions ??= []).push(genderStarFromMarkdown);
};

export default remarkGenderStar;
