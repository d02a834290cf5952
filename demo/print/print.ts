// The print page: choose a format, language, country and audience; see the card; print it.
// Everything is built in the page from the shared content; nothing is fetched but the page's own chunks.
import { render } from 'lit';
import { Translator } from '../../shared/i18n/translator.js';
import { printContent } from './print-content.js';
import { choiceFromQuery, choiceToQuery, fillForm, findControls, readForm, syncQr } from './print-form.js';
import { loadPrintLocale, PRINT_ENGLISH } from './print-locales.js';
import { printSheet } from './print-view.js';

const translator = new Translator(PRINT_ENGLISH, loadPrintLocale);
const controls = findControls(document);
const host = document.getElementById('sheet-host')!;
let region = '';
let request = 0;

async function update(): Promise<void> {
  const choice = readForm(controls);
  // A new country ticks the QR box again wherever its helpline has a website.
  if (choice.region !== region) {
    syncQr(controls, choice.region, region === '' ? choice.qr : true);
    region = choice.region;
  }
  const current = { ...choice, qr: controls.qr.checked };
  const mine = ++request;
  const lang = await translator.use(current.lang);
  if (mine !== request) return;
  const model = printContent(translator.t, lang, current);
  render(printSheet(model), host);
  history.replaceState(null, '', choiceToQuery(current));
}

const initial = choiceFromQuery(location.search);
fillForm(controls, initial);
controls.form.addEventListener('change', () => void update());
controls.form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('print-button')!.addEventListener('click', () => window.print());
void update();
