// With experimental.inlineCss, Next.js writes the stylesheet into each page as <style data-href> and again, twice,
// into the page's RSC payload (the `self.__next_f.push([1,"…"])` scripts), as the text of the <style> elements React
// hydrates: the landing page's 137 kB of HTML (28 kB gzip) carried its 29 kB stylesheet three times; with one copy
// it is 79 kB (22 kB gzip). React needs that text only to create a <style> it cannot find; hydrating,
// it finds the one the HTML already has by its data-href and keeps it. So each payload text that is exactly a
// stylesheet this page already carries is emptied here. A client navigation fetches its own payload, with the text.
// Anything unexpected in the payload leaves the page as it was: it costs bytes, never a broken page.
// Used by the build adapter (scripts/security/adapter.mjs) before it hashes each page's inline scripts.

const PUSH = /<script>self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)<\/script>/g;
const OTHER_PUSH = /self\.__next_f\.push\(\[(?!1,)(?!0\]\))/;
const INLINE_STYLE = /<style\b[^>]*\bdata-href="[^"]*"[^>]*>([\s\S]*?)<\/style>/g;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The payload's rows as byte ranges: text rows (`id:T<hex length>,<text>`) with their text's range. */
function rows(bytes) {
  const out = [];
  let at = 0;
  while (at < bytes.length) {
    let colon = at;
    while (colon < bytes.length && bytes[colon] !== 0x3a) colon += 1;
    const id = decoder.decode(bytes.subarray(at, colon));
    if (colon >= bytes.length || !/^[0-9a-f]+$/.test(id)) return null;
    if (bytes[colon + 1] === 0x54 /* T */) {
      let comma = colon + 2;
      while (comma < bytes.length && bytes[comma] !== 0x2c) comma += 1;
      const hex = decoder.decode(bytes.subarray(colon + 2, comma));
      if (!/^[0-9a-f]+$/.test(hex)) return null;
      const end = comma + 1 + parseInt(hex, 16);
      if (end > bytes.length) return null;
      out.push({ text: true, header: [colon + 2, comma], body: [comma + 1, end] });
      at = end;
    } else {
      const newline = bytes.indexOf(0x0a, colon);
      if (newline < 0) return null;
      out.push({ text: false });
      at = newline + 1;
    }
  }
  return out;
}

/** A payload string as Next.js writes it into a script: JSON, with <, >, &, U+2028 and U+2029 escaped. */
const scriptString = (text) =>
  JSON.stringify(text)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

/** The page with the payload's copies of its inline stylesheets emptied; `removed` counts them. */
export function withCssOnce(html) {
  const unchanged = { html, removed: 0 };
  const sheets = new Set([...html.matchAll(INLINE_STYLE)].map((m) => m[1]).filter((css) => css.length > 0));
  if (sheets.size === 0 || OTHER_PUSH.test(html)) return unchanged;
  const pushes = [...html.matchAll(PUSH)];
  if (pushes.length === 0) return unchanged;
  const parts = pushes.map((m) => encoder.encode(JSON.parse(m[1])[1]));
  const stream = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  const bounds = [];
  let offset = 0;
  for (const part of parts) {
    stream.set(part, offset);
    bounds.push([offset, offset + part.length]);
    offset += part.length;
  }
  const parsed = rows(stream);
  if (!parsed) return unchanged;
  // Each emptied text: its length becomes 0 and its text goes.
  const edits = parsed
    .filter((r) => r.text && sheets.has(decoder.decode(stream.subarray(...r.body))))
    .flatMap((r) => [
      { from: r.header[0], to: r.header[1], insert: "0" },
      { from: r.body[0], to: r.body[1], insert: "" },
    ]);
  if (edits.length === 0) return unchanged;
  // Rebuild each script's part from the edited stream, so every script keeps its place in the page.
  const newParts = bounds.map(([from, to]) => {
    let text = "";
    let at = from;
    for (const edit of edits) {
      if (edit.to <= from || edit.from >= to) continue;
      text += decoder.decode(stream.subarray(at, Math.max(at, edit.from)));
      if (edit.from >= from) text += edit.insert;
      at = Math.min(to, edit.to);
    }
    return text + decoder.decode(stream.subarray(at, to));
  });
  if (!rows(encoder.encode(newParts.join("")))) return unchanged;
  let i = 0;
  const rewritten = html.replace(PUSH, () => {
    const part = newParts[i++];
    return part ? `<script>self.__next_f.push([1,${scriptString(part)}])</script>` : "";
  });
  return { html: rewritten, removed: edits.length / 2 };
}
