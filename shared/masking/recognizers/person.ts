// Person names. No statistical model: lists plus context, measured on the corpus
// (test/fixtures/masking). Signals, strongest first: an honorific, a greeting or sign-off, a header
// field ("From:", "Vorname:"), a JSON name field, a name right before its <email>, a known given or
// family name, a capitalised sequence whose words appear in an email address of the same text, and
// any capitalised two-to-four-word sequence with a cue word before it ("my colleague", "ask",
// a "name" column header). Chinese names need a cue character.
import { escapeRegExp, scan, scanAt } from '../scan';
import { CH, TextFacts } from '../text-facts';
import type { Candidate, Recognizer } from '../types';
import { bracketNameStarts, Colons, findColons, firstWords, labelFields, labelStartsEach, speakerStarts, startsOfEach } from './person-starts';
import { CN_SURNAMES } from './name-lists';
import { AMBIGUOUS, FAMILY, GIVEN, WEAK } from './name-flags';
import { afterGreeting, afterHonorific, bracketBeforeAddress, greetingGlue, honorificGlue, keyValueStarts } from './person-gates';
import { headerAt, scanByHand, titleAt } from './person-hand';
import { CAP_SEQ_AT, FULL, TWO_PLUS } from './person-patterns';
import { capitalisedRuns } from './person-runs';
import { mayNameSpeaker, nameWords, words } from './person-words';

const HONORIFICS = 'Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|Señor|Señora|Don|Doña';
// Title, greeting and capitalised-run patterns start with a capital: they are tried only where the text has
// one (TextFacts.capitals), sticky, instead of scanning every position.
const HONORIFIC_AT = new RegExp(
  `(?<![\\p{L}])(?:${HONORIFICS})\\.?[ \\t]+(${FULL})`,
  'yu',
);
const GREETINGS =
  'Dear|Hi|Hello|Hey|Hallo|Liebe|Lieber|Bonjour|Cher|Chère|Hola|Estimad[oa]|Querid[oa]|Thanks|Thank you|Cheers|Regards|Best|Best regards|Kind regards|Warm regards|Many thanks|Viele Grüße|Beste Grüße|Mit freundlichen Grüßen|Grüße|Gruß|Cordialement|Bien à vous|Merci|Saludos|Un saludo|Atentamente|Gracias';
