import MarkdownIt from 'markdown-it';

/*
 * Package texts are Markdown written by people in the organisation, shown to everyone in it, so
 * the renderer is the safety line: no raw HTML (it is shown as text), no images (nothing is
 * fetched from outside), and links only to the web (http, https), mail or the product's own pages.
 * Side-neutral: the server renders what it answers, the editor previews with the same function.
 */
const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
md.disable(['image']);
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const renderToken = md.renderer.renderToken.bind(md.renderer);
md.renderer.rules.link_open = (tokens, idx, options) => {
  const token = tokens[idx]!;
  const href = token.attrGet('href') ?? '';
  if (/^https?:/i.test(href)) {
    token.attrSet('rel', 'noopener noreferrer nofollow');
    token.attrSet('target', '_blank');
  }
  return renderToken(tokens, idx, options);
};

/** Markdown to HTML that is safe to insert as it is. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** The words of a Markdown text without its markup, for snippets and previews. */
export function plainText(source: string): string {
  return source
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/[*_`>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
