// Crawlee 3 CheerioCrawler over the simulator's hub pages: the peer of HubCrawler's crawl benchmark.
//   node crawl.mjs <root> <seedPath> <depth> <maxPages> [maxConcurrency=50] [minConcurrency=20]
// Follows the citing papers' links (li[data-citing] a.title, /papers/{id} of the same host, no query string)
// up to <depth> levels from the seed, and every page's pager (a[rel=next]) so that it reads every page of every
// paper it reaches, as HubCrawler does. In-memory storage only. Prints one JSON line with its figures.
import { readFileSync } from 'node:fs';
import { CheerioCrawler, Configuration, log, LogLevel } from 'crawlee';

const [root, seedPath, depthArg, maxPagesArg, maxConcArg = '50', minConcArg = '20'] = process.argv.slice(2);
if (!root || !seedPath || !depthArg || !maxPagesArg) {
  console.error('usage: node crawl.mjs <root> <seedPath> <depth> <maxPages> [maxConcurrency] [minConcurrency]');
  process.exit(2);
}
const maxDepth = Number(depthArg);
const base = new URL(root);
const escaped = base.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const paperPage = new RegExp(`^${escaped}/papers/[^?#]+$`);
const pagerPage = new RegExp(`^${escaped}/papers/[^?#]+\\?offset=\\d+[^#]*(#.*)?$`);
log.setLevel(LogLevel.ERROR);

const config = new Configuration({ persistStorage: false, purgeOnStart: true, systemInfoIntervalMillis: 1000 });
const papers = new Set();
let pages = 0;
const crawler = new CheerioCrawler({
  maxConcurrency: Number(maxConcArg),
  minConcurrency: Number(minConcArg),
  maxRequestsPerCrawl: Number(maxPagesArg),
  maxRequestRetries: 2,
  requestHandlerTimeoutSecs: 30,
  async requestHandler({ request, $, enqueueLinks }) {
    pages++;
    papers.add(new URL(request.loadedUrl ?? request.url).pathname);
    const depth = request.userData.depth ?? 0;
    if ($('li[data-citing]').length === 0 && $('h1').length === 0) throw new Error(`not a hub page: ${request.url}`);
    if (depth < maxDepth) {
      await enqueueLinks({ selector: 'li[data-citing] a.title', regexps: [paperPage], userData: { depth: depth + 1 } });
    }
    await enqueueLinks({ selector: 'a[rel=next]', regexps: [pagerPage], userData: { depth } });
  },
}, config);

const started = performance.now();
const cpuBefore = process.cpuUsage();
const stats = await crawler.run([{ url: new URL(seedPath, base).toString(), userData: { depth: 0 } }]);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const status = readFileSync('/proc/self/status', 'utf8');
const kb = (name) => Number((status.match(new RegExp(`${name}:\\s+(\\d+)`)) ?? [0, 0])[1]);
console.log(JSON.stringify({
  crawler: 'crawlee', version: JSON.parse(readFileSync(new URL('./node_modules/crawlee/package.json', import.meta.url))).version,
  pages, papers: papers.size, failed: stats.requestsFailed, seconds, pagesPerSecond: pages / seconds,
  peakRssMb: kb('VmHWM') / 1024, cpuMsPerPage: (cpu.user + cpu.system) / 1000 / Math.max(1, pages), maxConcurrency: Number(maxConcArg), minConcurrency: Number(minConcArg),
}));
