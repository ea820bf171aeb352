import { escapeHtml } from './reference-page.ts';

/**
 * An A4 page for the notice board or a certificate: Chinese serif type, a centred title, bordered tables,
 * a lead paragraph and a seal block for certificates, no scripts and nothing fetched. `title` is escaped here; `bodyHtml` must already be escaped by its maker.
 */
export function printPage(title: string, bodyHtml: string): string {
  const heading = escapeHtml(title);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${heading}</title>
<style>
@page { size: A4; margin: 18mm; }
body { font-family: "SimSun", "Songti SC", serif; font-size: 12pt; }
h1 { text-align: center; font-size: 18pt; }
table { width: 100%; border-collapse: collapse; margin-top: 0.8em; }
th, td { border: 1px solid #000; padding: 4px 6px; text-align: center; }
.note { margin-top: 1em; line-height: 1.8; }
.lead { line-height: 2; text-indent: 2em; }
.seal { margin-top: 3em; text-align: right; line-height: 2; }
</style></head>
<body>
<h1>${heading}</h1>
${bodyHtml}
</body></html>
`;
}
