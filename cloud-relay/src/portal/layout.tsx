import type { Child } from 'hono/jsx';
import type { HqUser } from '../hq/users.js';

const styles = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f5f7;color:#1d2330}
header{background:#1f3a5f;color:#fff;display:flex;align-items:center;gap:24px;padding:10px 24px}
header a{color:#dbe7f5;text-decoration:none;font-weight:500}header a:hover{color:#fff}
header .brand{font-weight:700;font-size:18px;color:#fff;margin-right:12px}header .spacer{flex:1}
main{padding:20px 24px;max-width:1280px;margin:0 auto}
h1{font-size:22px;margin:4px 0 16px}h2{font-size:16px;margin:0 0 10px}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:16px;margin-bottom:16px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:16px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:16px;margin-bottom:16px}
.kpi .value{font-size:24px;font-weight:700;margin-top:4px}.kpi .label{color:#5b6475;font-size:13px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e6e8ec}
th{color:#5b6475;font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:2px 8px;border-radius:10px;font-size:12px;font-weight:600}
.online{background:#d8f3e1;color:#17603a}.offline{background:#fbe0e0;color:#8a1f1f}.pending{background:#fff1cc;color:#7a5a00}
form.inline{display:inline}label{font-size:13px;color:#5b6475;margin-right:6px}
input,select,button{font:inherit;padding:6px 8px;border:1px solid #c8ccd4;border-radius:6px;background:#fff}
button{background:#1f3a5f;color:#fff;border-color:#1f3a5f;cursor:pointer}button.secondary{background:#fff;color:#1f3a5f}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:end}.filters div{display:flex;flex-direction:column}
.code{font-family:ui-monospace,monospace;font-size:20px;letter-spacing:2px;background:#eef3fa;padding:8px 12px;border-radius:6px}
.error{background:#fbe0e0;color:#8a1f1f;padding:8px 12px;border-radius:6px;margin-bottom:12px}
.muted{color:#5b6475;font-size:13px}svg text{font-family:inherit}
.z-reports{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,440px),1fr));gap:16px;align-items:start}.z-reports .card{margin-bottom:0}
pre.z-text{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;line-height:1.35;width:48ch;max-width:100%;overflow-x:auto;margin:0}
.z-figures th.detail{padding-left:24px;font-weight:400}
`;

/** Progressive enhancement only: every page works without it. */
const clientScript = `
document.querySelectorAll('form[data-autosubmit] select, form[data-autosubmit] input[type=date]').forEach(function(el){
  el.addEventListener('change', function(){ el.form.submit(); });
});
document.querySelectorAll('[data-copy]').forEach(function(btn){
  btn.addEventListener('click', function(){ navigator.clipboard && navigator.clipboard.writeText(btn.getAttribute('data-copy')); btn.textContent = 'Copiado'; });
});
document.querySelectorAll('form[data-confirm]').forEach(function(form){
  form.addEventListener('submit', function(e){ if(!confirm(form.getAttribute('data-confirm'))) e.preventDefault(); });
});
`;

export function Layout(props: { title: string; user?: HqUser; children?: Child }) {
  return (
    <html lang="pt-BR">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Chefia HQ`}</title>
        <style dangerouslySetInnerHTML={{ __html: styles }} />
      </head>
      <body>
        {props.user && (
          <header>
            <span class="brand">Chefia HQ</span>
            <a href="/portal">Vendas</a>
            <a href="/portal/stores">Lojas</a>
            <a href="/portal/catalog">Catálogo</a>
            {props.user.role === 'HQ_ADMIN' && <a href="/portal/users">Usuários</a>}
            <span class="spacer" />
            <span>{props.user.displayName}</span>
            <form class="inline" method="post" action="/logout">
              <button class="secondary" type="submit">Sair</button>
            </form>
          </header>
        )}
        <main>{props.children}</main>
        <script dangerouslySetInnerHTML={{ __html: clientScript }} />
      </body>
    </html>
  );
}
