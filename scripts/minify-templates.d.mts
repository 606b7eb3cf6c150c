/** scripts/minify-templates.mjs: Lit's `css` and `html`/`svg` templates in a module's code, minified. */
export function minifyCss(text: string): string;
export function minifyHtml(text: string): string;
export function minifyTemplates(code: string, fileName?: string): string;
