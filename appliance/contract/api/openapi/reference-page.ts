type Json = Record<string, any>;

const escapeHtml = (text: unknown) =>
  String(text).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);

function operationHtml(method: string, path: string, op: Json): string {
  const security = (op.security as Json[]).map((req) => Object.keys(req).join(' + ')).join(' or ') || 'none';
  const params = ((op.parameters ?? []) as Json[]).map((p) => `<li><code>${escapeHtml(p.name)}</code> (${p.in}${p.required ? ', required' : ''}): <code>${escapeHtml(JSON.stringify(p.schema))}</code></li>`);
  const body = op.requestBody?.content?.['application/json']?.schema;
  const responses = Object.entries(op.responses as Json).map(([status, r]) => `<li><b>${status}</b> ${escapeHtml(r.description)}</li>`);
  return [
    `<details id="${escapeHtml(op.operationId)}"><summary><code>${method.toUpperCase()} ${escapeHtml(path)}</code> ${escapeHtml(op.summary)}</summary>`,
    op.description ? `<p>${escapeHtml(op.description)}</p>` : '',
    `<p>Security: ${escapeHtml(security)}${op['x-permission'] ? `; permission <code>${escapeHtml(op['x-permission'])}</code>` : ''}${op['x-roles'] ? `; roles ${escapeHtml(op['x-roles'].join(', '))}` : ''}</p>`,
    params.length > 0 ? `<p>Parameters:</p><ul>${params.join('')}</ul>` : '',
    body ? `<p>Body:</p><pre>${escapeHtml(JSON.stringify(body, null, 2))}</pre>` : '',
    `<p>Responses:</p><ul>${responses.join('')}</ul></details>`,
  ].join('\n');
}

/**
 * The API reference as one HTML page rendered on the server from the OpenAPI document: no script,
 * no style sheet, nothing from the internet, so it opens in a store without a connection and under
 * the appliance's strict Content-Security-Policy. A page for developers, so in English.
 */
export function referencePage(document: Json, specUrl: string): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(document.paths as Json)) {
    for (const [method, op] of Object.entries(methods as Json)) {
      const tag = (op as Json).tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, op as Json)]);
    }
  }
  const tags = [...((document.tags ?? []) as Json[]).map((t) => t.name as string), ...byTag.keys()].filter((t, i, all) => byTag.has(t) && all.indexOf(t) === i);
  const described = new Map(((document.tags ?? []) as Json[]).map((t) => [t.name, t.description]));
  const sections = tags.map((tag) => `<section id="tag-${escapeHtml(tag)}"><h2>${escapeHtml(tag)}</h2>${described.get(tag) ? `<p>${escapeHtml(described.get(tag))}</p>` : ''}\n${(byTag.get(tag) ?? []).join('\n')}</section>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${escapeHtml(document.info.title)}: API reference</title></head>
<body><h1>${escapeHtml(document.info.title)} ${escapeHtml(document.info.version)}</h1>
<p>${escapeHtml(document.info.description)}</p>
<p>Machine-readable: <a href="${escapeHtml(specUrl)}">${escapeHtml(specUrl)}</a> (OpenAPI ${escapeHtml(document.openapi)}).</p>
<nav><ul>${tags.map((tag) => `<li><a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`).join('')}</ul></nav>
${sections.join('\n')}
</body></html>`;
}
