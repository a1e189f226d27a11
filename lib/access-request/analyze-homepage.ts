/** What a fetch of the website found; the rules judge it, the fetcher only reports. */
export type WebsiteProbe =
  | { ok: true; url: string; finalUrl: string; status: number; redirects: number; page: HomepageFacts }
  | { ok: false; url: string; status?: number; error: string };

export type HomepageFacts = { title: string; words: number; privacy: boolean; terms: boolean; signup: boolean; parked: boolean };

// Markers of parked domains and default server pages (notes §5 W1).
const PARKED = [
  /domain (is )?for sale/i,
  /buy this domain/i,
  /parked (free|domain)/i,
  /this domain (name )?(has been|is) (registered|parked)/i,
  /coming soon/i,
  /under construction/i,
  /welcome to nginx/i,
  /apache2? (ubuntu |debian )?default page/i,
  /it works!/i,
  /iis windows server/i,
  /default web site page/i,
  /sedoparking|parkingcrew|bodis\.com|dan\.com/i,
];

const stripTags = (html: string) =>
  html
    .replace(/<(script|style|noscript|title)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/&[a-z]+;|&#\d+;/gi, " ");

/** Reads the facts the pre-flight rules need out of a homepage's HTML. */
export function analyzeHomepage(html: string): HomepageFacts {
  const title = (html.match(/<title[^>]*>([\s\S]*?)<\/title>/i)?.[1] ?? "").replace(/\s+/g, " ").trim();
  const visible = stripTags(html);
  const words = visible.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const links = [...html.matchAll(/<a\b[^>]*>[\s\S]*?<\/a>/gi)].map((m) => m[0]).join(" ");
  return {
    title,
    words,
    privacy: /privacy|datenschutz|プライバシー|confidentialit/i.test(links),
    terms: /terms|conditions|利用規約|\bagb\b|\btos\b/i.test(links),
    signup: /<form\b/i.test(html) || /sign ?up|subscribe|register|create (an )?account|newsletter/i.test(visible),
    parked: PARKED.some((p) => p.test(title) || (words < 150 && p.test(visible))),
  };
}
