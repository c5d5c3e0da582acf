import { describe, expect, it } from 'vitest';
import { followsFromWords } from '../../../src/core/suggest/index.ts';
import type { Day } from '../../../src/core/types.ts';
import { briefs, suggestIn } from './fixture.ts';

describe('suggest: the actor decides the side, in the active voice', () => {
  it.each([
    ["Gaddafi's forces recaptured Brega on Tuesday.", 'brega government retook 2011-03-29 day'],
    ["Qaddafi's troops seized Ras Lanuf yesterday.", 'ras_lanuf government captured 2011-03-29 day'],
    ['Pro-Gadhafi brigades took control of Zawiya on Monday.', 'zawiya government captured 2011-03-28 day'],
    ['Loyalists overran Bin Jawad on Sunday.', 'bin_jawad government captured 2011-03-27 day'],
    ['Government troops entered Misrata this morning.', 'misrata government entered 2011-03-30 day'],
    ["Khamis's brigade stormed the town of Zawiya on March 10.", 'zawiya government captured 2011-03-10 day'],
    ['The regime sent tanks and its forces pounded Misrata on Tuesday.', 'misrata rebel attacked 2011-03-29 day'],
    ['Rebels captured Brega on Sunday.', 'brega rebel captured 2011-03-27 day'],
    ['Opposition fighters retook Ras Lanuf late on Monday.', 'ras_lanuf rebel retook 2011-03-28 day'],
    ['Insurgents seized the oil town of Marsa el Brega overnight.', 'brega rebel captured 2011-03-29 approximate'],
    ['Revolutionaries entered Sirt on Tuesday.', 'sirte rebel entered 2011-03-29 day'],
    ['Anti-Gaddafi fighters took Ben Jawad on Monday.', 'bin_jawad rebel captured 2011-03-28 day'],
    ["The Transitional National Council's forces captured Agedabia on Saturday.", 'ajdabiya rebel captured 2011-03-26 day'],
    ["Gaddafi's forces drove the rebels out of Brega on Tuesday.", 'brega government captured 2011-03-29 day'],
    ['The rebels abandoned Bin Jawwad on Monday.', 'bin_jawad government withdrew 2011-03-28 day'],
    ['Rebels withdrew from Ras Lanuf yesterday.', 'ras_lanuf government withdrew 2011-03-29 day'],
    ['Government forces attacked Ajdabiya on Monday.', 'ajdabiya rebel attacked 2011-03-28 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: passive voice and words that carry a side', () => {
  it.each([
    ["Brega fell to Gaddafi's forces on Tuesday.", 'brega government captured 2011-03-29 day'],
    ['Ras Lanuf was retaken by loyalist troops yesterday.', 'ras_lanuf government retook 2011-03-29 day'],
    ['Bin Jawad was captured by rebels on Monday.', 'bin_jawad rebel captured 2011-03-28 day'],
    ['Ajdabiya remained in rebel hands on Wednesday.', 'ajdabiya rebel held 2011-03-30 day'],
    ['Sirte remains under government control.', 'sirte government held 2011-03-30 approximate'],
    ['Rebels were driven out of Brega on Tuesday.', 'brega government withdrew 2011-03-29 day'],
    ['Rebels were shelled in Ajdabiya on Tuesday.', 'ajdabiya rebel attacked 2011-03-29 day'],
    ['Misrata came under heavy shelling from government forces on Monday.', 'misrata rebel attacked 2011-03-28 day'],
    ['Residents fled toward rebel-held Ajdabiya.', 'ajdabiya rebel held 2011-03-30 approximate'],
    ['Traffic was light in Misrata, a rebel-held city, on Tuesday.', 'misrata rebel held 2011-03-29 day'],
    ['Convoys headed for Benghazi, the rebel stronghold.', 'benghazi rebel held 2011-03-30 approximate'],
    ['Sirte, a government-held town, was quiet.', 'sirte government held 2011-03-30 approximate'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: fighting makes a place contested', () => {
  it.each([
    ['Fighting raged around Brega on Tuesday.', 'brega contested contested 2011-03-29 day'],
    ['Clashes broke out in Misrata yesterday.', 'misrata contested contested 2011-03-29 day'],
    ['There were fierce battles for Ras Lanuf on Monday.', 'ras_lanuf contested contested 2011-03-28 day'],
    ['Mortars rained down on Brega this morning.', 'brega contested attacked 2011-03-30 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it('a retreat from fighting near a town is a retreat, not a contest', () => {
    expect(briefs('Rebels beat a hasty retreat from clashes near Sirt on Monday.')).toEqual([
      'sirte government withdrew 2011-03-28 day',
    ]);
  });
});

describe('suggest: what did not happen is not a claim', () => {
  it.each([
    ['Officials denied that rebels had captured Zawiya on Tuesday.'],
    ['Did the rebels capture Brega on Tuesday?'],
    ['Rumours spread that loyalists had taken Ajdabiya.'],
    ['The rebels last held Misrata in 1986.'],
    ['Gaddafi visited Sirte, his hometown.'],
    // What may have happened, or would have: no side is said to hold anything.
    ['Government troops might have entered Brega.'],
    ['Rebels may have lost Ras Lanuf.'],
  ])('%s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it.each([
    ['Rebels vowed to retake Brega.', 'brega government held 2011-03-30 approximate'],
    ['Rebels failed to capture Brega on Tuesday.', 'brega government held 2011-03-29 day'],
    ['The opposition plans to march on Tripoli.', 'tripoli government held 2011-03-30 approximate'],
    ["Gaddafi's forces would take Benghazi within days.", 'benghazi rebel held 2011-03-30 approximate'],
    ['If the rebels reach Sirte, they will face his best troops.', 'sirte government held 2011-03-30 approximate'],
    // An aim told in the past is dated as an event; one still to come, or its deadline, says only who holds it now.
    ['Rebels tried to retake Brega on Tuesday.', 'brega government held 2011-03-29 day'],
    ['On Saturday the rebels vowed to march on Sirte.', 'sirte government held 2011-03-26 day'],
    ['Rebels vowed to take Sirte by Friday.', 'sirte government held 2011-03-30 approximate'],
    ['Rebels will try to retake Brega on Friday.', 'brega government held 2011-03-30 approximate'],
  ])('wanting or failing to take a place says the other side holds it: %s', (sentence, expected) => {
    const claims = briefs(sentence);
    expect(claims).toEqual([expected]);
  });
});

describe('suggest: the day each event happened', () => {
  it.each([
    ['Rebels captured Brega on March 28.', 'brega rebel captured 2011-03-28 day'],
    ['Rebels captured Brega on 28 March.', 'brega rebel captured 2011-03-28 day'],
    ['Rebels captured Brega on the 27th.', 'brega rebel captured 2011-03-27 day'],
    ['Rebels captured Brega a week ago.', 'brega rebel captured 2011-03-23 approximate'],
    ['Rebels captured Brega 48 hours ago.', 'brega rebel captured 2011-03-28 approximate'],
    ['Rebels captured Brega last night.', 'brega rebel captured 2011-03-29 approximate'],
    ['Rebels captured Brega earlier this week.', 'brega rebel captured 2011-03-28..2011-03-29 range'],
    ['Rebels have held Brega since the weekend.', 'brega rebel held 2011-03-26..2011-03-30 range'],
    ['Rebels captured Brega on Thursday.', 'brega rebel captured 2011-03-24 day'],
    ['Rebels captured Benghazi last month.', 'benghazi rebel captured 2011-02-01..2011-02-28 range'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it('words like "at dawn" count from the day the paragraph narrates', () => {
    const claims = suggestIn('Rebels reached the outskirts of Ras Lanuf on Monday. They entered Brega at dawn.');
    const entered = claims.find((c) => c.place === 'brega');
    expect(entered).toMatchObject({ date: '2011-03-28', resolvedFrom: 'at dawn', narrativeDay: '2011-03-28' });
  });

  it('a sentence with no date of its own takes the one its paragraph narrates', () => {
    const claims = suggestIn('Rebels attacked Ras Lanuf on Monday. Rebels captured Bin Jawad.');
    expect(claims.find((c) => c.place === 'bin_jawad')).toMatchObject({ date: '2011-03-28', resolvedFrom: 'on Monday' });
  });

  it('"three days before" with no day to count from gives no claim rather than a guessed one', () => {
    expect(briefs('A convoy reached Brega, a town the rebels had captured three days before.')).toEqual([]);
  });
});

describe('suggest: pronouns, coordination and fronted clauses', () => {
  it('"they" is the subject of the sentence before', () => {
    expect(briefs('Rebels massed outside the city. They entered Brega on Tuesday.')).toEqual([
      'brega rebel entered 2011-03-29 day',
    ]);
  });

  it('every place joined to the first takes its claim', () => {
    expect(briefs('Loyalists recaptured Brega, Ras Lanuf and the town of Bin Jawad on Monday.')).toEqual([
      'brega government retook 2011-03-28 day',
      'ras_lanuf government retook 2011-03-28 day',
      'bin_jawad government retook 2011-03-28 day',
    ]);
  });

  it("a fronted clause's subject follows its comma, and its date is its own", () => {
    expect(briefs('Having abandoned Brega on Monday, the rebels regrouped in Ajdabiya on Tuesday.')).toEqual([
      'brega government withdrew 2011-03-28 day',
      'ajdabiya rebel held 2011-03-29 day',
    ]);
  });
});

describe('suggest: who says so', () => {
  it.each([
    ['Rebels captured Brega on Tuesday, a rebel spokesman said.', 'a rebel spokesman'],
    ['State television reported that loyalists had retaken Ras Lanuf on Tuesday.', 'State television'],
    ['According to a rebel commander, loyalists shelled Ajdabiya on Monday.', 'a rebel commander'],
    ['Rebels captured Brega on Tuesday.', 'reporter (The Test Times)'],
    // Not the sentence's full stop, nor only the title before a name's stop.
    ['"We have lost Brega," said a rebel fighter at a checkpoint outside Ajdabiya.', 'a rebel fighter at a checkpoint outside Ajdabiya'],
    ['Rebels captured Brega on Tuesday, said Col. Ahmed Bani.', 'Col. Ahmed Bani'],
    // Not a timeline entry's day.
    ['Feb. 23 - Rebels say they control Benghazi.', 'Rebels'],
    // "Reports" is the speaker, not "say".
    ["Forces loyal to Col Muammar Gaddafi have recaptured the oil town of Ras Lanuf, forcing rebels into a hasty retreat, reports say.", 'reports'],
    ['March 2 – Rebels say they repelled an attack on Brega.', 'Rebels'],
    // Nor a live blog's time.
    ["17:15 A rebel spokesman in Zintan tells Al Jazeera that Gaddafi's forces have been shelling the town since morning.", 'a rebel spokesman in Zintan'],
    ['1:05pm: State TV says the army has retaken Zintan.', 'State TV'],
    ['At 10:30 rebels said they had retaken Zintan.', 'rebels'],
    ['0915: Rebels in Bin Jawad say they are coming under heavy fire from Col Gaddafi\'s forces.', 'Rebels in Bin Jawad'],
    // Not a wire's dateline either.
    ['TRIPOLI, March 10 (Reuters) - The Libyan army said on Thursday it had taken full control of Zawiya.', 'the Libyan army'],
    // The subject of a verb of its own, then "and" and when: not every word up to "claimed".
    ['Rebels drove on toward Brega and by evening claimed to have taken the town.', 'Rebels'],
    // A name with who they are set apart, then the verb and when: not "on Monday".
    ['"We control Misrata," Moussa Ibrahim, the government spokesman, said on Monday.', 'Moussa Ibrahim'],
  ])('%s', (sentence, claimant) => {
    expect(suggestIn(sentence).map((c) => c.claimant)).toEqual([claimant]);
  });
});

describe('suggest: every claim is one the data accepts', () => {
  it('a change of hands says who held the place before', () => {
    const [claim] = suggestIn("Gaddafi's forces recaptured Brega on Tuesday.");
    expect(claim?.before).toEqual({ side: 'rebel', quote: "Gaddafi's forces recaptured Brega on Tuesday." });
  });

  it('a Tripoli named with another country makes no claim', () => {
    expect(briefs('Clashes broke out in Tripoli, Lebanon, on Tuesday.')).toEqual([]);
  });
});

describe('suggest: more ways reporters put it', () => {
  it.each([
    ['Libyan rebels pushed back into Brega on Tuesday after a night of heavy fighting.', 'brega rebel entered 2011-03-29 day'],
    ['Forces loyal to Colonel Qaddafi retook the eastern oil town of Ras Lanuf on Monday.', 'ras_lanuf government retook 2011-03-28 day'],
    ['The rebels, who had seized Bin Jawad on Sunday, were exhausted.', 'bin_jawad rebel captured 2011-03-27 day'],
    ['Ajdabiya was under the control of the rebels on Wednesday.', 'ajdabiya rebel held 2011-03-30 day'],
    ['Government tanks rolled into Zawiya on Saturday, residents said.', 'zawiya government entered 2011-03-26 day'],
    ['Brega changed hands twice on Tuesday.', 'brega contested contested 2011-03-29 day'],
    ['Brega is now back in government hands.', 'brega government held 2011-03-30 approximate'],
    ['Ras Lanuf, which rebels captured on Sunday, is deserted.', 'ras_lanuf rebel captured 2011-03-27 day'],
    ["Gaddafi's forces have not yet entered Misrata.", 'misrata rebel held 2011-03-30 approximate'],
    ['Heavy fighting was reported on the outskirts of Ajdabiya on Monday.', 'ajdabiya contested contested 2011-03-28 day'],
    ['The town of Brega has fallen to loyalists.', 'brega government captured 2011-03-30 approximate'],
    ['Government troops are advancing on Ajdabiya.', 'ajdabiya rebel attacked 2011-03-30 approximate'],
    ["Gaddafi's troops are besieging Misrata.", 'misrata rebel attacked 2011-03-30 approximate'],
    ['The rebels held on to Ras Lanuf.', 'ras_lanuf rebel held 2011-03-30 approximate'],
    ['Loyalists clung to Sirte on Tuesday.', 'sirte government held 2011-03-29 day'],
    ['Rebel fighters returned to Brega on Thursday after government forces withdrew.', 'brega rebel entered 2011-03-24 day'],
    ['Qaddafi loyalists launched rockets at Ajdabiya from Brega.', 'ajdabiya rebel attacked 2011-03-30 approximate'],
    // What came after dates nothing before it.
    ['Rebels held Brega on Monday before they were driven out on Tuesday.', 'brega rebel held 2011-03-28 day'],
    ['Rebels seized Bin Jawad on Sunday but were later forced to pull back.', 'bin_jawad rebel captured 2011-03-27 day'],
    // Part of a town taken is a town fought over; an offensive to take one is an aim.
    ['Government troops pushed into the western part of Misrata.', 'misrata contested contested 2011-03-30 approximate'],
    ['Rebels captured parts of Brega on Tuesday.', 'brega contested contested 2011-03-29 day'],
    ['Rebels launched a counteroffensive to retake Brega.', 'brega government held 2011-03-30 approximate'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it('fleeing one town and regrouping in another are two claims', () => {
    expect(briefs('Opposition forces regrouped in Ajdabiya on Tuesday after fleeing Brega.')).toEqual([
      'ajdabiya rebel held 2011-03-29 day',
      'brega government withdrew 2011-03-29 day',
    ]);
  });

  it.each([
    ['Rebels said they would not give up Ajdabiya.'],
    ['Two rebels were killed in Brega on Tuesday.'],
    ['A rebel spokesman in Benghazi said supplies were short.'],
    ["NATO warplanes struck Gaddafi's tanks near Ajdabiya on Monday."],
    ['Rebels in Benghazi celebrated the news.'],
    ['The rebels in Brega clung to hope that help would come.'],
    // Beside a place is not in it, nor on the road to it or between it and another.
    ['Fighting raged on the road between Brega and Ajdabiya.'],
    ['Rebels advanced on the road to Sirte.'],
    ['Government troops took up positions east of Ras Lanuf.'],
    ['Rebels held positions west of Brega.'],
    ['Rebels captured the town east of Ras Lanuf.'],
    // Taken and then lost, on no day the sentence says: no state of now.
    ['Rebels said they had seized Bin Jawad but were later forced to pull back.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });
});

describe('suggest: the speaker, asides and where a retreat ends', () => {
  it.each([
    ['"We took Brega this morning," a rebel fighter said.', 'brega rebel captured 2011-03-30 day'],
    ["Misrata, Libya's third-largest city, has been under siege by Qaddafi's forces for weeks.", 'misrata rebel attacked 2011-03-30 approximate'],
    ['The rebels fell back to Ajdabiya on Tuesday.', 'ajdabiya rebel held 2011-03-29 day'],
    ['Rebels were pushed back to Ajdabiya yesterday.', 'ajdabiya rebel held 2011-03-29 day'],
    ['Rebels will attack Sirte on Friday, their commander said.', 'sirte government held 2011-03-30 approximate'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it('"we" of a speaker the sentence does not place on a side makes no claim', () => {
    expect(briefs('"We took Brega this morning," a man said.')).toEqual([]);
  });
});

describe('suggest: wire style and asides', () => {
  it('a wire\'s abbreviated month is a day, and does not end the sentence', () => {
    expect(briefs('Rebels have held Benghazi, the seat of their council, since Feb. 20.')).toEqual([
      'benghazi rebel held 2011-02-20 day',
      'benghazi rebel held 2011-03-30 approximate',
    ]);
  });

  it('a participle joined by "and" belongs to the subject of the sentence', () => {
    expect(briefs("Rebels pushed west on Saturday, seizing Ras Lanuf, and vowing to march on Sirte, Qaddafi's hometown.")).toEqual([
      'ras_lanuf rebel captured 2011-03-26 day',
      'sirte government held 2011-03-30 approximate',
    ]);
  });

  it('a distance after a comma is an aside, not a second place', () => {
    expect(briefs('Rebels advanced as far as Bin Jawad, about 30 miles west of Ras Lanuf, on Monday.')).toEqual([
      'bin_jawad rebel advanced 2011-03-28 day',
    ]);
  });

  it('a claim no one could verify is suggested with less confidence, and its source is named', () => {
    const [verified] = suggestIn('State television reported that government troops had recaptured Brega on Sunday.');
    const [unverified] = suggestIn(
      'State television, however, reported that government troops had recaptured Brega on Sunday, a claim that could not be verified.',
    );
    expect(unverified).toMatchObject({ place: 'brega', side: 'government', claimant: 'State television' });
    expect(unverified!.confidence).toBeLessThan(verified!.confidence);
  });
});

describe('suggest: background and near misses', () => {
  it.each([
    ['In Misrata, the only major city in the west still held by rebels, snipers fired on residents.', 'misrata rebel held 2011-03-30 approximate'],
    ["Tripoli remains firmly under Gadhafi's control.", 'tripoli government held 2011-03-30 approximate'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it.each([
    ['The rebellion began Feb. 15 in Benghazi, which fell to the opposition within days.'],
    ['On Monday the rebels had pushed to within a few kilometers of Ras Lanuf.'],
  ])('no claim where the day or the place is not what the words say: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });
});

describe('suggest: loose dates', () => {
  it.each([
    ['Rebels captured Brega in mid-March.', 'brega rebel captured 2011-03-11..2011-03-20 range'],
    ['Rebels captured Brega in February.', 'brega rebel captured 2011-02-01..2011-02-28 range'],
    ['Loyalists laid siege to Misrata overnight Saturday.', 'misrata rebel attacked 2011-03-26 approximate'],
    ['Rebels have fought for Brega for weeks.', 'brega contested contested 2011-03-30 approximate'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it('a loose span in the past dates nothing, and borrows no other day', () => {
    expect(briefs('Rebels attacked Sirte on Monday. Rebels captured Brega years ago.')).toEqual([
      'sirte government attacked 2011-03-28 day',
    ]);
  });
});

describe('suggest: whose "his forces", and scare quotes', () => {
  it('"his forces" after the leader is named are his', () => {
    expect(briefs('Qaddafi spoke on television as his forces retook Brega on Monday.')).toEqual([
      'brega government retook 2011-03-28 day',
    ]);
  });

  it('"his men" of a rebel commander are rebels', () => {
    expect(briefs('A rebel commander said his men had taken Brega on Monday.')).toEqual(['brega rebel captured 2011-03-28 day']);
  });

  it('words in scare quotes read through', () => {
    expect(briefs('State television said on Monday that loyal troops had "liberated" Bin Jawad from "armed gangs".')).toEqual([
      'bin_jawad government captured 2011-03-28 day',
    ]);
  });
});

describe('suggest: the edge of a town, and an act named as the object', () => {
  it.each([
    // Reaching, entering or holding the outskirts, edge or gate of a town is not taking or holding the town.
    ['Rebels reached the outskirts of Ras Lanuf on Monday.'],
    ["Gaddafi's forces reached the edge of Benghazi on Saturday."],
    ['Government troops entered the outskirts of Ajdabiya on Saturday.'],
    ["Gaddafi's forces control the outskirts of Misrata."],
    ['Rebels gathered at the eastern gate of Ajdabiya on Tuesday.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it.each([
    // Shelling the edge of a town still shells the side inside it.
    ["Gaddafi's forces shelled the outskirts of Ajdabiya on Monday.", 'ajdabiya rebel attacked 2011-03-28 day'],
    // Fighting at a town's edge is fighting for it (a front line there is outside it: below).
    ['Fighting raged at the eastern gate of Brega on Monday.', 'brega contested contested 2011-03-28 day'],
    // "kept up their siege of", "kept … under siege": the siege, not a hold.
    ["Gaddafi's troops kept up their siege of Misrata on Tuesday.", 'misrata rebel attacked 2011-03-29 day'],
    ['Government forces kept Misrata under siege on Tuesday.', 'misrata rebel attacked 2011-03-29 day'],
    ['Rebels kept control of Brega on Tuesday.', 'brega rebel held 2011-03-29 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it('a front line at a town\'s edge is outside it', () => {
    expect(briefs('The front line was at the outskirts of Brega on Monday.')).toEqual([]);
    expect(briefs('The front line was in Brega on Monday.')).toEqual(['brega contested contested 2011-03-28 day']);
  });
});

describe('suggest: whose verb it is', () => {
  it.each([
    // The actor right before "to" is the infinitive's subject, not the sentence's first actor.
    ["Air strikes on Gaddafi's armour allowed rebels to retake Ajdabiya on Saturday.", 'ajdabiya rebel retook 2011-03-26 day'],
    ["Shelling by Qaddafi's troops forced the rebels to abandon Brega on Tuesday.", 'brega government withdrew 2011-03-29 day'],
    // A relative clause without a comma: its subject is the actor it follows.
    ["Gaddafi's forces fired on rebels who had entered Brega on Monday.", 'brega rebel entered 2011-03-28 day'],
    ["Gaddafi's forces, which recaptured Ras Lanuf on Tuesday, pressed on toward Brega.", 'ras_lanuf government retook 2011-03-29 day'],
    // Fighting for control of a town is a contest, not a hold.
    ["Rebels fought Gaddafi's forces for control of Brega on Wednesday.", 'brega contested contested 2011-03-30 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it('a relative clause with no day of its own borrows none', () => {
    expect(briefs('Government troops attacked rebels who were holding Brega.')).toEqual([]);
  });

  it.each([
    ['Sirte, which is held by government forces, was quiet.', 'sirte government held 2011-03-30 approximate'],
    ['Sirte, which is still held by Gaddafi loyalists, was bombed overnight.', 'sirte government held 2011-03-30 approximate'],
  ])('a relative clause in the present tells a state of the time of writing: %s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it('one in the present perfect tells no day', () => {
    expect(briefs('Brega, which has fallen to the rebels three times, was quiet.')).toEqual([]);
  });
});

describe('suggest: "in their hands" is the hands of the side named before', () => {
  it.each([
    ['Rebels say Brega is now in their hands.', 'brega rebel held 2011-03-30 approximate'],
    ["Gaddafi's forces said Brega was in their hands on Tuesday.", 'brega government held 2011-03-29 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: a participle phrase dates its own event', () => {
  it('the days of ", reversing gains made over the weekend" are the gains\', not the retreat\'s', () => {
    expect(
      briefs("Rebels were in retreat on Wednesday after Gaddafi's forces drove them out of Ras Lanuf, reversing gains made over the weekend."),
    ).toEqual(['ras_lanuf government captured 2011-03-30 day']);
  });

  it('nor does a date in a trailing participle phrase date the event before it', () => {
    expect(briefs('Gaddafi loyalists retook Bin Jawad, ending a rebel advance that began last week.')).toEqual([
      'bin_jawad government retook 2011-03-30 approximate',
    ]);
  });
});

describe('suggest: days counted from other days', () => {
  it.each([
    ['Rebels captured Brega on Monday of last week.', 'brega rebel captured 2011-03-21 day'],
    ['Rebels captured Brega on Friday last week.', 'brega rebel captured 2011-03-25 day'],
    ['Rebels had captured Brega a fortnight ago.', 'brega rebel captured 2011-03-16 approximate'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it.each([
    // Counted from another event: the day named is that event's, not this one's.
    ['Rebels captured Brega a week after the uprising began on Feb. 17.'],
    ['Rebels took Ajdabiya two days after the air strikes began.'],
    // Too vague to place, and they borrow no other day.
    ['Rebels captured Brega at the start of the week.'],
    ['Rebels captured Brega on the second day of the offensive.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it.each([
    // What a day is counted from is not on that day: the main clause keeps its day, the other event gets none.
    [
      "Gaddafi's forces pushed rebels out of Bin Jawad on Tuesday, a day after the rebels had swept through the town.",
      ['bin_jawad government captured 2011-03-29 day'],
    ],
    [
      "Gaddafi's forces shelled Ajdabiya on Tuesday, two days after rebels captured Brega.",
      ['ajdabiya rebel attacked 2011-03-29 day'],
    ],
  ])('only the counted day: %s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual(expected);
  });
});

describe('suggest: what is only likely, near, needed or false', () => {
  it.each([
    // An infinitive or gerund the clause only looks toward, with no aim word to say who wants it.
    ['Rebels are likely to take Sirte soon.'],
    ['Rebels are unlikely to take Sirte.'],
    ['Rebels are on the verge of capturing Brega.'],
    ['Rebels came close to retaking Brega.'],
    ['Rebels say they need weapons to retake Brega.'],
    ['Rebels asked NATO to help them retake Brega.'],
    ['Rebels were still waiting to enter Brega on Monday.'],
    // A forecast denied is no fact denied.
    ["Rebels can't hold Brega much longer, a commander said."],
    ['The rebels cannot hold Ras Lanuf without air support.'],
    // A report the sentence calls false.
    ['Reports that rebels had taken Sirte proved false.'],
    ['State TV falsely claimed that Gaddafi\'s forces had recaptured Ajdabiya.'],
    ['Rebels initially claimed they had taken Sirte, but later retracted.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it.each([
    // What happened through the infinitive: "were able to", "were forced to".
    ['Rebels were able to retake Brega on Friday.', 'brega rebel retook 2011-03-25 day'],
    ['The rebels were forced to abandon Ras Lanuf on Tuesday.', 'ras_lanuf government withdrew 2011-03-29 day'],
    // Nearly taken is not taken: the other side still held it.
    ['Rebels nearly captured Brega on Monday.', 'brega government held 2011-03-28 day'],
    ['No rebels remained in Ras Lanuf by Tuesday night.', 'ras_lanuf government held 2011-03-29 day'],
    // Who will not enter a town says who holds it.
    ["Gaddafi's forces will not enter Benghazi, rebels said.", 'benghazi rebel held 2011-03-30 approximate'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: who attacks when the attack is a noun', () => {
  it.each([
    // The subject met the attack: it is the side attacked.
    ['Rebels repelled an attack on Zintan on Thursday.', 'zintan rebel attacked 2011-03-24 day'],
    ['Rebels survived a fierce attack on Ajdabiya overnight.', 'ajdabiya rebel attacked 2011-03-29 approximate'],
    ['Rebels thwarted an offensive against Ajdabiya on Monday.', 'ajdabiya rebel attacked 2011-03-28 day'],
    // An attack only feared or braced for says the subject holds the place.
    ['Rebels braced for an attack on Ajdabiya.', 'ajdabiya rebel held 2011-03-30 approximate'],
    ['Rebels in Benghazi feared an assault on the city of Benghazi.', 'benghazi rebel held 2011-03-30 approximate'],
    // The attacker named with the noun.
    ['Rebels repulsed a government assault on Misrata on Monday.', 'misrata rebel attacked 2011-03-28 day'],
    ["Rebels repelled an attack by Gaddafi's forces on Zintan on Thursday.", 'zintan rebel attacked 2011-03-24 day'],
    ['Air strikes halted the government advance on Benghazi on Saturday.', 'benghazi rebel attacked 2011-03-26 day'],
    // Their own attack: the subject attacks.
    ["Gaddafi's forces halted their advance on Benghazi on Saturday.", 'benghazi rebel attacked 2011-03-26 day'],
    ['Rebels launched an attack on Brega on Monday.', 'brega government attacked 2011-03-28 day'],
    // After "to" it is a verb, not an attack awaited: the subject's aim, so the other side holds the place.
    ['The rebels are expected to attack Sirte.', 'sirte government held 2011-03-30 approximate'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: whom "they" stands for', () => {
  it('"they" after "residents said" are the residents, who have no side', () => {
    expect(briefs("Gaddafi's forces shelled Ajdabiya on Monday. Residents said they had fled Brega on Sunday.")).toEqual([
      'ajdabiya rebel attacked 2011-03-28 day',
    ]);
  });

  it('"they" after a speaker who spoke of the other side is either side: no claim', () => {
    expect(briefs("Rebel commanders said Gaddafi's forces had been reinforced. They retook Brega on Thursday.")).toEqual([]);
  });

  it('"they" after "a rebel commander said" are the rebels', () => {
    expect(briefs('A rebel commander said they had retaken Brega on Tuesday.')).toEqual(['brega rebel retook 2011-03-29 day']);
  });

  it('"they" are the subject of the sentence before, whatever else it names', () => {
    expect(briefs('Rebels advanced to the west gate of Brega, a town that has gone back and forth between rebel and loyalist hands. They were in Brega on Tuesday.')).toEqual([
      'brega rebel held 2011-03-29 day',
    ]);
  });
});

describe('suggest: a place joined to another only where it is one more object', () => {
  it.each([
    ['Rebels fled Brega, Ajdabiya residents said.', 'brega government withdrew 2011-03-30 approximate'],
    ["Gaddafi's forces retook Ras Lanuf, Benghazi-based rebel officials said.", 'ras_lanuf government retook 2011-03-30 approximate'],
    ['Rebels captured Brega on Monday and Benghazi celebrated.', 'brega rebel captured 2011-03-28 day'],
    ["Gaddafi's forces retook Brega and Tripoli television showed the town.", 'brega government retook 2011-03-30 approximate'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it('a list still gives each place its claim', () => {
    expect(briefs('Rebels held Benghazi, Misrata and Zintan in the west on Tuesday.')).toEqual([
      'benghazi rebel held 2011-03-29 day',
      'misrata rebel held 2011-03-29 day',
      'zintan rebel held 2011-03-29 day',
    ]);
  });
});

describe('suggest: a part, an edge or a compound of a place', () => {
  it.each([
    // A place that only qualifies another word names no place of the event.
    ['Rebels seized a Tripoli-bound tanker on Monday.'],
    ['Rebels captured the Brega-Ajdabiya road on Monday.'],
    ["Gaddafi's forces attacked a Benghazi-bound aid convoy on Monday."],
    // A street or road named after a place is not the place: Misrata's Tripoli Street, the road to Brega.
    ["Gaddafi's snipers still controlled parts of Tripoli Street on Tuesday."],
    ['Rebels fought their way down Tripoli Street on Monday.'],
    ['Fighting raged on the Brega road on Monday.'],
    ["Gaddafi's forces shelled Benghazi Road on Sunday."],
    // A possessed edge is an edge.
    ["Gaddafi's forces reached Ajdabiya's western outskirts on Saturday."],
    // Leaving part of a town says nothing of the town.
    ['Rebels withdrew from parts of Brega on Tuesday.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it.each([
    // Taking or holding a part of a town is fighting in it.
    ["Gaddafi's forces captured Misrata's airport on Monday.", 'misrata contested contested 2011-03-28 day'],
    ["Gaddafi's forces control parts of Misrata.", 'misrata contested contested 2011-03-30 approximate'],
    // Shelling a part still shells the side inside.
    ["Gaddafi's forces shelled Misrata's port on Monday.", 'misrata rebel attacked 2011-03-28 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: a street named after a town', () => {
  it('gives the town nothing, wherever the street is', () => {
    // Misrata's Tripoli Street was fought over for weeks in April 2011; Tripoli was not.
    for (const sentence of [
      'Rebels held Tripoli Street in Misrata on Monday.',
      "Gaddafi's tanks rolled down Tripoli Street on Sunday, residents said.",
    ]) {
      expect(briefs(sentence).filter((b) => b.startsWith('tripoli '))).toEqual([]);
    }
  });
});

describe('suggest: more names the press gives the sides', () => {
  it.each([
    ["The colonel's forces retook Brega on Tuesday.", 'brega government retook 2011-03-29 day'],
    ["The Libyan leader's troops retook Brega on Tuesday.", 'brega government retook 2011-03-29 day'],
    ['Pro-regime forces retook Brega on Tuesday.', 'brega government retook 2011-03-29 day'],
    ['Government-backed militias retook Brega on Tuesday.', 'brega government retook 2011-03-29 day'],
    ['Soldiers loyal to the regime retook Brega on Tuesday.', 'brega government retook 2011-03-29 day'],
    ['Libyan troops retook Brega on Tuesday.', 'brega government retook 2011-03-29 day'],
    ['Saif al-Islam said the army had retaken Brega on Tuesday.', 'brega government retook 2011-03-29 day'],
    ['Anti-government fighters retook Brega on Tuesday.', 'brega rebel retook 2011-03-29 day'],
    ['The National Liberation Army retook Brega on Tuesday.', 'brega rebel retook 2011-03-29 day'],
    // A rebel leader's men are rebels, and the rebel army is the rebels'.
    ["The rebel leader's forces retook Brega on Tuesday.", 'brega rebel retook 2011-03-29 day'],
    ['The rebel army retook Brega on Tuesday.', 'brega rebel retook 2011-03-29 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: a place that is not the object of the verb', () => {
  it.each([
    // The gerund's object, not the verb's.
    ['Rebels hold out hope of taking Sirte.'],
    ['Rebels held hopes of reaching Tripoli.'],
    ['Rebels gave up on taking Sirte.'],
    ['Rebels abandoned hope of taking Sirte.'],
    // A place that qualifies a person or a body.
    ["Gaddafi's forces captured the son of a Benghazi commander on Monday."],
    ['Rebels held a meeting of Benghazi tribal leaders on Monday.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it.each([
    ["Gaddafi's forces shelled Misrata residents on Monday.", 'misrata rebel attacked 2011-03-28 day'],
    ['Rebels captured the neighbouring town of Brega on Monday.', 'brega rebel captured 2011-03-28 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: the news day, a "since" clause and an advance undone', () => {
  it('a headline with no day of its own takes the latest day the opening names, not the first', () => {
    const text = [
      'Rebels regain Brega',
      'The rebels were driven out of the town on Tuesday, but pushed back in on Thursday, according to witnesses.',
    ].join('\n\n');
    // "The town" of the first paragraph is the headline's Brega, and its loss on Tuesday a claim of its own.
    expect(briefs(text, '2011-04-01')).toEqual(['brega rebel retook 2011-03-31 day', 'brega government withdrew 2011-03-29 day']);
  });

  it('a day in a "since" clause dates when the span began, not the event', () => {
    expect(briefs('Rebels have held Brega since the uprising began in mid-February.')).toEqual(['brega rebel held 2011-03-30 approximate']);
    expect(briefs('Fighting has raged in Brega since the uprising began in mid-February.')).toEqual([
      'brega contested contested 2011-03-30 approximate',
    ]);
  });

  it('the event a "since" clause tells keeps the day the clause gives it', () => {
    const sentence = 'Shops reopened in Ajdabiya on Tuesday for the first time since government forces were driven out of the city on March 26.';
    expect(briefs(sentence)).toEqual(['ajdabiya rebel withdrew 2011-03-26 day']);
  });

  it('an advance the sentence says was pushed back, by "they", is no state of now', () => {
    expect(briefs('Rebels advanced as far as Bin Jawad, but they were later pushed back by government troops.')).toEqual([]);
  });
});

describe('suggest: fighting as a noun, and a side driven back', () => {
  it('"a day of fighting around" a town is fighting there, not a gerund looked toward', () => {
    expect(briefs('There was a day of fighting around Ajdabiya on Sunday.')).toEqual(['ajdabiya contested contested 2011-03-27 day']);
  });

  it('the side pushed back to a town is there', () => {
    expect(briefs("Rebels pushed Gadhafi's troops back to Brega on Sunday.")).toEqual(['brega government held 2011-03-27 day']);
  });
});

describe('suggest: "the town" for the one place just named', () => {
  it.each([
    ['Rebels entered Brega on Friday and took control of the town.', ['brega rebel entered 2011-03-25 day', 'brega rebel captured 2011-03-25 day']],
    ['Rebels took the town of Brega on Monday. Gaddafi\'s forces shelled the town on Tuesday.', ['brega rebel captured 2011-03-28 day', 'brega rebel attacked 2011-03-29 day']],
    ['A rebel commander in Ajdabiya said his men controlled the town on Tuesday.', ['ajdabiya rebel held 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('two places it could be: none', () => {
    expect(briefs("Rebels fled Brega for Ajdabiya on Tuesday. Gaddafi's forces entered the town.")).toEqual([
      'brega government withdrew 2011-03-29 day',
    ]);
  });

  it.each([
    // Another settlement, a name the gazetteer lacks, or a place that is only where someone is from.
    ["Rebels left Brega for a nearby village on Monday. Gaddafi's forces shelled the town."],
    ['Rebels reached Nalut on Monday after leaving Zintan. Government troops shelled the town.'],
    ["A fighter from Benghazi said Gaddafi's forces had entered the town on Monday."],
    // Nothing named before it.
    ['The rebels were driven out of the town on Wednesday.'],
  ])('no claim: %s', (text) => {
    expect(briefs(text)).toEqual([]);
  });
});

describe('suggest: "this town" in the paragraph a dateline opens is the dateline\'s place', () => {
  it.each([
    ["BREGA, Libya — Gaddafi's forces drove rebels from this oil town on Thursday."],
    // After a headline and a byline, as a saved page has them.
    ["Rebels routed\n\nBy A Reporter\n\nBREGA, Libya — Gaddafi's forces drove rebels from this oil town on Thursday."],
  ])('%s', (text) => {
    expect(briefs(text, '2011-04-01')).toEqual(['brega government captured 2011-03-31 day']);
  });

  it.each([
    // No dateline: "this town" names nothing.
    ["Gaddafi's forces drove rebels from this oil town on Thursday."],
    // A later paragraph may be about another place.
    ["BREGA, Libya — Rebels regrouped on Wednesday.\n\nGaddafi's forces drove rebels from this oil town on Thursday."],
  ])('no claim: %s', (text) => {
    expect(briefs(text, '2011-04-01')).toEqual([]);
  });
});

describe('suggest: "the port" alone is a harbour, "the oil port" the town', () => {
  it('rebels holding the port of a city named before hold only its harbour', () => {
    expect(briefs('Ships reached Misrata on Monday. Rebels held the port on Tuesday.')).toEqual([]);
  });

  it('"the oil port" is the oil town', () => {
    expect(briefs("Rebels reached Brega on Monday. Gaddafi's forces shelled the oil port on Tuesday.")).toEqual([
      'brega rebel entered 2011-03-28 day',
      'brega rebel attacked 2011-03-29 day',
    ]);
  });
});

describe('suggest: the speaker named, then described', () => {
  it('"we" of a speaker described after the name ("said Ahmed, a rebel fighter") are the rebels', () => {
    expect(briefs('"We are still in Brega," said Ahmed, a rebel fighter, on Tuesday.')).toEqual(['brega rebel held 2011-03-29 day']);
  });

  it('a report the sentence says was disputed claims nothing', () => {
    expect(briefs('Government officials said the army was in control of Brega, but rebels disputed that.')).toEqual([]);
  });
});

describe('suggest: a dateline is no antecedent', () => {
  it('"the oil town" after a dateline is not the town the reporter files from', () => {
    expect(briefs('BENGHAZI, Libya, March 29 (Reuters) - Rebels said on Tuesday they had retaken the oil town after a day of fighting.')).toEqual([]);
  });
});

describe('suggest: more ways a side is in a town', () => {
  it.each([
    ['Rebels fought their way back into Ajdabiya on Saturday.', 'ajdabiya rebel entered 2011-03-26 day'],
    ['Rebels raced into Bin Jawad on Sunday.', 'bin_jawad rebel entered 2011-03-27 day'],
    ["Gaddafi's forces took up positions in Brega on Wednesday.", 'brega government held 2011-03-30 day'],
    ['Rebels manned checkpoints in Ajdabiya on Saturday.', 'ajdabiya rebel held 2011-03-26 day'],
    ['Rebels patrolled the streets of Ajdabiya on Saturday.', 'ajdabiya rebel held 2011-03-26 day'],
    // A flag over a town: the rebels' tricolour, Gaddafi's green.
    ['The rebel flag was raised over Brega on Friday.', 'brega rebel held 2011-03-25 day'],
    ['Green flags flew over Bin Jawad on Tuesday.', 'bin_jawad government held 2011-03-29 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: a reference point, and a hold that had ended', () => {
  it('what follows a place named only to say where another is tells of that other', () => {
    expect(briefs('Fighting was reported in Zintan, a mountain town southwest of Tripoli held by the rebels.')).toEqual([
      'zintan contested contested 2011-03-30 approximate',
    ]);
  });

  it('a hold told in the past perfect, with no day of its own, is no state of the day the story tells', () => {
    expect(briefs("Rebels retook Ajdabiya on Saturday. Gaddafi's forces had held Ajdabiya for a week.")).toEqual([
      'ajdabiya rebel retook 2011-03-26 day',
    ]);
  });

  it('with its own day it keeps it', () => {
    expect(briefs("Gaddafi's forces had held Ajdabiya on Monday.")).toEqual(['ajdabiya government held 2011-03-28 day']);
  });
});

describe('suggest: explosions that are no fight for the ground', () => {
  it.each([
    ['Explosions were heard in Tripoli on Monday night as coalition jets struck.'],
    ['NATO bombing in Tripoli killed several civilians, the government said.'],
    ['Celebratory gunfire rang out in Benghazi on Saturday.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it('shells that fall on a town are still a fight for it', () => {
    expect(briefs('Shells fell on Ajdabiya on Monday, wounding two people.')).toEqual(['ajdabiya contested attacked 2011-03-28 day']);
  });
});

describe('suggest: held once, held now', () => {
  it.each([
    ['The once rebel-held town of Zawiya is now quiet.'],
    ['The formerly rebel-held town of Zawiya was quiet on Monday.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it('"is the last rebel-held city" says it is held', () => {
    expect(briefs('Misrata is the last rebel-held city in western Libya.')).toEqual(['misrata rebel held 2011-03-30 approximate']);
  });
});

describe('suggest: a town named by the side that holds it', () => {
  it.each([
    ['Shells fell on the rebel city of Misrata on Monday.', 'misrata rebel held 2011-03-28 day'],
    ['Rebels advanced toward the loyalist town of Sirte on Monday.', 'sirte government held 2011-03-28 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: the uprising\'s early days are history on no day', () => {
  it.each([
    ['Rebels seized Ras Lanuf at the start of the uprising.'],
    ['Rebels took Ras Lanuf in the early days of the revolt.'],
    ['Rebels took Ras Lanuf when the uprising began.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence, '2011-04-05')).toEqual([]);
  });

  it('a state held since then is a state now', () => {
    expect(briefs('Rebels have held Benghazi since the start of the uprising.')).toEqual(['benghazi rebel held 2011-03-30 approximate']);
  });
});

describe('suggest: parts of a month, a month ago, and what came before something else', () => {
  it.each([
    ['Rebels took Ras Lanuf at the end of February.', 'ras_lanuf rebel captured 2011-02-21..2011-02-28 range'],
    ['Rebels took Ras Lanuf in the first week of March.', 'ras_lanuf rebel captured 2011-03-01..2011-03-07 range'],
    ['Rebels took Ras Lanuf a month ago.', 'ras_lanuf rebel captured 2011-02-28 approximate'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it.each([
    ['Rebels took Ras Lanuf earlier in the month.'],
    ['Rebels took Ras Lanuf before NATO intervened.'],
    ['Rebels held Brega before they were driven out.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it('one act before the next tells the same day', () => {
    expect(briefs("On Tuesday the rebels fled Bin Jawad. Gaddafi's forces retook Ras Lanuf before pushing on toward Brega.")).toEqual([
      'bin_jawad government withdrew 2011-03-29 day',
      'ras_lanuf government retook 2011-03-29 day',
    ]);
  });
});

describe('suggest: a subject set apart by one aside', () => {
  it.each([
    ['The rebels, outgunned by Gaddafi\'s forces, abandoned Brega on Wednesday.', 'brega government withdrew 2011-03-30 day'],
    ['Forces loyal to Col. Muammar el-Qaddafi, using tanks and rockets, drove them from Bin Jawad on Tuesday.', 'bin_jawad government captured 2011-03-29 day'],
    ["Gaddafi's forces, rebels said, retook Brega on Tuesday.", 'brega government retook 2011-03-29 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });

  it('a clause is no speaker ("rebels had taken Bin Jawad and said")', () => {
    expect(suggestIn('On Sunday, rebels had taken Bin Jawad and said they would reach Sirte within days.').map((c) => c.claimant)).toEqual([
      'reporter (The Test Times)',
    ]);
  });
});

describe('suggest: the speaker after a conjunction', () => {
  it('", where doctors said" is said by doctors', () => {
    expect(suggestIn("Gaddafi's forces shelled Misrata on Tuesday, where doctors said 18 people were killed.").map((c) => c.claimant)).toEqual([
      'doctors',
    ]);
  });

  it('a speaker of another statement joined on later, with what they said after their verb, did not say what came before', () => {
    const claimants = (text: string): string[] => suggestIn(text).map((c) => `${c.place} ${c.claimant}`);
    expect(claimants('Forces loyal to Muammar Gaddafi pounded Misrata with rockets on Monday, while in the east rebels said they had beaten back an attack on Ajdabiya.')).toEqual([
      'misrata reporter (The Test Times)',
      'ajdabiya rebels',
    ]);
    expect(claimants("Gaddafi's forces took Brega on Tuesday, rebels said on Wednesday.")).toEqual(['brega rebels']);
    expect(claimants("Gaddafi's forces took Brega on Tuesday, and a rebel spokesman said the town would be retaken.")).toEqual(['brega reporter (The Test Times)']);
    // Of two speakers before a claim, the nearer.
    expect(claimants("Rebels said on Tuesday they had entered Brega, but a government spokesman said Ras Lanuf remained under the army's control.")).toEqual([
      'brega Rebels', 'ras_lanuf a government spokesman',
    ]);
  });
});

describe('suggest: more passives of losing and taking', () => {
  it.each([
    ["Brega was lost to Gaddafi's forces on Tuesday.", 'brega government captured 2011-03-29 day'],
    ['Brega was handed back to the rebels on Tuesday.', 'brega rebel captured 2011-03-29 day'],
    ['Ras Lanuf was abandoned by rebels on Tuesday.', 'ras_lanuf government withdrew 2011-03-29 day'],
    ["Ajdabiya was freed from Gaddafi's forces on Saturday.", 'ajdabiya rebel withdrew 2011-03-26 day'],
    ['Brega slipped from rebel control on Tuesday.', 'brega government withdrew 2011-03-29 day'],
    ['Rebels were ousted from Brega on Tuesday.', 'brega government withdrew 2011-03-29 day'],
    ['Rebels freed Ajdabiya on Saturday.', 'ajdabiya rebel captured 2011-03-26 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: heading somewhere is no attack on it', () => {
  it.each([
    // Retreating sides head for their own towns.
    ['Fleeing rebels headed for Benghazi on Tuesday.'],
    ['Rebels drove toward Ajdabiya in pick-up trucks on Tuesday.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it('"moved on to" a town reaches it; it does not also attack it', () => {
    expect(briefs('Rebels moved on to Brega on Monday.')).toEqual(['brega rebel advanced 2011-03-28 day']);
  });

  it('an advance toward a town still attacks it', () => {
    expect(briefs('Rebels pressed toward Sirte on Monday.')).toEqual(['sirte government attacked 2011-03-28 day']);
  });
});

describe('suggest: fighting still to come, feared, none or over', () => {
  it.each([
    ['The battle for Tripoli will be decisive.'],
    ['Any fighting in Tripoli would be devastating.'],
    ['Residents fear fighting in Benghazi.'],
    ['There has been no fighting in Tripoli.'],
    ['Fighting in Ajdabiya has stopped.'],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it('fighting that ended on a day was fighting that day', () => {
    expect(briefs('The clashes in Zawiya ended on March 10.')).toEqual(['zawiya contested contested 2011-03-10 day']);
  });
});

describe('suggest: rules of this round that must not reach too far', () => {
  it('air strikes named in another stretch of the sentence leave rockets on a town a fight for it', () => {
    expect(briefs('On Monday rockets struck Brega and the convoy went on to Ajdabiya, which the rebels had taken with the help of allied air strikes.')).toEqual([
      'brega contested attacked 2011-03-28 day',
    ]);
  });

  it('"move on to" a town, as an aim, says the other side holds it', () => {
    expect(briefs('Rebels had planned to take Sirte and then move on to Tripoli.')).toEqual([
      'sirte government held 2011-03-30 approximate',
      'tripoli government held 2011-03-30 approximate',
    ]);
  });

  it('"fled before government shelling" is fleeing in the face of it: the place fled is still left', () => {
    expect(briefs('The rebels fled before government shelling from Brega on Tuesday.')).toEqual(['brega government withdrew 2011-03-29 day']);
  });
});

describe('suggest: "the city centre" is a part of the city', () => {
  it('a side leaving the city centre says nothing of the city', () => {
    expect(briefs('In Misrata, rebels said government forces had pulled back from the city centre on Sunday.')).toEqual([]);
  });
});

describe('suggest: headline passives without "were"', () => {
  it.each([
    // Pushed back from a town may be out of it or off its approaches: fought over, no more.
    ['Rebels pushed back from Brega on Monday', 'brega contested contested 2011-03-28 day'],
    ['Rebels driven out of Ras Lanuf on Tuesday as Gaddafi forces advance', 'ras_lanuf government withdrew 2011-03-29 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: a change of hands named by a noun', () => {
  it.each([
    ['The recapture of Brega by government forces on Wednesday was a blow.', 'brega government retook 2011-03-30 day'],
    ['The capture of Ajdabiya by rebels on Saturday opened the road west.', 'ajdabiya rebel captured 2011-03-26 day'],
    ["The rebels' loss of Brega on Wednesday was a blow.", 'brega government withdrew 2011-03-30 day'],
    ['The loss of Brega on Wednesday was a setback for the rebels.', 'brega government withdrew 2011-03-30 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: a change of hands feared, and the subject of a modal', () => {
  it.each([
    ['Rebels fear the loss of Benghazi.'],
    ["Rebels warned of the capture of Benghazi by Gaddafi's forces."],
  ])('no claim: %s', (sentence) => {
    expect(briefs(sentence)).toEqual([]);
  });

  it('the actor right before "would take" is its subject, not the one who feared it', () => {
    expect(briefs("Rebels feared that Gaddafi's forces would take Benghazi.")).toEqual(['benghazi rebel held 2011-03-30 approximate']);
  });
});

describe('suggest: the subject of "after retaking", and a town described whatever the clause aims at', () => {
  it('"after retaking" belongs to the subject of the clause it hangs on, not the last side named', () => {
    expect(briefs("Forces loyal to Gaddafi pushed to Ajdabiya, the gateway to the rebel stronghold of Benghazi, after retaking Brega on Tuesday.")).toEqual([
      'ajdabiya government advanced 2011-03-29 day',
      'benghazi rebel held 2011-03-30 approximate',
      'brega government retook 2011-03-29 day',
    ]);
  });
});

describe('suggest: fighting between the sides, in a place', () => {
  it.each([
    ["Clashes between rebels and Gaddafi's forces in Brega continued on Monday.", 'brega contested contested 2011-03-28 day'],
    ["Rebels fought Gaddafi's troops in Ajdabiya on Monday.", 'ajdabiya contested contested 2011-03-28 day'],
    ["Rebels clashed with Gaddafi's forces in Brega on Monday.", 'brega contested contested 2011-03-28 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: a side struck in a place is in it', () => {
  it.each([
    ["Gaddafi's forces pounded rebel positions in Brega on Monday.", 'brega rebel attacked 2011-03-28 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: the past perfect ends a hold, not an arrival', () => {
  it('"had pushed Gadhafi\'s troops back to Brega" still puts them there', () => {
    expect(briefs("Rebels said they had pushed Gadhafi's troops back to Brega.")).toEqual(['brega government held 2011-03-30 approximate']);
  });
});

describe('suggest: a fight told in the past perfect, with no day of its own', () => {
  it('is no contest now', () => {
    expect(briefs('A rebel from Derna said he had fought in Brega.')).toEqual([]);
  });

  it('with its own day it keeps it', () => {
    expect(briefs('Rebels said they had fought in Brega on Monday.')).toEqual(['brega contested contested 2011-03-28 day']);
  });
});

describe('suggest: asides in dashes and brackets', () => {
  it.each([
    ["Gaddafi's forces — backed by tanks — retook Ras Lanuf on Tuesday.", 'ras_lanuf government retook 2011-03-29 day'],
    ["Brega — a key oil port — fell to Gaddafi's forces on Wednesday.", 'brega government captured 2011-03-30 day'],
    // A side named inside the aside is not the subject.
    ["Gaddafi's forces (and mercenaries, rebels said) retook Ras Lanuf on Tuesday.", 'ras_lanuf government retook 2011-03-29 day'],
    // An event inside the aside keeps its own subject and day.
    ['Rebels — who had taken Brega on Friday — fled on Monday.', 'brega rebel captured 2011-03-25 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: "continued to" happened', () => {
  it.each([
    ["Gaddafi's forces continued to shell Misrata on Monday.", 'misrata rebel attacked 2011-03-28 day'],
    ['Rebels continued to hold Brega on Tuesday.', 'brega rebel held 2011-03-29 day'],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual([expected]);
  });
});

describe('suggest: "used X to" happened', () => {
  it('"used rockets to drive rebels out of" drove them out', () => {
    expect(briefs("Gaddafi's forces used rockets to drive rebels out of Brega on Wednesday.")).toEqual(['brega government captured 2011-03-30 day']);
  });

  it('an aim to use them is still an aim', () => {
    expect(briefs("Gaddafi's forces plan to use tanks to retake Brega.")).toEqual(['brega rebel held 2011-03-30 approximate']);
  });
});

describe('suggest: places listed before the verb, states told with "is", and spans told with "until"', () => {
  it.each([
    ['Brega and Ras Lanuf fell to government forces on Wednesday.', ['brega government captured 2011-03-30 day', 'ras_lanuf government captured 2011-03-30 day']],
    ['By Wednesday, Bin Jawad, Ras Lanuf and Brega had been retaken by government forces.', [
      'bin_jawad government retook 2011-03-30 day', 'ras_lanuf government retook 2011-03-30 day', 'brega government retook 2011-03-30 day',
    ]],
    // Brega is the object of another verb, not one of the places that fell.
    ['Rebels fled Brega and Ras Lanuf fell to government forces on Wednesday.', ['brega government withdrew 2011-03-30 day', 'ras_lanuf government captured 2011-03-30 day']],
    ['Misrata is the only city in western Libya still held by rebels.', ['misrata rebel held 2011-03-30 approximate']],
    ["Sirte, Gaddafi's birthplace, remains a government stronghold.", ['sirte government held 2011-03-30 approximate']],
    ['Misrata remains a key rebel stronghold.', ['misrata rebel held 2011-03-30 approximate']],
    // Held until a day that may have seen it lost: held the day before, surely.
    ['Rebels held Brega until Tuesday.', ['brega rebel held 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each([
    // No longer, perhaps: a state in the past tense with no day is no state of now.
    ['Brega was a rebel stronghold.'],
    // Ended some time last week: no day it surely covered.
    ['Brega was in rebel hands until last week.'],
    ['Residents of Brega and Ras Lanuf said government forces shelled the towns.'],
  ])('no claim: %s', (text) => {
    expect(briefs(text)).toEqual([]);
  });
});

describe('suggest: driven back, a town itself, a front, and whose day and object a second verb has', () => {
  it.each([
    ['Rebels drove government troops from Ajdabiya on Saturday.', ['ajdabiya rebel captured 2011-03-26 day']],
    ['Rebels attacked Brega on Friday, but the town itself remained in government hands.', ['brega government attacked 2011-03-25 day', 'brega government held 2011-03-25 day']],
    ['Rebels entered Brega on Friday and took the town itself on Saturday.', ['brega rebel entered 2011-03-25 day', 'brega rebel captured 2011-03-26 day']],
    // Ras Lanuf is the object of "took", not a second place shelled.
    ['On Friday rebels shelled Brega and then took the town of Ras Lanuf.', ['brega government attacked 2011-03-25 day', 'ras_lanuf rebel captured 2011-03-25 day']],
    ['In Misrata, the only major city in western Libya still in rebel hands, a doctor said 30 people had died.', ['misrata rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('forces pushed back from a city they never held (Benghazi, 19 March 2011) fought for it, and took nothing', () => {
    expect(briefs("Air strikes helped rebels push Gaddafi's forces back from Benghazi on Saturday.")).toEqual(['benghazi contested contested 2011-03-26 day']);
  });

  it('no claim: the front near Brega, not the town', () => {
    expect(briefs('Rebels hold the Brega front.')).toEqual([]);
  });
});

describe('suggest: a town named as the stronghold of "the opposition"', () => {
  it.each([
    ["Ajdabiya is the gateway to the opposition's stronghold of Benghazi."],
    ['Benghazi, the opposition stronghold, was calm.'],
  ])('%s', (text) => {
    expect(briefs(text)).toEqual(['benghazi rebel held 2011-03-30 approximate']);
  });
});

describe('suggest: a date in a form not read gives the event no other day', () => {
  it.each([
    ['Government forces took Zawiya on 10/03/2011.'],
    ['Rebels retook Ajdabiya on Sat.'],
  ])('no claim: %s', (text) => {
    expect(briefs(text)).toEqual([]);
  });

  it('an event with no date words at all still takes the day of writing, as less sure', () => {
    expect(briefs('Rebels retook Ajdabiya.')).toEqual(['ajdabiya rebel retook 2011-03-30 approximate']);
  });
});

describe('suggest: falling back, falling into hands, and an aside that names a side', () => {
  it.each([
    ['The town of Bin Jawad, which the rebels seized on Sunday, fell back into government hands on Tuesday.', ['bin_jawad government held 2011-03-29 day', 'bin_jawad rebel captured 2011-03-27 day']],
    ['Brega fell into rebel hands on Friday.', ['brega rebel captured 2011-03-25 day']],
    ['Rebels fell back from Bin Jawad on Tuesday.', ['bin_jawad government withdrew 2011-03-29 day']],
    ['Brega, rebels said, fell to government forces on Wednesday.', ['brega government captured 2011-03-30 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: whose men, and whose day a relative clause gives', () => {
  it('"his men" in what a rebel commander tells are the rebels, though Gaddafi was named before', () => {
    expect(briefs("Gaddafi's forces have retaken Bin Jawad. A rebel commander tells Reuters that his men still hold Ras Lanuf.")).toEqual([
      'bin_jawad government retook 2011-03-30 approximate',
      'ras_lanuf rebel held 2011-03-30 approximate',
    ]);
  });

  it('the day of "which the rebels entered only on Sunday" is the entry\'s, not the retaking\'s', () => {
    expect(briefs("Gaddafi's forces have retaken Bin Jawad, which the rebels entered only on Sunday.")).toEqual([
      'bin_jawad rebel entered 2011-03-27 day',
      'bin_jawad government retook 2011-03-30 approximate',
    ]);
  });
});

describe('suggest: asides that say who holds a town, and a town held by neither', () => {
  it.each([
    ['In Misurata, the last major rebel outpost in western Libya, residents reported snipers.', ['misrata rebel held 2011-03-30 approximate']],
    ['Misrata, the last rebel holdout in the west, was shelled on Tuesday.', ['misrata rebel held 2011-03-29 day']],
    ['Misrata, a rebel enclave, was quiet.', ['misrata rebel held 2011-03-30 approximate']],
    ['Ajdabiya, firmly in rebel hands, was quiet.', ['ajdabiya rebel held 2011-03-30 approximate']],
    ['Misrata, still in the hands of rebels, was calm.', ['misrata rebel held 2011-03-30 approximate']],
    ['Sirte, still under government control, was quiet.', ['sirte government held 2011-03-30 approximate']],
    ["Brega remained a no-man's land on Tuesday.", ['brega contested contested 2011-03-29 day']],
    // How often a town changed hands says who held it on no day; a change of its own day is fought over that day.
    ['Brega, a sprawling oil complex, has changed hands at least five times.', []],
    ['Brega has changed hands several times since early March.', []],
    ['Brega changed hands again on Sunday.', ['brega contested contested 2011-03-27 day']],
    ['Neither side made headway toward Brega, which government forces have held since Friday.', ['brega government held 2011-03-25 day', 'brega government held 2011-03-30 approximate']],
    // Held once, in a span, says nothing of any one day of it.
    ['Ras Lanuf, which rebels held in March, remains in government hands.', ['ras_lanuf government held 2011-03-30 approximate']],
    // A front line near a town runs by it; a part of a town named after it is a part ("Misrata port").
    ['In the east, the front line remained near Ajdabiya on Tuesday.', []],
    ['The front line moved to Brega on Tuesday.', ['brega contested contested 2011-03-29 day']],
    // Fighting "near" or "outside" a town is fought by it, not in it.
    ['Rebels fought to hold their lines outside the oil town of Brega on Tuesday.', []],
    ["Rebels exchanged fire with Gadhafi's forces near Brega on Tuesday.", []],
    ['Fighting raged around Ajdabiya on Tuesday.', ['ajdabiya contested contested 2011-03-29 day']],
    ['Libyan rebels say they control Misrata port.', ['misrata contested contested 2011-03-30 approximate']],
    ['Government forces shelled Misrata port on Tuesday.', ['misrata rebel attacked 2011-03-29 day']],
    // A part named after its town, struck in the passive: the side inside is struck.
    ['Misrata’s port was shelled by government forces on Tuesday.', ['misrata rebel attacked 2011-03-29 day']],
    ["Ajdabiya's eastern districts were shelled by Gaddafi's forces on Monday.", ['ajdabiya rebel attacked 2011-03-28 day']],
    // "The besieged city" is besieged, by no one the sentence names.
    ['Rebels in the besieged Libyan city of Misrata said on Tuesday they had driven Gaddafi\'s forces from the port.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: what is said or seems to be so, and what would have been', () => {
  it.each([
    ['Rebels claimed to have taken Brega on Tuesday.', ['brega rebel captured 2011-03-29 day']],
    ['Rebels were reported to have captured Ras Lanuf on Monday.', ['ras_lanuf rebel captured 2011-03-28 day']],
    ['Rebels are said to have taken Brega.', ['brega rebel captured 2011-03-30 approximate']],
    ['Rebels claimed to control Brega on Tuesday.', ['brega rebel held 2011-03-29 day']],
    ['Rebels are believed to control Brega.', ['brega rebel held 2011-03-30 approximate']],
    ['Brega appeared to be in rebel hands on Tuesday.', ['brega rebel held 2011-03-29 day']],
    ['Sirte seems to be firmly under government control.', ['sirte government held 2011-03-30 approximate']],
    // An infinitive that is no report of a state, and what would have been.
    ['Rebels said to retake Brega would take weeks.', []],
    ['Had the rebels taken Sirte, the war would be over.', []],
    ["Had Gaddafi's forces not been stopped, they would have taken Benghazi.", []],
    ['Government forces claimed to have retaken Ajdabiya, but rebels denied it.', []],
    // A rumour is no claim; a claim no one could check is one, with a lower confidence.
    ['Unconfirmed reports said rebels had taken Sirte.', []],
    // Unrest in a town, not a fight over who holds it.
    ['Security forces clashed with protesters in Tripoli on Friday.', []],
    ['Gunfire was heard in Misrata after Friday prayers.', []],
    ['Heavy fighting broke out in Misrata on Friday.', ['misrata contested contested 2011-03-25 day']],
    // A siege ended or broken is no attack that day.
    ['Government forces ended their siege of Misrata on Saturday.', []],
    ['Rebels broke the siege of Misrata on Saturday.', []],
    ['Rebels took Brega on Tuesday, though the claim could not be verified.', ['brega rebel captured 2011-03-29 day']],
    // "Their forces" are the side of the ones who said it; "our forces", the speaker's.
    ['Rebels said their forces had retaken Ajdabiya.', ['ajdabiya rebel retook 2011-03-30 approximate']],
    ['"Our forces retook Brega," a rebel spokesman said.', ['brega rebel retook 2011-03-30 approximate']],
    ['"Our men are in Brega," said a government spokesman.', ['brega government held 2011-03-30 approximate']],
    // "Their" with no one named before: the ones quoted; residents have no side.
    ['Brega is now in their hands, rebels say.', ['brega rebel held 2011-03-30 approximate']],
    ['Brega is now in their hands, residents say.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: re-entering, seizing back, a withdrawal named by a noun, an attack beaten back', () => {
  it.each([
    ['Rebels re-entered Ajdabiya on Saturday after NATO strikes.', ['ajdabiya rebel entered 2011-03-26 day']],
    ['Rebels seized back Brega on Thursday.', ['brega rebel retook 2011-03-24 day']],
    // The Arabic article hyphened to a name the gazetteer spells without it.
    ['Opposition fighters took al-Brega and Ras Lanouf on Sunday.', ['brega rebel captured 2011-03-27 day', 'ras_lanuf rebel captured 2011-03-27 day']],
    ['Government forces shelled el-Brega on Sunday.', ['brega rebel attacked 2011-03-27 day']],
    // An aside that places the town by another: the other is only where it is.
    ["Ajdabiya, 160 km south of Benghazi, fell to Gaddafi's forces on Tuesday.", ['ajdabiya government captured 2011-03-29 day']],
    ['Brega, about 80 km west of Ajdabiya, was retaken by government troops on Thursday.', ['brega government retook 2011-03-24 day']],
    ['Zawiya, west of the capital, which government forces retook on March 10, was quiet.', ['zawiya government retook 2011-03-10 day']],
    ['Rebels made a tactical withdrawal from Brega on Thursday.', ['brega government withdrew 2011-03-24 day']],
    ['Rebels fell back on Ajdabiya on Monday.', ['ajdabiya rebel held 2011-03-28 day']],
    ['Rebels claimed control of Brega on Sunday.', ['brega rebel captured 2011-03-27 day']],
    // Back in control is a hold, not an entry.
    ["Gaddafi's men were back in control of Bin Jawad.", ['bin_jawad government held 2011-03-30 approximate']],
    ["The rebels' retreat from Brega on Thursday was chaotic.", ['brega government withdrew 2011-03-24 day']],
    // Repelled from a town: its attackers never held it; the side inside did.
    ["Gaddafi's forces were repelled from Ajdabiya on Saturday.", ['ajdabiya rebel attacked 2011-03-26 day']],
    ['Rebels were beaten back at Brega on Thursday.', ['brega government attacked 2011-03-24 day']],
    // An actor after "of" is a noun's, no infinitive's subject; words between "the" and an actor after "to" or "by".
    ['A column of government tanks moved into Bin Jawad on Tuesday.', ['bin_jawad government entered 2011-03-29 day']],
    ['Hundreds of rebel fighters entered Brega on Sunday.', ['brega rebel entered 2011-03-27 day']],
    ['Ras Lanuf fell to the advancing loyalists on Wednesday.', ['ras_lanuf government captured 2011-03-30 day']],
    ['Government troops launched a counter-attack on Brega on Tuesday.', ['brega rebel attacked 2011-03-29 day']],
    // A headline's "Qaddafi Forces", and "as" before an actor opening a clause of its own.
    ['Rebels Regroup in Ajdabiya as Qaddafi Forces Hold Brega', ['ajdabiya rebel held 2011-03-30 approximate', 'brega government held 2011-03-30 approximate']],
    // A headline's single scare quotes read through, as double ones do; a plural possessive opens none.
    ["Libya: Gaddafi forces 'retake Brega'", ['brega government retook 2011-03-30 approximate']],
    ["Rebels 'in control' of Ajdabiya", ['ajdabiya rebel held 2011-03-30 approximate']],
    ['Gaddafi troops ‘enter Misrata’', ['misrata government entered 2011-03-30 approximate']],
    ['Rebels flee Brega as Gaddafi forces advance', ['brega government withdrew 2011-03-30 approximate']],
    ['Gaddafi troops shelled Misrata on Monday.', ['misrata rebel attacked 2011-03-28 day']],
    ['The rebel fighters who streamed east out of Brega on Friday regrouped in Ajdabiya.', ['brega government withdrew 2011-03-25 day', 'ajdabiya rebel held 2011-03-25 day']],
    // A side's grip on a town: held, unless it is lost or loosened.
    ["The rebels' grip on Ajdabiya seemed secure.", ['ajdabiya rebel held 2011-03-30 approximate']],
    ["Gaddafi's forces tightened their grip on Zawiya.", ['zawiya government held 2011-03-30 approximate']],
    ['Rebels lost their grip on Brega on Friday.', ['brega government withdrew 2011-03-25 day']],
    ['Rebels loosened their grip on Brega.', []],
    // A town's fall or recapture named by a noun, its own possessive no part of it.
    ["Ras Lanuf's fall to Gaddafi's forces on Tuesday stunned the rebels.", ['ras_lanuf government captured 2011-03-29 day']],
    ["Brega's recapture by government forces came on Wednesday.", ['brega government retook 2011-03-30 day']],
    ['The fall of Ras Lanuf on Tuesday was a major setback for the rebels.', ['ras_lanuf government withdrew 2011-03-29 day']],
    ['The fall of Tripoli would end the war.', []],
    ['Over the weekend, rebels swept west through Brega and Ras Lanuf.', ['brega rebel captured 2011-03-26..2011-03-27 range', 'ras_lanuf rebel captured 2011-03-26..2011-03-27 range']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the day of an aside, and of a report', () => {
  it.each([
    ['Ras Lanuf and Bin Jawad, which rebels briefly held in March, remain firmly in government hands.', ['ras_lanuf government held 2011-03-30 approximate', 'bin_jawad government held 2011-03-30 approximate']],
    ['Misrata, which government forces shelled last week, remains in rebel hands.', ['misrata rebel held 2011-03-30 approximate']],
    // The main clause's verb after a relative clause is no verb of that clause.
    ['Misrata, which government forces shelled, remains in rebel hands.', ['misrata rebel held 2011-03-30 approximate']],
    ['Government troops moved up from Brega, the oil town they have held since last week, and shelled Ajdabiya.', ['ajdabiya rebel attacked 2011-03-30 approximate']],
    ['Loyalist troops left Zliten, a town they took on Sunday, and shelled Misrata on Tuesday.', ['misrata rebel attacked 2011-03-29 day']],
    // The aside tells the event itself: its day is the event's.
    ['Traffic was light in Misrata, a rebel-held city, on Tuesday.', ['misrata rebel held 2011-03-29 day']],
    // A timeline's day, its month cut without a stop.
    ['Feb 24 - Anti-government militias take control of Misrata.', ['misrata rebel captured 2011-02-24 day']],
    ['Rebels took Brega on Mar 27.', ['brega rebel captured 2011-03-27 day']],
    // "Two days earlier" counts from a day the sentence names, where the passage tells none; not from "by mid-afternoon".
    ['Rebels, who had taken Ras Lanuf two days earlier, fled on Tuesday.', ['ras_lanuf rebel captured 2011-03-27 approximate']],
    ['By mid-afternoon rockets struck Brega and the flight continued to Ajdabiya, a city the rebels had taken only three days before.', ['brega contested attacked 2011-03-30 day']],
    // A hold told in the past is the passage's day; in the present, the time of writing.
    ['Rebels entered Brega on Tuesday. They held the town.', ['brega rebel entered 2011-03-29 day', 'brega rebel held 2011-03-29 day']],
    ['Rebels entered Brega on Tuesday. They hold the town.', ['brega rebel entered 2011-03-29 day', 'brega rebel held 2011-03-30 approximate']],
    // The day of the report is not the day the event is told with after it.
    ['Rebels said on Monday they had retaken Ras Lanuf on Sunday.', ['ras_lanuf rebel retook 2011-03-27 day']],
    // Who reported it, in an aside, dates it by the report as "rebels said on Monday" does.
    ['Government troops have begun withdrawing from Misrata, a deputy foreign minister announced on Monday.', ['misrata rebel withdrew 2011-03-28 day']],
    ['Rebels took Brega, the spokesman said on Monday.', ['brega rebel captured 2011-03-28 day']],
    ['Brega, the town the rebels took on Sunday, is quiet.', ['brega rebel captured 2011-03-27 day']],
    // "Reported" in the passive opens no clause: the day after it is the fighting's.
    ['Loyalist troops recaptured Ras Lanuf on Monday and pressed on to Brega, where fighting was reported on Tuesday.', ['ras_lanuf government retook 2011-03-28 day', 'brega contested contested 2011-03-29 day', 'brega government advanced 2011-03-28 day']],
    // When a span began is not the day a passage tells, nor is a span a day to count "nightfall" or "dawn" from.
    ['Rebels said government troops had moved up from Brega, the oil town they have held since Monday, and opened fire on Ajdabiya. By nightfall, rebels still controlled most of Ajdabiya.', ['ajdabiya rebel attacked 2011-03-30 approximate', 'ajdabiya rebel held 2011-03-30 day']],
    ['Government forces shelled Ajdabiya last week. At dawn, rebels entered Brega.', ['ajdabiya rebel attacked 2011-03-21..2011-03-27 range', 'brega rebel entered 2011-03-30 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "the mountain town", "this strategic crossroads town"', () => {
  it('"the mountain town" is the one town named before', () => {
    expect(briefs('Rebels reached Zintan on Monday. Government forces shelled the mountain town on Tuesday.')).toEqual([
      'zintan rebel entered 2011-03-28 day',
      'zintan rebel attacked 2011-03-29 day',
    ]);
  });

  it('"this strategic crossroads town" in the paragraph a dateline opens is the dateline\'s', () => {
    expect(briefs('AJDABIYA, Libya — Forces loyal to Col. Muammar el-Qaddafi shelled this strategic crossroads town on Thursday, rebels said.', '2011-04-01')).toEqual([
      'ajdabiya rebel attacked 2011-03-31 day',
    ]);
  });
});

describe('suggest: a day that does not follow from its words is left out', () => {
  const claim = (date: string, resolvedFrom: string): Parameters<typeof followsFromWords>[0] => ({
    place: 'brega', side: 'rebel', event: 'held', date: date as Day, precision: 'day', quote: 'Rebels held Brega until Tuesday.',
    claimant: 'reporter', resolvedFrom, start: 0, end: 32, confidence: 1, why: '',
  });

  it('keeps a day its words give and drops one they do not, as the data would refuse it', () => {
    expect(followsFromWords(claim('2011-03-28', 'until Tuesday'), '2011-03-30' as Day)).toBe(true);
    expect(followsFromWords(claim('2011-03-28', 'Tuesday'), '2011-03-30' as Day)).toBe(false);
    expect(followsFromWords(claim('2011-03-28', 'until last week'), '2011-03-30' as Day)).toBe(false);
  });
});

describe('suggest: a side named with its place, a "where" aside, a relative hold in the present', () => {
  it.each([
    // The side in the place is the one struck, or the one that beat the attack back.
    ['Rebels in Zintan came under rocket fire on Tuesday.', ['zintan rebel attacked 2011-03-29 day']],
    ['Rebels in Zintan said they had come under fire from Grad rockets.', ['zintan rebel attacked 2011-03-30 approximate']],
    ["Zintan's rebels repelled an assault by government forces.", ['zintan rebel attacked 2011-03-30 approximate']],
    ['Government troops in Brega came under fire from rebels on Tuesday.', ['brega government attacked 2011-03-29 day']],
    // A "where" aside closed by its comma tells another day: the hold is now.
    ['Benghazi, where the revolt began on February 17, is the rebels\' capital.', ['benghazi rebel held 2011-03-30 approximate']],
    ['Benghazi, where the revolt began in February, remains in rebel hands.', ['benghazi rebel held 2011-03-30 approximate']],
    // "Who control" is a state of now; "who controlled" of some time.
    ['The rebels, who control Benghazi and much of eastern Libya, have formed a council.', ['benghazi rebel held 2011-03-30 approximate']],
    ["Gaddafi's forces, who still hold Sirte, shelled Misrata.", ['sirte government held 2011-03-30 approximate', 'misrata rebel attacked 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each([
    'Rebels in Ajdabiya were not attacked on Tuesday.',
    'Rebels in Ajdabiya feared they would come under attack.',
    'Rebels in Misrata said they had driven snipers from buildings.',
    'The rebels, who controlled Benghazi, formed a council.',
    'The rebels, who hope to control Sirte, formed a council.',
  ])('no claim: %s', (text) => {
    expect(briefs(text)).toEqual([]);
  });

  it('a "where" clause that ends the sentence still dates its fighting', () => {
    expect(briefs('Fierce clashes were reported in Misrata, where rebels said 38 civilians had been killed on Monday.')).toEqual([
      'misrata contested contested 2011-03-28 day',
    ]);
  });
});

describe('suggest: a town the speaker calls "ours", and troops based, stationed or entrenched in it', () => {
  it.each([
    ['"Misrata is ours," a rebel fighter said.', ['misrata rebel held 2011-03-30 approximate']],
    ['"Brega is now under our control," rebel spokesman Mustafa Gheriani said.', ['brega rebel held 2011-03-30 approximate']],
    ['"Brega is under our control," a government spokesman said.', ['brega government held 2011-03-30 approximate']],
    ['"Brega is in our hands," said Ahmed, a rebel commander.', ['brega rebel held 2011-03-30 approximate']],
    ['Rebels were entrenched in Ajdabiya on Monday.', ['ajdabiya rebel held 2011-03-28 day']],
    ['Rebels were based in Ajdabiya on Monday.', ['ajdabiya rebel held 2011-03-28 day']],
    ['Government troops were stationed in Brega.', ['brega government held 2011-03-30 approximate']],
    ["Qaddafi's forces were dug in at Brega on Monday.", ['brega government held 2011-03-28 day']],
    ['Loyalist troops remained entrenched in Sirte.', ['sirte government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('"ours" with no side said for the speaker is no claim', () => {
    expect(briefs('"Misrata is ours," he said.')).toEqual([]);
  });
});

describe('suggest: a timeline told in the present', () => {
  it.each([
    ['March 30 - Rebels pull out of Ras Lanuf and Brega.', ['ras_lanuf government withdrew 2011-03-30 day', 'brega government withdrew 2011-03-30 day']],
    ['March 29 - Rebels pull back from Ras Lanuf.', ['ras_lanuf government withdrew 2011-03-29 day']],
    ['March 29 - Rebels evacuate Ras Lanuf.', ['ras_lanuf government withdrew 2011-03-29 day']],
    ['March 29 - Rebels cede Ras Lanuf.', ['ras_lanuf government withdrew 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('no claim: what is evacuated from a town is not the town', () => {
    expect(briefs('Aid workers evacuate civilians from Misrata.')).toEqual([]);
  });
});

describe('suggest: a quotation over two sentences, attributed in the second', () => {
  it('"we" and "ours" are the side of the one the closing sentence names, and so is the claim', () => {
    const [ours] = suggestIn('"Ajdabiya is ours. They will never take it," said Ahmed al-Zwei, a 30-year-old rebel fighter.');
    expect(ours).toMatchObject({ place: 'ajdabiya', side: 'rebel', event: 'held', claimant: 'Ahmed al-Zwei' });
    expect(briefs('"We took Brega on Monday. It was hard," said a government soldier.')).toEqual(['brega government captured 2011-03-28 day']);
  });

  it('no claim where no sentence after it closes the quotation with a speaker', () => {
    expect(briefs('"We took Brega on Monday. It was hard." Rebels celebrated.')).toEqual([]);
  });

  it('a timeline entry\'s dash opens no aside: its speaker is its subject', () => {
    expect(suggestIn('March 2 – Rebels say they took Brega.').map((c) => `${c.place} ${c.side} ${c.claimant}`)).toEqual(['brega rebel Rebels']);
  });
});

describe('suggest: "it" for the one town its sentence named before', () => {
  it.each([
    ['Rebels took Brega on Monday, but government forces retook it on Tuesday.', ['brega rebel captured 2011-03-28 day', 'brega government retook 2011-03-29 day']],
    ['Rebels lost Brega on Tuesday and retook it on Wednesday.', ['brega government withdrew 2011-03-29 day', 'brega rebel retook 2011-03-30 day']],
    // Captured on some day before Wednesday, which the sentence does not say: no day, no claim of the capture; the
    // loss is Wednesday's.
    ['The rebels had captured Brega twice before losing it again on Wednesday.', ['brega government withdrew 2011-03-30 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each([
    // Two towns before it: which one is not said.
    ['Rebels shelled Brega and Ras Lanuf and took it on Monday.', ['brega government attacked 2011-03-28 day', 'ras_lanuf government attacked 2011-03-28 day']],
    // Not the object of a verb that takes or holds.
    ['Rebels reached Brega on Monday but said it was too dangerous to stay.', ['brega rebel entered 2011-03-28 day']],
  ])('no claim of "it": %s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "the town" past a mountain range, a clause set against another, an aside before "which"', () => {
  it.each([
    // A range of mountains is no town "the town" could mean.
    ['Farther west, in the Nafusa Mountains, rebels in Zintan said government forces had shelled the town on Tuesday night.', ['zintan rebel attacked 2011-03-29 day']],
    // "But … still control" in the present is of now, not of the day the clause before names.
    ["Gaddafi's forces shelled Zintan on Monday, residents said, but the rebels still control the town.", ['zintan rebel attacked 2011-03-28 day', 'zintan rebel held 2011-03-30 approximate']],
    ['Government forces shelled Misrata on Monday, while rebels held Ajdabiya.', ['misrata rebel attacked 2011-03-28 day', 'ajdabiya rebel held 2011-03-28 day']],
    ["Sirte, Gaddafi's hometown, which remained firmly in government hands, was calm.", ['sirte government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "it" after a verb of saying is the one who said it', () => {
  it.each([
    ['The Libyan army said it had regained control of Brega.', ['brega government retook 2011-03-30 approximate']],
    ["The rebels' council said it had taken Brega.", ['brega rebel captured 2011-03-30 approximate']],
    // "Took back control of" is one retaking, not a retaking and a hold.
    ['The revolutionaries took back control of Ajdabiya on Saturday.', ['ajdabiya rebel retook 2011-03-26 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each([
    'State television said it had shown pictures of Brega.',
    'Officials said it had been retaken by the army.',
  ])('no claim: %s', (text) => {
    expect(briefs(text)).toEqual([]);
  });
});

describe('suggest: "which they" after both sides, and a lead day named only in an aside', () => {
  it('"they" in a relative clause after both sides are named may be either: no claim of its own', () => {
    expect(briefs('Government forces pushed rebels out of Ras Lanuf and Bin Jawad, which they had taken at the weekend.')).toEqual([
      'ras_lanuf government captured 2011-03-30 approximate',
      'bin_jawad government captured 2011-03-30 approximate',
    ]);
  });

  it('"they" elsewhere is still the subject', () => {
    expect(briefs("Rebels were slammed with heavy shelling from Gadhafi's forces when they tried to advance on Brega on Thursday.")).toEqual([
      'brega government held 2011-03-24 day',
    ]);
  });

  it('the day of an aside dates its own event, not the main clause, even as the story\'s lead', () => {
    expect(briefs('Rebels retook Brega, which they had lost on Sunday.')).toEqual([
      'brega government withdrew 2011-03-27 day',
      'brega rebel retook 2011-03-30 approximate',
    ]);
  });
});

describe('suggest: rockets counted before where they were fired, and "tell" as a verb of saying', () => {
  it.each([
    ['Government forces fired more than 100 Grad rockets into Misrata today.', ['misrata rebel attacked 2011-03-30 day']],
    // Fired at a town by one side: the other side is in it, not a contest.
    ['Government forces fired dozens of rockets at Misrata.', ['misrata rebel attacked 2011-03-30 approximate']],
    ['Government forces fired a barrage of tank shells at Misrata on Monday.', ['misrata rebel attacked 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('no claim: rockets fired at a side outside a town', () => {
    expect(briefs("Rebels fired rockets at Gaddafi's forces outside Brega.")).toEqual([]);
  });

  it('"Residents of Zintan tell Al Jazeera that…" are the claimants', () => {
    expect(suggestIn('Residents of Zintan tell Al Jazeera that pro-Gaddafi forces shelled the town this morning.').map((c) => c.claimant)).toEqual(['Residents of Zintan']);
  });
});

describe('suggest: "they" through a narrated passage, and a day after ", and"', () => {
  it('a "they" that opens a sentence is the subject of the one before, past the clause that opens that one', () => {
    const text = [
      "On Saturday 26 March, after French jets had destroyed dozens of Gaddafi's tanks, rebel fighters poured back into Ajdabiya.",
      'By the next morning they had reached Brega, which loyalist troops had abandoned, and by the evening of 27 March they were in Ras Lanuf.',
      'On Monday they pushed on to Bin Jawad.',
    ].join(' ');
    expect(briefs(text, '2011-03-31')).toEqual([
      'ajdabiya rebel entered 2011-03-26 day',
      'brega rebel entered 2011-03-27 day',
      'ras_lanuf rebel held 2011-03-27 day',
      'bin_jawad rebel advanced 2011-03-28 day',
    ]);
  });

  it('a day after ", and" dates the clause it opens, not the one before', () => {
    expect(briefs('By Tuesday night Bin Jawad was back in government hands, and on Wednesday the rebels abandoned Ras Lanuf.')).toEqual([
      'bin_jawad government held 2011-03-29 day',
      'ras_lanuf government withdrew 2011-03-30 day',
    ]);
  });
});

describe('suggest: the centre of a town, and "the entire city"', () => {
  it.each([
    // The centre taken is part of the town: fought over, not the town taken.
    ["Rebels drove Gaddafi's forces from the centre of Misrata.", ['misrata contested contested 2011-03-30 approximate']],
    ['The rebels took the centre of Brega on Monday.', ['brega contested contested 2011-03-28 day']],
    ["Misrata's rebels now control the entire city, a rebel spokesman said.", ['misrata rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "the next morning" counts from the day its paragraph tells', () => {
  it('is the day after it', () => {
    expect(briefs('On Saturday rebels poured into Ajdabiya. By the next morning they had reached Brega.', '2011-03-31')).toEqual([
      'ajdabiya rebel entered 2011-03-26 day',
      'brega rebel entered 2011-03-27 day',
    ]);
  });

  it('with no such day it dates nothing', () => {
    expect(briefs('By the next morning rebels had reached Brega.')).toEqual([]);
  });
});

describe('suggest: "until Thursday, when…", and "it" as the subject of a fall', () => {
  it.each([
    // The span ends the day before; what the "when" clause tells is on the day itself.
    ['Rebels held Brega until Thursday, when government forces retook it.', ['brega rebel held 2011-03-23 day', 'brega government retook 2011-03-24 day']],
    ['Rebels held Brega until Thursday, when it fell to government forces.', ['brega rebel held 2011-03-23 day', 'brega government captured 2011-03-24 day']],
    ['Rebels took Ras Lanuf on Sunday but it was retaken by government forces on Wednesday.', ['ras_lanuf rebel captured 2011-03-27 day', 'ras_lanuf government retook 2011-03-30 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('no claim: "it" that is no town', () => {
    expect(briefs('Rebels said Brega was calm but it was hard to say who was winning.')).toEqual([]);
  });
});

describe('suggest: "which rebels hold" is a hold of now', () => {
  it.each([
    ['Brega, which rebels hold, was shelled on Tuesday.', ['brega rebel held 2011-03-30 approximate']],
    ['Brega, which the rebels still control, was shelled on Tuesday.', ['brega rebel held 2011-03-30 approximate']],
    ['Sirte, which government forces hold, was bombed overnight.', ['sirte government held 2011-03-30 approximate']],
    // Held once, at some time: no day.
    ['Brega, which rebels held, was shelled on Tuesday.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: how firm a hold is said to be', () => {
  it.each([
    ['Zawiya was under tight government control, with tanks at every junction.', ['zawiya government held 2011-03-30 approximate']],
    ['Ajdabiya is in full rebel control.', ['ajdabiya rebel held 2011-03-30 approximate']],
    ['Brega was under the full control of government forces on Monday.', ['brega government held 2011-03-28 day']],
    ['Misrata, under firm rebel control, was shelled.', ['misrata rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "gateway to Benghazi" as an aside, the tricolour, and a part held', () => {
  it.each([
    ['The town of Ajdabiya, gateway to Benghazi, is back in rebel hands.', ['ajdabiya rebel held 2011-03-30 approximate']],
    ["The rebels' tricolour flew over Brega on Monday.", ['brega rebel held 2011-03-28 day']],
    ['The tricolour was raised over Ajdabiya.', ['ajdabiya rebel held 2011-03-30 approximate']],
    // A part of the town held, as "Misrata's airport was taken": fought over.
    ["Misrata's airport remains in the hands of government forces.", ['misrata contested contested 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('no claim: places in a list are no aside of one another', () => {
    expect(briefs('Brega, Ajdabiya, fell.')).toEqual([]);
  });
});

describe('suggest: a claim the sentence says was denied or rejected', () => {
  it.each([
    'Libyan rebels claimed Friday to have recaptured the strategic oil town of Brega, a claim the government quickly rejected.',
    'State television said government forces had taken Zintan, a claim rebels in the town denied.',
  ])('no claim: %s', (text) => {
    expect(briefs(text)).toEqual([]);
  });

  it('one that could not be verified stays', () => {
    expect(briefs('Rebels retook Brega on Friday, a claim that could not be verified.')).toEqual(['brega rebel retook 2011-03-25 day']);
  });
});

describe('suggest: a factbox, its paragraphs headed by the town they are about', () => {
  const factbox = [
    'FACTBOX-Who controls what in Libya',
    'BENGHAZI - Libya\'s second city is the rebels\' stronghold.',
    'AJDABIYA - The town, 160 km south of Benghazi, was retaken by rebels on March 26. It has been shelled since.',
    'BREGA - Rebels and government forces have fought over the oil town for weeks. Government forces appear to control it now.',
    'SIRTE - Gaddafi\'s home town is firmly in government hands.',
  ].join('\n\n');

  it('reads "the town", "it" and the words that open a paragraph as its heading\'s town, and no heading as a dateline', () => {
    expect(briefs(factbox, '2011-04-08')).toEqual([
      'benghazi rebel held 2011-04-08 approximate',
      'ajdabiya rebel retook 2011-03-26 day',
      'brega contested contested 2011-04-08 approximate',
      'brega government held 2011-04-08 approximate',
      'sirte government held 2011-04-08 approximate',
    ]);
  });

  it('reads a heading with a colon, in any case, and a heading as the subject of words that have none', () => {
    const headed = [
      'Who holds what along the coast',
      "Benghazi: The rebels' de facto capital has been in opposition hands since February 20.",
      'Ajdabiya: Retaken by rebels on March 26 after allied airstrikes destroyed government armor ringing the city.',
      'Ras Lanuf: Back in government hands since Monday, when rebels fled under heavy bombardment.',
      "Sirte: Gadhafi's hometown remains firmly under government control.",
      'ZAWIYA - Recaptured by government forces on March 10.',
      'Misrata: Rebels say they hold the port.',
    ].join('\n\n');
    expect(briefs(headed, '2011-04-01')).toEqual([
      'benghazi rebel held 2011-02-20 day',
      'benghazi rebel held 2011-04-01 approximate',
      'ajdabiya rebel retook 2011-03-26 day',
      'ras_lanuf government held 2011-03-28 day',
      'ras_lanuf government held 2011-04-01 approximate',
      'sirte government held 2011-04-01 approximate',
      'zawiya government retook 2011-03-10 day',
    ]);
  });

  it('a colon after a town opening one paragraph only is no heading', () => {
    expect(briefs('Brega: Retaken by rebels on Monday.\n\nThe rebels celebrated.')).toEqual([]);
  });

  it('one town in capitals and a dash is a dateline, not a heading: "the town" there is no antecedent', () => {
    expect(briefs('AJDABIYA - The town was retaken by rebels on Saturday.')).toEqual([]);
  });
});

describe('suggest: a verb joined on with "but", and "N days later"', () => {
  it.each([
    // The joined verb has the subject of the clause before; "but lost it" undoes what came before it on no day.
    ['Rebels entered Brega on Monday, but lost it on Tuesday.', ['brega rebel entered 2011-03-28 day', 'brega government withdrew 2011-03-29 day']],
    ["Gaddafi's forces took Brega on Sunday but lost it on Tuesday.", ['brega government captured 2011-03-27 day', 'brega rebel withdrew 2011-03-29 day']],
    ['Rebels entered Brega, but lost it hours later.', ['brega government withdrew 2011-03-30 approximate']],
    // "Three days later" counts from the day the sentence, or the passage, names.
    ['Rebels took Brega on March 27 but lost it three days later.', ['brega rebel captured 2011-03-27 day', 'brega government withdrew 2011-03-30 approximate']],
    ['Rebels took Brega on Sunday. Two days later, government forces retook it.', ['brega rebel captured 2011-03-27 day', 'brega government retook 2011-03-29 approximate']],
    // Another subject after "but" undoes nothing of the first.
    ['Rebels took Brega, but government forces lost Ras Lanuf.', ['brega rebel captured 2011-03-30 approximate', 'ras_lanuf rebel withdrew 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each([
    // "Later" with no day to count from dates nothing.
    'Rebels took Brega but lost it three days later.',
    // "It" is the tank, and driving it somewhere is no advance.
    'Rebels captured a tank in Brega and drove it to Ajdabiya.',
  ])('no claim: %s', (text) => {
    expect(briefs(text)).toEqual([]);
  });
});

describe('suggest: an agency, a body or an initial is no town "the town" could mean', () => {
  it.each([
    ['BENGHAZI, April 14 (Xinhua) -- Rebels said they had advanced to within 20 km of Brega, while government troops were still holding the town.', ['brega government held 2011-04-14 day']],
    ['Rebels reached Brega on Thursday, while U.N. officials said government troops still held the town.', ['brega rebel entered 2011-04-14 day', 'brega government held 2011-04-14 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text, '2011-04-14')).toEqual(expected);
  });

  it('a name the gazetteer lacks still could be', () => {
    expect(briefs('Rebels reached Brega on Thursday, and fighters in Nalut said government troops still held the town.', '2011-04-14')).toEqual([
      'brega rebel entered 2011-04-14 day',
    ]);
  });
});

describe('suggest: "which has been besieged by" is a state that runs to now', () => {
  it.each([
    ["In Misrata, Libya's third city, which has been besieged by Kadhafi's forces for more than six weeks, a rebel spokesman said snipers still controlled buildings.", ['misrata rebel attacked 2011-03-30 approximate']],
    ['Zintan, which has been held by rebels since February, was shelled.', ['zintan rebel held 2011-02-01..2011-02-28 range', 'zintan rebel held 2011-03-30 approximate']],
    // What happened at some time is not of now.
    ['Brega, which has fallen to government forces, was quiet.', []],
    ['Misrata, which has been shelled by government forces, was quiet.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: asides, a present perfect hold, an entry thrown back, a capture answered', () => {
  it.each([
    // A hold in the present perfect with no day of its own runs to now, as "which rebels hold" does.
    ['Zintan, which rebel fighters have held for three weeks, came under rocket fire.', ['zintan rebel held 2011-03-30 approximate']],
    ['Brega, which government troops have controlled for some days, was quiet.', ['brega government held 2011-03-30 approximate']],
    // A country's name with its possessive is no town "the city" could mean.
    ["Shelling resumed in Misrata, Libya's third city. The city is still held by rebels.", ['misrata contested attacked 2011-03-30 approximate', 'misrata rebel held 2011-03-30 approximate']],
    // Asides that place a town by another, with a distance in brackets or "from"; and two asides in a row.
    ['Sirte, 250 miles (400 km) east of Tripoli, remained under the control of government forces on Tuesday.', ['sirte government held 2011-03-29 day']],
    ['Zawiya, 30 miles from Tripoli, was back under government control on Monday.', ['zawiya government held 2011-03-28 day']],
    ['Brega, a small oil town, 80 km west of Ajdabiya, is in rebel hands.', ['brega rebel held 2011-03-30 approximate']],
    ["Misrata, the country's third city, 200 km east of Tripoli, has been a rebel stronghold for weeks.", ['misrata rebel held 2011-03-30 approximate']],
    // After an aside that names a place, what follows may be that place's: no claim of Bin Jawad.
    ["Bin Jawad, a village about 100 miles east of Sirte, Colonel Gaddafi's hometown, which remains firmly in government hands, was quiet.", []],
    // "The oil town" in an aside is the town it follows; "which" opens a clause without its comma.
    ['Ras Lanuf, the oil town which the rebels seized on Friday, remained in their hands on Sunday.', ['ras_lanuf rebel held 2011-03-27 day', 'ras_lanuf rebel captured 2011-03-25 day']],
    ['Ras Lanuf, a town which rebels took, was quiet on Tuesday.', []],
    ['In the west, the front was static between Zintan, held by the rebels, and the plain below it.', ['zintan rebel held 2011-03-30 approximate']],
    // The town held is the one "nearest to Tripoli", not Tripoli.
    ['Zawiya, the city nearest to Tripoli held by the rebels, was shelled on Monday.', []],
    ['Ajdabiya was last taken by the rebels on March 26.', ['ajdabiya rebel captured 2011-03-26 day']],
    ['Brega, which has a refinery, a port and an oil terminal, was last taken by government forces on March 30.', ['brega government captured 2011-03-30 day']],
    ['Misrata has been the last rebel stronghold in the west since February.', ['misrata rebel held 2011-02-01..2011-02-28 range', 'misrata rebel held 2011-03-30 approximate']],
    // An entry thrown back the same day is an attack on the side inside; thrown back another day, an entry, and the
    // taker forced out that day a claim of its own.
    ['Government troops pushed into Ajdabiya on Saturday before they were driven back by nightfall.', ['ajdabiya rebel attacked 2011-03-26 day']],
    ['Loyalist forces entered Misrata on Sunday, only to be repelled.', ['misrata rebel attacked 2011-03-27 day']],
    ['Government troops entered Zawiya on Sunday but were forced out hours later.', ['zawiya rebel attacked 2011-03-27 day']],
    ['Government troops entered Zawiya on Sunday but were forced out on Tuesday.', ['zawiya government entered 2011-03-27 day', 'zawiya rebel withdrew 2011-03-29 day']],
    // A capture reported, then answered by a report that the other side is still there: no capture. The answer, or a
    // hold only qualified, stands.
    ['Libyan television said government forces had seized Zintan, but a reporter there saw rebels still patrolling the streets.', []],
    ['Rebels said they held Ajdabiya, but residents said snipers were still on the rooftops.', ['ajdabiya rebel held 2011-03-30 approximate']],
    ['Rebels took Brega on Monday, but government forces still held Ras Lanuf.', ['brega rebel captured 2011-03-28 day', 'ras_lanuf government held 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('"the city" looks back over sentences that name no place, into the paragraph before', () => {
    const text = [
      'AJDABIYA, Libya (AP) — Government forces pushed into this eastern city on Saturday before they were driven back by nightfall.',
      'Explosions shook the western districts. Rebels said they remained in control of the city late Saturday.',
    ].join('\n\n');
    expect(briefs(text, '2011-04-10')).toEqual(['ajdabiya rebel attacked 2011-04-09 day', 'ajdabiya rebel held 2011-04-09 day']);
  });

  it('but not over a sentence that names something else it could mean', () => {
    const text = 'Rebels entered Brega on Monday.\n\nFighters also reached Nalut. Rebels said they remained in control of the city.';
    expect(briefs(text)).toEqual(['brega rebel entered 2011-03-28 day']);
  });
});

describe('suggest: "the fighters" named before, and a town shelled that opens its sentence', () => {
  it.each([
    ['Opposition fighters retreated from Ras Lanuf on Sunday. The fighters had taken Bin Jawad on Saturday night.', ['ras_lanuf government withdrew 2011-03-27 day', 'bin_jawad rebel captured 2011-03-26 day']],
    // Troops are not fighters: "the fighters" after them may be anyone's.
    ['Government troops shelled Brega. The fighters fled Ras Lanuf.', ['brega rebel attacked 2011-03-30 approximate']],
    ['The fighters took Brega.', []],
    ['In Misrata, government forces continued to shell residential neighbourhoods on Thursday, doctors said.', ['misrata rebel attacked 2011-03-24 day']],
    ['In Misrata, doctors said government forces had shelled the port on Thursday.', ['misrata rebel attacked 2011-03-24 day']],
    ['In Brega, rebels shelled government positions.', ['brega government attacked 2011-03-30 approximate']],
    // Another town shelled is that town's; an attack may come from inside.
    ['In Misrata, government forces shelled Brega.', ['brega rebel attacked 2011-03-30 approximate']],
    ['In Misrata, rebels attacked government snipers.', []],
    ['In Misrata, rebels attacked government positions on Tripoli Street.', []],
    // The town placed in an aside, by another town.
    ['In Misrata, the besieged city 130 miles east of Tripoli, government forces continued to shell rebel positions.', ['misrata rebel attacked 2011-03-30 approximate']],
    ['In Misrata, about 200 km east of Tripoli, government forces shelled the port.', ['misrata rebel attacked 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a headline disputed, a battle not yet, "they" in a relative clause, a city by its size', () => {
  it.each([
    ['Rebels say they hold Ajdabiya; government disputes', []],
    ['Rebels took Brega; the government denies it.', []],
    ['There has been no sign of a battle for Sirte yet.', []],
    ['A government offensive on Benghazi would be bloody.', []],
    ['The government offensive on Ajdabiya began on Tuesday.', ['ajdabiya rebel attacked 2011-03-29 day']],
    // Inside a relative clause with its own subject, "they" is that subject; the aim says who holds the place now.
    ["Gaddafi's troops still held Sirte, which the rebels must take if they are to reach Tripoli.", ['sirte government held 2011-03-30 approximate', 'tripoli government held 2011-03-30 approximate']],
    ['Government forces attacked Brega on Wednesday. The city of about 10,000 people was back in rebel hands by nightfall.', ['brega rebel attacked 2011-03-30 day', 'brega rebel held 2011-03-30 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('"the town" looks past a sentence that names a place only as where someone is from', () => {
    const text = [
      'Government forces attacked Brega on Wednesday.',
      'They seized the airstrip before volunteers from Ajdabiya drove them out.',
      'By the afternoon the town was back in rebel hands.',
    ].join('\n\n');
    expect(briefs(text)).toEqual(['brega rebel attacked 2011-03-30 day', 'brega rebel held 2011-03-30 day']);
  });

  it('a speaker is who said it, not when', () => {
    expect(suggestIn('By Monday morning rebel fighters said they had reached Bin Jawad.').map((c) => c.claimant)).toEqual(['rebel fighters']);
    expect(suggestIn('Late on Tuesday a rebel commander said they held Brega.').map((c) => c.claimant)).toEqual(['a rebel commander']);
  });
});

describe('suggest: "Libya\'s army", troops that occupy a town, a retreat told in the perfect', () => {
  it.each([
    ["Libya's army retook control of the coastal town of Bin Jawad.", ['bin_jawad government retook 2011-03-30 approximate']],
    ['Government troops now occupy Zawiya.', ['zawiya government held 2011-03-30 approximate']],
    ['Government troops occupied Zawiya on Tuesday.', ['zawiya government captured 2011-03-29 day']],
    ['Rebels said they would occupy Sirte.', []],
    ["Gaddafi's forces have withdrawn to Sirte.", ['sirte government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "rebels here" in a datelined story', () => {
  it('is the side in the town the reporter files from, struck there', () => {
    const text = 'AJDABIYA, Libya (AP) — The town was quiet on Saturday.\n\nRebels here repelled an attack by government forces on Sunday, witnesses said.';
    expect(briefs(text)).toEqual(['ajdabiya rebel attacked 2011-03-27 day']);
  });

  it('is nowhere without a dateline', () => {
    expect(briefs('Rebels here repelled an attack on Sunday.')).toEqual([]);
  });
});

describe('suggest: a timeline with colons, a retreat in the present, a place left out, a person named', () => {
  it.each([
    ['Feb. 24: Anti-government forces take control of Misrata.', ['misrata rebel captured 2011-02-24 day']],
    ['March 13: Government forces retake Brega.', ['brega government retook 2011-03-13 day']],
    ['March 13 – Government forces retake Brega.', ['brega government retook 2011-03-13 day']],
    ['March 6: Government troops ambush rebels near Bin Jawad; the rebels retreat to Ras Lanuf.', ['ras_lanuf rebel held 2011-03-06 day']],
    ['March 2: Government forces attack Brega but are beaten back by rebels.', ['brega rebel attacked 2011-03-02 day']],
    ['Government troops retook Ras Lanuf on Wednesday, and the rebels have fallen back to Ajdabiya.', ['ras_lanuf government retook 2011-03-30 day', 'ajdabiya rebel held 2011-03-30 day']],
    ['Rebels will retreat to Ajdabiya if Brega falls.', []],
    ['The government says it controls all of western Libya except Misrata.', []],
    ['Government forces hold every town except for Misrata and Zintan.', []],
    // A name given is a person's, no town "the town" could mean instead.
    ['"Zawiya is with the leader," said a man who gave his name as Ali. Residents said government forces stormed the town last week.', ['zawiya government captured 2011-03-21..2011-03-27 range']],
    ['Rebels entered Brega. Fighters in Nalut said they remained in control of the town.', ['brega rebel entered 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a span ended by a clause, the leader\'s stronghold, a participle after its subject', () => {
  it.each([
    // "Until" with a clause of its own: its day ended the span, it is no day of the hold.
    ['Rebels had controlled Brega until government forces retook it on Wednesday.', ['brega government retook 2011-03-30 day']],
    ['Rebels held Brega until government forces retook it on Wednesday.', ['brega government retook 2011-03-30 day']],
    ['Rebels held Brega until Tuesday.', ['brega rebel held 2011-03-28 day']],
    ['State television said government forces had liberated Brega and would not stop until the armed gangs are gone.', ['brega government captured 2011-03-30 approximate']],
    ["Sirte remains Gaddafi's last stronghold on the coast.", ['sirte government held 2011-03-30 approximate']],
    ["Sirte was Gaddafi's stronghold.", []],
    ['The rebels, routed from Bin Jawad on Tuesday, fled east.', ['bin_jawad government withdrew 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a quotation of control, a wire speaker after "--", a disclaimer after the claims', () => {
  it('"is \\"completely under our control\\"" is the speaker\'s', () => {
    expect(briefs('The rebels\' National Council says Ajdabiya is "completely under our control".')).toEqual(['ajdabiya rebel held 2011-03-30 approximate']);
  });

  it('a Xinhua dispatch\'s speaker follows its "--"', () => {
    const [claim] = suggestIn('TRIPOLI, April 12 (Xinhua) -- Government spokesman Moussa Ibrahim said Tuesday that government troops were in full control of Brega.', '2011-04-12');
    expect(claim).toMatchObject({ place: 'brega', side: 'government', claimant: 'Government spokesman Moussa Ibrahim' });
  });

  it('"There was no independent confirmation of his claims" lowers the confidence of the claims just before it', () => {
    const said = 'Moussa Ibrahim said government troops were in full control of Brega.';
    const alone = suggestIn(said)[0]!.confidence;
    const disclaimed = suggestIn(`${said}\n\nThere was no independent confirmation of his claims.`)[0]!.confidence;
    expect(disclaimed).toBeCloseTo(alone * 0.6, 2);
    // Four sentences on, it speaks of others.
    const far = suggestIn(`${said} Rebels took Ras Lanuf. Rebels took Bin Jawad. Rebels took Sirte. There was no independent confirmation of his claims.`);
    expect(far[0]!.confidence).toBe(alone);
  });
});

describe('suggest: a fall its subject greets', () => {
  it.each([
    ['Rebels in Benghazi celebrated the fall of Ajdabiya.', ['ajdabiya rebel withdrew 2011-03-30 approximate']],
    ['Government troops celebrated the fall of Brega on Tuesday.', ['brega government withdrew 2011-03-29 day']],
    // Mourned, it is the subject's loss.
    ['Rebels mourned the loss of Ras Lanuf.', ['ras_lanuf government withdrew 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "the town" past a place named to say where another lies, and not into a quotation', () => {
  it('a town placed by another is still the one "the town" means', () => {
    const text = 'Zawiya, 50 km (30 miles) west of Tripoli, has been in rebel hands for a week.\n\nDoctors said 30 people had been killed.\n\nGovernment forces have surrounded the town, residents said.';
    expect(briefs(text)).toEqual(['zawiya rebel held 2011-03-30 approximate', 'zawiya rebel attacked 2011-03-30 approximate']);
  });

  it('a quotation in a paragraph before is speech, not the story\'s subject', () => {
    const text = 'Rebels pulled back from Ras Lanuf on Wednesday.\n\n"We will go back to Brega and wait," a fighter said.\n\nFighting was reported on the western edge of the town late Wednesday.';
    expect(briefs(text)).toEqual(['ras_lanuf government withdrew 2011-03-30 day']);
  });

  it('", as well as" joins one more place', () => {
    expect(briefs('The rebels still control Brega and Ajdabiya, as well as Benghazi.')).toEqual([
      'brega rebel held 2011-03-30 approximate',
      'ajdabiya rebel held 2011-03-30 approximate',
      'benghazi rebel held 2011-03-30 approximate',
    ]);
  });
});

describe('suggest: an advance turned back the same day', () => {
  it.each([
    ['Rebels pushed to Bin Jawad on Monday before retreating under fire.', ['bin_jawad government attacked 2011-03-28 day']],
    ['Rebels reached Bin Jawad on Monday but then pulled back.', ['bin_jawad government attacked 2011-03-28 day']],
    ['Rebels reached Bin Jawad on Monday but fell back on Wednesday.', ['bin_jawad rebel entered 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: headlines', () => {
  it.each([
    ['Rebels cling on in Misrata', ['misrata rebel held 2011-03-30 approximate']],
    ["Qaddafi's Forces Push Rebels Back to Ajdabiya", ['ajdabiya rebel held 2011-03-30 approximate']],
    ["Gaddafi's Forces Routed at Ajdabiya", ['ajdabiya rebel attacked 2011-03-30 approximate']],
    ['Gaddafi forces repelled at Brega', ['brega rebel attacked 2011-03-30 approximate']],
    ['Rebels say Misrata is theirs', ['misrata rebel held 2011-03-30 approximate']],
    // Routed from a town is driven out of it.
    ['The rebels, routed from Bin Jawad on Tuesday, fled east.', ['bin_jawad government withdrew 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the lead day is a day the opening names, not one counted from it', () => {
  it('"by nightfall" after "on Saturday" leads on Saturday, not on the day of publication', () => {
    const text = [
      'Gadhafi forces push into Ajdabiya',
      'AJDABIYA, Libya (AP) — Gadhafi\'s forces pushed into this city on Saturday, battling rebels for hours before they were driven back by nightfall.',
    ].join('\n\n');
    expect(suggestIn(text, '2011-04-10').map((c) => `${c.quote.slice(0, 14)} ${c.date} ${c.precision}`)).toEqual([
      'Gadhafi forces 2011-04-09 day',
      'AJDABIYA, Liby 2011-04-09 day',
    ]);
  });
});

describe('suggest: a stretch between two towns, a siege told as a state', () => {
  it.each([
    ["The road between Ajdabiya and Brega has become a no-man's land.", []],
    ['The stretch between Brega and Ras Lanuf was shelled by government forces.', []],
    ['Rebels in Misrata have been under siege for nearly seven weeks.', ['misrata rebel attacked 2011-03-30 approximate']],
    ['Misrata remains encircled by government troops on three sides.', ['misrata rebel attacked 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: an entry in a relative clause undone by the main one', () => {
  it.each([
    ['By Sunday, the Gaddafi forces that had reached Benghazi had been pushed back to Ajdabiya.', ['benghazi rebel attacked 2011-03-27 day', 'ajdabiya government held 2011-03-27 day']],
    // Undone another day, the entry stands; pushed back is someone else, it stands.
    ['Rebels who entered Brega on Monday had been pushed back by Wednesday.', ['brega rebel entered 2011-03-28 day']],
    ['Rebels reached Brega, where government forces had been pushed back.', ['brega rebel entered 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the towns of a region listed after "including"', () => {
  it.each([
    ['Much of the east, including Benghazi, Ajdabiya and Brega, is now in the hands of the opposition.', ['benghazi rebel held 2011-03-30 approximate', 'ajdabiya rebel held 2011-03-30 approximate', 'brega rebel held 2011-03-30 approximate']],
    ['The rebels control much of the east, including Benghazi and Ajdabiya.', ['benghazi rebel held 2011-03-30 approximate', 'ajdabiya rebel held 2011-03-30 approximate']],
    ['Much of the east, including Benghazi, is under rebel control, the spokesman said.', ['benghazi rebel held 2011-03-30 approximate']],
    ["Gaddafi's forces have retaken much of the east, including Brega and Ras Lanuf.", ['brega government retook 2011-03-30 approximate', 'ras_lanuf government retook 2011-03-30 approximate']],
    ['The rebels control a string of towns along the ridge, among them Brega, Ajdabiya and Zintan.', ['brega rebel held 2011-03-30 approximate', 'ajdabiya rebel held 2011-03-30 approximate', 'zintan rebel held 2011-03-30 approximate']],
    ['Rebels hold several towns in the west, such as Zintan and Zawiya.', ['zintan rebel held 2011-03-30 approximate', 'zawiya rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each([
    'Government forces shelled towns in the east, including Ajdabiya and Brega.',
    'Rebels controlled the coast, including Brega, until last week.',
    'The rebels, who once controlled much of the east, including Brega, are now in retreat.',
  ])('no claim: %s', (text) => {
    expect(briefs(text)).toEqual([]);
  });
});

describe('suggest: a town named by another, a body\'s seat, a long aside, a report answered later', () => {
  it.each([
    // Tripoli is named only to say where Zawiya is.
    ['Rebels who control Zawiya, the closest city to Tripoli in opposition hands, fought off an attack on Saturday.', ['zawiya rebel held 2011-03-30 approximate']],
    ['Brega, which has changed hands half a dozen times since the start of the uprising, has been in government hands since Monday, when the rebels\' lines collapsed.', ['brega government held 2011-03-28 day', 'brega government held 2011-03-30 approximate']],
    // Where the council sits is not the town the spokesman speaks of; where a spokesman is, may be.
    ['Rebels held Ajdabiya on Sunday. A spokesman for the rebel council in Benghazi said the town was "100 percent" under rebel control.', ['ajdabiya rebel held 2011-03-27 day', 'ajdabiya rebel held 2011-03-30 approximate']],
    ['A rebel spokesman in Misrata said the city was under rebel control.', ['misrata rebel held 2011-03-30 approximate']],
    // "Its forces" are the ones of who said it.
    ['The government said its forces had "cleansed" Bin Jawad.', ['bin_jawad government captured 2011-03-30 approximate']],
    ['NATO said its forces had struck tanks near Brega.', []],
    // Pictures a side says show something are its word, not a sight.
    ['State television broadcast pictures it said showed pro-Gaddafi crowds celebrating in Zawiya.', []],
    ['Footage broadcast by Al Jazeera showed rebels patrolling Brega.', ['brega rebel held 2011-03-30 approximate']],
    // A reported fall, answered in a sentence after it by the other side still there.
    ['State TV says the army has "cleansed" Zintan of "terrorists". There is no independent confirmation; residents reached by phone said rebels were still in the town.', ['zintan rebel held 2011-03-30 approximate']],
    ['State TV says the army has taken Zintan. Rebels were still in Brega.', ['zintan government captured 2011-03-30 approximate', 'brega rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each([
    // "Last Wednesday" after "since", "until" or "by", as "Wednesday" is (published on Tuesday 5 April).
    ['Brega has been held by government forces since last Wednesday.', ['brega government held 2011-03-30 day', 'brega government held 2011-04-05 approximate']],
    ['Rebels held Brega until last Wednesday.', ['brega rebel held 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text, '2011-04-05')).toEqual(expected);
  });
});

describe('suggest: an aside that places a town by others, ", and" before a clause, a town\'s edge', () => {
  it.each([
    ['Ras Lanuf, a town between Brega and Bin Jawad that rebels held on Monday, was retaken by government troops on Tuesday.', ['ras_lanuf government retook 2011-03-29 day']],
    ['Zintan, a town near Zawiya, was shelled by government forces on Tuesday.', ['zintan rebel attacked 2011-03-29 day']],
    ['Zawiya, the town west of Tripoli that had held out for more than a week, was retaken by government forces last week.', ['zawiya government retook 2011-03-21..2011-03-27 range']],
    // ", and" after the first place, before another with an aside, opens a clause; at the end of a list it does not.
    ['Rebels hold Brega, and Ras Lanuf, near Bin Jawad, fell to them on Monday.', ['brega rebel held 2011-03-28 day', 'ras_lanuf rebel captured 2011-03-28 day']],
    ['Rebels took Brega, Ras Lanuf, and Bin Jawad, the last town before Sirte, on Sunday.', ['brega rebel captured 2011-03-27 day', 'ras_lanuf rebel captured 2011-03-27 day', 'bin_jawad rebel captured 2011-03-27 day']],
    // A headline's "Ajdabiya outskirts" is the town's edge, not the town; explosions heard at an edge are no fight
    // for the town, shelling there is an attack on it.
    ['Rebels take Ajdabiya outskirts, battle for town centre', []],
    ['Gunfire and explosions could be heard in the southern outskirts of Benghazi on Monday night.', []],
    ["Gaddafi's forces shelled Ajdabiya outskirts on Monday.", ['ajdabiya rebel attacked 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: an entry thrown back, arms that open a clause, control unclear', () => {
  it.each([
    // Thrown back with no day named: an attack, of the time of writing; "later", maybe another day: nothing.
    ['Rebels reached Brega, but were forced back by heavy artillery.', ['brega government attacked 2011-03-30 approximate']],
    ['A rebel commander said his men had reached Bin Jawad, about 60 km (40 miles) east of Sirte, but were forced back by heavy artillery.', ['bin_jawad government attacked 2011-03-30 approximate']],
    ['Rebels advanced as far as Bin Jawad, but they were later pushed back by government troops.', []],
    // The arms after "as" are the subject of their clause, not the rebels who fled.
    ['Rebels fled in disarray as tanks and artillery pounded Ajdabiya.', ['ajdabiya contested attacked 2011-03-30 approximate']],
    ['Gaddafi forces within striking distance of Benghazi', []],
    // Who holds it is not known.
    ['Libyan rebels pulled back from the outskirts of Brega on Monday, and control of the oil town itself remained unclear.', []],
    ['Libya rebels pull back from Brega, control unclear', []],
    ['It was unclear who controlled Brega on Monday.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the leader as each paper spelt him', () => {
  it.each([
    ['Forces loyal to Moammar Kadafi retook Brega on Monday.', ['brega government retook 2011-03-28 day']],
    ["Kadafi's forces shelled Misrata on Monday.", ['misrata rebel attacked 2011-03-28 day']],
    ['Gathafi troops entered Zawiya on Monday.', ['zawiya government entered 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a stronghold no longer, a past told after a span', () => {
  it.each([
    ['The former rebel stronghold of Ras Lanuf is now a ghost town.', []],
    ['The once rebel city of Brega is empty.', []],
    ['The rebel stronghold of Ras Lanuf is quiet.', ['ras_lanuf rebel held 2011-03-30 approximate']],
    // An undated past after a span ("in March", "last week") is of that span, not of the time of writing; a day
    // named after it dates what follows.
    ['Had the rebels taken Sirte in March, the war might be over. Instead they stopped at Bin Jawad, and the moment passed.', []],
    ['Rebels advanced to Bin Jawad last week. They held Ras Lanuf.', ['bin_jawad rebel advanced 2011-03-21..2011-03-27 range']],
    ['Rebels advanced to Bin Jawad last week. On Tuesday they held Ras Lanuf.', ['bin_jawad rebel advanced 2011-03-21..2011-03-27 range', 'ras_lanuf rebel held 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "said on Thursday it had", "full control", "reported to be"', () => {
  it.each([
    ['The Libyan army said on Thursday it had taken full control of the western city of Zawiya and the oil port of Ras Lanuf in the east, a day after heavy fighting in both.', ['zawiya government captured 2011-03-24 day', 'ras_lanuf government captured 2011-03-24 day']],
    ['Rebels regained full control of Brega on Monday.', ['brega rebel retook 2011-03-28 day']],
    ['Zawiya, 50 km to the west, was also reported to be under the control of the opposition.', ['zawiya rebel held 2011-03-30 approximate']],
    // "They" after who said it and when: the dateline's bracket and dash are no part of who.
    ['BENGHAZI, Libya, March 30 (Reuters) - Libyan rebels said on Tuesday they had pushed back into Brega.', ['brega rebel entered 2011-03-29 day']],
    ['Residents said on Tuesday they had fled Brega.', []],
    // Taken in full, and answered: no capture, and no hold either.
    ["State television said Gaddafi's forces had taken full control of Ajdabiya, but a Reuters reporter saw rebels still manning checkpoints.", []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a siege that had lasted, streets patrolled, a speaker counted from', () => {
  it.each([
    // A siege told in the past perfect with how long it lasted had ended by the day the sentence tells.
    ['Libyan rebels swept back into Ajdabiya on Saturday after allied warplanes destroyed the government tanks that had besieged the town for more than a week.', ['ajdabiya rebel entered 2011-03-26 day']],
    ['Government forces have besieged Misrata for six weeks.', ['misrata rebel attacked 2011-03-30 approximate']],
    ['Government soldiers patrol the streets of Sirte.', ['sirte government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('"a day after the government said" says only what comes after it', () => {
    expect(suggestIn("Government forces fired rockets at Misrata's port on Monday, a day after the government said it would halt its offensive on the city.").map((c) => c.claimant)).toEqual([
      'reporter (The Test Times)', 'the government',
    ]);
  });
});

describe('suggest: a stretch from one town to another, a body named in capitals', () => {
  it.each([
    ['Gadhafi loyalists now control the coast from Sirte to Brega, a stretch of some 250 miles that the rebels had taken in three days last weekend.', ['sirte government held 2011-03-30 approximate', 'brega government held 2011-03-30 approximate']],
    ['Rebels control the road from Ajdabiya to Brega.', []],
    // "Human Rights Watch" is no town "the city" could mean instead.
    ['Cluster bombs fell on residential areas of Misrata on Thursday, Human Rights Watch said, as forces loyal to Muammar Gaddafi kept up their assault on the city.', ['misrata rebel attacked 2011-03-24 day']],
    // The first word after a dateline's dash has its capital for being first.
    ['MISRATA, Libya, March 24 - Cluster bombs fell on residential areas of Misrata on Thursday, Human Rights Watch said, as forces loyal to Muammar Gaddafi kept up their assault on the city.', ['misrata rebel attacked 2011-03-24 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a live blog\'s time in four figures', () => {
  it('is no year of history', () => {
    expect(briefs('1620: The rebels have lost Bin Jawad and are now regrouping at Ras Lanuf, our correspondent says.')).toEqual([
      'bin_jawad government withdrew 2011-03-30 approximate', 'ras_lanuf rebel held 2011-03-30 approximate',
    ]);
    expect(briefs('In 1911 Italian troops took Tripoli.')).toEqual([]);
  });
});

describe('suggest: "the rebel-held city" for the town named before', () => {
  it.each([
    ['At least 20 people were killed in Misrata on Tuesday as forces loyal to Muammar Gaddafi intensified their bombardment of the rebel-held city, doctors said.', ['misrata rebel held 2011-03-29 day', 'misrata rebel attacked 2011-03-29 day']],
    ['Rebels took Brega on Monday. The rebel-held town was quiet on Tuesday.', ['brega rebel captured 2011-03-28 day', 'brega rebel held 2011-03-29 day']],
    // With no town named before, none.
    ['Government forces shelled the rebel-held city.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "besieged" before a name, held "firmly", a part by its bearing, "insist"', () => {
  it.each([
    // An adjective after a preposition says who is besieged no more than "the besieged city" does.
    ["Airstrikes hit Gadhafi's forces around besieged Ajdabiya.", []],
    ['Food reached besieged Misrata on Monday.', []],
    ["Gaddafi's troops have besieged Misrata for weeks.", ['misrata rebel attacked 2011-03-30 approximate']],
    ['Brega is firmly held by government forces.', ['brega government held 2011-03-30 approximate']],
    ['"We will be in Sirte tomorrow," shouted one fighter, though Sirte, Colonel Qaddafi\'s hometown, is still firmly held by his loyalists.', ['sirte government held 2011-03-30 approximate']],
    // A part of the town named by its bearing inside it; a bearing alone is outside it.
    ['The rebels control the residential area in the east of Brega, while government forces hold the university.', ['brega contested contested 2011-03-30 approximate']],
    ['Rebels hold the town 20 km east of Brega.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('"insist" in the present has a speaker', () => {
    expect(suggestIn('Government officials in Tripoli insist the army controls Misrata.').map((c) => c.claimant)).toEqual(['Government officials in Tripoli']);
  });
});

describe('suggest: a town\'s centre held, "in control" after the town that opens, "calm and in rebel hands"', () => {
  it.each([
    ['In Zawiya, rebels held the center of the city on Monday and repulsed an attack by government forces.', ['zawiya rebel held 2011-03-28 day']],
    ["Gadhafi's forces have controlled Ajdabiya's city center since March 17.", ['ajdabiya government held 2011-03-17 day', 'ajdabiya government held 2011-03-30 approximate']],
    // Taking or entering the centre is still fighting for the town.
    ['Government troops pushed into the centre of Misrata.', ['misrata contested contested 2011-03-30 approximate']],
    ['In Tripoli, the capital, Colonel Qaddafi remained in control.', ['tripoli government held 2011-03-30 approximate']],
    ['In Sirte, government forces remained in control of the airport.', []],
    ['Residents said Brega was calm and firmly in rebel hands.', ['brega rebel held 2011-03-30 approximate']],
    // A town named to say where the first lies is not "the town".
    ['In Brega, near Ajdabiya, residents said the town was firmly in rebel hands.', ['brega rebel held 2011-03-30 approximate']],
    // "they" after the tanks to be stopped are the tanks, no side.
    ['The rebels hope that air strikes will stop the tanks before they reach Benghazi.', []],
    ['Rebels waited for reinforcements before they advanced on Brega.', ['brega government attacked 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a distance from a town, a hold that ended in a retreat, "all back in", "the armed forces"', () => {
  it.each([
    ["Rebel fighters seized the oil town of Ras Lanuf on Friday after a fierce battle with Gaddafi's troops, pushing the front line more than 100 miles west of Benghazi.", ['ras_lanuf rebel captured 2011-03-25 day']],
    ['Fighting raged 20 km west of Brega.', []],
    // What they had held for a while is what they left, that day.
    ['Libyan rebels who had held the oil town of Ras Lanuf for a week pulled back east on Saturday.', ['ras_lanuf government withdrew 2011-03-26 day']],
    ['Rebels who had held Brega for a week withdrew to Ajdabiya on Tuesday.', ['brega government withdrew 2011-03-29 day', 'ajdabiya rebel held 2011-03-29 day']],
    // Held since a day is a hold from then.
    ['Rebels who had held Brega since Sunday withdrew on Tuesday.', ['brega rebel held 2011-03-27 day']],
    ['Ras Lanuf, Bin Jawad and Brega are all back in government hands.', ['ras_lanuf government held 2011-03-30 approximate', 'bin_jawad government held 2011-03-30 approximate', 'brega government held 2011-03-30 approximate']],
    ['The city of Zawiya is fully under the control of the armed forces, the agency said.', ['zawiya government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('a dateline\'s double dash is no part of who speaks', () => {
    expect(suggestIn('AJDABIYA, Libya -- Libyan rebels claimed full control of Ajdabiya on Saturday.').map((c) => c.claimant)).toEqual(['Libyan rebels']);
  });
});

describe('suggest: an advance "from" one town "to" another, a capture no one saw', () => {
  it.each([
    ['Rebels advanced from Brega to Ras Lanuf on Sunday.', ['ras_lanuf rebel advanced 2011-03-27 day']],
    ['Rebels pushed back from Brega to Ajdabiya.', ['brega contested contested 2011-03-30 approximate']],
    ['Rebels said they had recaptured Brega, but a Reuters reporter in the town saw no sign of them.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a claim dismissed', () => {
  it.each([
    ["Rebels dismissed the government's claim that it had retaken Brega.", []],
    ['Rebels rejected government claims that Brega had fallen.', []],
    ['Rebels dismissed the claim, saying they held Brega.', ['brega rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a headline takes the day its lead gives the same change of hands', () => {
  it('not the lead\'s latest day, where that is another event\'s', () => {
    const text = 'Rebels Retake Ajdabiya and Press West\n\nAJDABIYA, Libya -- Rebel fighters seized control of this strategic crossroads town on Saturday, and by Sunday morning they had pressed on to Brega.';
    const claims = suggestIn(text, '2011-03-27');
    expect(claims.map((c) => `${c.place} ${c.event} ${c.date} ${c.resolvedFrom}`)).toEqual([
      'ajdabiya retook 2011-03-26 on Saturday', 'ajdabiya captured 2011-03-26 on Saturday', 'brega advanced 2011-03-27 by Sunday morning',
    ]);
    expect(claims[0]!.why).toBe('"Retake", actor "rebels", dated by "on Saturday"');
  });
});

describe('suggest: a stronghold named before its town, an attack "beaten back" said on a day', () => {
  it.each([
    ["The rebels' last stronghold in the west, Misrata, was shelled again on Thursday.", ['misrata rebel held 2011-03-24 day']],
    ["The rebels' stronghold, Benghazi, was calm.", ['benghazi rebel held 2011-03-30 approximate']],
    ['Rebels in Zintan said on Friday they had beaten back an assault.', ['zintan rebel attacked 2011-03-25 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a hedged day', () => {
  it.each([
    ['Ajdabiya fell to government forces around March 17.', ['ajdabiya government captured 2011-03-17 approximate']],
    ['Ajdabiya fell to government forces on March 17.', ['ajdabiya government captured 2011-03-17 day']],
    // "About" before a weekday is what was talked of, not a hedge.
    ["Rebels talked about Thursday's fighting in Brega.", ['brega contested contested 2011-03-24 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the rebels\' own government speaks for the rebels', () => {
  it.each([
    ['The interim government said its forces controlled Ajdabiya.', ['ajdabiya rebel held 2011-03-30 approximate']],
    ['The National Transitional Council said its forces held Brega.', ['brega rebel held 2011-03-30 approximate']],
    ['The government said its forces controlled Ajdabiya.', ['ajdabiya government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: who speaks, past an aside, and not what was said', () => {
  const claimants = (text: string): string[] => suggestIn(text).map((c) => c.claimant);
  it.each([
    ['A rebel commander, who asked not to be named, said his men held Brega.', ['a rebel commander']],
    ['Libyan state TV, quoting a military source, said the army had taken Brega.', ['Libyan state TV']],
    ['Mustafa Gheriani, a spokesman for the rebels, said Brega was under their control.', ['Mustafa Gheriani']],
    ['Rebels, however, said they held Brega.', ['Rebels']],
    ['Rebels hold Brega, said a spokesman for the rebel council in Benghazi.', ['a spokesman for the rebel council in Benghazi']],
  ])('%s', (text, expected) => {
    expect(claimants(text)).toEqual(expected);
  });

  it('reads his men as the side of the one who spoke past the aside', () => {
    expect(briefs('A rebel commander, who asked not to be named, said his men held Brega.')).toEqual(['brega rebel held 2011-03-30 approximate']);
  });
});

describe('suggest: a loss avoided, a side pushed all the way back, holding out', () => {
  it.each([
    ['Rebels narrowly avoided losing Ajdabiya.', []],
    ['Rebels lost Brega, avoiding a fight.', ['brega government withdrew 2011-03-30 approximate']],
    ['Government troops pushed the rebels all the way back to Ajdabiya.', ['ajdabiya rebel held 2011-03-30 approximate']],
    ['Rebels have held out in Misrata for six weeks.', ['misrata rebel held 2011-03-30 approximate']],
    ['Misrata, where rebels have held out for six weeks, was shelled again on Thursday.', ['misrata rebel held 2011-03-30 approximate']],
    ['Misrata, where rebels are in control, was quiet.', ['misrata rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: where refugees go, a centre left, a relative clause past "near", a denial\'s reason, an entry thrown back', () => {
  it.each([
    ['Government troops shelled the western gate of Ajdabiya, sending residents fleeing toward Benghazi. Rebels said they had regained control of the city.', ['ajdabiya rebel attacked 2011-03-30 approximate', 'ajdabiya rebel retook 2011-03-30 approximate']],
    ['Government troops shelled Ajdabiya and Benghazi. Rebels said they had regained control of the city.', ['ajdabiya rebel attacked 2011-03-30 approximate', 'benghazi rebel attacked 2011-03-30 approximate']],
    ["Gaddafi's forces retreated from the centre of Misrata on Saturday.", ['misrata rebel withdrew 2011-03-26 day']],
    ['Rebels withdrew from parts of Misrata on Saturday.', []],
    ['Libyan rebels fled the oil town of Ras Lanuf on Tuesday.', ['ras_lanuf government withdrew 2011-03-29 day']],
    ['Residents fled the town of Ras Lanuf on Tuesday.', []],
    ['Warplanes bombed rebel positions near Ras Lanuf, which rebels had taken on Friday.', ['ras_lanuf rebel captured 2011-03-25 day']],
    ['Zawiya, 50 km (30 miles) west of Tripoli, which rebels took on Friday, was shelled.', ['zawiya rebel captured 2011-03-25 day']],
    ['State TV said the army held Zintan, but a rebel spokesman denied it, saying the town was still in rebel hands.', ['zintan rebel held 2011-03-30 approximate']],
    ['State TV said the army held Zintan, a town in the mountains, but a rebel spokesman denied it, saying the town was still in rebel hands.', ['zintan rebel held 2011-03-30 approximate']],
    ['State TV said the army held Zintan, a town in the mountains, but rebels denied it.', []],
    ["Gaddafi's forces pushed into the outskirts of the eastern city of Ajdabiya on Sunday before NATO airstrikes drove them back.", ['ajdabiya rebel attacked 2011-03-27 day']],
    ['Rebels advanced to the outskirts of the oil town of Brega on Thursday.', []],
    ["Gaddafi's forces entered Ajdabiya on Sunday but rebels drove them out.", ['ajdabiya rebel attacked 2011-03-27 day']],
    ["Gaddafi's forces entered Ajdabiya on Sunday but rebels drove them out on Monday.", ['ajdabiya government entered 2011-03-27 day']],
    ["Gaddafi's forces entered the centre of the rebel-held town of Zawiya on Wednesday.", ['zawiya rebel held 2011-03-30 day', 'zawiya contested contested 2011-03-30 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a denial\'s reason is the denier\'s claim', () => {
  it.each([
    ['Libyan state TV said the army held Zintan, a town in the mountains, but a rebel spokesman there denied it, saying the town was still in rebel hands.', ['a rebel spokesman']],
    ['State TV said the army held Zintan, and rebels disputed it, insisting they held the town.', ['rebels']],
  ])('%s', (text, expected) => {
    expect(suggestIn(text).map((c) => c.claimant)).toEqual(expected);
  });
});

describe('suggest: a region named by a relative clause, a span reported', () => {
  it.each([
    ["Gaddafi's forces have now retaken most of the coastal towns that rebels captured in the first weeks of the uprising, including Ras Lanuf and Bin Jawad.", ['ras_lanuf government retook 2011-03-30 approximate', 'bin_jawad government retook 2011-03-30 approximate']],
    ["Rebels now hold most of the towns that Gaddafi's forces took last week, including Brega.", []],
    ['Rebels in Zintan said they had been under bombardment for days.', ['zintan rebel attacked 2011-03-30 approximate']],
    ['Rebels had held Brega for weeks.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the government\'s words for the rebels, and where a retreat ends is no antecedent', () => {
  it.each([
    ['State TV said Ras Lanuf had been "cleansed of armed gangs."', ['ras_lanuf government withdrew 2011-03-30 approximate']],
    ['Armed gangs attacked Brega on Friday, state TV said.', ['brega government attacked 2011-03-25 day']],
    ["Gaddafi's forces drove rebels out of Ras Lanuf on Thursday. By nightfall the rebels had pulled back to Brega. State TV said the town had been cleansed of armed gangs.", ['ras_lanuf government captured 2011-03-24 day', 'brega rebel held 2011-03-24 day', 'ras_lanuf government withdrew 2011-03-24 day']],
    ['Rebels retreated to Ajdabiya on Thursday. State TV said the town had been cleansed of armed gangs.', ['ajdabiya rebel held 2011-03-24 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a participle\'s subject, a side holding out where it is, a quotation that goes on', () => {
  it.each([
    ["In early March they pushed west to Ras Lanuf, but Gaddafi's troops drove them back, retaking Ras Lanuf on March 10.", ['ras_lanuf government retook 2011-03-10 day']],
    ['Rebels in Misrata, who have held out against government forces for seven weeks, said they would fight on.', ['misrata rebel held 2011-03-30 approximate']],
    ['Rebels in Misrata have held out against government forces for seven weeks.', ['misrata rebel held 2011-03-30 approximate']],
    ['"Misrata will never fall," rebel spokesman Abdelsalam said. "We control most of the city."', ['misrata rebel held 2011-03-30 approximate']],
    ['Rebels said Misrata would never fall. "We control the city," a spokesman said.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: an entry undone on a day named after it stands', () => {
  it.each([
    ["Rebels pushed west to Ras Lanuf in early March, but Gaddafi's troops drove them back, retaking the town on March 10.", ['ras_lanuf rebel advanced 2011-03-01..2011-03-10 range', 'ras_lanuf government retook 2011-03-10 day']],
    ["Gaddafi's forces entered Ajdabiya on Sunday, but rebels drove them back, killing dozens.", ['ajdabiya rebel attacked 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "them" as a verb\'s object is the other side, and "seize control of" is one capture', () => {
  it.each([
    ['Government troops ambushed rebels at Bin Jawad on Sunday, driving them back to Ras Lanuf.', ['bin_jawad government attacked 2011-03-27 day', 'ras_lanuf rebel held 2011-03-27 day']],
    ['Rebels attacked government forces near Brega on Sunday and drove them back to Ras Lanuf.', ['ras_lanuf government held 2011-03-27 day']],
    ['Rebels hold Brega, and Ras Lanuf, near Bin Jawad, fell to them on Monday.', ['brega rebel held 2011-03-28 day', 'ras_lanuf rebel captured 2011-03-28 day']],
    ['Anti-Gaddafi forces seized control of Misrata and Zawiya on Thursday.', ['misrata rebel captured 2011-03-24 day', 'zawiya rebel captured 2011-03-24 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a report "which residents denied", and who "had earlier reported"', () => {
  it.each([
    ["State television had earlier reported that Zawiya was under the army's control, which residents denied.", []],
    ['Rebels hold Zawiya, which Gaddafi denied on Friday.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('credits the claim to the one who had earlier reported it', () => {
    expect(suggestIn("State television had earlier reported that Zawiya was under the army's control.").map((c) => c.claimant)).toEqual(['State television']);
  });
});

describe('suggest: positions abandoned in a town', () => {
  it.each([
    ['Government troops abandoned their positions in Bin Jawad on Sunday.', ['bin_jawad rebel withdrew 2011-03-27 day']],
    ['Rebels abandoned their positions near Ras Lanuf on Sunday.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town "free" or "liberated", by the one who says so', () => {
  it.each([
    ['"Misrata is free. The rest of Gaddafi\'s forces are fleeing," a rebel spokesman said.', ['misrata rebel held 2011-03-30 approximate']],
    ['"Zawiya is liberated," state television said.', ['zawiya government held 2011-03-30 approximate']],
    ['Misrata is free.', []],
    // Free of a side named is no speaker's "free": that side has left (the row gave nothing before "free of" was read).
    ['Misrata is free of government forces, residents said.', ['misrata rebel withdrew 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "that town", and a side "there"', () => {
  it.each([
    ['Rebels fled Brega on Friday. Government forces took control of that town on Saturday.', ['brega government withdrew 2011-03-25 day', 'brega government captured 2011-03-26 day']],
    ['A spokesman for the rebels in Zintan said rebels there had repelled an attack.', ['zintan rebel attacked 2011-03-30 approximate']],
    ['Officials said that city was calm.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a subject of both sides is neither\'s', () => {
  it.each([
    ["The rebels and Gaddafi's forces both claim to hold Brega.", []],
    ['Rebels and residents said they held Brega.', ['brega rebel held 2011-03-30 approximate']],
    ['Government forces shelled rebels and took Brega.', ['brega government captured 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: driving through a town, and a side there fighting the other', () => {
  it.each([
    ['Rebel fighters drove through Brega unopposed on Sunday.', ['brega rebel entered 2011-03-27 day']],
    ["Rebels in the besieged city of Misrata fought Gaddafi's troops street by street on Friday.", ['misrata contested contested 2011-03-25 day']],
    ['Rebels in Misrata fought off an attack on Friday.', ['misrata rebel attacked 2011-03-25 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a headline\'s speaker after "as", and "regroup" in the present', () => {
  it('credits the fighting to the reporter and the hold to the rebels', () => {
    expect(suggestIn('Libya: fighting in Misrata as rebels say they hold Brega').map((c) => `${c.place} ${c.claimant}`)).toEqual([
      'misrata reporter (The Test Times)', 'brega rebels',
    ]);
  });

  it.each([
    ['Rebels regroup in Ajdabiya after Brega rout', ['ajdabiya rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: how long a hold lasted is no day of its end', () => {
  it.each([
    ['Rebels who had held Brega for days withdrew on Tuesday.', ['brega government withdrew 2011-03-29 day']],
    ['Rebels fled Ras Lanuf on Tuesday. Rebels who had held Brega for days withdrew as well.', ['ras_lanuf government withdrew 2011-03-29 day', 'brega government withdrew 2011-03-29 day']],
    ['Rebels had held Brega for days.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a move made "to take" a town, and a stronghold that remained', () => {
  it.each([
    // The infinitive after a move is as often what it achieved as what it aimed at: neither a taking nor a hold.
    ['Rebels pushed west to take Ras Lanuf on Friday.', ['ras_lanuf rebel advanced 2011-03-25 day']],
    ['Rebels raced along the coast to retake Brega.', []],
    // An aim still is one: the town is the other side's.
    ['Rebels are pushing to take Brega.', ['brega government held 2011-03-30 approximate', 'brega rebel advanced 2011-03-30 approximate']],
    ['Rebels tried to take Brega.', ['brega government held 2011-03-30 approximate']],
    ['Sirte remained a loyalist stronghold.', ['sirte government held 2011-03-30 approximate']],
    ["Gaddafi's hometown of Sirte remained a loyalist stronghold on Friday.", ['sirte government held 2011-03-25 day']],
    ['Brega remained a rebel stronghold until March 13.', ['brega rebel held 2011-03-12 day']],
    // What a town was, with no "remained", may be what it was before the war.
    ['Sirte was a loyalist stronghold.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: forces that entered a town and "were driven out", and control told in quotation marks', () => {
  it.each([
    ['Government forces who had entered Benghazi on Saturday morning were driven out by nightfall, rebels said.', ['benghazi rebel attacked 2011-03-26 day']],
    ["Gaddafi's forces that reached Ajdabiya were repelled.", ['ajdabiya rebel attacked 2011-03-30 approximate']],
    // Another side driven out, or a later day, leaves the entry as it was.
    ['Government forces entered Ajdabiya on Monday and rebels were driven out.', ['ajdabiya government entered 2011-03-28 day']],
    ['Rebels who entered Brega on Friday were pushed back on Sunday.', ['brega rebel entered 2011-03-25 day']],
    ['State TV said government forces are "in full control" of Brega.', ['brega government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: an attempt on a town that was repelled, and an entry followed by shelling since', () => {
  it.each([
    // Whoever stopped the attempt holds the town; it is not the other side's because the subject "aimed" at it.
    ['Rebels said they had repelled an attempt to take the town of Zintan.', ['zintan rebel held 2011-03-30 approximate']],
    ['Rebels foiled a government bid to retake Brega.', ['brega rebel held 2011-03-30 approximate']],
    ["Rebels beat back an attempt by Gaddafi's forces to enter Misrata.", ['misrata rebel held 2011-03-30 approximate']],
    ['Government troops thwarted a rebel attempt to take Brega.', ['brega government held 2011-03-30 approximate']],
    ['Government troops made an attempt to take Zintan.', ['zintan rebel held 2011-03-30 approximate']],
    ['Government tanks entered Misrata in mid-March and have shelled its centre since then.', ['misrata rebel attacked 2011-03-11..2011-03-20 range']],
    ['Government troops entered Zawiya on Monday and have been shelling it since.', ['zawiya rebel attacked 2011-03-28 day']],
    ['Rebels entered Brega on Sunday and have held it since.', ['brega rebel entered 2011-03-27 day', 'brega rebel held 2011-03-27 day']],
    // The other side shelling those who entered says nothing against the entry.
    ['Government tanks entered Misrata on Monday, and rebels have shelled them since.', ['misrata government entered 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a verb quoted right after its side', () => {
  it.each([
    ['A government spokesman said the army "controls Brega completely".', ['brega government held 2011-03-30 approximate']],
    ['Rebels said they "have taken Brega" on Friday.', ['brega rebel captured 2011-03-25 day']],
    ['State TV said the rebels "fled Brega" on Friday.', ['brega government withdrew 2011-03-25 day']],
    // A quotation that opens the sentence is still a clause of its own, its speaker after it.
    ['"We have taken Brega," rebels said.', ['brega rebel captured 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('credits the quoted verb to the one who said it', () => {
    const [claim] = suggestIn('Government spokesman Mussa Ibrahim told reporters in Tripoli that the army "controls Brega completely".');
    expect(claim?.claimant).toBe('Government spokesman Mussa Ibrahim');
  });
});

describe('suggest: the subject after ", and", "tells" as a verb of saying, and an aside\'s day in a passage', () => {
  it.each([
    // "the rebels" are the subject of what follows ", and": it was the rebels who never came close to taking it.
    ['Qaddafi loyalists have held Sirte throughout the uprising, and the rebels have never come close to taking it.', ['sirte government held 2011-03-30 approximate']],
    ['Rebels entered Brega on Monday, and government troops shelled the town on Tuesday.', ['brega rebel entered 2011-03-28 day', 'brega rebel attacked 2011-03-29 day']],
    ['Rebels entered Brega on Monday, but lost it on Tuesday.', ['brega rebel entered 2011-03-28 day', 'brega government withdrew 2011-03-29 day']],
    // The speaker who "tells" is not the side of the clause told: no attack by the rebels on their own town.
    ['A rebel commander tells Reuters the attack on Ajdabiya has been repelled and "the city is under our control."', ['ajdabiya rebel held 2011-03-30 approximate']],
    // "By nightfall" counts from the passage's day, not from the day of an aside about an earlier event.
    [
      'Forces loyal to Qaddafi routed rebel fighters from Ras Lanuf on Wednesday. The rebels, who only on Sunday had captured Ras Lanuf without firing a shot, fled in a chaotic convoy. By nightfall, rebels said, government troops had reached Brega.',
      ['ras_lanuf government captured 2011-03-30 day', 'ras_lanuf rebel captured 2011-03-27 day', 'brega government entered 2011-03-30 day'],
    ],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "the revolution" as the rebels', () => {
  it.each([
    ['"Brega is in the hands of the revolution," said one fighter.', ['brega rebel held 2011-03-30 approximate']],
    ['The revolution has taken Brega.', ['brega rebel captured 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a side\'s flag in the possessive, and a flag that flies again', () => {
  it.each([
    ["The rebels' flag was raised over Brega on Sunday.", ['brega rebel held 2011-03-27 day']],
    ["Gaddafi's green flag flies again over Ras Lanuf.", ['ras_lanuf government held 2011-03-30 approximate']],
    ['Green flags were raised once again over Zawiya on Friday.', ['zawiya government held 2011-03-25 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a reported capture answered by a reporter who saw the other side in the town', () => {
  it.each([
    ['Rebels said they had taken Brega, but a Reuters reporter saw government troops in the town.', []],
    // Seen with "and", the report is borne out, not answered.
    ['Rebels said they had taken Brega, and a Reuters reporter saw rebel fighters in the town.', ['brega rebel captured 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a hold or a siege told in the simple past with how long it lasted is over', () => {
  it.each([
    ['Rebels held Brega for only a few hours.', []],
    ["Gaddafi's forces besieged Ajdabiya for a week.", []],
    // With a day of its own it is a state of that day; in the present perfect it goes on.
    ['Rebels held Brega for only a few hours on Sunday.', ['brega rebel held 2011-03-27 day']],
    ['Rebels have held Brega for a week.', ['brega rebel held 2011-03-30 approximate']],
    ["Gaddafi's forces have besieged Misrata for six weeks.", ['misrata rebel attacked 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town set free in the passive, with no one named who freed it', () => {
  it.each([
    // Freed by the side of the one who says so.
    ['The government said Ajdabiya had been "liberated".', ['ajdabiya government captured 2011-03-30 approximate']],
    ['State TV said Zintan had been "cleansed".', ['zintan government captured 2011-03-30 approximate']],
    ['Rebels said Brega was liberated on Sunday.', ['brega rebel captured 2011-03-27 day']],
    // Told by no one with a side, or freed "from" something, it says nothing of who did it.
    ['Ajdabiya had been liberated.', []],
    ["Benghazi was freed from Gaddafi's rule in February, residents said.", []],
    ['Brega was liberated by the rebels.', ['brega rebel captured 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town that came under a side\'s control', () => {
  it.each([
    ['Ajdabiya came under rebel control on March 26.', ['ajdabiya rebel captured 2011-03-26 day']],
    ["Brega came back under the control of Gaddafi's forces on Wednesday.", ['brega government retook 2011-03-30 day']],
    // A part is fought for; an attack is no control.
    ["Misrata's port came under rebel control.", ['misrata contested contested 2011-03-30 approximate']],
    // The adjective names the side, as in "in government hands".
    ['Brega came under government control on March 13.', ['brega government held 2011-03-13 day']],
    ['Ras Lanuf came back under regime control on Wednesday.', ['ras_lanuf government held 2011-03-30 day']],
    ['Ajdabiya came under attack on Tuesday.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a dateline's day is the report's, not the event's", () => {
  it.each([
    // 10 March 2011 was a Thursday: the event's "on Wednesday", after an aside, is the 9th.
    ["TRIPOLI, March 10 (Reuters) - Muammar Gaddafi's forces retook the town of Zawiyah, west of Tripoli, on Wednesday after days of shelling.", '2011-03-10', ['zawiya government retook 2011-03-09 day']],
    // With no day of its own, the dateline's dates it.
    ["TRIPOLI, March 10 (Reuters) - Muammar Gaddafi's forces retook the town of Zawiyah.", '2011-03-10', ['zawiya government retook 2011-03-10 day']],
  ])('%s', (text, published, expected) => {
    expect(briefs(text, published)).toEqual(expected);
  });
});

describe('suggest: "now" in a report is the day it was said, and a town "once again" in hands', () => {
  it.each([
    ['The rebels now hold all of Ajdabiya, a rebel spokesman said on Saturday.', ['ajdabiya rebel held 2011-03-26 day']],
    ['"We control Brega now," a rebel commander said on Monday.', ['brega rebel held 2011-03-28 day']],
    ['A spokesman said on Sunday that Brega is now in rebel hands.', ['brega rebel held 2011-03-27 day']],
    // Said on no day: the time of writing, as before.
    ['The rebels now hold Ajdabiya, a spokesman said.', ['ajdabiya rebel held 2011-03-30 approximate']],
    // A day of the event's own beside "now" is not replaced by the saying's.
    ['By Wednesday, Ajdabiya was once again in the hands of the rebels.', ['ajdabiya rebel held 2011-03-30 day']],
    ['Brega was once more under government control on Monday.', ['brega government held 2011-03-28 day']],
    // "Once" alone is "formerly".
    ['Brega was once in rebel hands.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: what was reported is no one who reported it, "our" after "he said", and guns in a town', () => {
  it.each([
    ['Heavy shelling reported in Misrata.', 'reporter (The Test Times)'],
    ['Explosions were reported in Brega on Monday, residents said.', 'residents'],
    ['State television reported that the army had retaken Brega.', 'State television'],
  ])('%s', (sentence, claimant) => {
    expect(suggestIn(sentence).map((c) => c.claimant)).toEqual([claimant]);
  });

  it.each([
    // "He" is the speaker of the sentence before; "our" is his side.
    ['A rebel spokesman said the attack had failed. "Ajdabiya is in our hands," he said.', ['ajdabiya rebel held 2011-03-30 approximate']],
    ['A government spokesman said the rebels had fled. "Brega is in our hands," he said.', ['brega government held 2011-03-30 approximate']],
    // With no one before, "he" has no side.
    ['"Ajdabiya is in our hands," he said.', []],
    // Guns a side named with what they are, and struck "in" a place, in the infinitive too.
    ['Government snipers and tanks pounded Misrata.', ['misrata rebel attacked 2011-03-30 approximate']],
    ['Government tanks continued to pound rebel positions in Misrata.', ['misrata rebel attacked 2011-03-30 approximate']],
    ['Loyalist troops began to shell rebel fighters in Brega on Monday.', ['brega rebel attacked 2011-03-28 day']],
    // Only threatened: no one is struck.
    ['Government forces threatened to attack rebels in Benghazi.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "they" after a speaker named in many words', () => {
  it.each([
    ["Rebels in the besieged city of Misrata said on Sunday they had driven Gaddafi's forces from the city.", ['misrata rebel captured 2011-03-27 day']],
    ["Residents of the coastal city of Misrata said on Sunday they had fled Gaddafi's forces.", []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a clause joined by ", and" with a subject of its own', () => {
  it.each([
    // "Without" in the first clause negates nothing in the second; nor does the second's day date the first.
    ['The rebels took Brega and Ras Lanuf without firing a shot, and by Monday they were in Bin Jawad.', '2011-04-02', ['bin_jawad rebel held 2011-03-28 day']],
    ['The rebels took Brega and Ras Lanuf on Sunday without firing a shot.', '2011-04-02', ['brega rebel captured 2011-03-27 day', 'ras_lanuf rebel captured 2011-03-27 day']],
    ['Government forces shelled Brega, and on Monday the rebels pulled out of Ras Lanuf.', '2011-03-30', ['ras_lanuf government withdrew 2011-03-28 day']],
    // A list of places is no clause.
    ['Rebels took Brega, Ras Lanuf, and Bin Jawad on Sunday.', '2011-03-30', ['brega rebel captured 2011-03-27 day', 'ras_lanuf rebel captured 2011-03-27 day', 'bin_jawad rebel captured 2011-03-27 day']],
    // Walking into a town enters it; walking into an ambush near one does not.
    ['On Saturday the rebels walked into Ajdabiya.', '2011-03-30', ['ajdabiya rebel entered 2011-03-26 day']],
    ['Rebels walked into an ambush at Bin Jawad on Tuesday.', '2011-03-30', []],
  ])('%s', (text, published, expected) => {
    expect(briefs(text, published)).toEqual(expected);
  });
});

describe('suggest: a town described, after an aside, as the one still in a side\'s hands', () => {
  it.each([
    ["Misrata, Libya's third-largest city, is the only major town in the west still in rebel hands.", ['misrata rebel held 2011-03-30 approximate']],
    ['Sirte, his hometown, remains the last city on the coast held by loyalist troops.', ['sirte government held 2011-03-30 approximate']],
    // Another town's hands are not this one's.
    ['Brega, 80 km west, is the last town before Ajdabiya, which is still in rebel hands.', ['ajdabiya rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: an aside that calls a town "the oil town" is an aside all the same', () => {
  it.each([
    // The pull-out is of now; Sunday is the capture's, in the aside.
    ['Rebels have pulled out of Ras Lanuf, the oil town they captured on Sunday.', ['ras_lanuf rebel captured 2011-03-27 day', 'ras_lanuf government withdrew 2011-03-30 approximate']],
    ['Rebels pulled out of Ras Lanuf, the town they had captured on Sunday.', ['ras_lanuf rebel captured 2011-03-27 day', 'ras_lanuf government withdrew 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text).sort()).toEqual([...expected].sort());
  });
});

describe("suggest: a town's rising crushed is the town taken", () => {
  it.each([
    ['Zawiya was crushed by government forces on March 10.', ['zawiya government captured 2011-03-10 day']],
    ['Government forces crushed the uprising in Zawiya on March 10.', ['zawiya government captured 2011-03-10 day']],
    ['Loyalist troops put down the revolt in Zawiya on Thursday.', ['zawiya government captured 2011-03-24 day']],
    // Protests put down are no town taken from anyone.
    ['Government forces crushed protests in Tripoli in February.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "the government\'s hands", and "under their control" in a town\'s description', () => {
  it.each([
    ["Brega is in the government's hands.", ['brega government held 2011-03-30 approximate']],
    ["Brega, which has been in the government's hands since Friday, was quiet.", ['brega government held 2011-03-25 day', 'brega government held 2011-03-30 approximate']],
    ['The rebels in Misurata, the only major city in western Libya under their control, braced for a new offensive.', ['misrata rebel held 2011-03-30 approximate']],
    ['"Misrata, the last city in the west in our hands, will not fall," a rebel spokesman said.', ['misrata rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a span of days is a range', () => {
  it.each([
    ['Rebels took Brega on March 26-27.', ['brega rebel captured 2011-03-26..2011-03-27 range']],
    ['Fighting raged in Brega between Saturday and Monday.', ['brega contested contested 2011-03-26..2011-03-28 range']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a dateline's day before publication is what the report's own words count from", () => {
  // Published on Thursday the 31st, written on Wednesday the 30th.
  it.each([
    ['BENGHAZI, Libya, March 30 (Reuters) - Libyan rebels retreated from Ras Lanuf yesterday.', ['ras_lanuf government withdrew 2011-03-29 day']],
    ['BENGHAZI, Libya, March 30 (Reuters) - Libyan rebels retreated from Ras Lanuf on Wednesday.', ['ras_lanuf government withdrew 2011-03-30 day']],
    ['BENGHAZI, Libya, March 30 (Reuters) - Rebels still hold Ajdabiya. Government forces hold Brega now.', ['ajdabiya rebel held 2011-03-30 day', 'brega government held 2011-03-30 approximate']],
    // A day in the text that is no dateline's counts nothing.
    ['On March 30 rebels said they had retreated from Ras Lanuf yesterday.', ['ras_lanuf government withdrew 2011-03-30 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text, '2011-03-31')).toEqual(expected);
  });

  it('gives the day it counted from, so the claim validates', () => {
    const [claim] = suggestIn('BENGHAZI, Libya, March 30 (Reuters) - Libyan rebels retreated from Ras Lanuf yesterday.', '2011-03-31');
    expect(claim).toMatchObject({ date: '2011-03-29', resolvedFrom: 'yesterday', narrativeDay: '2011-03-30' });
  });
});

describe('suggest: "the" that is the side\'s own first word, after "remains"', () => {
  it.each([
    ["Benghazi, where the rebellion began, remains the opposition's capital.", ['benghazi rebel held 2011-03-30 approximate']],
    ["Sirte remains the regime's stronghold.", ['sirte government held 2011-03-30 approximate']],
    // What it was is not what it is.
    ["Brega was the opposition's stronghold.", []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a spokesperson named without a title speaks for their side', () => {
  it.each([
    ['"Our forces are in full control of Ajdabiya," Moussa Ibrahim told reporters in Tripoli.', ['ajdabiya government held 2011-03-30 approximate']],
    ['Khaled Kaim said Misrata had been "cleansed".', ['misrata government captured 2011-03-30 approximate']],
    ['"We have liberated Brega," said Abdel-Fattah Younis.', ['brega rebel captured 2011-03-30 approximate']],
    ['Mustafa Abdul Jalil said Ajdabiya had been "liberated".', ['ajdabiya rebel captured 2011-03-30 approximate']],
    // A surname alone may be anyone's.
    ['"Brega is ours," Ibrahim said.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "it" that opens a sentence about a town\'s hold, and a town called a town', () => {
  it.each([
    ['Ras Lanuf has changed hands twice this month. It is now held by government forces.', ['ras_lanuf government held 2011-03-30 approximate']],
    ['Misrata was shelled again. It remains in rebel hands.', ['misrata rebel held 2011-03-30 approximate']],
    // "A key oil town" is the town named, no other one "it" could mean.
    ['Brega is a key oil town. It fell to the rebels on Sunday.', ['brega rebel captured 2011-03-27 day']],
    // Two towns before: "it" is neither.
    ['Rebels left Brega for Ajdabiya. It is in rebel hands.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town that "has been theirs", and a "them" that was an object', () => {
  it.each([
    // "Them" (the tanks) opens the sentence as an object: "theirs" is the rebels', named after it.
    ['Since French jets destroyed them on 19 March, and the rebels walked back in on the 26th, Ajdabiya has been theirs.', ['ajdabiya rebel held 2011-03-26 day']],
    ['"Brega has been ours since Sunday," a rebel commander said.', ['brega rebel held 2011-03-27 day', 'brega rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a side in a list of towns, struck', () => {
  it.each([
    ['Rebels in Brega and Ajdabiya have been under siege for weeks.', ['brega rebel attacked 2011-03-30 approximate', 'ajdabiya rebel attacked 2011-03-30 approximate']],
    ['Rebels in Brega, Ajdabiya and Zintan came under fire on Monday.', ['brega rebel attacked 2011-03-28 day', 'ajdabiya rebel attacked 2011-03-28 day', 'zintan rebel attacked 2011-03-28 day']],
    // Where the list is no side's, the first town is another verb's object.
    ['Rebels fled Brega and Ras Lanuf fell.', ['brega government withdrew 2011-03-30 approximate']],
    // The town where the sentence opens.
    ['In Zintan, rebels said they had repulsed an attack by government forces on Friday.', ['zintan rebel attacked 2011-03-25 day']],
    ['In Misrata, rebels came under heavy fire on Monday.', ['misrata rebel attacked 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: places of one verb, each with a day of its own', () => {
  it.each([
    ['The rebels lost Ras Lanuf on Tuesday and Brega on Wednesday.', ['ras_lanuf government withdrew 2011-03-29 day', 'brega government withdrew 2011-03-30 day']],
    ['Government forces retook Brega on Monday, Ras Lanuf on Tuesday and Bin Jawad on Wednesday.', ['brega government retook 2011-03-28 day', 'ras_lanuf government retook 2011-03-29 day', 'bin_jawad government retook 2011-03-30 day']],
    ['Rebels entered Ras Lanuf on March 26 and Bin Jawad on March 27.', ['ras_lanuf rebel entered 2011-03-26 day', 'bin_jawad rebel entered 2011-03-27 day']],
    // A town with a verb of its own after its day is that clause's subject, not one more object.
    ['Rebels took Brega on Sunday and Misrata on Monday came under heavy attack.', ['brega rebel captured 2011-03-27 day']],
    ['Rebels took Brega on Sunday and Ajdabiya residents celebrated on Monday.', ['brega rebel captured 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a force loyal to the leader, whatever it is', () => {
  it.each([
    ['Tanks loyal to Gaddafi rolled into Zawiya on Wednesday.', ['zawiya government entered 2011-03-30 day']],
    ['Men loyal to Col. Gaddafi entered Brega on Wednesday.', ['brega government entered 2011-03-30 day']],
    ['Brigades loyal to Colonel Gaddafi shelled Misrata on Wednesday.', ['misrata rebel attacked 2011-03-30 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a headline's verbs joined by a comma share its subject", () => {
  it.each([
    ['Gaddafi forces retake Zawiya, pound Misrata', ['zawiya government retook 2011-03-30 approximate', 'misrata rebel attacked 2011-03-30 approximate']],
    ['Government troops shelled Ajdabiya, pounded Misrata on Friday.', ['ajdabiya rebel attacked 2011-03-25 day', 'misrata rebel attacked 2011-03-25 day']],
    // So do the verbs of a list that ends with "and", where no other side is named in it.
    ['Government troops shelled Ajdabiya, pounded Misrata and entered Brega on Friday.', ['ajdabiya rebel attacked 2011-03-25 day', 'misrata rebel attacked 2011-03-25 day', 'brega government entered 2011-03-25 day']],
    ['Rebels took Brega, Gaddafi\'s forces pounded Misrata and entered Sirte on Friday.', ['brega rebel captured 2011-03-25 day', 'misrata rebel attacked 2011-03-25 day', 'sirte government entered 2011-03-25 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: an attack prepared or planned is an aim, not an attack', () => {
  it.each([
    ['Rebels were reported to be preparing an assault on Sirte.', ['sirte government held 2011-03-30 approximate']],
    ['Government forces are planning a major offensive on Misrata.', ['misrata rebel held 2011-03-30 approximate']],
    // Told in the past, the aim is of its day.
    ["Gaddafi's troops were readying an attack on Ajdabiya on Monday.", ['ajdabiya rebel held 2011-03-28 day']],
    // Launched, it is one.
    ['Rebels launched an assault on Brega on Friday.', ['brega government attacked 2011-03-25 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a state a town had been in, told in the past perfect with no day of its own', () => {
  it.each([
    ['The eastern town of Ajdabiya, which had been under government control for a week, is now in rebel hands.', ['ajdabiya rebel held 2011-03-30 approximate']],
    ['Benghazi had been the rebels\' capital.', []],
    // With a day of its own, it stands.
    ['Ajdabiya, which had been in rebel hands since Sunday, fell on Tuesday.', ['ajdabiya rebel held 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a side beaten in the town it was named in', () => {
  it.each([
    ['Insurgents in Zawiya were crushed in early March.', ['zawiya government withdrew 2011-03-01..2011-03-10 range']],
    ['Rebels in Brega were routed on Thursday.', ['brega government withdrew 2011-03-24 day']],
    ['Government troops in Ajdabiya were overwhelmed on Saturday.', ['ajdabiya rebel withdrew 2011-03-26 day']],
    // Said by one side and denied: nothing.
    ['Rebels in Misrata were crushed, the government claimed on Sunday, but residents denied it.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a rolling week up to the time of writing', () => {
  it.each([
    ['The rebels have lost Ras Lanuf and Brega in the past week.', ['ras_lanuf government withdrew 2011-03-23..2011-03-30 range', 'brega government withdrew 2011-03-23..2011-03-30 range']],
    // The calendar week before, as before.
    ['Rebels took Brega last week.', ['brega rebel captured 2011-03-21..2011-03-27 range']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a side that held its ground in a town', () => {
  it.each([
    ['Anti-Gaddafi fighters held their ground in Ajdabiya on Monday.', ['ajdabiya rebel held 2011-03-28 day']],
    ['Government troops held their ground at Brega on Sunday.', ['brega government held 2011-03-27 day']],
    ['The rebels stood firm in Misrata despite heavy shelling on Tuesday.', ['misrata rebel held 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town named by its holder as the object of its change of hands', () => {
  it.each([
    // The name says who held it before the capture, not on its day.
    ['Government troops captured the rebel stronghold of Zawiyah on Wednesday.', ['zawiya government captured 2011-03-30 day']],
    ['Government troops captured the rebel-held town of Zawiyah on Wednesday.', ['zawiya government captured 2011-03-30 day']],
    ['Rebels seized the Gaddafi stronghold of Sirte on Wednesday.', ['sirte rebel captured 2011-03-30 day']],
    // Struck, not taken: what the name says stands.
    ['Government forces shelled the rebel stronghold of Misrata on Wednesday.', ['misrata rebel held 2011-03-30 day']],
    // A state said of the town after its place is no name in the words of the change: both stand.
    ['The town of Bin Jawad, which the rebels seized on Sunday, fell back into government hands on Tuesday.', ['bin_jawad government held 2011-03-29 day', 'bin_jawad rebel captured 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the day a claim was made, between its verb and the infinitive it claims', () => {
  it.each([
    ['Rebels claimed on Wednesday to have retaken Ajdabiya.', ['ajdabiya rebel retook 2011-03-30 day']],
    ['Rebels claimed on Wednesday to have beaten back an assault on Ajdabiya.', ['ajdabiya rebel attacked 2011-03-30 day']],
    ['Government troops claimed late on Tuesday to have taken Brega.', ['brega government captured 2011-03-29 day']],
    // A clause of its own after the day: its subject's side, as before.
    ['Rebels claimed on Wednesday that government forces had retaken Ajdabiya.', ['ajdabiya government retook 2011-03-30 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: places of one verb told in the order they were reached ("and then")', () => {
  it.each([
    ['Government troops struck back on Tuesday, driving the rebels out of Bin Jawad and then Ras Lanuf.', ['bin_jawad government captured 2011-03-29 day', 'ras_lanuf government captured 2011-03-29 day']],
    ['Rebels retook Brega, then Ras Lanuf on Sunday.', ['brega rebel retook 2011-03-27 day', 'ras_lanuf rebel retook 2011-03-27 day']],
    // A place with a verb of its own after "then" is no object of the first.
    ['Rebels retook Brega on Sunday and then Ras Lanuf fell to them on Monday.', ['brega rebel retook 2011-03-27 day', 'ras_lanuf rebel captured 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a hold reported, answered in its sentence by no one there', () => {
  it.each([
    ['A rebel spokesman in Benghazi said the opposition still held Brega, but journalists at the scene saw no rebel fighters there.', []],
    ['State television said Brega was in government hands, but reporters in the town found no government troops.', []],
    ['State television said the army had retaken Brega, but reporters saw no troops there.', []],
    // A hold qualified, not denied: it stands.
    ['Rebels said they still held Misrata, but residents said snipers were still hiding in buildings.', ['misrata rebel held 2011-03-30 approximate']],
    // Nothing answered without a report to answer.
    ['The opposition still held Brega on Tuesday, but there were no rebel fighters in Ras Lanuf.', ['brega rebel held 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a headline's verb in the present, with a singular subject or no article", () => {
  it.each([
    ['Army Retakes Brega', ['brega government retook 2011-03-30 approximate']],
    ['Libyan Army Recaptures Brega', ['brega government retook 2011-03-30 approximate']],
    ['Army Takes Control of Brega', ['brega government captured 2011-03-30 approximate']],
    ['Qaddafi Forces Reclaim Oil Town of Ras Lanuf', ['ras_lanuf government retook 2011-03-30 approximate']],
    ['Rebel Army Regains Brega', ['brega rebel retook 2011-03-30 approximate']],
    ['Rebel Force Loses Ras Lanuf', ['ras_lanuf government withdrew 2011-03-30 approximate']],
    ['Army captured Bin Jawad on Tuesday.', ['bin_jawad government captured 2011-03-29 day']],
    ['Army Enters Ajdabiya', ['ajdabiya government entered 2011-03-30 approximate']],
    ['Army Besieges Zintan', ['zintan rebel attacked 2011-03-30 approximate']],
    ['Gaddafi Pounds Misrata', ['misrata rebel attacked 2011-03-30 approximate']],
    ['Army Attacks Ajdabiya', ['ajdabiya rebel attacked 2011-03-30 approximate']],
    // A noun is no verb: an attack on a town says no more than that.
    ['Government attacks on Misrata continued on Monday.', []],
    // The rebels' army is theirs, and an army not at the start still needs its article.
    ['Rebel army retakes Brega', ['brega rebel retook 2011-03-30 approximate']],
    ['Rebels said army tanks shelled Misrata.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a relative clause with no comma ends at the main verb after its place', () => {
  it.each([
    // The flight came before Saturday, by how long is not said: no day of its own, and none of the return's.
    ['Rebels who had fled Ajdabiya returned on Saturday.', []],
    ['Rebels who fled Ajdabiya returned on Saturday.', []],
    // Its own day stands.
    ['Rebels who had fled Ajdabiya on Friday returned on Saturday.', ['ajdabiya government withdrew 2011-03-25 day']],
    ['Rebels who seized Brega on Sunday were pushed back on Wednesday.', ['brega rebel captured 2011-03-27 day']],
    // A "where" clause's verb is its own.
    ['Loyalist troops pressed on to Brega, where fighting was reported on Tuesday.', ['brega contested contested 2011-03-29 day', 'brega government advanced 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: an event some time after another day of its sentence is not of that day', () => {
  it.each([
    ['The rebels had captured Brega last Sunday, but lost it again within days as government troops advanced from Ras Lanuf.', ['brega rebel captured 2011-03-27 day']],
    ['Rebels captured Brega on Sunday but lost it days later.', ['brega rebel captured 2011-03-27 day']],
    ['Rebels took Ras Lanuf on Sunday and later advanced to Bin Jawad.', ['ras_lanuf rebel captured 2011-03-27 day']],
    // Its own day stands, and one with no day in its sentence is of the time of writing, as before.
    ['Rebels captured Brega on Sunday and lost it on Wednesday.', ['brega rebel captured 2011-03-27 day', 'brega government withdrew 2011-03-30 day']],
    ['Residents said government troops had entered Ras Lanuf within hours of the rebels\' departure.', ['ras_lanuf government entered 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a quotation's \"we\", spoken by a name and who they are, set apart", () => {
  it.each([
    ['"We control Misrata," Moussa Ibrahim, the government spokesman, said on Monday.', ['misrata government held 2011-03-28 day']],
    ['"We have retaken Brega," Ahmed Bani, a rebel military spokesman, said on Sunday.', ['brega rebel retook 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a hold denied of a place that is the subject says nothing of the other side', () => {
  it.each([
    ['Neither Brega nor Ras Lanuf is in rebel hands.', []],
    // A side that does not hold a place it names: the other does, as before.
    ['Rebels do not hold Brega.', ['brega government held 2011-03-30 approximate']],
    ['Rebels no longer control Ras Lanuf.', ['ras_lanuf government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a side in a town that repelled an attack its attacker names', () => {
  it.each([
    ['Opposition fighters in Zintan repelled a government attack on Saturday, killing several soldiers.', ['zintan rebel attacked 2011-03-26 day']],
    ['Rebels in Zintan repelled a loyalist assault on Saturday.', ['zintan rebel attacked 2011-03-26 day']],
    ['Government troops in Brega repelled a rebel attack on Saturday.', ['brega government attacked 2011-03-26 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a hold answered by the other side's own, and a \"they\" said by the nearest speaker", () => {
  it.each([
    ['The government says it controls Misrata, but rebels say they hold the port and the city centre.', []],
    ['State TV said the army had retaken Brega, but rebels said they still held the town.', ['brega rebel held 2011-03-30 approximate']],
    // Another place answers nothing, and its "they" is the rebels' who said it, not the government's before them.
    ['The government says it controls Misrata, but rebels say they hold Benghazi.', ['misrata government held 2011-03-30 approximate', 'benghazi rebel held 2011-03-30 approximate']],
    ['Ahmed Bani, a rebel spokesman, said they had retaken Brega.', ['brega rebel retook 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: snipers and gunmen in a town fight in it, they do not hold it', () => {
  it.each([
    ["Residents said Gaddafi's snipers were still in Misrata.", ['misrata contested contested 2011-03-30 approximate']],
    ['Government snipers remain in Misrata.', ['misrata contested contested 2011-03-30 approximate']],
    // Unless the words say they do, and troops in a town hold it, as before.
    ['Government snipers are in control of Misrata.', ['misrata government held 2011-03-30 approximate']],
    ["Residents said Gaddafi's troops were still in Misrata.", ['misrata government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a side that hands a town over loses it', () => {
  it.each([
    ['Rebels handed control of Brega to government forces without a fight.', ['brega government withdrew 2011-03-30 approximate']],
    ['Rebels handed over Brega to government forces.', ['brega government withdrew 2011-03-30 approximate']],
    ['The rebels relinquished control of Brega on Thursday.', ['brega government withdrew 2011-03-24 day']],
    // Handing out or turning a town into something is no handing over.
    ['Rebels handed out weapons in Benghazi.', []],
    ['Rebels turned Ajdabiya into a fortress.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "control" after another verb or a side\'s adjective is a noun, no hold of the subject\'s', () => {
  it.each([
    ['Rebels disputed government control of Brega.', []],
    ['Rebels ceded control of Brega.', ['brega government withdrew 2011-03-30 approximate']],
    ['Rebels exchanged control of Brega several times.', []],
    // Their own control, and "control" as their verb, as before.
    ['Rebels tightened their control of Ajdabiya.', ['ajdabiya rebel held 2011-03-30 approximate']],
    ['Rebels have full control of Brega.', ['brega rebel held 2011-03-30 approximate']],
    ['Rebels, backed by air strikes, control Ajdabiya.', ['ajdabiya rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the subject of a relative clause is the words just before "that"', () => {
  it.each([
    // Tanks of no side named: no side, not the sentence's subject.
    ['Rebels blamed NATO for failing to stop the tanks that retook Brega.', []],
    ['Rebels blamed NATO for failing to stop government tanks that retook Brega.', ['brega government retook 2011-03-30 approximate']],
    // A side's own push is the subject's; a relative after a comma, its actor's, as before.
    ['Government troops drove the rebels out in a counter-offensive that also retook Ras Lanuf on Wednesday.', ['ras_lanuf government retook 2011-03-30 day']],
    ["Gaddafi's forces, which retook Ras Lanuf on Tuesday, pressed east.", ['ras_lanuf government retook 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a speaker's name set apart after who they are, and the one a speaker told", () => {
  it.each([
    ['A government spokesman, Moussa Ibrahim, said in Tripoli that the army had liberated Brega.', 'a government spokesman'],
    ['"Brega is ours," a rebel spokesman, Abdelsalam, told AFP by telephone.', 'a rebel spokesman'],
    // A place between commas is no name of a speaker's.
    ['Rebels in Brega, Libya, said they held the town.', 'Rebels in Brega'],
    // "Reports" after words that make it a noun names no one.
    ['Contrary to earlier reports, Bin Jawad remained in government hands.', 'reporter (The Test Times)'],
  ])('%s', (sentence, claimant) => {
    expect(suggestIn(sentence).map((c) => c.claimant)).toEqual([claimant]);
  });
});

describe('suggest: verbs joined by a comma, each with a day after it', () => {
  it.each([
    ['Rebels lost Brega on March 12, recaptured Ras Lanuf on March 27.', ['brega government withdrew 2011-03-12 day', 'ras_lanuf rebel retook 2011-03-27 day']],
    [
      'Rebels seized Ras Lanuf on March 4 and lost it on March 12, recaptured it on March 27 and lost it again on March 30.',
      ['ras_lanuf rebel captured 2011-03-04 day', 'ras_lanuf government withdrew 2011-03-12 day', 'ras_lanuf rebel retook 2011-03-27 day', 'ras_lanuf government withdrew 2011-03-30 day'],
    ],
    // A participle after the comma tells the same event: its day is the one before it.
    ["Gaddafi's forces struck back in early March, retaking Ras Lanuf.", ['ras_lanuf government retook 2011-03-01..2011-03-10 range']],
    // With no day of its own in such a list, a verb takes none of the others' (it said 2 March, the first phrase's).
    ['Rebels lost Brega on March 12, recaptured Ras Lanuf.', ['brega government withdrew 2011-03-12 day']],
    [
      'The rebels first seized Brega on March 2, lost it on March 13, retook it after the airstrikes began on March 19, and lost it again last Wednesday.',
      ['brega rebel captured 2011-03-02 day', 'brega government withdrew 2011-03-13 day'],
    ],
    // Alone, what came first dates the event, as before.
    ['Forces loyal to Muammar Gaddafi took back Ras Lanuf after rebels fled under heavy bombardment on Tuesday.', ['ras_lanuf government retook 2011-04-05 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text, '2011-04-08')).toEqual(expected);
  });
});

describe('suggest: a side in a town named with more words, struck; a present clause after a semicolon; a day done by', () => {
  it.each([
    ['Rebels in the western mountain town of Zintan said they had repulsed an attack on Friday.', ['zintan rebel attacked 2011-04-08 day']],
    ['Misrata has been besieged by government forces since early March; rebels hold most of the city.', ['misrata rebel attacked 2011-03-01..2011-03-10 range', 'misrata rebel held 2011-04-10 approximate']],
    // Done by a day, after something done earlier: the day it was done by.
    ['By Sunday morning the opposition said it had regained control of Ajdabiya after driving the troops out overnight.', ['ajdabiya rebel retook 2011-04-10 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text, '2011-04-10')).toEqual(expected);
  });
});

describe("suggest: a town's own side is no part of it; an admission is its speaker's", () => {
  it.each([
    ["Misrata's rebels have held out against Gaddafi's forces for seven weeks.", ['misrata rebel held 2011-03-30 approximate']],
    // A part of the town, as before.
    ["Misrata's port is in rebel hands.", ['misrata contested contested 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('"their commanders admitted"', () => {
    expect(suggestIn('The rebels lost control of Ras Lanuf on Wednesday, their commanders admitted.').map((c) => c.claimant)).toEqual(['their commanders']);
  });
});

describe('suggest: a relative clause after how much further on the place lies', () => {
  it.each([
    ['The rebels then pressed on to Ras Lanuf, 120 kilometres further west, which they entered in the afternoon.', ['ras_lanuf rebel entered 2011-03-30 day', 'ras_lanuf rebel advanced 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the main verb after a relative clause, the day before yesterday, a side that has been in a town', () => {
  it.each([
    // The main verb's own day, not the relative clause's just before it.
    ['Rebels who captured Brega on Friday lost it on Saturday.', ['brega rebel captured 2011-04-01 day', 'brega government withdrew 2011-04-02 day']],
    ['The day before yesterday, government forces entered Bin Jawad.', ['bin_jawad government entered 2011-04-02 day']],
    ['Rebels have been in Ajdabiya since March 26.', ['ajdabiya rebel held 2011-03-26 day', 'ajdabiya rebel held 2011-04-04 approximate']],
    ['Government troops have been in Brega for a week.', ['brega government held 2011-04-04 approximate']],
    // "Two days after" counts from an event whose day is not said: the day the sentence gives dates the event.
    ['On 27 March, two days after the rebels took Ajdabiya, they entered Brega.', ['brega rebel entered 2011-03-27 day']],
    ['Two days after the rebels took Ajdabiya, the rebels entered Brega.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text, '2011-04-04')).toEqual(expected);
  });
});

describe('suggest: rockets rained on a town, and "it" besieged or shelled', () => {
  it.each([
    ["Muammar Gaddafi's forces rained rockets on the besieged city of Misrata on Wednesday.", ['misrata rebel attacked 2011-04-20 day']],
    ["Gaddafi's forces rained down shells on Misrata.", ['misrata rebel attacked 2011-04-21 approximate']],
    ['Rebels hold Ajdabiya. Government forces shelled it on Sunday.', ['ajdabiya rebel held 2011-04-21 approximate', 'ajdabiya rebel attacked 2011-04-17 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text, '2011-04-21')).toEqual(expected);
  });
});

describe('suggest: explosions only heard are no fight for the town', () => {
  it.each([
    ['Explosions were heard in Tripoli on Monday night.', []],
    ['Anti-aircraft fire rang out over Tripoli.', []],
    // Shelling reported there still is, as before.
    ['Heavy shelling was reported in Brega on Monday.', ['brega contested attacked 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the towns a region or a number of towns includes', () => {
  it.each([
    ['The rebels hold the eastern half of the country, including Benghazi and Ajdabiya.', ['benghazi rebel held 2011-03-30 approximate', 'ajdabiya rebel held 2011-03-30 approximate']],
    ['Government forces retook several towns last week, including Ras Lanuf and Bin Jawad.', ['ras_lanuf government retook 2011-03-21..2011-03-27 range', 'bin_jawad government retook 2011-03-21..2011-03-27 range']],
    // What a number of people includes is no town.
    ['Rebels lost several fighters, including a commander from Brega.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a list the words call towns, ending where it ends', () => {
  it.each([
    ['The government-held towns of Sirte and Bin Jawad were quiet.', ['sirte government held 2011-03-30 approximate', 'bin_jawad government held 2011-03-30 approximate']],
    // Not a town list: the next place is the subject of its own clause, as before.
    ['Rebels took Brega and Misrata came under attack.', ['brega rebel captured 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town taken, then its taker forced out on a day of its own', () => {
  it.each([
    ['Government forces took Ajdabiya on March 17 but were forced out on March 26.', ['ajdabiya government captured 2011-03-17 day', 'ajdabiya rebel withdrew 2011-03-26 day']],
    ['Rebels entered Brega on Monday but were forced out on Tuesday.', ['brega rebel entered 2011-03-28 day', 'brega government withdrew 2011-03-29 day']],
    // With no day of its own, the entry was thrown back: an attack, as before.
    ['Rebels entered Brega but were forced out.', ['brega government attacked 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a town that passes into a side's hands, or returns to them", () => {
  it.each([
    ['Ajdabiya returned to rebel control on March 26.', ['ajdabiya rebel retook 2011-03-26 day']],
    ['Brega fell into rebel hands on Thursday.', ['brega rebel captured 2011-03-24 day']],
    ['Zawiya passed into government hands in early March.', ['zawiya government held 2011-03-01..2011-03-10 range']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the day a claim was made, with no "on", as American wire copy writes it', () => {
  it.each([
    ['Rebels claimed Sunday to have retaken Brega.', ['brega rebel retook 2011-03-27 day']],
    ['Rebels said Sunday they had retaken Brega.', ['brega rebel retook 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town free of a side', () => {
  it.each([
    ["Misrata was finally free of Gaddafi's forces on Monday, rebels said.", ['misrata rebel withdrew 2011-03-28 day']],
    // Free alone names no side: the speaker's, as before ("Misrata is free").
    ['Brega is free of rebels.', ['brega government withdrew 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a side in a town that says the other side shelled "them"', () => {
  it.each([
    ['Rebels in the mountain town of Zintan said government forces had shelled them for a third day.', ['zintan rebel attacked 2011-03-30 approximate']],
    ["Rebels in Misrata said Gaddafi's forces had fired rockets at them on Sunday.", ['misrata rebel attacked 2011-03-27 day']],
    // "They" shelling "them" names no side that struck.
    ['Rebels in Misrata said they had shelled them.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a part of a town as the subject of its hold, as of its taking', () => {
  it.each([
    ['The eastern part of Brega is in rebel hands.', ['brega contested contested 2011-03-30 approximate']],
    ['Parts of Misrata are in rebel hands.', ['misrata contested contested 2011-03-30 approximate']],
    // Most of a town, or its centre, is the town held, as before; a place left out is none.
    ['Most of Misrata is in rebel hands.', ['misrata rebel held 2011-03-30 approximate']],
    ['The centre of Misrata is in rebel hands.', ['misrata rebel held 2011-03-30 approximate']],
    ['All of western Libya except Misrata is under government control.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a town's fall told by a participle after the clause that names it", () => {
  it.each([
    ['Brega changed hands again on Friday, falling to the rebels.', ['brega rebel captured 2011-03-25 day', 'brega contested contested 2011-03-25 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town placed by the gateway to another, and the town "itself"', () => {
  it.each([
    ['Ajdabiya, the gateway to the rebel capital of Benghazi, was recaptured by the rebels on March 26.', ['ajdabiya rebel retook 2011-03-26 day', 'benghazi rebel held 2011-03-26 day']],
    // The town placed by the gateway is no antecedent of "the city" after it.
    ['Ajdabiya, the gateway to the rebel capital of Benghazi, was recaptured by the rebels on March 26. The city had been held by government forces since March 17.', ['ajdabiya rebel retook 2011-03-26 day', 'benghazi rebel held 2011-03-26 day', 'ajdabiya government held 2011-03-17 day']],
    ['Sirte itself remains firmly in government hands.', ['sirte government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the day of a clause set against the event after it', () => {
  it.each([
    // Taken before the other side retook it, by how long is not said: no day for the taking.
    ['Rebels took Brega, but government forces retook it on Saturday.', ['brega government retook 2011-03-26 day']],
    ['Rebels held Zintan, but government forces took it on Monday.', ['zintan government captured 2011-03-28 day']],
    // A hold told as going on is of the time it is told of.
    ['Rebels hold Zintan, though the town was shelled last week.', ['zintan rebel held 2011-03-30 approximate']],
    ['Rebels said they were holding out in Zintan, though residents said government troops had taken the town centre last week.', ['zintan rebel held 2011-03-30 approximate']],
    // The same subject's clause is the event's undoing, as before; a day of its own still dates the event.
    ['Rebels took Brega on Friday, but government forces retook it on Saturday.', ['brega rebel captured 2011-03-25 day', 'brega government retook 2011-03-26 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a taking under way is an attack', () => {
  it.each([
    ['State television said the army was "cleansing" Misrata of armed gangs.', ['misrata rebel attacked 2011-03-30 approximate']],
    ['Government troops were storming Zawiya on Tuesday.', ['zawiya rebel attacked 2011-03-29 day']],
    ['Rebels are still retaking Brega, a spokesman said.', ['brega government attacked 2011-03-30 approximate']],
    // Done, or a participle of what was done, it is a change of hands, as before.
    ['Government troops stormed Zawiya on Tuesday.', ['zawiya government captured 2011-03-29 day']],
    ['Rebels swept west, taking Brega on Tuesday.', ['brega rebel captured 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a factbox's town described before what is said of it", () => {
  it('reads "Libya\'s third largest city, held by rebels" under its heading as the town held', () => {
    const text = 'MISRATA - Libya\'s third largest city, held by rebels.\n\nZINTAN - In the Western Mountains, held by rebels.\n\nTRIPOLI - Firmly under Gaddafi\'s control.';
    expect(briefs(text)).toEqual(['misrata rebel held 2011-03-30 approximate', 'zintan rebel held 2011-03-30 approximate', 'tripoli government held 2011-03-30 approximate']);
  });
});

describe("suggest: a timeline entry's present tense is of the entry's day", () => {
  it('dates "is also in rebel hands" after "Feb 24 - " on the 24th, not the day of writing', () => {
    const text = 'Feb 24 - Anti-Gaddafi forces hold Misrata after fighting off a government attack. Zawiya, west of Tripoli, is also in rebel hands.\n\nMarch 10 - State TV says Zawiya is back under government control.';
    expect(briefs(text)).toEqual(['misrata rebel held 2011-02-24 day', 'zawiya rebel held 2011-02-24 day', 'zawiya government held 2011-03-10 day']);
  });
  it('leaves a paragraph that does not open with a day and a dash to the time of writing', () => {
    expect(briefs('Rebels took Misrata on Feb 24. Zawiya is also in rebel hands.')).toEqual(['misrata rebel captured 2011-02-24 day', 'zawiya rebel held 2011-03-30 approximate']);
  });
});

describe('suggest: an event some time "within" a span after another', () => {
  it.each([
    // After the strikes of the sentence before, by up to a week: neither that day nor the time of writing.
    ['The air campaign began on March 19. Within a week of the first strikes, the insurgents had retaken Ajdabiya.', []],
    ['Within days of the first strikes on March 19, the insurgents had retaken Ajdabiya.', []],
    ['Rebels took Ajdabiya on March 26 and within days had retaken Brega.', ['ajdabiya rebel captured 2011-03-26 day']],
    // A day of its own still dates it.
    ['Within hours of the strikes, rebels retook Ajdabiya on March 26.', ['ajdabiya rebel retook 2011-03-26 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the plain forms of verbs of taking, after "to"', () => {
  it.each([
    ["Gaddafi's forces tried to storm Zintan on Sunday but were pushed back.", ['zintan rebel held 2011-03-27 day']],
    ['Rebels vowed to liberate Sirte.', ['sirte government held 2011-03-30 approximate']],
    ['Government forces failed to conquer Misrata.', ['misrata rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: an advance on a part of a town is on that part's holder", () => {
  it.each([
    ["Rebels in Misrata advanced towards the city's airport on Thursday.", []],
    ["Rebels advanced towards Misrata's airport on Thursday.", []],
    // Fire on a part still strikes the side inside, and an advance on the town is on its holder, as before.
    ["Government forces shelled Misrata's port on Thursday.", ['misrata rebel attacked 2011-03-24 day']],
    ['Government forces advanced on Misrata on Thursday.', ['misrata rebel attacked 2011-03-24 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town lost "only to" lose it, and an entry that did not take the town', () => {
  it.each([
    ['Rebels regained Brega on Thursday, only to lose it again the next day.', ['brega rebel retook 2011-03-24 day', 'brega government withdrew 2011-03-25 day']],
    // Taken and then lost on no day the sentence says: the taking is no state of now, and the loss is of now, as "but
    // lost it hours later" is.
    ['Rebels took Brega, only to lose it hours later.', ['brega government withdrew 2011-03-30 approximate']],
    // Reached, but not taken: an attack on the side inside.
    ['Rebels reached Sirte but were too weak to take it.', ['sirte government attacked 2011-03-30 approximate']],
    ['Rebels entered Brega on Monday but could not hold it.', ['brega government attacked 2011-03-28 day']],
    // Taken, then not held, is still taken.
    ['Rebels took Brega on Monday but could not hold it.', ['brega rebel captured 2011-03-28 day']],
    // Thrown back after another verb joined on, it was that move that was thrown back.
    ['The rebels retook Ajdabiya on March 26 and raced west, only to be thrown back again.', ['ajdabiya rebel retook 2011-03-26 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a hold insisted on, answered by no one there', () => {
  it.each([
    ['The rebels insist they still hold Brega, but reporters at the scene saw no sign of them.', []],
    ['The rebels insist they still hold Brega.', ['brega rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "we" of a spokesperson quoted with no side, in an article whose spokespeople are of one side', () => {
  it.each([
    ['Rebels advanced on Thursday, a rebel spokesman said.\n\n"We control all of Misrata except the airport," said spokesman Abdelsalam.', ['misrata rebel held 2011-03-30 approximate']],
    // Spokespeople of both sides: whose "we" it is is not known.
    ['A rebel spokesman and a government spokesman spoke on Thursday.\n\n"We control all of Misrata," said spokesman Abdelsalam.', []],
    ['"We control all of Misrata," said spokesman Abdelsalam.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a headline's losing grip and being pushed back, with no article or auxiliary", () => {
  it.each([
    ['Rebels lose grip on Brega', ['brega government withdrew 2011-03-30 approximate']],
    ['Libyan rebels pushed back to Ajdabiya', ['ajdabiya rebel held 2011-03-30 approximate']],
    // Pushed back into a town is an entry, as before; pushed back by a side, that side's doing.
    ['Rebels pushed back into Brega on Saturday.', ['brega rebel entered 2011-03-26 day']],
    ['Government forces pushed rebels back to Ajdabiya on Friday.', ['ajdabiya rebel held 2011-03-25 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: fighting "for a third day" in a town', () => {
  it.each([
    ['Fighting raged on Monday for a third day in Brega.', ['brega contested contested 2011-03-28 day']],
    ['Fighting raged for a second straight day around Brega on Tuesday.', ['brega contested contested 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: leaving a town toward the other side's ground is pushing on, not a loss", () => {
  it.each([
    ['A reporter saw dozens of cars carrying rebels heading west out of Ajdabiya on Saturday.', []],
    ["Gaddafi's forces headed east out of Sirte on Saturday.", []],
    // Toward their own ground, or with no direction, it is leaving the town, as before.
    ['Rebels streamed east out of Ras Lanuf on Tuesday.', ['ras_lanuf government withdrew 2011-03-29 day']],
    ["Gaddafi's forces streamed west out of Ajdabiya on Saturday.", ['ajdabiya rebel withdrew 2011-03-26 day']],
    ['Rebels streamed out of Brega on Tuesday.', ['brega government withdrew 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: an event told as going on beside another phrase with a day, and "hard pressed to"', () => {
  it.each([
    ['Regime forces continue to attack Misrata, and have shelled Ajdabiya in recent days.', ['misrata rebel attacked 2011-03-30 approximate', 'ajdabiya rebel attacked 2011-03-30 approximate']],
    ['Rebels hold Brega, and took Ras Lanuf on Tuesday.', ['brega rebel held 2011-03-30 approximate', 'ras_lanuf rebel captured 2011-03-29 day']],
    // "Hard pressed to keep" a town is no advance on it.
    ['The rebels would then be hard pressed to keep even Ajdabiya.', []],
    ['Rebels pressed on to Brega on Sunday.', ['brega rebel advanced 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: late last month', () => {
  it('dates "took Brega late last month" written in April to the last ten days of March', () => {
    expect(briefs('Rebels took Brega late last month.', '2011-04-27')).toEqual(['brega rebel captured 2011-03-21..2011-03-31 range']);
  });
});

describe('suggest: a town taken, entered or held only briefly', () => {
  it.each([
    // Entered briefly: an attack on the side inside, not the entrant's town from that day on.
    ['Rebels briefly entered Sirte on Monday.', ['sirte government attacked 2011-03-28 day']],
    // Taken or held briefly: fought over that day.
    ['Rebels briefly held Bin Jawad on Sunday.', ['bin_jawad contested contested 2011-03-27 day']],
    ['Rebels took Bin Jawad for a few hours on Sunday.', ['bin_jawad contested contested 2011-03-27 day']],
    // A hold that lasted less than a week, told in the past, is no hold of now.
    ['Rebels held Ras Lanuf for less than a week.', []],
    // Not said to be brief, an entry is an entry, as before.
    ['Rebels entered Sirte on Monday.', ['sirte rebel entered 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town taken and lost again the same day', () => {
  it.each([
    ["Kadhafi's forces on Saturday regained the oil town of Brega, before being driven out again hours later.", ['brega contested contested 2011-03-26 day']],
    ['Government troops captured Ras Lanuf on Wednesday but were pushed out by nightfall.', ['ras_lanuf contested contested 2011-03-30 day', 'ras_lanuf rebel withdrew 2011-03-30 day']],
    // Lost on a day of its own, or not said to be lost, it was taken, as before.
    ['Rebels took Brega on Friday before being driven out on Saturday.', ['brega rebel captured 2011-03-25 day', 'brega government withdrew 2011-03-26 day']],
    ['Rebels took Brega on Monday but could not hold it.', ['brega rebel captured 2011-03-28 day']],
    // Thrown back after another verb joined on, it was that move that was thrown back.
    ['The rebels retook Ajdabiya on March 26 and raced west, only to be thrown back again.', ['ajdabiya rebel retook 2011-03-26 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "all but" fallen, towns that "all" or "both" fell, the road to a town, days "respectively"', () => {
  it.each([
    // Nearly fallen: not fallen, so still the other side's.
    ['Brega has all but fallen to government forces.', ['brega rebel held 2011-03-30 approximate']],
    ['Ras Lanuf and Bin Jawad both fell to loyalist troops on Tuesday.', ['ras_lanuf government captured 2011-03-29 day', 'bin_jawad government captured 2011-03-29 day']],
    ['Ras Lanuf and Bin Jawad all fell to loyalist troops on Tuesday.', ['ras_lanuf government captured 2011-03-29 day', 'bin_jawad government captured 2011-03-29 day']],
    // The road, not the town.
    ['The road to Brega is controlled by the rebels.', []],
    ['Government forces shelled the road to Brega on Monday.', []],
    // Which day is whose is not read: no day rather than the first for both.
    ['Brega and Ras Lanuf were retaken by the rebels on Sunday and Monday respectively.', []],
    // "But" after a verb still opens its clause.
    ['Rebels took Brega but lost it on Tuesday.', ['brega government withdrew 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: reports no one could confirm', () => {
  it.each([
    ['Reports that rebels had entered Sirte could not be confirmed.', []],
    ['There were reports that rebels had entered Sirte, which could not be confirmed.', []],
    // A named side's word that could not be verified stays, less sure, as before.
    ['Rebels said they had taken Brega, a claim that could not be independently verified.', ['brega rebel captured 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the plain form "encircle"', () => {
  it('reads "Loyalist troops encircle Misrata" as an attack on the side inside', () => {
    expect(briefs('Loyalist troops encircle Misrata.')).toEqual(['misrata rebel attacked 2011-03-30 approximate']);
  });
});

describe('suggest: a day after ", and" and a verb of its own in the past, "lost" among them', () => {
  it.each([
    // The taking came before that day, by how long is not said.
    ['Rebels took Brega, and lost it on Tuesday.', ['brega government withdrew 2011-03-29 day']],
    // "Without" undoes only what it is right before: the loss stands.
    ['Rebels took Brega without firing a shot, and lost it on Tuesday.', ['brega government withdrew 2011-03-29 day']],
    ['Rebels took Brega on Monday, and lost it on Tuesday.', ['brega rebel captured 2011-03-28 day', 'brega government withdrew 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a relative clause set off by commas between a town and what is said of it', () => {
  it.each([
    // The places the clause names do not cut the town from its predicate.
    ['Sirte, which the rebels would need to take before they could reach Brega, remains firmly in government hands.', ['sirte government held 2011-03-30 approximate', 'brega government held 2011-03-30 approximate']],
    ['Brega, which government troops shelled from Ajdabiya, is in rebel hands.', ['brega rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: other towns named with a town by no name, and the government\'s "terrorists"', () => {
  it.each([
    ['Feb 23 - Brega and other eastern towns are reported to be in the hands of the opposition.', ['brega rebel held 2011-02-23 day']],
    ['Brega and several nearby villages are in rebel hands.', ['brega rebel held 2011-03-30 approximate']],
    ['Brega and other towns fell to government forces on Sunday.', ['brega government captured 2011-03-27 day']],
    ['"Zawiya has been cleansed of the terrorists," an army officer told reporters.', ['zawiya government withdrew 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: an attack named by a noun is the side whose it is, whoever met it", () => {
  it.each([
    ["Libyan rebels fled Bin Jawad on Tuesday after forces loyal to Muammar Gaddafi opened fire with rockets and tanks, halting the insurgents' westward march toward Sirte.", ['bin_jawad government withdrew 2011-03-29 day', 'sirte government attacked 2011-03-29 day']],
    ["Government forces halted the rebels' march toward Sirte.", ['sirte government attacked 2011-03-30 approximate']],
    // As before: with no owner named, the subject meeting the attack is the side attacked.
    ['Rebels repelled an attack on Zintan.', ['zintan rebel attacked 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town loyal to the leader, and control wrested back', () => {
  it.each([
    ['Sirte remains loyal to Gaddafi.', ['sirte government held 2011-03-30 approximate']],
    ["Sirte, Gaddafi's hometown, remains fiercely loyal to the Libyan leader.", ['sirte government held 2011-03-30 approximate']],
    ['Rebels wrested back control of Brega on Sunday.', ['brega rebel retook 2011-03-27 day']],
    ['Rebels wrest back control of Brega', ['brega rebel retook 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "most of it", "control of it", and a hold in the present joined on after a day', () => {
  it.each([
    ['Brega has changed hands several times since the uprising began, and government troops have held most of it since last week.', ['brega government held 2011-03-30 approximate']],
    ['Rebels reached Brega on Sunday and took control of it on Monday.', ['brega rebel entered 2011-03-27 day', 'brega rebel captured 2011-03-28 day']],
    // The hold is of the time of writing, not of the day of the entry before it.
    ['Rebels entered Misrata in February and still hold it.', ['misrata rebel entered 2011-02-01..2011-02-28 range', 'misrata rebel held 2011-03-30 approximate']],
    ['Rebels entered Misrata in February and still hold parts of it.', ['misrata rebel entered 2011-02-01..2011-02-28 range', 'misrata contested contested 2011-03-30 approximate']],
    ['Rebels took Brega on Sunday and held it for two days.', ['brega rebel captured 2011-03-27 day', 'brega rebel held 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a dateline's agency by any name, and a side's report set against the other side's hold just told", () => {
  it.each([
    // "(Wire)" names who filed the story, no town the anaphor might mean.
    ['ZAWIYA, Libya, March 30 (Wire) - Rebels in Zawiya said they remained in control of the centre of the town.', ['zawiya rebel held 2011-03-30 day']],
    [
      'ZAWIYA, Libya, March 30 (Wire) - Rebels in Zawiya said they remained in control of the centre of the town. "We are still here," said a fighter. Libyan state television, however, said the army had regained control of Zawiya.',
      ['zawiya rebel held 2011-03-30 day'],
    ],
    // Not set against it, the report stands.
    ['Rebels said they remained in control of Zawiya. Libyan state television said the army had regained control of Zawiya on Tuesday.', ['zawiya rebel held 2011-03-30 approximate', 'zawiya government retook 2011-03-29 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a battleground, "a government stronghold" set off by commas, and "their heaviest attack yet on"', () => {
  it.each([
    ['Rebels took Brega on Monday. The town has been a battleground since Friday.', ['brega rebel captured 2011-03-28 day', 'brega contested contested 2011-03-25 day']],
    ['Brega remains the main battlefield of the war.', ['brega contested contested 2011-03-30 approximate']],
    ['Sirte, a government stronghold, was quiet.', ['sirte government held 2011-03-30 approximate']],
    // Named so in the words of its change of hands, it is who held it before, not that day.
    ['Rebels took Brega, a government stronghold, on Monday.', ['brega rebel captured 2011-03-28 day']],
    ['Government forces took Brega, a rebel-held town, on Monday.', ['brega government captured 2011-03-28 day']],
    ['Government forces shelled Brega, a rebel-held town, on Monday.', ['brega rebel held 2011-03-28 day', 'brega rebel attacked 2011-03-28 day']],
    ["On Saturday, Gaddafi's forces launched their heaviest attack yet on Misrata.", ['misrata rebel attacked 2011-03-26 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: ", claims that were denied", and a stretch held by a side set apart by a relative clause', () => {
  it.each([
    ['Libyan state television said the army had also retaken Misrata and Ras Lanuf, claims that were denied by the rebels and by residents.', []],
    ["Moammar Gadhafi's forces, who two days ago were on the defensive, now hold the coast from Sirte to the outskirts of Brega, rebel officers said.", ['sirte government held 2011-03-30 approximate']],
    ["Gadhafi's forces now hold the coast from Sirte to Brega.", ['sirte government held 2011-03-30 approximate', 'brega government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a side of a town is a part of it', () => {
  it.each([
    ['Rebels pushed into the eastern side of Brega on Thursday.', ['brega contested contested 2011-03-24 day']],
    ['Government forces shelled the western side of Misrata.', ['misrata rebel attacked 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a hold for less than a day is over', () => {
  it.each([
    ['The rebels retreated after holding Bin Jawad for less than a day.', []],
    ['Rebels have been holding Brega for two days.', ['brega rebel held 2011-03-30 approximate']],
    ['Rebels held Brega for two days last week.', ['brega rebel held 2011-03-21..2011-03-27 range']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a side dug in in a town holds it', () => {
  it.each([
    ['Rebels dig in at Brega after retreat', ['brega rebel held 2011-03-30 approximate']],
    ['Government troops dug in inside Brega on Friday.', ['brega government held 2011-03-25 day']],
    // At its edge or beside it, no hold of the town.
    ['Rebels dug in at the eastern entrance to Brega on Wednesday.', []],
    ['Rebels were digging in east of Brega.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a side shelled out of a town lost it', () => {
  it.each([
    ['Rebels were shelled out of Bin Jawad on Tuesday.', ['bin_jawad government withdrew 2011-03-29 day']],
    // Fire from a town is no loss of it.
    ['Rebels were shelled from Brega.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a town taken from a side is that side\'s loss', () => {
  it.each([
    ['Bin Jawad was captured from the rebels on Tuesday.', ['bin_jawad government withdrew 2011-03-29 day']],
    ['Brega was retaken from the rebels by government forces on Sunday.', ['brega government withdrew 2011-03-27 day']],
    ['Ajdabiya was wrested from rebel control on Saturday.', ['ajdabiya government withdrew 2011-03-26 day']],
    // What was taken from a side elsewhere is no town's.
    ["Tanks captured from Gaddafi's forces were paraded in Benghazi.", []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "besieged" before a noun of places is an adjective', () => {
  it.each([
    ['The likeliest outcome is more of the same: a rebel east, a government west, and two besieged enclaves – Misrata and the mountains – in between.', []],
    ['Government forces besieged Misrata on Monday.', ['misrata rebel attacked 2011-03-28 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a side ambushed in a town was where the other lay in wait', () => {
  it.each([
    ['Forces loyal to Muammar Gaddafi ambushed rebels in the coastal town of Bin Jawad on Sunday.', ['bin_jawad government attacked 2011-03-27 day']],
    ['Rebels advancing on Sirte were ambushed at Bin Jawad on Sunday.', ['sirte government attacked 2011-03-27 day', 'bin_jawad government attacked 2011-03-27 day']],
    // Near a town, no one's.
    ["Rebels ambushed Gaddafi's troops in Ajdabiya on Saturday.", ['ajdabiya rebel attacked 2011-03-26 day']],
    ['Rebels were ambushed near Brega on Sunday.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a front line between two towns, and one town named by its holder', () => {
  it.each([
    [
      'The front line between the rebel-held town of Ajdabiya and Brega, which is controlled by government forces, has barely moved for three weeks.',
      ['ajdabiya rebel held 2011-03-30 approximate', 'brega government held 2011-03-30 approximate'],
    ],
    ['The government-held towns of Sirte and Bin Jawad were quiet.', ['sirte government held 2011-03-30 approximate', 'bin_jawad government held 2011-03-30 approximate']],
    ['The front line is now at Brega.', ['brega contested contested 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a report the next sentence denies, and hearsay', () => {
  it.each([
    ['A rebel spokesman in Benghazi claimed Friday that opposition fighters had taken all of Brega. Government officials in Tripoli said that was untrue.', []],
    ['Libyan state television said on Saturday that the army had "cleansed" Ajdabiya of "armed gangs". Rebels dismissed the claim.', []],
    ['There are reports on Twitter that rebels have reached Brega.', []],
    // Only the report itself: the entry told before it stands.
    ['Rebels said they had entered Ras Lanuf on Sunday, and by evening there were reports that they had reached Bin Jawad.', ['ras_lanuf rebel entered 2011-03-27 day']],
    // "Denied that" opens what is denied; it denies no report before it.
    ['"Ajdabiya is in rebel hands," a spokesman said. A rebel spokesman denied that Ajdabiya had fallen.', ['ajdabiya rebel held 2011-03-30 approximate']],
    ['Rebels said they took Brega on Friday. Government forces said they lost 20 men.', ['brega rebel captured 2011-03-25 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a state insisted on against the other side's attack just told", () => {
  it('gives nothing for the capture, and keeps the attack', () => {
    expect(briefs('Residents said Gaddafi\'s forces attacked Misrata with tanks on Sunday morning. State television insisted government forces had "cleansed" Misrata on Sunday.')).toEqual([
      'misrata rebel attacked 2011-03-27 day',
    ]);
  });
});

describe('suggest: what came before a state, or when the uprising began, does not date it', () => {
  it.each([
    ['Zawiya, 50 km from the capital, is firmly back under government control after a week-long siege in March.', ['zawiya government held 2011-03-30 approximate']],
    ['Most families fled to Benghazi, the rebel capital, after government forces besieged Brega in March.', ['benghazi rebel held 2011-03-30 approximate', 'brega rebel attacked 2011-03-01..2011-03-30 range']],
    ['The battle for Zawiya is a test of whether Gadhafi can hold the west as the uprising that began Feb. 15 sweeps the east.', ['zawiya contested contested 2011-03-30 approximate']],
    // An event after what came first is still dated by it.
    ['Rebels retook Brega after fierce fighting on Friday.', ['brega rebel retook 2011-03-25 day']],
    ['Rebels said they had regained full control of Brega after government troops retreated west on Friday.', ['brega rebel retook 2011-03-25 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a change of hands "since then" has no day', () => {
  it.each([
    ["Since then Col Gaddafi's forces have rolled back along the coast, retaking Brega and Ras Lanuf.", []],
    ['Since then, rebels have held Brega.', ['brega rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a stronghold by other words, and after another description', () => {
  it.each([
    ["In Misurata, Libya's third-largest city and the last rebel bastion in the west, residents said tanks had entered the centre.", ['misrata rebel held 2011-03-30 approximate']],
    ["Sirte, Gaddafi's birthplace, remains a government fortress.", ['sirte government held 2011-03-30 approximate']],
    ["Sirte, Gadhafi's hometown and a regime stronghold, was quiet.", ['sirte government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: troops or soldiers that open a sentence are the government\'s', () => {
  it.each([
    ['Troops recaptured the oil port of Brega on Sunday.', ['brega government retook 2011-03-27 day']],
    ['Soldiers shelled Misrata on Sunday.', ['misrata rebel attacked 2011-03-27 day']],
    ['Rebel troops recaptured Brega on Sunday.', ['brega rebel retook 2011-03-27 day']],
    // Not after other words: "foreign troops" are no one's here.
    ['No foreign troops entered Brega.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: history told in an aside is not the event\'s', () => {
  it.each([
    ['Along the way the rebels took Brega, a small coastal town where Italian colonial authorities ran a camp in the early 1930s, without a fight.', ['brega rebel captured 2011-03-30 approximate']],
    ['In 1911 Italian troops took Brega.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "it" opening a sentence is the subject of the one before', () => {
  it.each([
    [
      'Ajdabiya, a crossroads town, is seen as the gateway to Benghazi, the rebel stronghold further up the coast. It was retaken by the rebels on 26 March.',
      ['benghazi rebel held 2011-03-30 approximate', 'ajdabiya rebel retook 2011-03-26 day'],
    ],
    // Where no place opens the sentence before, "it" has no antecedent among several.
    ['Rebels fled to Ajdabiya from Brega. It was retaken on Sunday by the rebels.', ['ajdabiya rebel held 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a factbox whose headings open with a list mark, and a description with an aside', () => {
  it('reads each entry under its town', () => {
    const factbox = [
      'FACTBOX-Who controls what in Libya',
      '* AJDABIYA - A town of about 100,000 people. Government warplanes struck the western outskirts on Monday, but the town itself is still in rebel hands.',
      '* RAS LANUF - Site of a refinery. Rebels captured it on March 4. It is now held by Gaddafi\'s forces.',
      '* MISRATA - Libya\'s third city, 200 km east of Tripoli, is held by the rebels.',
      '* SIRTE - Gaddafi\'s hometown, 450 km west of Benghazi, is a government stronghold.',
    ].join('\n\n');
    expect(briefs(factbox, '2011-03-14')).toEqual([
      'ajdabiya rebel held 2011-03-14 approximate',
      'ras_lanuf rebel captured 2011-03-04 day',
      'ras_lanuf government held 2011-03-14 approximate',
      'misrata rebel held 2011-03-14 approximate',
      'sirte government held 2011-03-14 approximate',
    ]);
  });
});

describe("suggest: a side's arms, an aside of what a town includes, a hold still held, and where troops came from", () => {
  it.each([
    // The arms named beside a side's attack are its own: no fight of no one's.
    ["Muammar Gaddafi's warplanes and artillery pounded the rebel-held town of Ajdabiya on Tuesday.", ['ajdabiya rebel held 2011-03-29 day', 'ajdabiya rebel attacked 2011-03-29 day']],
    ['Artillery pounded Misrata on Tuesday.', ['misrata contested attacked 2011-03-29 day']],
    ['Tripoli itself, including eastern suburbs such as Tajura where protesters were shot in February, is firmly under Gaddafi\'s control.', ['tripoli government held 2011-03-30 approximate']],
    ['Rebels drove towards Ras Lanuf, which they still held this afternoon.', ['ras_lanuf rebel held 2011-03-30 day']],
    // Where troops were driven up from is no one's origin: "that town" is it.
    ['The troops had driven up from Ras Lanuf overnight. That town is still held by Gaddafi loyalists.', ['ras_lanuf government held 2011-03-30 approximate']],
    ["Gaddafi's forces withdrew from Misrata on Saturday, leaving the city in rebel hands.", ['misrata rebel withdrew 2011-03-26 day', 'misrata rebel held 2011-03-26 day']],
    // Arms after "as" are the subject of their own clause: a column of trucks is no one's.
    ['Government troops hid on rooftops as a column of pick-up trucks drove into Bin Jawad on Saturday.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the first days\' protesters, an aside abandoned by a side, and more asides before a verb', () => {
  it.each([
    ['Protesters seized Benghazi on Sunday.', ['benghazi rebel captured 2011-03-27 day']],
    ['Misrata was in the hands of protesters on Thursday.', ['misrata rebel held 2011-03-24 day']],
    ['Protesters remained in control of Zawiya by nightfall.', ['zawiya rebel held 2011-03-30 day']],
    // Protesters fired on are not a side that holds the town.
    ['Security forces fired on protesters in Tripoli on Friday.', []],
    ["Gaddafi's forces attacked protesters in Zawiya on Thursday.", []],
    ['Ras Lanuf, abandoned by the last rebel fighters on Friday, was quiet.', ['ras_lanuf government withdrew 2011-03-25 day']],
    ['Rebels fell back to Ajdabiyah, 80 km (50 miles) further east, which rebels retook on Saturday.', ['ajdabiya rebel retook 2011-03-26 day', 'ajdabiya rebel held 2011-03-30 approximate']],
    ['Misrata is today entirely in rebel hands.', ['misrata rebel held 2011-03-30 day']],
    ['Brega, a town that rebels captured on Friday, fell to government forces on Sunday.', ['brega government captured 2011-03-27 day', 'brega rebel captured 2011-03-25 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a revolution named for its day, a claim derided, reporters who saw no one there, security forces', () => {
  it.each([
    ['The council announces that the heroic revolutionaries of the 17 February Revolution, after liberating the city of Ajdabiya at dawn on Saturday, have continued their advance.', ['ajdabiya rebel captured 2011-03-26 day']],
    ['Libyan state television said earlier on Wednesday that the army had "secured" Brega and its oil installations, a claim that fighters in the town derided.', []],
    ['In Tripoli, state television claimed Sunday that government forces had retaken Ras Lanuf and Misrata. But AP reporters in Ras Lanuf saw no sign of government troops there.', []],
    ['In Zawiya residents said security forces had set up checkpoints. "Zawiya is under their control now," one resident said.', ['zawiya government held 2011-03-30 approximate']],
    // The one the sentence before is about, where a clause ("The advance began on Saturday,") opens it before "when".
    [
      "The advance began on Saturday, when the rebels, backed by French and British warplanes, drove Gaddafi's troops out of Ajdabiya. By dawn on Sunday they were in control of Brega.",
      ['ajdabiya rebel captured 2011-03-26 day', 'brega rebel held 2011-03-27 day'],
    ],
    // A town with a relative clause of its own ends a list of towns that words call a side's.
    ['In the east, the front line between rebel-held Ajdabiya and the oil town of Brega, which remains in government hands, has not moved.', ['ajdabiya rebel held 2011-03-30 approximate', 'brega government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a side's pickups, every town on the coast road, \"very much\" in its hands, the battalions", () => {
  it.each([
    [
      'Brega fell in the morning, then Ajdabiya; by afternoon the rebels had entered Ras Lanuf, where loyalist troops had pulled out overnight, and by nightfall their pickups were in Bin Jawad.',
      ['bin_jawad rebel held 2011-03-30 day'],
    ],
    ["Gaddafi's forces still hold every town on the coast road from Sirte to Ajdabiya.", ['sirte government held 2011-03-30 approximate', 'ajdabiya government held 2011-03-30 approximate']],
    ["Tripoli is still very much under Gadhafi's control.", ['tripoli government held 2011-03-30 approximate']],
    ['The battalions shelled the residential neighbourhoods of Misrata this morning.', ['misrata rebel attacked 2011-03-30 day']],
    // A side's own battalions are named so.
    ['The rebel battalions entered Brega on Sunday.', ['brega rebel entered 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a side's opponents, and where families fled", () => {
  it.each([
    ['Armed opponents of Muammar Gaddafi controlled Zawiya on Saturday.', ['zawiya rebel held 2011-03-26 day']],
    ['Opponents of the regime seized Brega on Friday.', ['brega rebel captured 2011-03-25 day']],
    // Where families fled is no side's retreat, whichever side was named before.
    ['Rebels in Zintan said loyalist artillery had been firing on the town, and that several families had fled into Zintan.', ['zintan rebel attacked 2011-03-30 approximate']],
    ['The rebels fled to Ajdabiya on Friday.', ['ajdabiya rebel held 2011-03-25 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: where the uprising began, and when, is no day of a hold of now', () => {
  it.each([
    ["Rebels control much of the east, including Benghazi, Libya's second city, where the uprising against Col Gaddafi's 41-year rule began in mid-February.", ['benghazi rebel held 2011-03-30 approximate']],
    // The fighting that began keeps its day; the taking, some day after it, is not that day's.
    ['Rebels took Brega, where fighting began on Friday.', ['brega contested contested 2011-03-25 day', 'brega rebel captured 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: reports taken back, answered or corrected', () => {
  it.each([
    // A description of the town in apposition is no second mention of it, whatever its relative clause names.
    ['Ajdabiya, the desert town that sits astride the road to Benghazi, is still held by the rebels.', ['ajdabiya rebel held 2011-03-30 approximate']],
    ['A government spokesman told reporters on Monday that the army had regained control of most of Zawiya. Rebels in Zawiya denied the claim by telephone.', []],
    ['State radio said on Tuesday that the army had taken Brega, a claim belied by what reporters saw there.', []],
    ['(Corrects to remove report that rebels had taken Brega)', []],
    ['This story corrects an earlier report that government forces had captured Zintan.', []],
    ['State television said the army had taken Misrata on Monday. Rebel leaders denied the town had fallen.', []],
    [
      'State television announced on Sunday that government forces had retaken Brega, Zintan and Misrata and that the revolt was over. Rebels remained in control of Brega, Zintan and Misrata on Sunday.',
      ['brega rebel held 2011-03-27 day', 'zintan rebel held 2011-03-27 day', 'misrata rebel held 2011-03-27 day'],
    ],
    // Where those who say it are is not the town they speak of.
    [
      'Rebels fled Brega on Thursday. But by Friday, residents fleeing through Ajdabiya said, the town was back in government hands.',
      ['brega government withdrew 2011-03-24 day', 'brega government held 2011-03-25 day'],
    ],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: in control with no verb, hands changed before, this afternoon, nightfall of the day named, spans over', () => {
  it.each([
    ['NATO said little had changed, with loyalist troops holding Brega and the opposition in control of Ajdabiya.', ['brega government held 2011-03-30 approximate', 'ajdabiya rebel held 2011-03-30 approximate']],
    ['Ras Lanuf has changed hands before.', []],
    ['Ras Lanuf changed hands before dawn on Sunday.', ['ras_lanuf contested contested 2011-03-27 day']],
    // "This afternoon" is the day of writing, whatever other day the sentence names.
    ['Jets hit tanks near the rebel city of Benghazi this afternoon, the first blows of a campaign approved on Monday.', ['benghazi rebel held 2011-03-30 day']],
    [
      'Rebels entered Ajdabiya on March 26. On March 27 they retook Brega and Ras Lanuf in one afternoon, and by nightfall they were in Bin Jawad.',
      ['ajdabiya rebel entered 2011-03-26 day', 'brega rebel retook 2011-03-27 day', 'ras_lanuf rebel retook 2011-03-27 day', 'bin_jawad rebel held 2011-03-27 day'],
    ],
    ['For a week Ajdabiya stayed in government hands, its western gate the front line.', []],
    ['Ajdabiya stayed in government hands for a week.', []],
    ['Rebels have held Brega for a week.', ['brega rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe("suggest: a diary's dated headings, and a front's volunteers", () => {
  it('counts the present, "tonight" and "yesterday" of each section from the day of its heading', () => {
    const diary = [
      'A notebook from the front',
      'Tuesday 1 March, Ajdabiya',
      'The rebels still hold Ajdabiya tonight. Yesterday the volunteers drove into Brega.',
      'Thursday 3 March, Brega',
      'Government forces shelled Brega this morning. Rebels are in control of Brega.',
    ].join('\n\n');
    expect(briefs(diary, '2011-03-07')).toEqual([
      'ajdabiya rebel held 2011-03-01 day',
      'brega rebel entered 2011-02-28 day',
      'brega rebel attacked 2011-03-03 day',
      'brega rebel held 2011-03-03 approximate',
    ]);
  });

  it.each([
    // A day that is not the whole paragraph is no heading.
    ['Rebels are in control of Brega.\n\nOn Thursday 3 March, government forces shelled Brega.\n\nRebels are in control of Ajdabiya.', ['brega rebel held 2011-03-07 approximate', 'brega rebel attacked 2011-03-03 day', 'ajdabiya rebel held 2011-03-07 approximate']],
    ['Red Crescent volunteers were working in Brega on Sunday.', []],
    ['Volunteers held Brega on Sunday.', ['brega rebel held 2011-03-06 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text, '2011-03-07')).toEqual(expected);
  });
});

describe('suggest: a hold since a day goes on to the time of writing', () => {
  it.each([
    ['Brega has been in rebel hands since Friday.', ['brega rebel held 2011-03-25 day', 'brega rebel held 2011-03-30 approximate']],
    // Told in the past perfect, it had ended by the passage's day.
    ['Brega had been in rebel hands since Friday when it fell on Monday.', ['brega rebel held 2011-03-25 day']],
    // A span since a loose time already runs to now.
    ['Brega has been in government hands since the weekend.', ['brega government held 2011-03-26..2011-03-30 range']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a hold on a day in a relative clause, the government as the one who acts, a description wherever its town is named, a loyal town', () => {
  it.each([
    ['Ras Lanuf, which the rebels briefly held on Monday, is quiet.', ['ras_lanuf rebel held 2011-03-28 day']],
    // Held once, on no day, is no claim of a day.
    ['Ras Lanuf, which rebels held in March, remains in government hands.', ['ras_lanuf government held 2011-03-30 approximate']],
    ['Rebels said the government had taken Brega last night.', ['brega government captured 2011-03-29 approximate']],
    ['The heroic armed forces entered the city of Ajdabiya at dawn today.', ['ajdabiya government entered 2011-03-30 day']],
    ['The government of Qatar recognised the council in Benghazi.', []],
    // Its hold is no subject that "they" could mean.
    ["Coalition jets broke the government's hold on Ajdabiya, and rebels poured back into the town on Saturday. On Sunday they retook Brega.", ['ajdabiya rebel entered 2011-03-26 day', 'brega rebel retook 2011-03-27 day']],
    ['The government claimed on Tuesday to have retaken Ajdabiya, but reporters in the town saw rebels in control.', []],
    ['The government claimed on Tuesday to have retaken Ajdabiya.', ['ajdabiya government retook 2011-03-29 day']],
    ['Columns were seen on the coast road from Zawiya, a government-held town 50 km to the west.', ['zawiya government held 2011-03-30 approximate']],
    ['Troops massed outside Zintan, an opposition-held town in the mountains.', ['zintan rebel held 2011-03-30 approximate']],
    ['In the mountains southwest of Tripoli, the rebel-held town of Zintan came under rocket fire on Friday.', ['zintan rebel held 2011-03-25 day']],
    ["Sirte, Gaddafi's birthplace, remains loyal.", ['sirte government held 2011-03-30 approximate']],
    ['Brega remained loyal to the revolution.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "the capital" of a Libyan story is Tripoli, and the Gulf of Sirte is the sea', () => {
  it.each([
    ['In the capital, which remains firmly in the hands of the government, shops were open.', ['tripoli government held 2011-03-30 approximate']],
    ['Jets struck a compound in the heart of the regime-held capital early on Monday.', ['tripoli government held 2011-03-28 day']],
    ['The Libyan capital remains under the control of forces loyal to Col Gaddafi.', ['tripoli government held 2011-03-30 approximate']],
    // The rebels' capital is theirs; one of a region is another's.
    ['Rebels in Benghazi, the rebel capital, celebrated.', ['benghazi rebel held 2011-03-30 approximate']],
    ['Rebels hold the capital of Cyrenaica.', []],
    ['Brega, 600 km east of the capital, fell to rebels on Sunday.', ['brega rebel captured 2011-03-27 day']],
    // Where a span began is history.
    ['Loyalist troops ambushed rebels in Bin Jawad on Sunday, the worst setback for the insurgents since their advance on the capital began.', ['bin_jawad government attacked 2011-03-27 day']],
    ['The oil port of Ras Lanuf, further west along the Gulf of Sirte, remains under the control of government troops.', ['ras_lanuf government held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: an entry fought inside the town', () => {
  it.each([
    ["Gaddafi's forces pushed into the town of Ajdabiya on Sunday, fighting rebels in its streets for hours.", ['ajdabiya contested contested 2011-03-27 day']],
    ['Rebels entered Brega on Friday, battling loyalist troops street by street.', ['brega contested contested 2011-03-25 day']],
    ["Gaddafi's forces pushed into Ajdabiya on Sunday.", ['ajdabiya government entered 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the month March is no march, and what was done despite keeps its own day', () => {
  it.each([
    ['Rebels who vowed in late March to take Sirte got no closer than 100 km.', ['sirte government held 2011-03-21..2011-03-30 range']],
    ['Rebels march to Brega.', ['brega rebel advanced 2011-03-30 approximate']],
    ['Government tanks pushed into the southern districts of Benghazi, despite a ceasefire the government declared only yesterday.', ['benghazi contested contested 2011-03-30 approximate']],
    ['Government forces shelled Misrata on Sunday, despite a ceasefire.', ['misrata rebel attacked 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a factbox with wire dashes, a town by its epithet, a hold undone on a day of its own', () => {
  it.each([
    // A wire factbox's entries open with two hyphens.
    ['-- MISRATA - Held by rebels.\n\n-- SIRTE - Gaddafi\'s home town, about 450 km east of Tripoli, remains under government control.', ['misrata rebel held 2011-03-30 approximate', 'sirte government held 2011-03-30 approximate']],
    ['-- RAS LANUF - Rebels took the refinery town on March 4 and lost it on March 11.\n\n-- BREGA - Quiet.', ['ras_lanuf rebel captured 2011-03-04 day', 'ras_lanuf government withdrew 2011-03-11 day']],
    // Libya's second and third cities, the leader's home town; not in apposition to the town's name.
    ["Loyalist troops encircled Libya's third-largest city on Monday.", ['misrata rebel attacked 2011-03-28 day']],
    ["Rebels control the country's second city.", ['benghazi rebel held 2011-03-30 approximate']],
    ["Gaddafi's home town remains firmly in government hands.", ['sirte government held 2011-03-30 approximate']],
    ["Benghazi, Libya's second city, remains in rebel hands.", ['benghazi rebel held 2011-03-30 approximate']],
    ["Rebels advanced on Colonel Gaddafi's home town of Sirte.", ['sirte government attacked 2011-03-30 approximate']],
    // Held briefly, and lost on a day the sentence names: the hold stands on its own day.
    ['Rebels briefly held Bin Jawad on March 5 before being driven out the next day in an ambush.', ['bin_jawad rebel held 2011-03-05 day']],
    ['Rebels briefly held Bin Jawad on Sunday.', ['bin_jawad contested contested 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a report denied after its own quotation, gunfire of celebration, a sentence of another year', () => {
  it.each([
    ['State television said loyalist forces had retaken Ras Lanuf and Misrata. "The armed gangs have been crushed," an announcer said. But an AFP correspondent in Ras Lanuf saw no sign of government troops.', []],
    ['State television claimed on Sunday that loyalist forces had recaptured Ras Lanuf and Misrata. Reporters in both towns said the claims were false.', []],
    ['State television said loyalist forces had retaken Ras Lanuf on Sunday. Crowds waved flags.', ['ras_lanuf government retook 2011-03-27 day']],
    ['State television said on Sunday that loyalist forces had recaptured Ras Lanuf, prompting hours of celebratory gunfire in Tripoli.', ['ras_lanuf government retook 2011-03-27 day']],
    ['Until 1911, when Italian troops landed at Tripoli, the region was an Ottoman province, and a young officer named Mustafa Kemal, later Atatürk, fought the Italians at Misrata and Zawiya.', []],
    // The day of the report is not the day of what it reports, whatever the verb of saying.
    ['A rebel spokesman acknowledged Monday that the opposition had pulled out of Bin Jawad, a small coastal town, Saturday.', ['bin_jawad government withdrew 2011-03-26 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: claim and counter-claim in one sentence', () => {
  it.each([
    // Each side's word on the same town that day, set against the other's: neither goes on the map.
    ['A rebel spokesman insisted that Brega was "in our hands", while Libyan state television said the town had been "cleansed".', []],
    ["Rebels said on Tuesday they had entered Brega, but a government spokesman said the town remained under the army's control.", []],
    // The one who says "cleansed" is the nearer speaker, not the first.
    ['A rebel spokesman said Ajdabiya was calm, while Libyan state television said Brega had been "cleansed".', ['brega government captured 2011-03-30 approximate']],
    // A denial with its own time after it.
    ['Government forces returned in strength on Sunday, and state television said Brega had been "cleansed". Rebels denied that on Sunday night.', []],
    // One side's report beside the reporter's own word is no counter-claim.
    ['Rebels said they held Brega, and witnesses said government troops shelled the town.', ['brega rebel held 2011-03-30 approximate', 'brega rebel attacked 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "without a fight", a report answered by the reporter, a day of a relative clause after a state', () => {
  it.each([
    ['On Sunday the revolutionaries entered Brega without a fight, passed through Bin Jawad and continued to Ras Lanuf.', ['brega rebel entered 2011-03-27 day', 'bin_jawad rebel entered 2011-03-27 day']],
    ['Rebels surrounded Brega without entering it.', ['brega government attacked 2011-03-30 approximate', 'brega government held 2011-03-30 approximate']],
    ['Rebels had claimed on Monday to have recaptured Brega in a night raid, but by yesterday government troops were in control of Brega.', ['brega government held 2011-03-29 day']],
    ['Hundreds of fighters regrouped at the western gate of rebel-held Ajdabiya, where commanders drawn from army units that defected in February tried to impose order.', ['ajdabiya rebel held 2011-03-30 approximate']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: the leader by his title, one "it" after another, a road named for a town, a foiled aim\'s day', () => {
  it.each([
    ['As the African leaders were meeting the Libyan leader in his compound yesterday, his artillery was still firing on Misrata.', ['misrata rebel attacked 2011-03-29 day']],
    ['Ajdabiya is a dusty crossroads town south of Benghazi. It fell to Gaddafi\'s troops on March 17, only for the rebels to recapture it on 26 March.', ['ajdabiya government captured 2011-03-17 day', 'ajdabiya rebel retook 2011-03-26 day']],
    // "The town" is not a road's: it is the one the story is about, or none.
    ['Many rebel volunteers fled east along the Benghazi road. "They were everywhere," said a fighter who fought in the town overnight.', []],
    // Both sides named before a "they" in a relative clause with no "which": either.
    ['On Tuesday government troops ambushed the rebel column outside Ras Lanuf and drove the fighters out of Bin Jawad, the village they had taken on Sunday.', ['bin_jawad government captured 2011-03-29 day']],
    ['Forces loyal to Gaddafi were driven out of Brega yesterday after a day-long battle in which warplanes bombed the outskirts of nearby Ajdabiya.', ['brega rebel withdrew 2011-03-29 day']],
    ['On Monday, rebels in Brega, an oil terminal town to the east, beat back an attempt by Gaddafi\'s forces to retake it.', ['brega rebel held 2011-03-28 day']],
    ['The oil terminal at Brega is back in rebel hands, its storage tanks still blackened from the fires of early March.', ['brega rebel held 2011-03-30 approximate']],
    ['State television said last night that Ajdabiya had been "purged of the armed gangs". Rebel commanders insisted they still held the town. Neither account could be confirmed.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: a present clause after a day, the regional press\'s names, a day the event is counted from', () => {
  it.each([
    ['Forces loyal to Gaddafi have pushed rebels back more than 300 km in the past week and are closing in on the opposition stronghold of Benghazi.', ['benghazi rebel held 2011-03-30 approximate']],
    ['Rebels took Brega on Monday and are now in control of the town.', ['brega rebel captured 2011-03-28 day', 'brega rebel held 2011-03-30 approximate']],
    ['Sirt remains in the hands of the Gaddafi battalions.', ['sirte government held 2011-03-30 approximate']],
    ["In Tripoli, which remains firmly in Kadhafi's grip, the streets were quiet.", ['tripoli government held 2011-03-30 approximate']],
    ['Misrata, also held by the rebels, was reported quiet yesterday.', ['misrata rebel held 2011-03-29 day']],
    // An entry told in a relative clause in the past perfect, with no day of its own, is of no day.
    ['A convoy of rebel volunteers that had pushed into Bin Jawad came under fire from rooftops.', []],
    ['Rebels that had taken Brega held the town.', ['brega rebel held 2011-03-30 approximate']],
    ['Misurata is in the hands of the youth of the revolution.', ['misrata rebel held 2011-03-30 approximate']],
    ['Warplanes bombed rebel positions in Ras Lanuf on Monday.', ['ras_lanuf rebel attacked 2011-03-28 day']],
    ['The insurgents swept back through Brega and Ras Lanuf on Sunday as loyalist forces pulled out.', ['brega rebel captured 2011-03-27 day', 'ras_lanuf rebel captured 2011-03-27 day']],
    ['A day after they retook Ajdabiya on Saturday, the insurgents swept back through Brega on Sunday.', ['brega rebel captured 2011-03-27 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('suggest: "the town" after a home town, or after a retreat along the highway', () => {
  it.each([
    // Whose home a town is, said just before: "the town" may be it, so it is none.
    ['Among the volunteers in Zintan are men who have come from elsewhere. Abdelhakim, an engineer, is from Zawiya, on the coast west of Tripoli. He fought there in early March, when the town briefly fell to the rebels.', []],
    // Where the fighters fell back to is not the town the next sentence says was cleansed.
    ['Gaddafi forces drove rebels from the oil port of Ras Lanuf today. Rebel fighters retreated east along the coastal highway toward Brega, Al Jazeera reported. Libyan state television said the town had been "cleansed of armed gangs".', ['ras_lanuf government captured 2011-03-30 day', 'ras_lanuf government withdrew 2011-03-30 day']],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});
