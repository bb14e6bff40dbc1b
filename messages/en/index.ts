// English UI text, one JSON file per namespace so features can add text without touching each other's files.
import app from "./app.json";
import home from "./home.json";

const messages = { app, home };
export default messages;
