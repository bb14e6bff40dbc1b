// Share-link length per fixture plan (issue 6): `npx tsx scripts/bench/share-link-length.ts [--json]`.
// Target: a typical full single-site plan stays at or under 600 characters; links over 2,000 are flagged in the UI.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildShareUrl } from "../../lib/share/url";
import { parsePlanFile } from "../../lib/share/plan-file";
import { RELIABLE_LINK_LENGTH } from "../../lib/share/codec";

const ORIGIN = "http://localhost:3000";
const TARGET = 600;
const dir = join(process.cwd(), "lib", "__fixtures__");

const rows = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => {
    const parsed = parsePlanFile(readFileSync(join(dir, file), "utf8"));
    if (!parsed.ok) return { fixture: file, sites: 0, fileBytes: 0, linkLength: -1, error: parsed.error.message };
    const fileBytes = readFileSync(join(dir, file)).length;
    return {
      fixture: file,
      sites: parsed.plan.sites.length,
      fileBytes,
      linkLength: buildShareUrl(ORIGIN, parsed.plan).length,
    };
  });

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ origin: ORIGIN, target: TARGET, reliableLimit: RELIABLE_LINK_LENGTH, rows }, null, 2));
} else {
  console.log(
    `share link length (origin ${ORIGIN}; target ≤ ${TARGET} for a single-site plan, UI warns over ${RELIABLE_LINK_LENGTH})`,
  );
  for (const r of rows) {
    const note = "error" in r ? `error: ${r.error}` : r.sites === 1 && r.linkLength > TARGET ? "OVER TARGET" : "";
    console.log(
      `${r.fixture.padEnd(40)} sites ${String(r.sites).padStart(2)}  file ${String(r.fileBytes).padStart(5)} B  link ${String(r.linkLength).padStart(5)}  ${note}`,
    );
  }
}
