// Person names. No statistical model: lists plus context, measured on the corpus
// (test/fixtures/masking). Signals, strongest first: an honorific, a greeting or sign-off, a header
// field ("From:", "Vorname:"), a JSON name field, a name right before its <email>, a known given or
// family name, a capitalised sequence whose words appear in an email address of the same text, and
// any capitalised two-to-four-word sequence with a cue word before it ("my colleague", "ask",
// a "name" column header). Chinese names need a cue character.
import { escapeRegExp, repeated, scan, scanAt } from '../scan';
import { CH, TextFacts } from '../text-facts';
import type { Candidate, Recognizer } from '../types';
import { canStartRun, canStartWord, labelStarts, literalsByFirst, loneWordEnd, plainWords, speakerStarts, startsOf } from './person-starts';
import { CN_SURNAMES, NOT_NAME_WORDS } from './name-lists';
import { AMBIGUOUS, FAMILY, flagsOf, GIVEN, WEAK } from './name-flags';
import { EmailTokens } from './person-email';

// A capitalised word: "Anna", "O'Brien", "McAllister", "DeShawn", "Jean-Pierre", "José" with a combining accent.
const W = "\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}\\p{M}]{1,30}(?:\\p{Lu}[\\p{Ll}\\p{M}]{1,20})?(?:-\\p{Lu}[\\p{Ll}\\p{M}]{1,30})?(?![\\p{L}\\p{N}_])";
const PARTICLE = '(?:van|von|de|del|der|den|la|le|da|di|du|dos|das|y|zu|ter|Ní|Nic|Mac|bin|ibn)';
// Counted groups are written out (see repeated()): (?:SEP W){0,2} and the like.
const SEP = `(?:[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?${repeated(`${PARTICLE}[ \\t]+`, 0, 2)})`;
const FULL = `${W}${repeated(`${SEP}${W}`, 0, 2)}`;
const TWO_PLUS = `${W}${repeated(`${SEP}${W}`, 1, 2)}`;

const HONORIFICS = 'Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|Señor|Señora|Don|Doña';
// Title, greeting and capitalised-run patterns start with a capital: they are tried only where the text has
// one (TextFacts.capitals), sticky, instead of scanning every position.
const HONORIFIC_AT = new RegExp(
  `(?<![\\p{L}])(?:${HONORIFICS})\\.?[ \\t]+(${FULL})`,
  'dyu',
);
const GREETINGS =
  'Dear|Hi|Hello|Hey|Hallo|Liebe|Lieber|Bonjour|Cher|Chère|Hola|Estimad[oa]|Querid[oa]|Thanks|Thank you|Cheers|Regards|Best|Best regards|Kind regards|Warm regards|Many thanks|Viele Grüße|Beste Grüße|Mit freundlichen Grüßen|Grüße|Gruß|Cordialement|Bien à vous|Merci|Saludos|Un saludo|Atentamente|Gracias';
