// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('select[data-autosubmit]').forEach((select) => {
    select.addEventListener('change', () => select.form.submit());
  });
  document.querySelectorAll('.js-hidden').forEach((el) => { el.hidden = true; });
  const summary = document.querySelector('[data-focus]');
  if (summary) { summary.focus(); }
});
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});
