// Starts a crawl from the form on /crawls through POST /api/crawls. It reads its URLs from data attributes, so no data is ever written into script text.
document.getElementById('crawl-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const error = form.querySelector('[data-error]');
  const button = form.querySelector('button[type=submit]');
  const seeds = form.elements.seeds.value.split(/\s+/).filter(s => s.length > 0);
  error.hidden = true;
  button.disabled = true;
  try {
    const response = await fetch(form.dataset.api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ seeds, depth: Number(form.elements.depth.value), maxPapers: Number(form.elements.maxPapers.value) })
    });
    const body = await response.json();
    if (response.status === 202) {
      location.assign(form.dataset.progress + encodeURIComponent(body.jobId));
      return;
    }
    error.textContent = body.detail || body.title || ('The crawl could not start (HTTP ' + response.status + ').');
  } catch (e) {
    error.textContent = 'The crawl could not start: ' + e.message;
  }
  error.hidden = false;
  button.disabled = false;
});
