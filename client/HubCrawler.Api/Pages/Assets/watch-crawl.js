// Follows a crawl on /crawls/{id} through the server-sent events of /api/crawls/{id}/events; it reads its URLs from data attributes.
(() => {
  const view = document.getElementById('crawl');
  const format = n => Number(n).toLocaleString('en-US');
  const cancel = view.querySelector('[data-cancel]');
  if (cancel) cancel.addEventListener('click', async () => {
    cancel.disabled = true;
    await fetch(view.dataset.api, { method: 'DELETE', headers: { 'Accept': 'application/json' } });
    location.reload();
  });
  if (view.dataset.state !== 'running') return;
  const show = status => {
    for (const field of view.querySelectorAll('[data-field]')) {
      const value = status[field.dataset.field];
      if (typeof value === 'number') { field.textContent = format(value); field.dataset.value = value; }
    }
    const spend = status.spend || {};
    const kinds = Object.keys(spend.requestsByKind || {}).sort().map(k => ` · ${k} ${format(spend.requestsByKind[k])}`).join('');
    view.querySelector('[data-spend]').textContent =
      `${Number(spend.requestsPerPaper || 0).toFixed(2)} requests a paper · ${Number(spend.writesPerPaper || 0).toFixed(2)} storage writes a paper${kinds}`;
    const waiting = view.querySelector('[data-waiting]');
    waiting.replaceChildren(...(status.waiting || []).map(w => {
      const item = document.createElement('li');
      item.dataset.host = w.host;
      item.textContent = `Waiting for ${w.host}: ${format(w.papers)} papers until ${new Date(w.until).toISOString().substring(11, 19)} UTC (${w.reason})`;
      return item;
    }));
    const progress = view.querySelector('progress');
    progress.max = Math.max(status.discovered, 1);
    progress.value = status.discovered - status.pending;
  };
  // Server-sent events: the browser reconnects by itself (with Last-Event-ID) when the stream drops.
  const events = new EventSource(view.dataset.events);
  view.dataset.stream = 'connecting';
  events.onopen = () => { view.dataset.stream = 'open'; };
  events.onerror = () => { view.dataset.stream = 'reconnecting'; };
  events.addEventListener('status', event => {
    view.dataset.eventsReceived = String(Number(view.dataset.eventsReceived || 0) + 1);
    show(JSON.parse(event.data));
  });
  events.addEventListener('done', event => {
    events.close();
    show(JSON.parse(event.data));
    location.reload();
  });
})();
