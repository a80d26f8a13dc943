/** The report's stylesheet (inline; no web fonts, no images). */
export const REPORT_CSS = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--band:#f6f8fa;--low:#fff4e5;--lowline:#d97706;--focus:#0969da}
*{box-sizing:border-box}
html{font-size:15px}
body{margin:0;color:var(--fg);background:var(--bg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem;z-index:10}
.skip:focus{left:.5rem}
header{padding:.8rem 1.2rem .4rem;border-bottom:1px solid var(--line);background:var(--band)}
h1{font-size:1.25rem;margin:0 0 .4rem}
h2{font-size:1.1rem;margin:1.2rem 0 .5rem}
h3{font-size:1rem;margin:.4rem 0}
dl.docs{display:grid;grid-template-columns:1fr 1fr;gap:.2rem 1.5rem;margin:.2rem 0}
dl.docs div{display:flex;gap:.5rem}
dt{color:var(--muted);min-width:4rem}
dd{margin:0}
.verdict{margin:.3rem 0;color:var(--muted)}
nav{display:flex;gap:1rem;flex-wrap:wrap;align-items:center;margin:.4rem 0}
nav a,button{color:var(--focus)}
button{font:inherit;background:none;border:1px solid var(--line);border-radius:4px;padding:.1rem .5rem;cursor:pointer}
#keys{background:#fff;border:1px solid var(--line);border-radius:4px;padding:.2rem .8rem;margin:.3rem 0}
kbd{border:1px solid var(--line);border-bottom-width:2px;border-radius:3px;padding:0 .3rem;font-size:.85em;background:#fff}
.legend{display:flex;align-items:center;gap:.8rem;flex-wrap:wrap}
.legend h2{font-size:.9rem;margin:0;color:var(--muted);font-weight:600}
.legend ul{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;margin:0;padding:0;font-size:.9rem}
.legend li{display:flex;align-items:center;gap:.35rem}
.count{color:var(--muted)}
main{padding:0 1.2rem 2rem}
table.beads{width:100%;border-collapse:collapse;table-layout:fixed;margin-top:.6rem}
col.c-meta{width:5.2rem}
table.beads thead th{position:sticky;top:0;background:var(--band);text-align:left;font-weight:600;padding:.4rem .6rem;border-bottom:2px solid var(--line);z-index:1}
.lang{color:var(--muted);font-weight:400;font-size:.85em;text-transform:uppercase}
tr.bead td,tr.bead th{vertical-align:top;padding:.45rem .6rem;border-bottom:1px solid var(--line)}
tr.bead td.side{overflow-wrap:anywhere;hyphens:auto}
tr.bead td.src{border-right:1px solid var(--line)}
th.meta{text-align:left;font-weight:400;font-size:.8rem;color:var(--muted);display:table-cell}
th.meta span{display:block;line-height:1.3}
th.meta .num{font-weight:600;color:var(--fg)}
.score{font-variant-numeric:tabular-nums}
tr.low{background:var(--low)}
tr.low th.meta{box-shadow:inset 4px 0 0 var(--lowline)}
.flag{color:#9a3412;font-weight:700;text-transform:uppercase;font-size:.7rem;letter-spacing:.04em}
tr.gap td .none{color:var(--muted);font-style:italic}
tr.bead:focus{outline:3px solid var(--focus);outline-offset:-3px}
tr.bead.current{box-shadow:inset 0 0 0 2px var(--focus)}
mark.ent{color:inherit;border-radius:2px 2px 0 0;padding:0 .05em}
sup.fn{font-size:.72em;line-height:0}
sup.fn a{padding:0 .15em;font-weight:600}
sup.fn-missing{color:#b91c1c}
ol.notes>li:target,sup.fn a:target{outline:3px solid var(--focus);outline-offset:-3px;background:#ddf4ff}
tr.bead:target{outline:3px solid var(--focus);outline-offset:-3px}
.two{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
.col{min-width:0}
ol.notes{padding-left:0;list-style:none;font-size:.92rem}
ol.notes>li{padding:.3rem .4rem;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
.nid{display:inline-block;min-width:2.3rem;font-weight:700}
.facts{color:var(--muted);font-size:.85em;margin:.15rem 0 0 2.3rem}
.url{overflow-wrap:anywhere}
.repaired{color:#9a3412}
ul.warn{margin:.2rem 0 0 2rem;padding:0;color:#9a3412;font-size:.85em}
ul.rules{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;padding:0;margin:.2rem 0 .5rem;font-size:.9rem}
table.changes{width:100%;border-collapse:collapse;font-size:.88rem;table-layout:fixed}
table.changes th{text-align:left;color:var(--muted);font-weight:600;border-bottom:1px solid var(--line)}
table.changes th:nth-child(1){width:5rem}
table.changes th:nth-child(2){width:11rem}
table.changes td{padding:.2rem .3rem;border-bottom:1px solid #eaeef2;vertical-align:top;overflow-wrap:anywhere}
del{background:#ffebe9;text-decoration:line-through;text-decoration-color:#cf222e}
ins{background:#dafbe1;text-decoration:none}
.ws{color:#8c959f}
.empty{color:var(--muted)}
.scope{color:var(--muted);font-size:.85em}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.88em}
main section:focus{outline:none}
a:focus-visible,button:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
@media (max-width:900px){.two,dl.docs{grid-template-columns:1fr}col.c-meta{width:3.6rem}}
@media print{tr.bead{break-inside:avoid}header nav,#keys{display:none}}
`;
