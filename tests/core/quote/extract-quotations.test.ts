import { describe, expect, it } from 'vitest';
import { extractQuotations } from '../../../src/core/quote/extract-quotations.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const extract = (text: string, lang: 'fr' | 'en' = 'fr') =>
  extractQuotations(segmentDocument(text, { id: 'd', name: 'd', lang }));

describe('extractQuotations: marks', () => {
  it('reads a garbled «œ as an opener and keeps the œ out of the text', () => {
    const [q] = extract('Un appel pointu: «œ prendre position contre ces violations». Fin.');
    expect(q).toMatchObject({
      kind: 'quoted',
      text: 'prendre position contre ces violations',
      unbalanced: null,
    });
    expect(q!.marks[0]).toMatchObject({ role: 'open', garbled: true });
  });

  it("reads a lost opener glued to its word and '' as a closer", () => {
    const quotes = extract("Les installations sont appelées œlielas '' ou boîtes à glace.");
    expect(quotes.map((q) => q.text)).toEqual(['lielas']);
  });

  it("reads '' after a bracket or colon as an opener, and '' between letters as an apostrophe", () => {
    // `(''Amazon` was a closer: two unopened quotations, the first `Le groupe (`.
    expect(
      extract("Le groupe (''Amazon Employees for Climate Justice'') a écrit.").map((q) => q.text),
    ).toEqual(['Amazon Employees for Climate Justice']);
    expect(extract("La lettre dit:''Nous refusons de construire cet outil''. Fin.")[0]).toMatchObject({
      text: 'Nous refusons de construire cet outil',
      unbalanced: null,
    });
    // `l''homme` closed a quotation from the sentence start: `Il évoque les droits de l`.
    expect(extract("Il évoque les droits de l''homme. Il a dit « oui ».").map((q) => q.text)).toEqual([
      'oui',
    ]);
  });

  it('drops an unbalanced quotation of no word (a stray mark after a stop)', () => {
    // The second » quoted `.`, and took the speaker of the first quotation.
    expect(
      extract('Le maire a déclaré : « Nous refusons ». » Puis il est parti.').map((q) => q.text),
    ).toEqual(['Nous refusons']);
  });

  it('reads " after an elided French word as an apostrophe (l"édifice, jusqu"à)', () => {
    // Each opened a quotation running to its sentence end (`édifice était …`), or closed one
    // from the sentence start (`… jusqu`).
    const quotes = extract(
      'Selon l"architecte, l"édifice était "un gouffre en énergie", dit-il. Il est resté vide jusqu"à présent, car c"était trop cher.',
    );
    expect(quotes.map((q) => [q.text, q.unbalanced])).toEqual([['un gouffre en énergie', null]]);
    // Not after a word, a digit or an initial: `Zelda 3D"` and `J."` close.
    expect(
      extract('Ils citent "Star Fox 64 3D" ou "Zelda 3D" comme adaptations.', 'en').map((q) => q.text),
    ).toEqual(['Star Fox 64 3D', 'Zelda 3D']);
  });

  it("reads '' set apart after a colon as an opener, and between words as a closer", () => {
    // `déclaré : '' Nous` closed a quotation from the sentence start (`Il a déclaré :`).
    expect(
      extract("Il a déclaré : '' Nous refusons de construire cet outil ''. Fin.").map((q) => [
        q.text,
        q.unbalanced,
      ]),
    ).toEqual([['Nous refusons de construire cet outil', null]]);
    // The remnant of a ” between two words closes (the sample case's `réputation '' peuvent`).
    expect(
      extract("Elle stipule que les activités illégales nuisent à notre réputation '' et ainsi de suite.")[0],
    ).toMatchObject({ unbalanced: 'no-opener' });
  });

  it('does not take œ in real words (œuvre, cœur) for a mark', () => {
    expect(extract('Mettre en œuvre de solides mesures, de tout cœur.')).toEqual([]);
  });

  it('keeps apostrophes out of quotations', () => {
    expect(extract('The company’s practice and the U.S.’s policy, the employees’ letter.', 'en')).toEqual([]);
    expect(extract("Les droits d'autrui ne sont pas respectés.")).toEqual([]);
  });

  it('nests a quotation inside another and records its parent', () => {
    const quotes = extract('Il a écrit: « Nous disons “ce n’est pas mon travail” trop souvent. »');
    expect(quotes).toHaveLength(2);
    const [outer, inner] = quotes;
    expect(inner!.text).toBe('ce n’est pas mon travail');
    expect(inner!.parent).toBe(outer!.id);
    expect(outer!.parent).toBeNull();
  });

  it('continues a quotation over paragraphs that reopen with «', () => {
    const quotes = extract('« Premier paragraphe de la lettre.\n« Second paragraphe de la lettre. »\nAprès.');
    expect(quotes).toHaveLength(1);
    // The « that reopens the second paragraph is no word of the quotation (it read as an unclosed nested one).
    expect(quotes[0]!.text).toBe('Premier paragraphe de la lettre. Second paragraphe de la lettre.');
    expect(quotes[0]!.marks.map((m) => m.role)).toEqual(['open', 'continuation', 'close']);
  });

  it('ends a quotation never closed at its first sentence end, and marks it', () => {
    const text =
      'Andy Jassy a déclaré: «œ nous nous sentons très bien au sujet de Rekognition. Plus récemment, il a ajouté que «œ Ce n’est pas une raison», comparant.';
    const [first, second] = extract(text);
    expect(first).toMatchObject({
      unbalanced: 'no-closer',
      text: 'nous nous sentons très bien au sujet de Rekognition.',
    });
    expect(second).toMatchObject({ unbalanced: null, text: 'Ce n’est pas une raison' });
  });

  it('starts a quotation whose opener is missing at its sentence start', () => {
    const quotes = extract(
      'Une phrase. Il s’agit d’une horrible violation des droits de l’homme »et il est alimenté.',
    );
    expect(quotes[0]).toMatchObject({
      unbalanced: 'no-opener',
      text: 'Il s’agit d’une horrible violation des droits de l’homme',
    });
  });

  it('makes no quotation of a speech clause before a stray closer (it quotes the narration)', () => {
    // The stray " closed a quotation from the previous closer: `, a déclaré le ministre … princesse.`
    const fr = extract(
      '"Il faut protéger notre image de marque", a déclaré le ministre de la Culture, en citant des études qui comparent la ville à une princesse."',
    );
    expect(fr.map((q) => [q.text, q.unbalanced])).toEqual([['Il faut protéger notre image de marque', null]]);
    const en = extract(
      '"We must protect the brand," said the minister, citing studies that compare the city to a princess."',
      'en',
    );
    expect(en.map((q) => [q.text, q.unbalanced])).toEqual([['We must protect the brand,', null]]);
    // A new sentence after the speech clause may still be words whose opener was lost.
    expect(
      extract('« Il faut protéger la marque », a déclaré le ministre. Nous continuerons » dit-on.').map(
        (q) => [q.text, q.unbalanced],
      ),
    ).toEqual([
      ['Il faut protéger la marque', null],
      ['Nous continuerons', 'no-opener'],
    ]);
  });

  it('continues a quotation in guillemets over dialogue turns opening with a dash', () => {
    // Two quotations, neither paired: `… dit-il.` never closed, `— Nous continuerons.` never opened.
    const quotes = extract(
      '« Nous avons tout essayé, dit-il.\n\n— Et maintenant ?\n\n— Nous continuerons. »',
    );
    expect(quotes.map((q) => [q.text, q.unbalanced, q.marks.length])).toEqual([
      ['Nous avons tout essayé, dit-il. — Et maintenant ? — Nous continuerons.', null, 2],
    ]);
    // A guillemet left open inside a phrase does not run on into a dash paragraph.
    expect(
      extract('Une politique « zéro tolérance appliquée.\n\n— Fin du débat. »').map((q) => q.unbalanced),
    ).toEqual(['no-closer', 'no-opener']);
  });

  it('nests « inside « once, and ends the inner one when a third opens', () => {
    const quotes = extract('Il a dit « oui « et « non » puis » fin.');
    // The second « lost its closer when the third opened; the third and the first pair.
    expect(quotes.map((q) => [q.text, q.unbalanced])).toEqual([
      ['oui « et « non » puis', null],
      ['et', 'no-closer'],
      ['non', null],
    ]);
  });

  it('reads 1,000 unclosed « in one paragraph as 1,000 short quotations, not 1,000 nested ones', () => {
    const text = 'Il a dit « oui et '.repeat(1_000);
    const quotes = extract(text);
    expect(quotes).toHaveLength(1_000);
    expect(quotes.every((q) => q.unbalanced === 'no-closer')).toBe(true);
    // Each opener is reported once and the texts stay linear in the input (nesting without
    // limit made 1,000 quotations of O(n) text each: 10 MB of output for 18 kB of input).
    const depth = (q: (typeof quotes)[number]): number => {
      const parent = quotes.find((p) => p.id === q.parent);
      return parent ? 1 + depth(parent) : 0;
    };
    expect(Math.max(...quotes.map(depth))).toBeLessThanOrEqual(1);
    expect(quotes.reduce((n, q) => n + q.text.length, 0)).toBeLessThan(3 * text.length);
  });

  it('reads a straight quote after a space and before a stop or comma as a closer (spaces inside the quotes)', () => {
    // `heureux ".` was read as an opener: the quotation ran on to the sentence end, and a second
    // one, `.`, was opened.
    const quotes = extract(
      '" Nous serons une équipe heureuse ". Le sélectionneur y croit. " Nous gagnerons ", a-t-il promis.',
    );
    expect(quotes.map((q) => [q.text, q.unbalanced, q.speaker?.name])).toEqual([
      ['Nous serons une équipe heureuse', null, undefined],
      ['Nous gagnerons', null, 'il'],
    ]);
  });

  it('reads a straight quote after an opening bracket and before a space as no closer', () => {
    // `(" spread ")`: the first " closed `L'écart de taux (`, the second opened the rest of the paragraph.
    expect(
      extract(
        'L’écart de taux (" spread ") a atteint un record. Le contrôle (" système Švarc ") a échoué.',
      ).map((q) => [q.text, q.unbalanced]),
    ).toEqual([
      ['spread', null],
      ['système Švarc', null],
    ]);
  });

  it('joins a word hyphenated at a line break in the quotation’s text', () => {
    // `germano- soviétique`: the line break became a space after the hyphen.
    const text = [
      'Le ministre a dénoncé « un nouveau pacte germano-',
      'soviétique qui menace toute l’Europe », selon l’AFP, lors d’une réunion',
      'à Bruxelles avec ses homologues européens et les représentants de l’Otan.',
    ].join('\n');
    expect(extract(text)[0]!.text).toBe('un nouveau pacte germano-soviétique qui menace toute l’Europe');
  });

  it('pairs straight and curly English quotes', () => {
    const quotes = extract('The letter says: "We know that Palantir runs on AWS." And “more” later.', 'en');
    expect(quotes.map((q) => q.text)).toEqual(['We know that Palantir runs on AWS.', 'more']);
  });
});

