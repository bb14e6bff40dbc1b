// German UI text, the same namespaces and keys as messages/en (lib/i18n/completeness.test.ts checks both).
import app from "./app.json";
import home from "./home.json";
import share from "./share.json";
import pdf from "./pdf.json";
import wizard from "./wizard.json";
import landing from "./landing.json";
import review from "./review.json";
import editions from "./editions.json";
import certificate from "./certificate.json";
import sources from "./sources.json";
import plans from "./plans.json";
import compare from "./compare.json";

const messages = { app, home, share, pdf, wizard, landing, review, editions, certificate, sources, plans, compare };
export default messages;
