// Build adapter (next.config.ts adapterPath): once `next build` has written every prerendered page, send each
// page's stylesheet once (../build/css-once.mjs) and have the page load its chunks after its first paint
// (../build/scripts-after-paint.mjs), then compute each page's Content-Security-Policy from the hashes of its own
// inline scripts (see headers.mjs).
//   next start:     the policies go to <distDir>/csp-manifest.json; proxy.ts sends the right one with every
//                   page (and the not-found page's with a 404), as a real Content-Security-Policy header.
//   static export:  the policy goes into each HTML file as <meta http-equiv="Content-Security-Policy">; the
//                   headers a <meta> cannot carry are set by the web server (README, "Self-hosting").
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { withCssOnce } from "../build/css-once.mjs";
import { withScriptsAfterFirstPaint } from "../build/scripts-after-paint.mjs";
import { buildCsp, CSP_MANIFEST, withCspMeta } from "./headers.mjs";

async function findFile(dir, name) {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === name) return path.join(entry.parentPath, entry.name);
  }
  return null;
}

/** @type {import("next").NextAdapter} */
const adapter = {
  name: "tunnel-planner-pages",
  async onBuildComplete({ outputs, config, distDir }) {
    let pages = 0;
    let stylesheetCopies = 0;
    /** One prerendered page as it is served: its stylesheet once, its chunks after its first paint. */
    const rewrite = async (file) => {
      const once = withCssOnce(await readFile(file, "utf8"));
      stylesheetCopies += once.removed;
      return withScriptsAfterFirstPaint(once.html);
    };
    if (config.output === "export") {
      for (const file of outputs.staticFiles) {
        if (!file.filePath.endsWith(".html")) continue;
        await writeFile(file.filePath, withCspMeta(await rewrite(file.filePath)));
        pages += 1;
      }
    } else {
      /** The page rewritten in place; its policy, for proxy.ts to send with it. */
      const policyOf = async (file) => {
        const html = await rewrite(file);
        await writeFile(file, html);
        return buildCsp(html);
      };
      const routes = {};
      for (const prerender of outputs.prerenders) {
        const htmlFile = prerender.fallback?.filePath;
        if (!htmlFile?.endsWith(".html")) continue;
        routes[prerender.pathname] = await policyOf(htmlFile);
        pages += 1;
      }
      // The not-found page is prerendered but not listed among the prerenders; any unknown path renders it.
      const notFound = await findFile(path.join(distDir, "server"), "_not-found.html");
      if (!notFound) throw new Error("tunnel-planner-pages: the prerendered not-found page was not found");
      routes["/_not-found"] = await policyOf(notFound);
      await writeFile(path.join(distDir, CSP_MANIFEST), `${JSON.stringify({ routes }, null, 1)}\n`);
    }
    // A build whose pages carry no policy would ship without one: fail loudly instead.
    if (pages === 0)
      throw new Error("tunnel-planner-pages: no prerendered HTML page found to give a Content-Security-Policy");
    console.log(`  Content-Security-Policy with script hashes for ${pages} page(s)`);
    console.log(`  ${stylesheetCopies} copies of an inline stylesheet left out of the pages' RSC payloads`);
  },
};

export default adapter;