const GREETING_AT = new RegExp(
  `(?<![\\p{L}])(?:${GREETINGS})[,!:]?[ \\t]{0,2}\\n?[ \\t]{0,4}(${FULL})`,
  'dyu',
);
// Both are tried only at capitals where one of their words begins (see startsOf).
const HONORIFIC_WORDS = literalsByFirst(HONORIFICS);
const GREETING_WORDS = literalsByFirst(GREETINGS);
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
  'dyu',
);
// Fields that hold one part of a name.
const NAME_PART_FIELDS = 'First name|Last name|Surname|Given name|Family name|Vorname|Nachname|Prénom|Nom de famille|Apellidos?|Nombre de pila';
const NAME_PART_AT = new RegExp(
  `(?<![\\p{L}])(?:${NAME_PART_FIELDS})[ \\t]?:[ \\t]{0,3}"?(${FULL})`,
  'dyu',
);
// JSON, YAML, Python and SQL-style key = "value" pairs, key quoted or not.
const JSON_NAME_RE = new RegExp(
  `(?<![\\w])["']?(?:name|full_?name|fullName|customer_?name|customerName|contact_?name|author|patient_?name|first_?name|last_?name|firstName|lastName|display_?name|displayName|owner|employee|assignee|organi[sz]er|attendee|recipient|sender|reporter|requester|contact|customer|patient|manager|user_?name|userName)["']?[ \\t]{0,3}[:=][ \\t]{0,3}["'](${FULL})["']`,
  'dgu',
);
// "Cole Quigley <cole@example.com>", "Ada Park (ada@example.com)"
const BEFORE_EMAIL_AT = new RegExp(`(${TWO_PLUS})[ \\t]{0,2}[<(\\[][ \\t]?(?:mailto:)?[\\w.+'-]{1,64}@`, 'dyu');
// The capital comes before the lookbehind so that only capitals pay for it (this pattern runs on every text).
const CAP_SEQ_AT = new RegExp(`\\p{Lu}(?<![\\p{L}\\p{N}_@./-]\\p{Lu})${W.slice('\\p{Lu}'.length)}${repeated(`${SEP}${W}`, 0, 3)}`, 'yu');
// A speaker or sender label at the start of a line: "Ada Park: on my way", "[09:14] Ada: ok", "**Ada Park:**".
// Labels like "Next Steps:" look the same, so speaker() keeps only runs with a known name word.
const SPEAKER_AT = new RegExp(`(?:^|\\n)[ \\t>*_-]{0,4}(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \\t]?[AaPp][Mm])?\\]?[ \\t]{1,2}(?:-[ \\t])?)?(${FULL})[*_]{0,2}[ \\t]?(?:\\(\\d{1,2}:\\d{2}\\)[ \\t]?)?:[ \\t]`, 'dyu');
export const WORD_RE = new RegExp(W, 'gu');
// Necessary conditions of the patterns above, without their leading lookbehinds: cheap scans that rule
// most texts out before the full patterns run (what follows a label is a capital). Gates before the title and
// greeting patterns were tried and removed: in the mixed workload they cost more than they saved.
// Label patterns: a field name, then an optional space and a colon; tried only where a field of the list
// ends there (see labelStarts).
const HEADER_FIELD_SET: ReadonlySet<string> = new Set(withLower(HEADER_FIELDS));
const NAME_PART_SET: ReadonlySet<string> = new Set(NAME_PART_FIELDS.replace('Apellidos?', 'Apellido|Apellidos').split('|'));
const HEADER_FIELD_MAX = Math.max(...[...HEADER_FIELD_SET].map((f) => f.length));
const NAME_PART_MAX = Math.max(...[...NAME_PART_SET].map((f) => f.length));
// "Ada Park <ada@...": the bracket before an e-mail address that BEFORE_EMAIL_AT ends with.
const BRACKET_EMAIL = /[<([][ \t]?(?:mailto:)?[\w.+'-]{1,64}@/;
const LABEL_GATE = /:[ \t]{0,3}(?:\r?\n[ \t]{0,4})?["']?\p{Lu}/u;
const JSON_GATE = /[:=][ \t]{0,3}["']\p{Lu}/u;
// Two-character surnames: in the cue branches as an alternative to one character, and on their own when rare
// enough as words (欧阳 is a surname, 东方 "the east" too often is not).
const CN_COMPOUND = '欧阳|司马|诸葛|上官|皇甫|令狐|慕容|尉迟|公孙|长孙|夏侯|宇文|司徒|端木|独孤';
const CN_NAME = `(?:${CN_COMPOUND}|东方|西门|南宫|[${CN_SURNAMES}])[\\u4e00-\\u9fff]{1,2}`;
const CN_CUE_RE = new RegExp(
  `(?:发件人[:：]?[ \\t]{0,2}|抄送[:：]?[ \\t]{0,2}|致[ \\t]?|姓名[:：]?[ \\t]{0,2}|联系人[:：]?[ \\t]{0,2}|我叫|我是|客户[:：]?|收件人[:：]?[ \\t]{0,2}|患者[:：]?|负责人[:：]?[ \\t]{0,2}|经办人[:：]?|同事|给|跟|告诉|通知|问问?|找)(${CN_NAME})|(${CN_NAME})(?=先生|女士|小姐|老师|经理|医生|同学|总|说|表示|回复)|((?:${CN_COMPOUND})[\\u4e00-\\u9fff]{1,2})`,
  'dgu',
);

type Starts = (text: string, caps: readonly number[]) => number[];
/**
 * Where each sticky pattern is tried (caps: TextFacts.capitals()). Each list must hold every position at which
 * its pattern can match; exported with the patterns so that a test can hold them to a global scan.
 */
export const STICKY_STARTS: Readonly<Record<'honorific' | 'greeting' | 'header' | 'namePart' | 'beforeEmail' | 'speaker' | 'capitalisedRun', Starts>> = {
  honorific: (text, caps) => startsOf(text, caps, HONORIFIC_WORDS),
  greeting: (text, caps) => startsOf(text, caps, GREETING_WORDS),
  header: (text) => labelStarts(text, HEADER_FIELD_SET, HEADER_FIELD_MAX),
  namePart: (text) => labelStarts(text, NAME_PART_SET, NAME_PART_MAX),
  beforeEmail: (text, caps) => {
    const last = Math.max(text.lastIndexOf('<'), text.lastIndexOf('('), text.lastIndexOf('['));
    return caps.filter((s) => s < last && canStartWord(text, s));
  },
  speaker: (text) => speakerStarts(text),
  capitalisedRun: (text, caps) => caps.filter((s) => canStartRun(text, s)),
};
export const STICKY_PATTERNS = { honorific: HONORIFIC_AT, greeting: GREETING_AT, header: HEADER_AT, namePart: NAME_PART_AT, beforeEmail: BEFORE_EMAIL_AT, speaker: SPEAKER_AT, capitalisedRun: CAP_SEQ_AT } as const;

/** The name words of a capitalised run, without leading and trailing words that are never names. */
function nameWords(text: string, start: number, end: number): { start: number; end: number; words: string[] } | null {
  // The words and where they start, in two arrays (no object per word).
  const words: string[] = [];
  const starts: number[] = [];
  // Most runs are plain ASCII words ("Ada Park"), split without the pattern (see plainWords).
  if (!plainWords(text, start, end, words, starts)) {
    words.length = 0;
    starts.length = 0;
    WORD_RE.lastIndex = 0;
    const slice = text.slice(start, end);
    for (let m = WORD_RE.exec(slice); m !== null; m = WORD_RE.exec(slice)) {
      words.push(m[0]);
      starts.push(start + m.index);
    }
  }
  let i = 0;
  while (i < words.length && NOT_NAME_WORDS.has(words[i] as string)) i++;
  let j = i;
  while (j < words.length && !NOT_NAME_WORDS.has(words[j] as string)) j++;
  if (j <= i) return null;
  const last = j - 1;
  return { start: starts[i] as number, end: (starts[last] as number) + (words[last] as string).length, words: i === 0 && j === words.length ? words : words.slice(i, j) };
}

function fromGroup(text: string, m: RegExpExecArray, g: number, score: number, minWords = 1): Candidate | null {
  const r = m.indices?.[g];
  if (!r) return null;
  const n = nameWords(text, r[0], r[1]);
  return n && n.words.length >= minWords ? { start: n.start, end: n.end, score } : null;
}

// Words that introduce a person when they stand right before a capitalised run.
const IMMEDIATE_CUE_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[
    'colleague', 'coworker', 'co-worker', 'boss', 'manager', 'ask', 'tell', 'ping', 'cc', 'forward this to', 'forward it to', 'met with',
    'spoke with', 'spoke to', 'talked to', 'talk to', "i'm", 'i am', 'my name is', 'this is', 'landlord', 'tenant', 'wife', 'husband',
    'son', 'daughter', 'mother', 'father', 'friend', 'neighbour', 'neighbor', 'patient', 'applicant', 'employee', 'on (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,',
    'for', 'and', 'soy', 'me llamo', 'mi compañer[oa]', 'je suis', "je m'appelle", 'mon collègue', 'ma collègue', 'ich bin', 'ich heiße',
    'mein name ist', 'mein kollege', 'meine kollegin', 'y', 'et', 'und',
  ].join('|')})[,:]?[ \\t]{1,3}$`,
  'iu',
);

// The characters around a delimited cell: , \t ; | \n " '
const isCellEdge = (c: string): boolean => c === ',' || c === '\t' || c === ';' || c === '|' || c === '\n' || c === '"' || c === "'";
/** True when start..end is a whole delimited cell: "\nAda Park,", ",Ada Park\n", "| Ada Park |". */
function isWholeCell(text: string, start: number, end: number): boolean {
  let b = start;
  while (b > 0 && b > start - 4 && text[b - 1] === ' ') b--;
  let a = end;
  while (a < text.length && a < end + 4 && text[a] === ' ') a++;
  const before = b === 0 ? '\n' : (text[b - 1] as string);
  const after = a >= text.length ? '\n' : (text[a] as string);
  return isCellEdge(before) && isCellEdge(after) && (before !== '\n' || after !== '\n');
}

/** Scores a capitalised run by what is known about its words and what stands right before it. */
function scoreRun(text: string, start: number, end: number, words: string[], email: EmailTokens): number {
  const n = words.length;
  const firstFlags = flagsOf(words[0] as string);
  if ((firstFlags & GIVEN) !== 0 && (n > 1 || (firstFlags & AMBIGUOUS) === 0)) return n > 1 ? 0.7 : 0.4;
  if (email.anyOf(words)) return 0.75;
  if (n === 1) return 0;
  // A family name counts unless both it and the word before it are also ordinary words ("Dallas Hunter"):
  // two such words make a name only with a cue nearby. One lookup per later word answers both tests.
  const firstWeak = (firstFlags & WEAK) !== 0;
  let weakOrGiven = false;
  for (let k = 1; k < n; k++) {
    const f = flagsOf(words[k] as string);
    if ((f & FAMILY) !== 0 && !(firstWeak && (f & WEAK) !== 0)) return 0.65;
    if ((f & (WEAK | GIVEN)) !== 0) weakOrGiven = true;
  }
  if (firstWeak && weakOrGiven) return 0.45;
  // An unknown capitalised run is a name only right after a cue ("my colleague Nadia Vance"), or when it
  // fills a table cell: then the column header decides ("employee", "name" add the context boost).
  // The cue pattern ends with a space or tab right before the run.
  const before = text.charCodeAt(start - 1);
  if ((before === 32 || before === 9) && IMMEDIATE_CUE_RE.test(text.slice(Math.max(0, start - 24), start))) return 0.6;
  return isWholeCell(text, start, end) ? 0.2 : 0.1;
}


/** A speaker label counts when one of its words is a known given or family name that is not an ordinary word. */
function speaker(text: string, m: RegExpExecArray): Candidate | null {
  const r = m.indices?.[1];
  if (!r) return null;
  const n = nameWords(text, r[0], r[1]);
  if (!n || n.words.length > 3) return null;
  const known = n.words.some((w) => {
    const f = flagsOf(w);
    return (f & (WEAK | AMBIGUOUS)) === 0 && (f & (GIVEN | FAMILY)) !== 0;
  });
  return known ? { start: n.start, end: n.end, score: 0.75 } : null;
}

// A lone given name that is no ordinary word, place or product ("Marisol", not "Victoria") is a name on its
// own; one that could be either needs a cue word nearby, and so do short ones ("Job", "Eve"), where the
// lists of ordinary words are least complete.
const loneScore = (w: string, flags: number): number => (w.length < 4 || (flags & WEAK) !== 0 ? 0.4 : LONE_GIVEN_SCORE);
const LONE_GIVEN_SCORE = 0.5;

/** Appends the candidates of the capitalised runs of the text to `out`. */
function capitalisedRuns(text: string, caps: readonly number[], out: Candidate[]): void {
  const emailTokens = new EmailTokens(text);
  // As a global scan would: each capital at or after the end of the last run (see scanAt).
  let from = 0;
  for (let k = 0; k < caps.length; k++) {
    const s = caps[k] as number;
    if (s < from || !canStartRun(text, s)) continue;
    // The common case, a lone capitalised word (sentence starts), mostly without the pattern: only a given name counts.
    let end = loneWordEnd(text, s);
    let m: RegExpExecArray | null = null;
    if (end === -1) {
      CAP_SEQ_AT.lastIndex = s;
      m = CAP_SEQ_AT.exec(text);
      if (m === null) continue;
      end = s + m[0].length;
      if (m[0].indexOf(' ') !== -1 || m[0].indexOf('\t') !== -1) end = -1;
    }
    if (end !== -1) {
      from = end;
      const word = text.slice(s, end);
      const f = flagsOf(word);
      if ((f & GIVEN) !== 0 && (f & AMBIGUOUS) === 0) out.push({ start: s, end, score: loneScore(word, f) });
      continue;
    }
    m = m as RegExpExecArray;
    from = s + m[0].length;
    const n = nameWords(text, m.index, m.index + m[0].length);
    if (!n) continue;
    // Also offer the run without its first word: "Ping Trevor Devereux" -> "Trevor Devereux", whose cue is "Ping".
    const variants = [n];
    if (n.words.length >= 3) {
      const rest = nameWords(text, n.start + (n.words[0] as string).length, n.end);
      if (rest) variants.push(rest);
    }
    for (const v of variants) {
      const score = scoreRun(text, v.start, v.end, v.words, emailTokens);
      if (score > 0) out.push({ start: v.start, end: v.end, score });
    }
  }
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
    scanAt(HONORIFIC_AT, text, STICKY_STARTS.honorific(text, caps), (m) => fromGroup(text, m, 1, 0.85), out);
    scanAt(GREETING_AT, text, STICKY_STARTS.greeting(text, caps), (m) => fromGroup(text, m, 1, 0.7), out);
    // Label and e-mail patterns cannot match without their punctuation; skipping them saves a full
    // pass with a leading lookbehind over texts that lack it (most chat messages).
    const chars = facts.chars();
    const colon = (chars & CH.COLON) !== 0;
    const at = (chars & CH.AT) !== 0;
    const label = colon && LABEL_GATE.test(text);
    if (label) {
      scanAt(HEADER_AT, text, STICKY_STARTS.header(text, caps), (m) => fromGroup(text, m, 1, 0.75, 2), out);
      scanAt(NAME_PART_AT, text, STICKY_STARTS.namePart(text, caps), (m) => fromGroup(text, m, 1, 0.75), out);
    }
    if ((chars & (CH.COLON | CH.EQUALS)) !== 0 && JSON_GATE.test(text)) scan(JSON_NAME_RE, text, (m) => fromGroup(text, m, 1, 0.8), out);
    // The name ends before a bracket: only capitals before the last one can start it.
    if (at && BRACKET_EMAIL.test(text)) {
      scanAt(BEFORE_EMAIL_AT, text, STICKY_STARTS.beforeEmail(text, caps), (m) => fromGroup(text, m, 1, 0.8, 2), out);
    }
    if (colon && (text.includes(': ') || text.includes(':\t'))) scanAt(SPEAKER_AT, text, STICKY_STARTS.speaker(text, caps), (m) => speaker(text, m), out);
    capitalisedRuns(text, caps, out);
    if ((chars & CH.CJK) === 0) return out;
    out.push(
      ...scan(CN_CUE_RE, text, (m) => {
        const r = m.indices?.[m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3];
        return r ? { start: r[0], end: r[1], score: 0.75 } : null;
      }),
    );
    return out;
  },
};
