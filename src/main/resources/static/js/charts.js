// Draws the dashboard's trend charts in the browser from the statistics the API serves
// (/api/v1/registry/statistics; the page reads the same series through its session).
// The server's drawing and the table under each chart stay for readers without scripts.
(() => {
  const NS = 'http://www.w3.org/2000/svg';
  const WIDTH = 640;
  const ROW = 40;

  const svgElement = (name, attributes) => {
    const element = document.createElementNS(NS, name);
    Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, value));
    return element;
  };

  const draw = (container, series) => {
    const svg = container.querySelector('svg');
    if (!svg || !series) { return; }
    // Localised names come from the table under the chart, which holds the same series.
    const categoryNames = [...container.querySelectorAll('thead th')].slice(1).map((th) => th.textContent);
    const rowNames = [...container.querySelectorAll('tbody th')].map((th) => th.textContent);
    const scale = (value) => (series.max === 0 ? 0 : Math.round((value * WIDTH) / series.max));
    svg.replaceChildren();
    series.points.forEach((point, index) => {
      const y = index * ROW;
      const group = svgElement('g', {});
      const label = svgElement('text', { class: 'chart__label', x: 0, y: y + 12 });
      label.textContent = `${rowNames[index] ?? point.label} (${point.total})`;
      group.appendChild(label);
      let before = 0;
      series.categories.forEach((category, k) => {
        const count = point.counts[category] || 0;
        if (count === 0) { return; }
        const x = scale(before);
        const width = Math.max(scale(before + count) - x, 1);
        const bar = svgElement('rect', { class: `chart__seg seg--${category}`, x, y: y + 18, width, height: 16 });
        const title = svgElement('title', {});
        title.textContent = `${categoryNames[k] ?? category}: ${count}`;
        bar.appendChild(title);
        group.appendChild(bar);
        before += count;
      });
      svg.appendChild(group);
    });
    svg.setAttribute('viewBox', `0 0 ${WIDTH} ${Math.max(series.points.length * ROW, ROW)}`);
    container.dataset.chartDrawn = 'browser';
  };

  document.addEventListener('DOMContentLoaded', () => {
    const requests = new Map();
    document.querySelectorAll('[data-chart-source]').forEach((container) => {
      const url = container.dataset.chartSource;
      if (!requests.has(url)) {
        requests.set(url, fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
          .then((response) => (response.ok ? response.json() : Promise.reject(response.status))));
      }
      requests.get(url).then((stats) => draw(container, stats[container.dataset.chartSeries])).catch(() => {});
    });
  });
})();