const GREETING_AT = new RegExp(
  `(?<![\\p{L}])(?:${GREETINGS})[,!:]?[ \\t]{0,2}\\n?[ \\t]{0,4}(${FULL})`,
  'yu',
);
// Both are tried only at capitals where one of their words begins, found in one pass (see startsOfEach), and is
// followed by what the pattern needs before the name's capital (afterHonorific, afterGreeting).
const TITLE_WORDS = firstWords(HONORIFICS, GREETINGS);
const TITLE_FOLLOWS = [afterHonorific, afterGreeting];
// The start lists of both and of the capitalised runs, from the last capitalStarts, reused from text to text:
// most texts have no title or greeting word (nothing to empty), and the run starts (one per capital at most)
// are written to a buffer with a count.
const honorificStarts: number[] = [];
const greetingStarts: number[] = [];
const TITLE_STARTS = [honorificStarts, greetingStarts];
let runStarts = new Int32Array(256);
let runCount = 0;
function capitalStarts(text: string, caps: readonly number[]): void {
  if (honorificStarts.length !== 0) honorificStarts.length = 0;
  if (greetingStarts.length !== 0) greetingStarts.length = 0;
  if (runStarts.length < caps.length) runStarts = new Int32Array(caps.length * 2);
  runCount = startsOfEach(text, caps, TITLE_WORDS, TITLE_FOLLOWS, TITLE_STARTS, runStarts);
}
// Labels that introduce a person in mail headers, forms, tickets, invites, shipping labels, commit trailers
// and clinic or HR notes. Each is also accepted in lower case ("owner: Ada Park" in YAML).
const HEADER_FIELDS = [
  'From', 'To', 'Cc', 'Bcc', 'Von', 'An', 'De', 'À', 'Para', 'Name', 'Full name', 'Nom', 'Nombre', 'Customer', 'Kunde', 'Kundin',
  'Client', 'Cliente', 'Patient', 'Patientin', 'Patiente', 'Paciente', 'Contact', 'Contact person', 'Ansprechpartner', 'Ansprechpartnerin',
  'Assignee', 'Assigned to', 'Reporter', 'Reported by', 'Author', 'Requester', 'Requested by', 'Signed-off-by', 'Co-authored-by',
  'Reviewed-by', 'Tested-by', 'Acked-by', 'Committer', 'Employee', 'Mitarbeiter', 'Mitarbeiterin', 'Empleado', 'Empleada', 'Employé',
  'Employée', 'Passenger', 'Guest', 'Tenant', 'Mieter', 'Owner', 'Assuré', 'Assurée', 'Titulaire', 'Destinataire', 'Expéditeur',
  'Remitente', 'Destinatario', 'Absender', 'Empfänger', 'Beneficiary', 'Account holder', 'Kontoinhaber', 'Recipient', 'Sender',
  'Ship to', 'Deliver to', 'Bill to', 'Sold to', 'Attn', 'Attention', 'c/o', 'z. Hd.', 'Organizer', 'Organiser', 'Organisateur',
  'Organizador', 'Veranstalter', 'Attendee', 'Attendees', 'Participant', 'Participants', 'Participantes', 'Teilnehmer', 'Invitee',
  'Invitees', 'Host', 'Speaker', 'Moderator', 'Interviewer', 'Candidate', 'Kandidat', 'Candidat', 'Candidata', 'Candidato',
  'Applicant', 'Bewerber', 'Bewerberin', 'Manager', 'Line manager', 'Supervisor', 'Approver', 'Approved by', 'Signed by',
  'Prepared by', 'Submitted by', 'Created by', 'Updated by', 'Doctor', 'Physician', 'Provider', 'Attending', 'Referred by',
  'Referring physician', 'Nurse', 'Arzt', 'Ärztin', 'Médecin', 'Médico', 'Médica', 'Emergency contact', 'Next of kin', 'Guardian',
  'Driver', 'Conductor', 'Versicherter', 'Versicherte', 'Student', 'Teacher', 'Member', 'Holder', 'Cardholder', 'Karteninhaber',
  'Titular', 'Solicitante', 'Demandeur', 'Antragsteller', 'Auteur', 'Autor', 'Autorin', 'Responsable', 'Verantwortlich',
];
const withLower = (fields: readonly string[]): string[] => [...new Set(fields.flatMap((f) => [f, f.toLowerCase()]))];
const HEADER_AT = new RegExp(
  `(?<![\\p{L}])(?:${withLower(HEADER_FIELDS).map(escapeRegExp).join('|')})[ \\t]?:[ \\t]{0,3}(?:\\r?\\n[ \\t]{0,4})?["']?(${TWO_PLUS})`,
  'yu',
);
// Fields that hold one part of a name.
const NAME_PART_FIELDS = 'First name|Last name|Surname|Given name|Family name|Vorname|Nachname|Prénom|Nom de famille|Apellidos?|Nombre de pila';
const NAME_PART_AT = new RegExp(
  `(?<![\\p{L}])(?:${NAME_PART_FIELDS})[ \\t]?:[ \\t]{0,3}"?(${FULL})`,
  'yu',
);
// JSON, YAML, Python and SQL-style key = "value" pairs, key quoted or not.
const JSON_KEYS =
  'name|full_?name|fullName|customer_?name|customerName|contact_?name|author|patient_?name|first_?name|last_?name|firstName|lastName|display_?name|displayName|owner|employee|assignee|organi[sz]er|attendee|recipient|sender|reporter|requester|contact|customer|patient|manager|user_?name|userName';
const JSON_NAME_AT = new RegExp(`(?<![\\w])["']?(?:${JSON_KEYS})["']?[ \\t]{0,3}[:=][ \\t]{0,3}["'](${FULL})["']`, 'yu');
// The keys of JSON_KEYS written out ("full_?name": "full_name" and "fullname"), for keyValueStarts.
const expandKey = (key: string): string[] =>
  key.includes('_?') ? expandKey(key.replace('_?', '_')).concat(expandKey(key.replace('_?', ''))) : key.includes('[sz]') ? [key.replace('[sz]', 's'), key.replace('[sz]', 'z')] : [key];
