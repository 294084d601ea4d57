import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../../src/core/check/pair/extract-numbers.ts';
import { formatNumber, parseDigits } from '../../../../src/core/check/pair/parse-digits.ts';
import { checkNumbers } from '../../../../src/core/check/rules/numbers.ts';
import { applyEdits } from '../../../../src/core/model/apply-edits.ts';
import { makePair } from './make-pair.ts';

describe('parseDigits', () => {
  it('reads group and decimal separators the way each language writes them', () => {
    expect(parseDigits('2,000', 'en')?.primary).toBe(2000);
    expect(parseDigits('2\u00a0000', 'fr')?.primary).toBe(2000);
    expect(parseDigits('2.000', 'fr')?.primary).toBe(2000);
    expect(parseDigits('4,5', 'fr')?.primary).toBe(4.5);
    expect(parseDigits('4.5', 'en')?.primary).toBe(4.5);
    expect(parseDigits('1,234.5', 'en')?.primary).toBe(1234.5);
    expect(parseDigits('1.234,5', 'fr')?.primary).toBe(1234.5);
  });

  it('reads a number with a vulgar fraction (5½ = 5.5) and never throws on other number signs', () => {
    // `The argument lasted 5½ hours.` made every check of the pair fail: `check --source` exited 70
    // with `internal error: Cannot read properties of undefined`.
    expect(parseDigits('5½', 'en')?.primary).toBe(5.5);
    expect(parseDigits('2¾', 'en')?.primary).toBe(2.75);
    expect(() => parseDigits('10²', 'en')).not.toThrow();
    const ctx = makePair(['The argument lasted 5½ hours.'], ['Le débat a duré 5,5 heures.']);
    expect(checkNumbers(ctx)).toEqual([]);
  });

  it('keeps both readings of a lone separator before three digits', () => {
    expect(parseDigits('2,000', 'fr')?.values).toEqual([2, 2000]);
    expect(parseDigits('2.000', 'en')?.values).toEqual([2, 2000]);
  });

  it('writes the expected value the target way', () => {
    expect(formatNumber(2000, 'fr', true)).toBe('2\u00a0000');
    expect(formatNumber(4.5, 'fr', false)).toBe('4,5');
    expect(formatNumber(2000, 'en', true)).toBe('2,000');
  });
});

describe('extractNumbers', () => {
  it('multiplies by scale words, including mixed forms', () => {
    expect(extractNumbers('4 billion', 'en')[0]?.values).toEqual([4e9]);
    expect(extractNumbers('4 milliards', 'fr')[0]?.values).toEqual([4e9]);
    expect(extractNumbers('18 mille 969', 'fr')[0]?.values).toContain(18969);
  });

  it('reads decades, ordinals and roman centuries', () => {
    expect(extractNumbers('the 1990s', 'en')[0]?.values).toEqual(expect.arrayContaining([1990, 90]));
    expect(extractNumbers('le 21e siècle', 'fr')[0]?.values).toEqual([21]);
    expect(extractNumbers('au XXIe siècle', 'fr')[0]?.values).toEqual([21]);
  });

  it('reads half a million and un demi-million', () => {
    expect(extractNumbers('nearly half a million people', 'en')[0]?.values).toEqual([5e5]);
    expect(extractNumbers('half a billion dollars', 'en')[0]?.values).toEqual([5e8]);
    expect(extractNumbers('un demi-million de membres', 'fr').map((m) => m.values)).toContainEqual([5e5]);
    expect(extractNumbers('half of them', 'en')).toEqual([]);
  });

  it('takes a month only beside a day or a year', () => {
    expect(extractNumbers('in June 2018', 'en').map((m) => m.kind)).toEqual(['month', 'digits']);
    expect(extractNumbers('you may go', 'en')).toEqual([]);
    expect(extractNumbers('la planète mars', 'fr')).toEqual([]);
  });
});

