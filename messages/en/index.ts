// English UI text, one JSON file per namespace so features can add text without touching each other's files.
import app from "./app.json";
import home from "./home.json";
import share from "./share.json";
import pdf from "./pdf.json";
import wizard from "./wizard.json";
import landing from "./landing.json";
import review from "./review.json";
import editions from "./editions.json";

const messages = { app, home, share, pdf, wizard, landing, review, editions };
export default messages;
