// Next.js puts a page's bootstrap chunks into <head> as <script src async> (and preloads some), so the browser fetches
// them while it parses the page. On 2 cores their streamed parsing competed with the first frame: the landing page
// painted at ~130 ms with them and ~80 ms without (median of 15 unthrottled loads, 2026-12-02). And Lighthouse's
// simulated LCP (as PageSpeed Insights computes it) counts every script that finished downloading before the first
// paint as needed for it: with the chunks in first, / scored LCP 1.3-2.4 s against the bare Next.js page's 0.65 s.
// Here each prerendered page asks for the same chunks from one small inline script, one frame after its first
// (a hidden tab, which draws nothing, asks at once). Measured against the same build without it, with 150 ms RTT,
// 1.6 Mbit/s and a 4x slower CPU: the first paint about the same (noisy, ±50 ms), hydration ~70 ms later (of ~1.75 s).
// The chunks stay async, as Next.js wrote them: React finds them by src when it hydrates and Turbopack when it
// loads chunks, so nothing loads twice. Used by the build adapter (scripts/security/adapter.mjs) before it hashes
// each page's inline scripts.

const ASYNC_SCRIPT = /<script\s+src="([^"<>]+)"\s+async(?:="")?\s*><\/script>/g;
const SCRIPT_PRELOAD = /<link\s+rel="preload"\s+as="script"[^>]*?\shref="([^"<>]+)"[^>]*>/g;
/** Only the app's own chunks: a path on this origin, nothing a loader could be tricked into quoting wrongly. */
const CHUNK_PATH = /^\/_next\/static\/[A-Za-z0-9._~/-]+\.js$/;

/**
 * The loader: one inline script, run where the first chunk's tag was. It appends the chunks at the start of the
 * frame after the first one (two animation frames), at once in a hidden tab, and three seconds after it ran in any
 * case (a tab hidden before its first frame, say). Asking when Paint Timing reports the first paint instead won
 * the same race by more, but hydrated ~170 ms later on the throttled phone above.
 */
export function loaderScript(sources) {
  return (
    "(function(s){var d=0;function l(){if(d)return;d=1;s.forEach(function(u){var e=document.createElement('script');" +
    "e.src=u;e.async=true;document.head.appendChild(e)})}if(document.visibilityState==='hidden')return l();" +
    "requestAnimationFrame(function(){requestAnimationFrame(l)});setTimeout(l,3000)" +
    `})(${JSON.stringify(sources)})`
  );
}

/**
 * The page with its async chunk scripts (and their preloads) replaced by the loader, which takes the first
 * chunk's place; a page without any is returned as it was. A src that is not a plain /_next/static/….js path is
 * left alone, tag and all.
 */
export function withScriptsAfterFirstPaint(html) {
  const tags = [...html.matchAll(ASYNC_SCRIPT)].filter((m) => CHUNK_PATH.test(m[1]));
  if (tags.length === 0) return html;
  const sources = [...new Set(tags.map((m) => m[1]))];
  let out = "";
  let at = 0;
  for (const [i, m] of tags.entries()) {
    out += html.slice(at, m.index) + (i === 0 ? `<script>${loaderScript(sources)}</script>` : "");
    at = m.index + m[0].length;
  }
  out += html.slice(at);
  return out.replace(SCRIPT_PRELOAD, (tag, href) => (sources.includes(href) ? "" : tag));
}

const LOADER_SOURCES = /<script>\(function\(s\)\{[^<]*?\}\)\((\[[^<\]]*\])\)<\/script>/g;

/**
 * Every script a page loads on its own, in its order: the <script src> tags (except noModule polyfills, which no
 * current browser runs) and the chunks its loader asks for. For the first-load measure and the tests that read it.
 */
export function firstLoadScripts(html) {
  const sources = [];
  const found = [];
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\bnomodule\b/i.test(m[0])) continue;
    const src = /\bsrc="([^"]+)"/i.exec(m[0])?.[1];
    if (src) found.push({ at: m.index, list: [src] });
  }
  for (const m of html.matchAll(LOADER_SOURCES)) found.push({ at: m.index, list: JSON.parse(m[1]) });
  for (const { list } of found.sort((a, b) => a.at - b.at))
    for (const src of list) if (!sources.includes(src)) sources.push(src);
  return sources;
}
