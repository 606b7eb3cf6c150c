// `npm run build`'s step after tsc: minifies the text of Lit's `css` and `html`/`svg` tagged templates
// in dist/**/*.js, as consumers' bundlers take those files as they are and minify only the code
// around the templates. vite.build.config.ts applies the same to the standalone bundle, so a page
// rendered on the server from dist/ hydrates with either (Lit compares the templates' strings).
//
// Conservative by design, so nothing a user sees changes:
// - css without `${}`: comments out; whitespace collapsed, and dropped next to `{ } ; , :`
//   (never inside quoted strings, never around `+ - / > ~` so calc() and selectors keep theirs;
//   ` * ` only between a number or `)` and a number or `var(`);
//   the `;` before a `}` dropped; `0.5` as `.5`, `#ffffff` as `#fff`.
// - html/svg: a run of whitespace that holds a line break goes when it touches a block-level element's
//   tag (it would start or end a line, where it renders as nothing), else becomes one space (what a
//   browser renders it as anyway); a template's text is otherwise left alone.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const quoted = /('(?:\\[\s\S]|[^'\\])*'|"(?:\\[\s\S]|[^"\\])*")/;

const commentOrQuoted = /(\/\*[\s\S]*?\*\/)|('(?:\\[\s\S]|[^'\\])*'|"(?:\\[\s\S]|[^"\\])*")/g;

export function minifyCss(text) {
  // Comments first (a quote in a comment is no string), then everything outside quoted strings.
  return text.replace(commentOrQuoted, (match, comment) => (comment ? ' ' : match)).split(quoted).map((part, i) => (i % 2 ? part : part
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/([\d)]) \* (?=\d|\.\d|var\()/g, '$1*')
    .replace(/([\s:,(*])0\.(\d)/g, '$1.$2')
    .replace(/([(,:])#([\da-f])\2([\da-f])\3([\da-f])\4(?![\w-])/gi, '$1#$2$3$4')
    .replace(/;}/g, '}'))).join('').trim();
}

/** Block-level elements: whitespace next to their tags is not rendered. */
const block = 'address|article|aside|blockquote|details|dialog|div|dl|dd|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const afterBlockTag = new RegExp(`(<\\/?(?:${block})(?:\\s[^<>]*)?>)\\s*\\n\\s*`, 'gi');
const beforeBlockTag = new RegExp(`(^|>)\\s*\\n\\s*(?=<\\/?(?:${block})[\\s>])`, 'gi');

export function minifyHtml(text) {
  return text.replace(afterBlockTag, '$1').replace(beforeBlockTag, '$1').replace(/\s*\n\s*/g, ' ');
}

/** The module's code with its Lit templates minified (unchanged when it has none). */
export function minifyTemplates(code, fileName = 'module.js') {
  if (!/\b(css|html|svg)\s*`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  /** [start, end, replacement] of each template's text pieces, in source order. */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html', 'svg'].includes(node.tag.text)) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        const start = template.getStart(source) + 1;
        const end = template.end - 1;
        const text = code.slice(start, end);
        edits.push([start, end, node.tag.text === 'css' ? minifyCss(text) : minifyHtml(text)]);
      } else if (node.tag.text !== 'css') {
        // Head: after "`" up to "${"; each span's literal: after "}" up to "${" or "`".
        const pieces = [template.head, ...template.templateSpans.map((s) => s.literal)];
        for (const piece of pieces) {
          const start = piece.getStart(source) + 1;
          const end = piece.end - (ts.isTemplateTail(piece) ? 1 : 2);
          edits.push([start, end, minifyHtml(code.slice(start, end))]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
  for (const file of jsFiles(dist)) {
    const code = readFileSync(file, 'utf8');
    const minified = minifyTemplates(code, file);
    if (minified !== code) writeFileSync(file, minified);
  }
}