describe('extractQuotations: speakers', () => {
  const speaker = (text: string, lang: 'fr' | 'en' = 'fr') => extract(text, lang)[0]?.speaker?.name;

  it('finds the speaker after the quotation', () => {
    expect(speaker('« Nous agirons de manière responsable », a déclaré Amazon dans un communiqué.')).toBe(
      'Amazon',
    );
    expect(speaker('« Nous pensons que oui », a écrit un employé d’Amazon à ses collègues.')).toBe(
      'un employé d’Amazon',
    );
    expect(speaker('« Face à cette politique », écrivent les employés d’Amazon dans la lettre.')).toBe(
      'les employés d’Amazon',
    );
    expect(speaker('“We will not let that happen again,” said Jassy.', 'en')).toBe('Jassy');
    expect(speaker('“We refuse to build it,” they proclaimed.', 'en')).toBe('they');
    expect(speaker('“We are troubled,” wrote the employees in their letter.', 'en')).toBe('the employees');
  });

  it('finds the speaker before the quotation, or after selon', () => {
    expect(speaker('Face à ces questions, Andy Jassy a déclaré: « nous nous sentons bien ».')).toBe(
      'Andy Jassy',
    );
    expect(speaker('Le débat a été « houleux », selon une source au sein de l’entreprise.')).toBe(
      'une source',
    );
  });

  it('finds the pronoun of an inverted compound tense after the quotation', () => {
    // `a-t-elle ajouté` was read as no speech verb at all: no speaker.
    expect(speaker('« Je tiens à remercier le ministre », a-t-elle ajouté.')).toBe('elle');
    expect(speaker('« Nous resterons », ont-ils affirmé lundi.')).toBe('ils');
    expect(speaker('« Rien ne change », avait-il déclaré en mai.')).toBe('il');
    expect(extract('« Rien ne change », a-t-il dit.')[0]!.speaker).toMatchObject({
      name: 'il',
      span: [24, 26],
    });
  });

  it('takes the speaker of a speech verb the list lacked, not a newspaper named by selon', () => {
    // `a promis` was no speech verb: the speaker was `le Chronicle Herald`, the newspaper that reports it.
    expect(
      speaker('« Nous baisserons les impôts », a promis la gouverneure, selon le Chronicle Herald.'),
    ).toBe('la gouverneure');
    expect(speaker('La gouverneure a également jugé qu’« il faut tout reconstruire ».')).toBe(
      'La gouverneure',
    );
    expect(speaker('“We will rebuild the port,” the governor vowed.', 'en')).toBe('the governor');
    // A noun is no speech verb: `le juge « Smith »` names no speaker.
    expect(speaker('La décision du juge « Smith » a surpris.')).toBeUndefined();
  });

  it('finds the speech clause after the closer of a quotation over two paragraphs', () => {
    // It was looked for in the first paragraph only, which ends before the closer: no speaker.
    const [q] = extract(
      '« Nous ne pouvons pas construire l’avenir sur le passé.\n\n« Nous devons moderniser chaque grue », a poursuivi Helen Marsh.',
    );
    expect(q!.speaker).toMatchObject({ name: 'Helen Marsh', cue: 'verb-after' });
  });

  it('finds the subject after a when or a to whom put between it and the speech verb', () => {
    // `a déclaré lundi Helen Marsh`: the day stopped the phrase, no speaker.
    expect(speaker('« Nous investirons 450 millions », a déclaré lundi Helen Marsh.')).toBe('Helen Marsh');
    expect(speaker('« Nous investirons », a annoncé mardi soir la gouverneure.')).toBe('la gouverneure');
    expect(speaker('« Nous investirons », a dit à l’AFP un porte-parole du port.')).toBe(
      'un porte-parole du port',
    );
    expect(speaker('« Nous investirons », a déclaré Helen Marsh à l’AFP.')).toBe('Helen Marsh');
    // `juge` after the closer is the verb.
    expect(speaker('« C’est un premier pas », juge Marc Roy.')).toBe('Marc Roy');
  });

  it('reads a reflexive speech clause and an adverb before its subject', () => {
    // No speaker: `se félicite` and `s'est inquiété` were no speech verbs, `pour sa part` stopped the phrase.
    expect(speaker('« C’est une victoire », se félicite le syndicat.')).toBe('le syndicat');
    expect(speaker('« C’est inquiétant », s’est inquiété un élu de l’opposition.')).toBe(
      'un élu de l’opposition',
    );
    expect(speaker('« C’est une victoire », juge pour sa part Marc Roy.')).toBe('Marc Roy');
    // A determiner cut off by a quotation mark names no one.
    expect(speaker('« Avec lui, tout change », se rappelle la "top modèle".')).toBeUndefined();
  });

  it('takes `Pour X,` opening the sentence for whose view is quoted, not `Pour sa part,`', () => {
    expect(speaker('Pour Marc Roy, « c’est un premier pas ».')).toBe('Marc Roy');
    expect(speaker('Pour le syndicat, « c’est un premier pas ».')).toBe('le syndicat');
    expect(speaker('Pour sa part, « c’est un premier pas ».')).toBeUndefined();
    expect(speaker('Pour l’instant, « rien ne bouge ».')).toBeUndefined();
    expect(speaker('Le plan prévoit des fonds pour le port, « un premier pas ».')).toBeUndefined();
  });

  it('names no speaker for an infinitive, and reads the subject of a negated speech verb', () => {
    // `Et d'ajouter :` gave the speaker `d'`.
    expect(speaker('Et d’ajouter : « Nous devons agir maintenant ».')).toBeUndefined();
    // `n'a pas dit` gave `La gouverneure n'a pas`.
    expect(speaker('La gouverneure n’a pas dit : « Nous devons agir ».')).toBe('La gouverneure');
  });

  it('gives the name set beside a speaker’s title', () => {
    // `son président` alone did not say who spoke.
    expect(speaker('Pour le syndicat, « c’est un premier pas », a estimé son président, Marc Roy.')).toBe(
      'son président, Marc Roy',
    );
    expect(speaker('« C’est un premier pas », a déclaré la ministre, Mme Durand, lundi.')).toBe(
      'la ministre, Mme Durand',
    );
    expect(speaker('« C’est un premier pas », a déclaré le porte-parole, J. K. Rowling.')).toBe(
      'le porte-parole, J. K. Rowling',
    );
    expect(speaker('« C’est un premier pas », a déclaré le porte-parole, selon Le Monde.')).toBe(
      'le porte-parole',
    );
  });

  it('finds a speech clause set inside the quotation between commas', () => {
    // No speaker was found: the clause is inside the marks.
    expect(
      speaker(
        '« Le changement climatique n’est pas une menace lointaine, a insisté la gouverneure. Nous devons agir. »',
      ),
    ).toBe('la gouverneure');
    expect(speaker('« Nous devons, dit-il, agir maintenant. »')).toBe('il');
    // An inverted auxiliary: its participle stands between the pronoun and the stop (no speaker).
    expect(speaker('« Les loyers ont doublé, a-t-elle déclaré. Nous allons construire. »')).toBe('elle');
    // Its phrase stops at the full stop (it ran on into `Nous devons agir`); an initial keeps its own.
    expect(speaker('« Nous devons agir », a dit le ministre. Nous l’avons cru.')).toBe('le ministre');
    expect(speaker('« Nous devons agir », a dit M. Durand.')).toBe('M. Durand');
    // A comma inside the quotation followed by no speech verb names no one.
    expect(speaker('« Nous devons, dans ce port, agir maintenant. »')).toBeUndefined();
  });

  it('finds the subject of a compound speech verb with an infinitive’s de', () => {
    // `a promis de « … »` named no speaker.
    expect(speaker('La gouverneure a promis de « moderniser toutes les infrastructures du port ».')).toBe(
      'La gouverneure',
    );
    expect(speaker('Les dockers ont demandé à « être entendus ».')).toBe('Les dockers');
    // A noun's `de` names no one.
    expect(speaker('L’annonce de « moderniser le port » a surpris.')).toBeUndefined();
  });

  it('finds the speaker of a cleft after the quotation', () => {
    // `c'est ce qu'a répété la gouverneure` named no speaker.
    expect(speaker('« Nous devons agir » : c’est ce qu’a répété la gouverneure.')).toBe('la gouverneure');
    expect(speaker('« Nous devons agir », voilà ce qu’a dit le ministre lundi.')).toBe('le ministre');
    expect(speaker('« Nous devons agir » : c’est ce qu’ils attendent.')).toBeUndefined();
    // A day that ends the sentence ends the phrase too (`lundi.` read as a word of the name).
    expect(speaker('« Nous devons agir », a dit le ministre lundi.')).toBe('le ministre');
  });

  it('finds the speaker of a lead before a colon, with words between the verb and its colon', () => {
    // Each gave no speaker (or `Le président l’`, `Elle nous`): only a verb right before the colon was read.
    expect(speaker('Le ministre a prévenu les syndicats : « Nous ne reculerons pas. »')).toBe('Le ministre');
    expect(speaker('Il a tweeté dimanche soir : « Merci à tous. »')).toBe('Il');
    expect(speaker('La ministre a lancé aux députés : « Assez ! »')).toBe('La ministre');
    expect(speaker('Le maire a réagi sur Twitter : « Quelle honte. »')).toBe('Le maire');
    expect(speaker('Le président l’a redit lundi : « Non. »')).toBe('Le président');
    expect(speaker('Elle nous a confié : « J’ai eu peur. »')).toBe('Elle');
    expect(speaker('Il lui a répondu : « Jamais. »')).toBe('Il');
    expect(speaker('Selon lui : « La situation est grave. »')).toBe('lui');
    // A verb with a prefix was read from inside its word (`Il a ré`, `Le ministre s'est ex`).
    expect(speaker('Il a réaffirmé : « Nous resterons. »')).toBe('Il');
    expect(speaker('Le ministre s’est exclamé : « Enfin ! »')).toBe('Le ministre');
    expect(speaker('Le syndicat a rétorqué : « Alors publiez les contrats. »')).toBe('Le syndicat');
    expect(speaker('He wrote: "We will win."', 'en')).toBe('He');
    // An auxiliary or adverb before an English verb is no part of its subject (`I would`, `She also`).
    expect(speaker('So, I would say, "You have not been beaten."', 'en')).toBe('I');
    expect(speaker('The minister later added: "We will win."', 'en')).toBe('The minister');
    // Words between the verb and `que`, and a subject of more than four words (`président de la Banque` was no subject).
    expect(
      speaker('Le président de la Banque centrale a averti mardi que « l’inflation restera élevée ».'),
    ).toBe('Le président de la Banque centrale');
    expect(speaker('Le ministre a dit à la presse qu’« il n’y aura pas de hausse ».')).toBe('Le ministre');
    // After a closing mark the subject follows the verb: `… réseau », écrit « Selen »` named `la punition …`.
    expect(
      extract('« La paix dépend de la punition de tout le réseau », écrit « Selen ».')[1]!.speaker?.name ??
        '',
    ).not.toMatch(/punition/);
    // Not a verb's subject: a noun before the colon, or a phrase cut out of a clause.
    expect(speaker('La demande du syndicat : « Plus de moyens. »')).toBeUndefined();
    expect(
      speaker(
        'Le chef de l’ONG a salué la décision, mais en même temps a confirmé ses critiques : « Trop peu. »',
      ),
    ).toBeUndefined();
  });

  it('takes a person or role before or after a headline’s colon, never a topic', () => {
    // No speaker was found in either headline form.
    expect(speaker('Le maire de Lyon : « Nous ne lâcherons rien »')).toBe('Le maire de Lyon');
    expect(speaker('« Nous ne lâcherons rien » : le maire de Lyon défie le gouvernement')).toBe(
      'le maire de Lyon',
    );
    expect(speaker('Le PDG d’Air France : « Nous ne supprimerons pas d’emplois »')).toBe(
      'Le PDG d’Air France',
    );
    expect(speaker('La présidente de la région : « Rien ne change »')).toBe('La présidente de la région');
    expect(speaker('Anne Hidalgo : « Paris sera prête »')).toBe('Anne Hidalgo');
    expect(speaker('« Paris sera prête » : Jean-Luc Mélenchon répond aux critiques')).toBe(
      'Jean-Luc Mélenchon',
    );
    // A topic before the colon, or after it, names no one.
    expect(speaker('Grève à la SNCF : « Nous irons jusqu’au bout »')).toBeUndefined();
    expect(speaker('Brexit : « Un accord est encore possible »')).toBeUndefined();
    expect(speaker('Grève des maires : « Nous tiendrons »')).toBeUndefined();
    expect(speaker('« Nous tiendrons » : la grève des maires continue')).toBeUndefined();
    expect(speaker('« Nous tiendrons » : Le Monde révèle les coulisses')).toBeUndefined();
    // A capitalised title (`Le Président de la République`, `Le Premier ministre`).
    expect(speaker('Le Président de la République : « Rien ne change »')).toBe(
      'Le Président de la République',
    );
    expect(speaker('Le Premier ministre : « Rien ne change »')).toBe('Le Premier ministre');
    // After a colon in narration, the phrase that follows is not the quotation's speaker.
    expect(speaker('Il a évoqué « la crise » : le ministre a ensuite quitté la salle.')).toBeUndefined();
    // A role followed by more than its phrase before the colon is no headline speaker.
    expect(speaker('Le maire de Lyon est catégorique : « Nous irons au bout »')).toBeUndefined();
  });

  it('takes the one cited as the speaker of `a cité X :` / `quoted X:`', () => {
    expect(speaker('Elle a cité sa grand-mère : « Il ne faut jamais renoncer. »')).toBe('sa grand-mère');
    expect(speaker('Il a cité Victor Hugo : « Ceux qui vivent, ce sont ceux qui luttent. »')).toBe(
      'Victor Hugo',
    );
    expect(speaker('He quoted his grandmother: "Never give up."', 'en')).toBe('his grandmother');
  });

  it('takes the subject, not its apposition, before a speech verb', () => {
    // `la patronale Confindustria`: the last words before the verb were taken for its subject.
    expect(
      speaker(
        'Emma Marcegaglia, présidente de la patronale Confindustria, a dit aux médias : « Nous aiderons. »',
      ),
    ).toBe('Emma Marcegaglia');
    expect(speaker('Stefan Spermon, un informaticien du quartier, nous dit : « Il est beau. »')).toBe(
      'Stefan Spermon',
    );
  });

  it('keeps the name set beside a title before the verb: the title alone says not who spoke', () => {
    // Both gave the title alone (`Le patron d’Apple`).
    expect(speaker('Le patron d’Apple, Tim Cook, a déclaré : « Nous ne vendrons jamais vos données. »')).toBe(
      'Le patron d’Apple, Tim Cook',
    );
    expect(speaker('Le ministre, Bruno Le Maire, a assuré : « Pas de hausse. »')).toBe(
      'Le ministre, Bruno Le Maire',
    );
  });

  it('finds the speaker of words quoted after the subject of a `que` clause', () => {
    // No speaker: the lead had to end on `que`.
    expect(speaker('Tim Cook a affirmé que l’entreprise « ne vendra jamais vos données ».')).toBe('Tim Cook');
    expect(speaker('Le ministre a assuré mardi qu’il « ne reculera pas ».')).toBe('Le ministre');
    expect(speaker('La ministre a répété que le projet de loi « sera voté ».')).toBe('La ministre');
    // A long clause before the quotation is narration, not a speech lead.
    expect(
      speaker('Il a dit que les salariés de l’usine du nord de la ville « sont inquiets ».'),
    ).toBeUndefined();
  });

  it('finds the speaker of a nested quotation inside the quotation holding it', () => {
    // A nested quotation had no speaker: the president's words were nobody's.
    const [outer, inner] = extract('« Le président m’a dit : “Nous ne céderons pas” », a raconté le député.');
    expect(outer!.speaker?.name).toBe('le député');
    expect(inner!.speaker?.name).toBe('Le président');
    // Words quoted inside a quotation name no one.
    expect(
      extract(
        '« Une politique du “tout sécuritaire” qui ne dit pas son nom », a déclaré la syndicaliste.',
      )[1]!.speaker,
    ).toBeNull();
    const en = extract('“My father told me: ‘Never give up,’ and I believed him,” she said.', 'en');
    expect(en.map((q) => q.speaker?.name)).toEqual(['she', 'My father']);
  });

  it('passes no speaker on across a new sentence with its own subject', () => {
    // The second quotation took the first one's speaker: the PDG for the union's words, the
    // PDG for what the analysts expected.
    expect(
      extract(
        'Le PDG a répondu : « Nous n’avons rien à cacher ». Le syndicat a riposté : « Alors publiez les contrats ».',
      )[1]!.speaker,
    ).toBeNull();
    expect(
      extract(
        'Le PDG a déclaré : « Les ventes ont progressé. » Les analystes attendaient « au moins 15 % ».',
      )[1]!.speaker,
    ).toBeNull();
    // Across the speech clause, and the words that follow its speaker, it still is.
    expect(
      extract(
        '« Nous agirons », a déclaré Amazon dans un communiqué à la presse. « Il est clairement nécessaire de légiférer. »',
      )[1]!.speaker,
    ).toMatchObject({ name: 'Amazon', cue: 'inherited' });
  });

  it('passes the speaker on across a speech clause', () => {
    const quotes = extract(
      '“Along with the world,” they continued. “In the face of this policy, we act.”',
      'en',
    );
    expect(quotes[1]!.speaker).toMatchObject({ name: 'they', cue: 'inherited' });
  });
});

