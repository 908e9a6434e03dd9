// Live updates of the exchange pages: the server says (Server-Sent Events) that something
// the user may see changed; the page reloads its list through the ordinary request.
document.addEventListener('DOMContentLoaded', () => {
  const page = document.querySelector('[data-exchange-live]');
  if (!page || !window.EventSource) { return; }
  const status = document.getElementById('live-status');
  const source = new EventSource(page.dataset.stream);
  const refresh = (event) => {
    const results = document.getElementById('inbox-results');
    if (results && window.htmx) {
      window.htmx.trigger(results, 'refresh');
    }
    const onCase = page.dataset.case;
    if (onCase && event.data.split(' ')[0] === onCase) {
      const notice = document.getElementById('case-updated');
      if (notice) { notice.hidden = false; }
    }
    if (status && status.dataset.newText && (results || !onCase)) {
      status.textContent = status.dataset.newText;
      status.classList.add('live-status--new');
    }
  };
  source.addEventListener('message', refresh);
  source.addEventListener('receipt', refresh);
  source.addEventListener('ready', () => {
    if (status && status.dataset.liveText && !status.classList.contains('live-status--new')) {
      status.textContent = status.dataset.liveText;
    }
  });
});