const KEYS: ReadonlySet<string> = new Set(JSON_KEYS.split('|').flatMap(expandKey));
const MAX_KEY = Math.max(...[...KEYS].map((k) => k.length));
// "Cole Quigley <cole@example.com>", "Ada Park (ada@example.com)"
const BEFORE_EMAIL_AT = new RegExp(`(${TWO_PLUS})[ \\t]{0,2}[<(\\[][ \\t]?(?:mailto:)?[\\w.+'-]{1,64}@`, 'yu');
// A speaker or sender label at the start of a line: "Ada Park: on my way", "[09:14] Ada: ok", "**Ada Park:**".
// Labels like "Next Steps:" look the same, so speaker() keeps only runs with a known name word.
// The lead before the name is captured (group 1) so that the name's start is known without the d flag.
const SPEAKER_AT = new RegExp(`((?:^|\\n)[ \\t>*_-]{0,4}(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \\t]?[AaPp][Mm])?\\]?[ \\t]{1,2}(?:-[ \\t])?)?)(${FULL})[*_]{0,2}[ \\t]?(?:\\(\\d{1,2}:\\d{2}\\)[ \\t]?)?:[ \\t]`, 'yu');
// Label patterns: a field name, then an optional space and a colon; tried only where a field of the list
// ends there and a capital follows the colon (see labelStartsEach). Key/value pairs: only before a ":" or "="
// followed by a quoted capital (see keyValueStarts).
const LABEL_FIELDS = labelFields(new Set(withLower(HEADER_FIELDS)), new Set(NAME_PART_FIELDS.replace('Apellidos?', 'Apellido|Apellidos').split('|')));
// The colons of the current text (findColons), read by the label, key/value and speaker start lists.
const colons = new Colons();
// The start lists of both label patterns, from the last labelStarts (reused: most texts have no label).
const headerStarts: number[] = [];
const namePartStarts: number[] = [];
const LABEL_STARTS = [headerStarts, namePartStarts];
function labelStarts(text: string): void {
  if (headerStarts.length !== 0) headerStarts.length = 0;
  if (namePartStarts.length !== 0) namePartStarts.length = 0;
  labelStartsEach(text, colons, LABEL_FIELDS, LABEL_STARTS);
}
// (Tried: a leading lookahead (?=[first characters of every branch]) took 27% off find on the CJK texts alone but
// nothing measurable off a pipeline pass (A/B 0.99-1.01); no u flag: A/B 1.01.)
// Two-character surnames: in the cue branches as an alternative to one character, and on their own when rare
// enough as words (欧阳 is a surname, 东方 "the east" too often is not).
const CN_COMPOUND = '欧阳|司马|诸葛|上官|皇甫|令狐|慕容|尉迟|公孙|长孙|夏侯|宇文|司徒|端木|独孤';
const CN_NAME = `(?:${CN_COMPOUND}|东方|西门|南宫|[${CN_SURNAMES}])[\\u4e00-\\u9fff]{1,2}`;
const CN_CUE_RE = new RegExp(
  `(?:发件人[:：]?[ \\t]{0,2}|抄送[:：]?[ \\t]{0,2}|致[ \\t]?|姓名[:：]?[ \\t]{0,2}|联系人[:：]?[ \\t]{0,2}|我叫|我是|客户[:：]?|收件人[:：]?[ \\t]{0,2}|患者[:：]?|负责人[:：]?[ \\t]{0,2}|经办人[:：]?|同事|给|跟|告诉|通知|问问?|找)(${CN_NAME})|(${CN_NAME})(?=先生|女士|小姐|老师|经理|医生|同学|总|说|表示|回复)|((?:${CN_COMPOUND})[\\u4e00-\\u9fff]{1,2})`,
  'gu',
);

type Starts = (text: string, caps: readonly number[]) => number[];
/**
 * Where each sticky pattern is tried (caps: TextFacts.capitals()). Each list must hold every position at which
 * its pattern can match; exported with the patterns so that a test can hold them to a global scan.
 */
