/** The report's keyboard navigation (inline, no dependencies). */
export const REPORT_SCRIPT = `
(function(){
  'use strict';
  var beads = Array.prototype.slice.call(document.querySelectorAll('tr.bead'));
  var current = -1;
  function go(i){
    if (!beads.length) return;
    i = Math.max(0, Math.min(beads.length - 1, i));
    if (current >= 0 && beads[current]) beads[current].classList.remove('current');
    current = i;
    var row = beads[i];
    row.classList.add('current');
    row.focus({preventScroll: true});
    row.scrollIntoView({block: 'center'});
  }
  function findLow(from, step){
    for (var i = from + step; i >= 0 && i < beads.length; i += step) if (beads[i].classList.contains('low')) return i;
    return -1;
  }
  function onBead(t){ return !!(t && t.classList && t.classList.contains('bead')); }
  var keys = document.getElementById('keys');
  var keysButton = document.getElementById('keys-button');
  function toggleKeys(){
    var show = keys.hasAttribute('hidden');
    if (show) keys.removeAttribute('hidden'); else keys.setAttribute('hidden', '');
    keysButton.setAttribute('aria-expanded', String(show));
  }
  keysButton.addEventListener('click', toggleKeys);
  beads.forEach(function(row, i){ row.addEventListener('click', function(){ if (current !== i) { if (current >= 0) beads[current].classList.remove('current'); current = i; row.classList.add('current'); } }); });
  document.addEventListener('keydown', function(e){
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
    var k = e.key;
    if (k === 'j' || (k === 'ArrowDown' && onBead(t))) { go(current + 1); e.preventDefault(); }
    else if (k === 'k' || (k === 'ArrowUp' && onBead(t))) { go(current - 1); e.preventDefault(); }
    else if (k === 'n') { var n = findLow(current, 1); if (n >= 0) go(n); e.preventDefault(); }
    else if (k === 'p') { var p = findLow(current < 0 ? beads.length : current, -1); if (p >= 0) go(p); e.preventDefault(); }
    else if (k === 'g') { go(0); e.preventDefault(); }
    else if (k === 'G') { go(beads.length - 1); e.preventDefault(); }
    else if (k === '?') { toggleKeys(); e.preventDefault(); }
  });
  // Following a link to a note or a bead moves the keyboard focus there too.
  window.addEventListener('hashchange', function(){
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!el) return;
    var i = beads.indexOf(el);
    if (i >= 0) { go(i); return; }
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({preventScroll: true});
  });
})();
`;