describe('extractQuotations: reported passages', () => {
  it('takes the items of a list introduced by a colon', () => {
    const text =
      'En juin 2018, un groupe a envoyé une lettre à Jeff Bezos, demandant à AWS:\nCesser de vendre des technologies\nCesser de fournir une infrastructure à Palantir\nDepuis lors, la société a évité de répondre à cette lettre signée par plus de 500 employés, et bien d’autres choses encore qui ne font pas une liste du tout, loin de là, car ce paragraphe est très long et raconte une tout autre histoire que la liste qui le précède, sans rapport.';
    const items = extract(text).filter((q) => q.kind === 'reported');
    expect(items.map((q) => q.text)).toEqual([
      'Cesser de vendre des technologies',
      'Cesser de fournir une infrastructure à Palantir',
    ]);
    expect(items[0]!.list).toBe(0);
    expect(items[0]!.speaker?.name).toBe('un groupe');
  });

  it('takes no list after a heading that reports no one, unless its items are bulleted', () => {
    // An interview's heading ends with a colon; the sentences after it are the article's own
    // (WMT 2012: twelve of them were list items, each then given an unrelated source at 0.96).
    const sentences = [
      'Vous avez le monopole du marché, donc l’entreprise ne rencontre pas plus de succès.',
      'Les ventes et le marketing peuvent la faire évoluer.',
      'C’est ce qui s’est produit chez Xerox.',
    ];
    const heading = 'Sur les grandes entreprises qui s’essoufflent:';
    expect(extract([heading, ...sentences].join('\n')).filter((q) => q.kind === 'reported')).toEqual([]);
    const bulleted = extract([heading, ...sentences.map((s) => `• ${s}`)].join('\n'));
    expect(bulleted.filter((q) => q.kind === 'reported')).toHaveLength(3);
    // An English intro that reports demands still opens a list of plain lines.
    const demands = extract(
      'In their list of demands, the Amazon employees requested the company to:\nStop selling facial recognition services to law enforcement\nStop providing infrastructure to Palantir',
      'en',
    );
    expect(demands.filter((q) => q.kind === 'reported')).toHaveLength(2);
  });

  it('splits coordinated demands and names who made them', () => {
    const quotes = extract(
      'Les employés ont demandé à Amazon d’arrêter de vendre Rekognition à la police et de prendre des mesures pour renforcer sa transparence.',
    );
    expect(quotes.map((q) => q.text)).toEqual([
      'arrêter de vendre Rekognition à la police',
      'prendre des mesures pour renforcer sa transparence',
    ]);
    expect(quotes[0]!.speaker?.name).toBe('Les employés');
  });

  it('reads de as a word in a demand, not the start of des, and the ones asked after aux', () => {
    // `l'appel des principales économies` reported `s principales économies …`; `et des mesures`
    // split the demand into `… technologie` and `s mesures de transparence`.
    expect(
      extract('La crise a suscité l’appel des principales économies à se réunir pour aider la zone euro.'),
    ).toEqual([]);
    expect(
      extract(
        'Les employés ont demandé d’arrêter de vendre la technologie et des mesures de transparence.',
      ).map((q) => q.text),
    ).toEqual(['arrêter de vendre la technologie et des mesures de transparence']);
    // `aux employés` stopped the demand: nothing was reported.
    expect(
      extract('La direction a demandé aux employés de cesser toute communication avec la presse.').map(
        (q) => [q.text, q.speaker?.name],
      ),
    ).toEqual([['cesser toute communication avec la presse', 'La direction']]);
  });

  it('reports no demand after a noun of demand', () => {
    // `un appel d'offres`, `des demandes de subventions`, `à la demande de ses clients`,
    // `les exigences de Bruxelles` each reported the words after them as someone's demand.
    for (const text of [
      'La République a organisé un appel d’offres pour l’achat de blé en provenance des pays voisins.',
      'Ces fonds devaient servir à rédiger des demandes de subventions accordées par Bruxelles.',
      'Le moteur a été modifié à la demande de ses clients d’accroître sa capacité de charge.',
      'La transition est imposée par les exigences de Bruxelles plus que par une conviction.',
    ])
      expect(extract(text)).toEqual([]);
    // A participle as an adjective or a passive: `le nombre demandé d'adversaires`, `ont été appelés à la rescousse`.
    expect(
      extract('Vous devez surpasser le nombre demandé d’adversaires dans une course classique.'),
    ).toEqual([]);
    expect(extract('Les militaires ont été appelés à la rescousse pour lutter contre les gangs.')).toEqual(
      [],
    );
    expect(
      extract('Le juge a également demandé à la police de garder le suspect en détention.'),
    ).toHaveLength(1);
    // The verb still reports: `le comité demande que …`.
    expect(
      extract('Le comité demande que les médecins soient formés au respect des refus de soins.'),
    ).toHaveLength(1);
  });

  it('ignores site furniture after a short colon line', () => {
    expect(extract('Lire aussi :\nDes milliers de salariés\nFacebook Comments\nLEAVE A REPLY')).toEqual([]);
  });
});

describe('extractQuotations: long paragraphs', () => {
  it('finds the speakers of 5,000 quotations in one paragraph without a full stop (its speed: npm run bench -- check-doc, pathological input)', () => {
    // Each quotation's sentence ran to the paragraph's ends (a one-line file: 20 s for 190 kB).
    const text = `Selon Jean, ${'il a dit « le chat et le chien » puis '.repeat(5_000)}fin`;
    const quotes = extract(text);
    expect(quotes).toHaveLength(5_000);
    expect(quotes[0]!.speaker).toMatchObject({ name: 'il', cue: 'verb-before' });
    expect(quotes[4_999]!.speaker).toMatchObject({ name: 'il', cue: 'verb-before' });
  });
});