export const STICKY_STARTS: Readonly<Record<'honorific' | 'greeting' | 'header' | 'namePart' | 'keyValue' | 'beforeEmail' | 'speaker' | 'capitalisedRun', Starts>> = {
  honorific: (text, caps) => {
    capitalStarts(text, caps);
    return [...honorificStarts];
  },
  greeting: (text, caps) => {
    capitalStarts(text, caps);
    return [...greetingStarts];
  },
  header: (text) => {
    findColons(text, colons);
    labelStarts(text);
    return [...headerStarts];
  },
  namePart: (text) => {
    findColons(text, colons);
    labelStarts(text);
    return [...namePartStarts];
  },
  keyValue: (text) => keyValueStarts(text, findColons(text, colons), KEYS, MAX_KEY),
  beforeEmail: (text, caps) => bracketNameStarts(text, caps),
  speaker: (text) => speakerStarts(text, findColons(text, colons)),
  capitalisedRun: (text, caps) => {
    capitalStarts(text, caps);
    return Array.from(runStarts.subarray(0, runCount));
  },
};
export const STICKY_PATTERNS = { honorific: HONORIFIC_AT, greeting: GREETING_AT, header: HEADER_AT, namePart: NAME_PART_AT, keyValue: JSON_NAME_AT, beforeEmail: BEFORE_EMAIL_AT, speaker: SPEAKER_AT, capitalisedRun: CAP_SEQ_AT } as const;

// The patterns run without the d flag (match indices cost twice the match): each name group stands at a known
// place, at the end of the match (before `after` closing characters), at its start, or after a captured lead.
/** The candidate for the name words of start..end, with at least `minWords` of them. */
function fromRange(text: string, start: number, end: number, score: number, minWords = 1): Candidate | null {
  if (!nameWords(text, start, end) || words.hi - words.lo < minWords) return null;
  return { start: words.start[words.lo] as number, end: words.end[words.hi - 1] as number, score };
}
/** fromRange for group 1, which ends the match but for `after` characters. */
function fromEnd(text: string, m: RegExpExecArray, score: number, minWords = 1, after = 0): Candidate | null {
  const end = m.index + m[0].length - after;
  return fromRange(text, end - (m[1] as string).length, end, score, minWords);
}

/** A speaker label counts when one of its words is a known given or family name that is not an ordinary word. */
function speaker(text: string, m: RegExpExecArray): Candidate | null {
  const start = m.index + (m[1] as string).length;
  if (!nameWords(text, start, start + (m[2] as string).length) || words.hi - words.lo > 3) return null;
  for (let k = words.lo; k < words.hi; k++) {
    const f = words.flags[k] as number;
    if ((f & (WEAK | AMBIGUOUS)) === 0 && (f & (GIVEN | FAMILY)) !== 0) return { start: words.start[words.lo] as number, end: words.end[words.hi - 1] as number, score: 0.75 };
  }
  return null;
}

// What each pattern's match yields. Module-level functions reading the text of the current find call: closures
// made per call (seven per text) cost more than the matches most texts never have.
let current = '';
const onHonorific = (m: RegExpExecArray): Candidate | null => fromEnd(current, m, 0.85);
const onGreeting = (m: RegExpExecArray): Candidate | null => fromEnd(current, m, 0.7);
const onHeader = (m: RegExpExecArray): Candidate | null => fromEnd(current, m, 0.75, 2);
const onNamePart = (m: RegExpExecArray): Candidate | null => fromEnd(current, m, 0.75);
const onKeyValue = (m: RegExpExecArray): Candidate | null => fromEnd(current, m, 0.8, 1, 1);
const onBeforeEmail = (m: RegExpExecArray): Candidate | null => fromRange(current, m.index, m.index + (m[1] as string).length, 0.8, 2);
const onSpeaker = (m: RegExpExecArray): Candidate | null => speaker(current, m);
/** The speaker candidates of a text, from every line the pattern can match or only from those mayNameSpeaker lets through (for the tests). */
export function speakerCandidates(text: string, named: boolean): Candidate[] {
  current = text;
  return scanAt(SPEAKER_AT, text, speakerStarts(text, findColons(text, colons), named ? mayNameSpeaker : undefined), onSpeaker);
}
const onChinese = (m: RegExpExecArray): Candidate | null => {
  // Each branch's name group ends the match (the second's cue is a lookahead).
  const name = m[1] ?? m[2] ?? m[3];
  const end = m.index + m[0].length;
  return name === undefined ? null : { start: end - name.length, end, score: 0.75 };
};

