/**
 * The only client script: a live character count and the browser's time zone for picked times.
 * Everything works without it; it is served from our origin so the page's CSP can forbid inline script.
 */
export const CLIENT_SCRIPT = `'use strict';
(function () {
  // Avatars live on the social networks' servers; when one fails to load, show the initial instead.
  document.querySelectorAll('img.avatar').forEach(function (img) {
    function fallback() {
      var span = document.createElement('span');
      span.className = 'avatar placeholder';
      span.textContent = img.getAttribute('data-initial') || '?';
      img.replaceWith(span);
    }
    if (img.complete && img.naturalWidth === 0) fallback(); else img.addEventListener('error', fallback);
  });
  var form = document.querySelector('form.composer[data-testid="composer"]');
  if (!form) return;
  var zone = '';
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
  if (zone) {
    form.querySelector('[data-tz-field]').value = zone;
    form.querySelector('[data-tz-source]').value = 'browser';
    form.querySelector('[data-tz-note]').textContent = 'Times picked here are read in ' + zone + ', your browser\\'s time zone.';
  }
  var text = form.querySelector('textarea[name="text"]');
  var out = form.querySelector('#char-count');
  function update() {
    // Newlines count once each (the server sends LF), characters by code point.
    var length = Array.from(text.value.replace(/\\r\\n?/g, '\\n')).length;
    var limit = Infinity, name = '';
    form.querySelectorAll('input[name="profile_ids"]:checked').forEach(function (box) {
      var value = Number(box.getAttribute('data-limit'));
      if (value > 0 && value < limit) { limit = value; name = box.getAttribute('data-limit-name') || ''; }
    });
    if (limit === Infinity) { out.textContent = length + ' characters'; out.className = 'muted'; return; }
    var left = limit - length;
    out.textContent = length + ' / ' + limit + ' characters (' + name + ')' + (left < 0 ? ': ' + (-left) + ' over the limit' : '');
    out.className = left < 0 ? 'over' : 'muted';
  }
  text.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
})();
`;

export const STYLESHEET = `
:root { font-family: system-ui, sans-serif; color: #1d2530; background: #f6f7f9; }
body { margin: 0; }
header.top { display: flex; gap: 1rem; align-items: center; padding: .75rem 1.5rem; background: #1d2530; color: #fff; flex-wrap: wrap; }
header.top a { color: #fff; }
header.top button { background: transparent; color: #fff; border-color: #8090a5; }
header.top nav { margin-left: auto; display: flex; gap: 1rem; align-items: center; }
.brand { font-weight: 700; text-decoration: none; }
.talking-to { opacity: .8; font-size: .9rem; }
main { max-width: 56rem; margin: 1.5rem auto; padding: 0 1.5rem; }
.flash { padding: .75rem 1rem; border-radius: 6px; }
.flash-info { background: #e3f4e8; }
.flash-error, .over { background: #fde8e8; color: #8a1c1c; }
.muted { color: #5b6675; }
.card, .composer, .update, .message, .hero, .schedule { background: #fff; border: 1px solid #dde1e6; border-radius: 8px; padding: 1rem; margin: .75rem 0; }
.profiles { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .75rem; }
.profile-header { display: flex; gap: .75rem; align-items: center; }
.avatar { width: 48px; height: 48px; border-radius: 50%; background: #c9d3df; display: inline-flex; align-items: center; justify-content: center; font-weight: 700; object-fit: cover; }
.update-text { white-space: pre-wrap; margin: 0 0 .5rem; }
.updates { padding-left: 1.5rem; }
.actions { display: flex; flex-wrap: wrap; gap: .4rem; }
form.inline { display: inline; }
label { display: block; margin: .5rem 0 .25rem; }
label.check { display: inline-block; margin-right: 1rem; }
textarea, input[type=url], input[type=text] { width: 100%; box-sizing: border-box; font: inherit; padding: .4rem; }
button, .button { font: inherit; padding: .35rem .8rem; border-radius: 6px; border: 1px solid #9aa6b5; background: #fff; cursor: pointer; text-decoration: none; color: inherit; display: inline-block; line-height: 1.25; vertical-align: middle; box-sizing: border-box; }
button.primary { background: #2c4bff; border-color: #2c4bff; color: #fff; }
.limits { border-collapse: collapse; width: 100%; background: #fff; }
.limits th, .limits td { border: 1px solid #dde1e6; padding: .35rem .6rem; text-align: left; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
.facts dd { margin: 0; }
.pager { display: flex; gap: 1rem; }
`;
