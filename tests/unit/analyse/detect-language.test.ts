import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/analyse/detect-language';

const SAMPLES: readonly (readonly [string, string])[] = [
  ['en', 'We are looking for a driver to join our team in the city.'],
  ['pl', 'Szukamy kierowcy do pracy w naszej firmie, oferujemy umowę.'],
  ['ro', 'Căutăm șofer pentru lucru în Germania, oferim cazare și masă.'],
  ['es', 'Buscamos conductor para trabajar en nuestra empresa, ofrecemos contrato.'],
  ['pt', 'Procuramos motorista para trabalhar na nossa empresa, oferecemos contrato.'],
  ['lt', 'Ieškome vairuotojo darbui užsienyje, siūlome gerą atlyginimą.'],
  ['bg', 'Търсим шофьор за работа в чужбина, предлагаме квартира и храна.'],
  ['uk', 'Шукаємо водія для роботи за кордоном, надаємо житло і харчування.'],
  ['ru', 'Ищем водителя для работы за границей, предоставляем жильё и питание.'],
  ['vi', 'Tuyển tài xế làm việc tại nước ngoài, lương cao, có chỗ ở.'],
  ['zh', '招聘司机，包吃包住，工资面议。'],
  ['ja', 'ドライバーを募集しています。寮あり。'],
  ['de', 'Wir suchen einen Fahrer für unser Team, die Arbeit ist in der Stadt.'],
  ['fr', 'Nous cherchons un chauffeur pour notre équipe, le travail est dans la ville.'],
];

describe('language detection', () => {
  for (const [lang, text] of SAMPLES) {
    it(`recognises ${lang} in a short sample`, () => {
      expect(detectLanguage(text)).toBe(lang);
    });
  }

  it('says und when there is nothing to go on', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12345 !!!')).toBe('und');
  });

  it('reads only the start of a long text', () => {
    const start = performance.now();
    expect(detectLanguage('We are hiring. '.repeat(70_000))).toBe('en');
    expect(performance.now() - start).toBeLessThan(200);
  });
});