describe('checkNumbers', () => {
  it('accepts every locale-equivalent writing of the same numbers', () => {
    const ctx = makePair(
      [
        'They paid 2,000 dollars, then 2000 more.',
        'Growth was 4.5% this year.',
        'The fund holds 4 billion euros and 2 million shares.',
        'Turnout was 40% in three regions.',
        'It opened on April 19, 2018 and closed in June 2018.',
        'Two of them came on 3 May.',
      ],
      [
        'Ils ont payé 2 000 dollars, puis 2.000 de plus.',
        'La croissance a été de 4,5 % cette année.',
        'Le fonds détient 4 milliards d’euros et 2 millions d’actions.',
        'La participation a été de 40 pour cent dans 3 régions.',
        'Il a ouvert le 19 avril 2018 et fermé en juin 2018.',
        'Deux d’entre eux sont venus le 3 mai.',
      ],
    );
    expect(checkNumbers(ctx)).toEqual([]);
  });

  it('fixes a decimal broken by a space whole (0, 5 % for 0.5%)', () => {
    // WMT: `une croissance de 0, 5%`; the fix replaced the 0 alone, giving `0,5, 5%`.
    const ctx = makePair(
      ['Germany grew by 0.5% in the third quarter.'],
      ['L’Allemagne a eu une croissance de 0, 5% au troisième trimestre.'],
    );
    const findings = checkNumbers(ctx);
    expect(findings.map((f) => f.expected)).toEqual(['0,5']);
    const text = ctx.target.text;
    expect(applyEdits(text, findings[0]!.fix!)).toBe(
      'L’Allemagne a eu une croissance de 0,5% au troisième trimestre.',
    );
  });

  it('takes a season or fiscal year written short for the same years written whole (2011/12 = 2011/2012)', () => {
    // WMT: `forecast … for 2011/12` → `en 2011/2012` was a number changed from 12.
    const none = (en: string, fr: string) => expect(checkNumbers(makePair([en], [fr]))).toEqual([]);
    none('Growth of 7.5 per cent in Asia for 2011/12.', 'Une croissance de 7,5 % en Asie en 2011/2012.');
    none('The 1999-2000 season.', 'La saison 1999-00.');
    // Any other second number is still a change.
    const changed = checkNumbers(makePair(['Growth for 2011/12.'], ['La croissance en 2011/2013.']));
    expect(changed.map((f) => [f.actual, f.expected])).toEqual([['2013', '12']]);
  });

  it('reads a scale joined by a hyphen ($18-billion order = 18 milliards)', () => {
    // WMT: `Boeing gets record $18-billion jetliner order` → `18 milliards de dollars` was a number changed from 18.
    expect(extractNumbers('a $18-billion order', 'en')[0]?.values).toEqual([18e9]);
    const none = (en: string, fr: string) => expect(checkNumbers(makePair([en], [fr]))).toEqual([]);
    none(
      'Boeing gets record $18-billion jetliner order.',
      'Boeing enregistre une commande de 18 milliards de dollars.',
    );
    // A hyphen before a unit is no scale: `a 5-m wall` keeps its 5.
    expect(extractNumbers('a 5-m wall', 'en')[0]?.values).toEqual([5]);
  });

  it('takes a decade in words for the decade in digits (the late Eighties = les années 80)', () => {
    // WMT: `in the late Eighties` → `à la fin des années 80` was a number not in the source.
    const none = (en: string, fr: string) => expect(checkNumbers(makePair([en], [fr]))).toEqual([]);
    none('I arrived in the late Eighties to read history.', 'Je suis arrivée à la fin des années 80.');
    none('A song of the sixties.', 'Une chanson des années 1960.');
    // Another decade is still a number not in the source.
    expect(
      checkNumbers(makePair(['A song of the sixties.'], ['Une chanson des années 70.'])).map(
        (f) => f.params.issue,
      ),
    ).toEqual(['extra']);
  });

  it('takes a number and a half for its value (5½ hours = 5 heures et demie, 2 and a half = 2,5)', () => {
    const none = (en: string, fr: string) => expect(checkNumbers(makePair([en], [fr]))).toEqual([]);
    none('The argument lasted 5½ hours.', 'Le débat a duré 5 heures et demie.');
    none('He waited 2 and a half years.', 'Il a attendu 2,5 ans.');
    none('It took 3 hours and a half.', 'Cela a pris 3 heures et demie.');
    // A half added to another number is a change.
    const changed = checkNumbers(
      makePair(['The argument lasted 6½ hours.'], ['Le débat a duré 5 heures et demie.']),
    );
    expect(changed.map((f) => f.params.issue)).toEqual(['changed']);
  });

  it('reads a time written with a dot as hours and minutes (6.30 a.m. = 6h30, 15.30 heures = 15:30)', () => {
    // WMT: `the protest that began at 6.30 a.m.` → `à 6h30` was 6.3 changed and 30 not in the source;
    // `At 15:30 the police` → `À 15.30 heures` 30 missing and 15 changed.
    const none = (en: string, fr: string) => expect(checkNumbers(makePair([en], [fr]))).toEqual([]);
    none('The protest began at 6.30 a.m. on Thursday.', 'La manifestation a commencé jeudi à 6h30.');
    none('At 15:30 the police went there.', 'À 15.30 heures la police s’y est rendue.');
    none('It ends at 4.15 pm.', 'Cela se termine à 16h15.');
    // A decimal is still a decimal: 6.30 per cent.
    expect(extractNumbers('a rate of 6.30 per cent', 'en').map((m) => m.values)).toEqual([[6.3]]);
  });

  it('reads hours and minutes as a duration too (5h30 = 5 1/2-hour, 1h30 = 1.5 hours)', () => {
    // `a 5 1/2-hour speech` → `un discours de 5h30` was 2 changed and 30 not in the source;
    // `lasted 1.5 hours` → `a duré 1h30` 1.5 changed and 30 not in the source.
    const none = (en: string, fr: string) => expect(checkNumbers(makePair([en], [fr]))).toEqual([]);
    none('He gave a 5 1/2-hour speech.', 'Il a prononcé un discours de 5h30.');
    none('The meeting lasted 1.5 hours.', 'La réunion a duré 1h30.');
    none('The flight takes 2 3/4 hours.', 'Le vol dure 2 h 45.');
    none('It starts at 6:30 p.m.', 'Cela commence à 18h30.');
    const brief = (en: string, fr: string) =>
      checkNumbers(makePair([en], [fr])).map((f) => [f.actual, f.params.issue]);
    // Other minutes, other hours: still a change, said once.
    expect(brief('The meeting lasted 6 hours.', 'La réunion a duré 6h30.')).toEqual([['30', 'extra']]);
    expect(brief('He gave a 2 1/2-hour speech.', 'Il a prononcé un discours de 3h30.')).toEqual([
      ['3', 'changed'],
    ]);
    // The minutes of a time go with the hours they follow (`18h30`, not the `3h30` before it).
    expect(
      brief('A 2 1/2-hour speech at 6:30 p.m.', 'Un discours de 3h30 à 18h30.').map(([actual]) => actual),
    ).toEqual(['3']);
  });

  it('reads a date in digits as a day, a month and a year (20.12.2012 = 20 décembre 2012)', () => {
    // WMT: `on Thursday 20.12.2012 from 9pm` → `le jeudi 20 décembre 2012` was a number changed
    // from 20.12 (read as 20,122,012) and 2012 not in the source.
    const none = (en: string, fr: string) => expect(checkNumbers(makePair([en], [fr]))).toEqual([]);
    none(
      'It takes place on Thursday 20.12.2012 from 9pm.',
      'Cela a lieu le jeudi 20 décembre 2012 à partir de 21 heures.',
    );
    none('The law passed on 12/20/2012.', 'La loi a été adoptée le 20/12/2012.');
    none('Signed on 3.5.1999.', 'Signé le 3 mai 1999.');
    // Another day is a change.
    const changed = checkNumbers(makePair(['Signed on 3.5.1999.'], ['Signé le 4 mai 1999.']));
    expect(changed.map((f) => [f.actual, f.expected])).toEqual([['4', '3']]);
  });

  it('gives the first number of a range the scale of the second (0.5 - 1 billion = 1 et 0,5 milliard)', () => {
    // WMT: `down to 0.5 - 1 billion people` → `entre 1 et 0,5 milliard d'individus` was 0.5 and
    // 1 billion changed.
    const none = (en: string, fr: string) => expect(checkNumbers(makePair([en], [fr]))).toEqual([]);
    none('It will fall to 0.5 - 1 billion people.', 'Elle tombera entre 1 et 0,5 milliard d’individus.');
    none('Between 2 and 3 million people came.', 'Entre 2 millions et 3 millions de personnes sont venues.');
    none('It costs 5 to 10 million dollars.', 'Cela coûte de 5 à 10 millions de dollars.');
  });

  it('takes 3:30 p.m. for 15h30', () => {
    const ctx = makePair(
      ['The meeting ended at 3:30 p.m. on November 15.', 'The vote came at 11:45 pm.'],
      ['La réunion s’est terminée à 15h30 le 15 novembre.', 'Le vote a eu lieu à 23 h 45.'],
    );
    expect(checkNumbers(ctx)).toEqual([]);
  });

  it('finds half a million in the source for 500 000 in the translation', () => {
    // WMT: `the company employs nearly half a million people` → `près de 500000 personnes`.
    const ctx = makePair(
      ['The company employs nearly half a million people.'],
      ['Dans la firme, près de 500000 personnes travaillent.'],
    );
    expect(checkNumbers(ctx)).toEqual([]);
  });

  it('flags a changed number on the target number, with the expected value and a fix', () => {
    const ctx = makePair(
      ['The company paid 2,000 dollars in 2018.'],
      ['L’entreprise a payé 3 000 dollars en 2018.'],
    );
    const [f, ...rest] = checkNumbers(ctx);
    expect(rest).toEqual([]);
    expect(f?.actual).toBe('3 000');
    expect(f?.expected).toBe('2\u00a0000');
    expect(f?.params.issue).toBe('changed');
    expect(f?.fix).toEqual([{ start: f!.span[0], end: f!.span[1], text: '2\u00a0000' }]);
  });

  it('writes the expected number with its scale when the translation dropped the scale', () => {
    // WMT: `800m live on about $2 a day` → `800 000 vivent avec 2 dollars`; the fix put `800`.
    const scaled = makePair(
      ['Some 800 million people live on $2 a day.'],
      ['Environ 800 000 personnes vivent avec 2 dollars par jour.'],
    );
    const [f, ...rest] = checkNumbers(scaled);
    expect(rest).toEqual([]);
    expect(f?.expected).toBe('800 millions');
    expect(applyEdits(scaled.target.text, f!.fix!)).toBe(
      'Environ 800 millions personnes vivent avec 2 dollars par jour.',
    );
    // `m` may be a metre: the source's words, and no fix.
    const ambiguous = checkNumbers(
      makePair(['As many as 800m live on $2 a day.'], ['Au moins 800 000 vivent avec 2 dollars par jour.']),
    );
    expect(ambiguous.map((x) => [x.actual, x.expected, x.fix])).toEqual([['800 000', '800m', undefined]]);
    // A scale kept in the translation: only the digits change.
    const kept = makePair(
      ['Debt reached 1.5 billion dollars.'],
      ['La dette a atteint 2,5 milliards de dollars.'],
    );
    const [k] = checkNumbers(kept);
    expect(applyEdits(kept.target.text, k!.fix!)).toBe('La dette a atteint 1,5 milliards de dollars.');
  });

  it('flags a billion rendered as a French billion (10^12)', () => {
    const ctx = makePair(['Debt reached 3 billion dollars.'], ['La dette a atteint 3 billions de dollars.']);
    const [f] = checkNumbers(ctx);
    expect(f?.actual).toBe('3 billions');
    expect(f?.expected).toBe('3 billion');
  });

  it('flags a missing number over the translation and a changed month', () => {
    const missing = checkNumbers(makePair(['He was 45 years old.'], ['Il était âgé.']));
    expect(missing.map((f) => [f.params.issue, f.expected])).toEqual([['missing', '45']]);
    const month = checkNumbers(makePair(['It happened in June 2018.'], ['C’est arrivé en juillet 2018.']));
    expect(month.map((f) => [f.actual, f.expected])).toEqual([['juillet', 'juin']]);
  });

  it('flags a month named alone changed into another (end of November → fin décembre), with a fix', () => {
    const ctx = makePair(
      ['The government will release aid by the end of November.'],
      ['Le gouvernement débloquera une aide d’ici la fin décembre.'],
    );
    const found = checkNumbers(ctx);
    expect(found.map((f) => [f.actual, f.expected, f.severity, f.params.source])).toEqual([
      ['décembre', 'novembre', 'error', 'November'],
    ]);
    const fixed = applyEdits(ctx.target.text, found[0]!.fix!);
    expect(fixed).toBe('Le gouvernement débloquera une aide d’ici la fin novembre.');
  });

  it('leaves a month named alone that is kept, dropped or a name, and never meets it with a number', () => {
    const none = (en: string, fr: string) => expect(checkNumbers(makePair([en], [fr]))).toEqual([]);
    none('Talks resumed in March.', 'Les pourparlers ont repris en mars.');
    none('Talks resumed in March.', 'Les pourparlers ont repris le mois dernier.');
    none('Theresa May met five ministers in Paris.', 'Theresa May a rencontré cinq ministres en mai.');
    // `in May` is no counterpart of 5: the changed number is still found.
    const five = checkNumbers(makePair(['In May, 5 people died.'], ['En mai, 3 personnes sont mortes.']));
    expect(five.map((f) => [f.actual, f.expected])).toEqual([['3', '5']]);
  });

  it('excuses the imperial side of a bracketed conversion the translation drops, and only it', () => {
    const none = (en: string, fr: string) => expect(checkNumbers(makePair([en], [fr]))).toEqual([]);
    none(
      'Winds of up to 207 km/h (129 mph) were recorded.',
      'Des vents allant jusqu’à 207 km/h ont été enregistrés.',
    );
    none('Winds of 10 miles (16 km) per hour.', 'Des vents de 16 km par heure.');
    none('It was 30C (86F) in Paris.', 'Il faisait 30 °C à Paris.');
    const lost = (en: string, fr: string) => checkNumbers(makePair([en], [fr])).map((f) => f.expected);
    // The metric side dropped, or an imperial value with no conversion beside it: still missing.
    expect(
      lost('Winds of up to 207 km/h (129 mph) were recorded.', 'Des vents très forts ont été enregistrés.'),
    ).toEqual(['207']);
    expect(lost('The road runs 10 miles to the sea.', 'La route mène à la mer.')).toEqual(['10']);
  });

  it('takes an imperial measure converted to metric for the same number (1,700-mile = 2 735 km)', () => {
    // WMT: `The 1,700-mile pipeline` → `L'oléoduc de 2 735 km` was a number changed from 1,700;
    // `two ounces or less` → `56 grammes ou moins` a number not in the source.
    const none = (en: string, fr: string) => expect(checkNumbers(makePair([en], [fr]))).toEqual([]);
    none(
      'The 1,700-mile pipeline would extend to the Gulf.',
      'L’oléoduc de 2 735 km s’étendrait jusqu’au golfe.',
    );
    none(
      'They possessed two ounces or less of marijuana.',
      'Ils possédaient 56 grammes ou moins de marijuana.',
    );
    none('A wall 10 feet high.', 'Un mur de 3 mètres de haut.');
    none('It was 86 degrees Fahrenheit.', 'Il faisait 30 °C.');
    // A wrong conversion is still reported: 1,000 feet is 300 m, not 30 km.
    const wrong = checkNumbers(
      makePair(
        ['No shop within 1,000 feet of a school.'],
        ['Aucun commerce dans un rayon de 30 km autour d’une école.'],
      ),
    );
    expect(wrong.map((f) => [f.actual, f.params.issue])).toEqual([['30', 'extra']]);
  });

  it('does not blame a number that the next bead carries (alignment shift)', () => {
    const ctx = makePair(
      ['Sales rose 12%.', 'Costs fell.'],
      ['Les ventes ont augmenté.', 'De 12 %. Les coûts ont baissé.'],
    );
    expect(checkNumbers(ctx)).toEqual([]);
  });
});