// Titles, greetings and header labels are matched by hand where the name is a run of Latin words (person-hand.ts).
const honorificAt = (text: string, s: number): number => titleAt(TITLE_WORDS, 0, honorificGlue, text, s);
const greetingAt = (text: string, s: number): number => titleAt(TITLE_WORDS, 1, greetingGlue, text, s);
const honorifics = (text: string, starts: readonly number[], out: Candidate[]): void =>
  scanByHand(HONORIFIC_AT, text, starts, honorificAt, onHonorific, 1, 0.85, out);
const greetings = (text: string, starts: readonly number[], out: Candidate[]): void =>
  scanByHand(GREETING_AT, text, starts, greetingAt, onGreeting, 1, 0.7, out);

const headers = (text: string, starts: readonly number[], out: Candidate[]): void =>
  scanByHand(HEADER_AT, text, starts, headerAt, onHeader, 2, 0.75, out);

/** The title, greeting and header candidates of a text, by hand (scanByHand) or by the patterns at every start (for the tests). */
export function handCandidates(text: string, caps: readonly number[], byHand: boolean): Candidate[] {
  current = text;
  capitalStarts(text, caps);
  findColons(text, colons);
  labelStarts(text);
  const out: Candidate[] = [];
  if (byHand) {
    honorifics(text, honorificStarts, out);
    greetings(text, greetingStarts, out);
    headers(text, headerStarts, out);
  } else {
    scanAt(HONORIFIC_AT, text, honorificStarts, onHonorific, out);
    scanAt(GREETING_AT, text, greetingStarts, onGreeting, out);
    scanAt(HEADER_AT, text, headerStarts, onHeader, out);
  }
  return out;
}

export const personRecognizer: Recognizer = {
  id: 'person',
  type: 'PERSON',
  // These raise a lone given name ("asked Anna") and name-column cells (the column header counts as context).
  context: [
    'ask', 'asked', 'tell', 'told', 'said', 'spoke', 'called', 'emailed', 'wrote', 'ping', 'cc', 'contact', 'met', 'colleague', 'according to',
    'name', 'full name', 'contact name', 'customer name', 'employee', 'customer', 'patient', 'assignee', 'owner', 'nombre', 'nom', 'vorname', 'nachname',
    'hat geschrieben', 'sagte', 'a dit', 'dijo',
  ],
  find(text, facts = new TextFacts(text)) {
    const out: Candidate[] = [];
    const caps = facts.capitals();
    current = text;
    capitalStarts(text, caps);
    if (honorificStarts.length > 0) honorifics(text, honorificStarts, out);
    if (greetingStarts.length > 0) greetings(text, greetingStarts, out);
    // Measured in the pipeline (A/B, this round): find memoised saves 2.1 ms a pass, no candidates at all 3.2 ms.
    // Skipping the label, key/value or speaker part saves ~0.25 ms each, yet computing their start lists without
    // running the patterns, or running each pattern three times per start, changes nothing measurable, and
    // neither did moving this part out of find (A/B 1.008, 0.999, 1.000): no one walk or regex holds that cost.
    // Label and e-mail patterns cannot match without their punctuation; skipping them saves a full
    // pass with a leading lookbehind over texts that lack it (most chat messages).
    const chars = facts.chars();
    const colon = (chars & CH.COLON) !== 0;
    const at = (chars & CH.AT) !== 0;
    // One search for the colons serves the label, key/value and speaker start lists.
    if (colon) findColons(text, colons);
    else colons.count = 0;
    if (colon) {
      labelStarts(text);
      if (headerStarts.length > 0) headers(text, headerStarts, out);
      if (namePartStarts.length > 0) scanAt(NAME_PART_AT, text, namePartStarts, onNamePart, out);
    }
    if ((chars & (CH.COLON | CH.EQUALS)) !== 0) scanAt(JSON_NAME_AT, text, keyValueStarts(text, colons, KEYS, MAX_KEY), onKeyValue, out);
    // The name ends before a bracket: tried only at capitals from which nothing but name characters leads to one.
    if (at && bracketBeforeAddress(text)) scanAt(BEFORE_EMAIL_AT, text, bracketNameStarts(text, caps), onBeforeEmail, out);
    if (colon) scanAt(SPEAKER_AT, text, speakerStarts(text, colons, mayNameSpeaker), onSpeaker, out);
    capitalisedRuns(text, runStarts, runCount, out);
    if ((chars & CH.CJK) === 0) return out;
    scan(CN_CUE_RE, text, onChinese, out);
    return out;
  },
};
