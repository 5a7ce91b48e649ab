/** Reading Prometheus's text format in tests: one sample by metric name and labels. */

export interface Scrape {
  status: number;
  contentType: string | null;
  text: string;
  /** The value of the sample `name` whose labels include `labels`; undefined when none has them. */
  value(name: string, labels?: Record<string, string>): number | undefined;
}

export async function scrape(url: string, headers: Record<string, string> = {}): Promise<Scrape> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    value(name, labels = {}) {
      for (const line of text.split('\n')) {
        const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
        if (!match || match[1] !== name) continue;
        const given = new Map([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
        if (Object.entries(labels).every(([key, value]) => given.get(key) === value)) return Number(match[3]);
      }
      return undefined;
    },
  };
}
