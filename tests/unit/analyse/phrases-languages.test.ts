import { describe, expect, it } from 'vitest';
import { AD_RULE_SETS } from '../../../shared/content/rules/rule-sets';
import { signIds } from './helpers';

/**
 * Phrases in the other supported languages: each must show its sign, and each negated or reassuring
 * near-miss must not. Made-up examples, in the wording national warnings describe.
 */
const CASES: readonly (readonly [lang: string, text: string, sign: string, expected: boolean])[] = [
  ['pl', 'Opłata rejestracyjna 200 zł przed wyjazdem.', 'upfront-fee', true],
  ['pl', 'Nie pobieramy żadnych opłat za rekrutację.', 'upfront-fee', false],
  ['pl', 'Trzeba oddać paszport pracodawcy na czas pracy.', 'documents-kept', true],
  ['pl', 'Praca za granicą bez znajomości języka.', 'no-language-needed', true],
  ['pl', 'Praca na czarno, bez umowy.', 'no-written-contract', true],
  ['pl', 'Oferujemy umowę o pracę i zakwaterowanie zapewnione.', 'no-written-contract', false],
  ['pl', 'Bez doświadczenia, wysokie zarobki!', 'no-experience-high-pay', true],
  ['ro', 'Comision înainte de plecare, plecări rapide.', 'agent-commission', true],
  ['ro', 'Nu percepem nicio taxă de recrutare.', 'upfront-fee', false],
  ['ro', 'Cazare gratuită și transport asigurat.', 'housing-provided', true],
  ['ro', 'Lucru fără contract, plata cash.', 'no-written-contract', true],
  ['ro', 'Fără experiență, salarii de mii de euro.', 'no-experience-high-pay', true],
  ['es', 'Pago de inscripción por adelantado.', 'upfront-fee', true],
  ['es', 'No cobramos ninguna cuota de inscripción.', 'upfront-fee', false],
  ['es', 'Trabajo sin contrato y sin papeles.', 'no-written-contract', true],
  ['es', 'Alojamiento incluido y vuelos pagados.', 'housing-provided', true],
  ['pt', 'Taxa de inscrição de 100 reais.', 'upfront-fee', true],
  ['pt', 'Não cobramos taxa de inscrição.', 'upfront-fee', false],
  ['pt', 'Você só precisa embarcar, o resto é por nossa conta.', 'travel-arranged', true],
  ['pt', 'Nem precisa saber falar outra língua.', 'no-language-needed', true],
  ['bg', 'Такса за регистрация 50 лв.', 'upfront-fee', true],
  ['bg', 'Без такси за регистрация.', 'upfront-fee', false],
  ['bg', 'Настояват да вземат оригиналните документи.', 'documents-kept', true],
  ['bg', 'Квартира осигурена, без опит, високи заплати.', 'no-experience-high-pay', true],
  ['lt', 'Registracijos mokestis 100 eurų.', 'upfront-fee', true],
  ['lt', 'Jokių registracijos mokesčių.', 'upfront-fee', false],
  ['lt', 'Viskuo pasirūpinsime, o atiduoti galėsi, kai uždirbsi.', 'debt-repaid-from-wages', true],
  ['lt', 'Be patirties, didelis atlyginimas.', 'no-experience-high-pay', true],
  ['uk', 'Реєстраційний внесок 500 грн.', 'upfront-fee', true],
  ['uk', 'Потрібно віддати оригінали документів.', 'documents-kept', true],
  ['uk', 'Робота без офіційного договору.', 'no-written-contract', true],
  ['uk', 'Без передоплати та без комісії.', 'upfront-fee', false],
  ['ru', 'Нужно отдать паспорт работодателю.', 'documents-kept', true],
  ['ru', 'Работа без официального оформления.', 'no-written-contract', true],
  ['ru', 'Жилье предоставляется бесплатно.', 'housing-provided', true],
  ['ru', 'Никаких предоплат и комиссий.', 'upfront-fee', false],
  ['vi', 'Việc nhẹ lương cao, nhận việc ngay.', 'easy-money', true],
  ['vi', 'Tiền đặt cọc giữ chỗ 5 triệu.', 'deposit-required', true],
  ['vi', 'Không đặt cọc, không thu phí.', 'deposit-required', false],
  ['zh', '包吃包住，月入过万。', 'housing-provided', true],
  ['zh', '先交报名费才能上岗。', 'upfront-fee', true],
  ['zh', '不收取任何费用，无需押金。', 'deposit-required', false],
  ['zh', '不收取任何费用，无需押金。', 'upfront-fee', false],
];

describe('phrases in other languages', () => {
  for (const [lang, text, sign, expected] of CASES) {
    it(`${lang}: ${expected ? 'finds' : 'does not find'} ${sign} in “${text}”`, () => {
      if (expected) expect(signIds(text)).toContain(sign);
      else expect(signIds(text)).not.toContain(sign);
    });
  }

  it('has phrase rules for at least eight languages besides the language-neutral set', () => {
    const langs = AD_RULE_SETS.map((set) => set.lang).filter((lang) => lang !== 'mul');
    expect(langs.length).toBeGreaterThanOrEqual(8);
    for (const lang of ['en', 'pl', 'ro', 'es', 'pt', 'bg', 'lt', 'uk', 'ru']) expect(langs).toContain(lang);
  });

  it('still reads a phrase in another language when the page declares the wrong one', () => {
    expect(signIds({ text: 'Opłata rejestracyjna 200 zł przed wyjazdem do pracy.', lang: 'en' })).toContain(
      'upfront-fee',
    );
  });
});
